using System.Text;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;
using NotebookRunner.Kernel;

namespace NotebookRunner.Tests;

/// <summary>
/// What a kernel's stdout may hold besides events (a banner, a program's raw writes, a forged or broken envelope, a line
/// without end): the reader hands out bounded lines, skips an overlong one unkept and keeps going.
/// </summary>
public sealed class KernelReaderTests
{
    private static string Event(KernelEvent kernelEvent) => KernelEventEnvelope.Serialize(kernelEvent);

    private static async Task<List<KernelLine>> ReadAll(Stream stream, int maxLineBytes)
    {
        var reader = new KernelReader(stream);
        var lines = new List<KernelLine>();
        while (await reader.ReadLineAsync(maxLineBytes, CancellationToken.None) is { } line)
            lines.Add(line.Bytes is { } bytes ? line with { Bytes = bytes.ToArray() } : line);
        Assert.True(reader.Ended);
        return lines;
    }

    [Fact]
    public async Task Banners_raw_text_and_broken_envelopes_come_as_lines_and_only_envelopes_have_a_header()
    {
        var command = new SubmitCode("1", "csharp");
        var text = "Welcome to .NET Interactive!\n"
            + "Points 10/10\n"
            + "{\"not json\n"
            + Event(new CommandSucceeded(command)) + "\n";
        var lines = await ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(text)), 64 * 1024);
        Assert.Equal(4, lines.Count);
        var headers = lines.Select(l => EnvelopeHeader.Read(l.Bytes!.Value.Span)).ToList();
        Assert.All(headers.Take(3), h => Assert.Null(h));
        Assert.Equal(new EnvelopeHeader(nameof(CommandSucceeded), command.GetOrCreateToken()), headers[3]);
    }

    [Fact]
    public async Task A_line_longer_than_the_bound_is_skipped_without_being_kept_and_an_unended_last_line_is_dropped()
    {
        var command = new SubmitCode("1", "csharp");
        var text = new string('x', 100_000) + "\n" + Event(new CommandSucceeded(command)) + "\n" + new string('y', 50_000);
        var lines = await ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(text)), 4096);
        Assert.Equal(2, lines.Count);
        Assert.True(lines[0].Overlong);
        Assert.Equal(100_000, lines[0].Length);
        Assert.Equal(nameof(CommandSucceeded), EnvelopeHeader.Read(lines[1].Bytes!.Value.Span)?.EventType);
    }
}
