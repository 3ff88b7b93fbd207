using System.Text;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using NotebookRunner.Kernel;

namespace NotebookRunner.Tests;

/// <summary>
/// The header nbrun reads of each line before parsing it: an envelope's event type and command token, whatever the body
/// holds; null for a line that is not an envelope; and which command an event belongs to.
/// </summary>
public sealed class EnvelopeHeaderTests
{
    private static EnvelopeHeader? Header(string line) => EnvelopeHeader.Read(Encoding.UTF8.GetBytes(line));

    [Fact]
    public void Reads_the_type_and_token_of_an_envelope_with_a_large_body_and_long_code()
    {
        var command = new SubmitCode(new string('c', 100_000), "csharp");
        var printed = new StandardOutputValueProduced(command, [new FormattedValue("text/plain", new string('p', 1 << 20))]);
        Assert.Equal(new EnvelopeHeader(nameof(StandardOutputValueProduced), command.GetOrCreateToken()), Header(KernelEventEnvelope.Serialize(printed)));
    }

    [Theory]
    [InlineData("Welcome to .NET Interactive!")]
    [InlineData("")]
    [InlineData("{\"event\":{},\"command\":{\"token\":\"t\"}}")]
    [InlineData("{\"eventType\":7,\"command\":{\"token\":\"t\"}}")]
    [InlineData("{\"eventType\":\"CommandSucceeded\",")]
    [InlineData("[\"eventType\",\"CommandSucceeded\"]")]
    public void A_line_that_is_not_an_envelope_has_no_header(string line) => Assert.Null(Header(line));

    [Theory]
    [InlineData("abc==", true)]
    [InlineData("abc==.1", true)]
    [InlineData("abc==.1.2", true)]
    [InlineData("abc==1", false)]
    [InlineData("forged", false)]
    [InlineData(null, false)]
    public void An_event_belongs_to_its_command_and_to_the_commands_it_split_into(string? token, bool belongs) =>
        Assert.Equal(belongs, new EnvelopeHeader(nameof(CommandSucceeded), token).BelongsTo("abc=="));
}
