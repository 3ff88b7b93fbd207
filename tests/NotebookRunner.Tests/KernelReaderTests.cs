using System.Text;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;
using NotebookRunner.Kernel;

namespace NotebookRunner.Tests;

/// <summary>
/// What a kernel's stdout may hold besides events (a banner, a program's raw writes, a forged or broken envelope, a line
/// without end): the reader counts it as noise, stays bounded and keeps reading.
/// </summary>
public sealed class KernelReaderTests
{
    private static string Event(KernelEvent kernelEvent) => KernelEventEnvelope.Serialize(kernelEvent);

    private static async Task<(List<KernelEvent> Events, int Noise)> ReadAll(string text, int maxLineBytes = 1024)
    {
        var reader = new KernelReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), maxLineBytes);
        reader.Start();
        var events = new List<KernelEvent>();
        await foreach (var kernelEvent in reader.Events.ReadAllAsync()) events.Add(kernelEvent);
        return (events, reader.NoiseLines);
    }

    [Fact]
    public async Task Banners_raw_text_and_broken_envelopes_are_noise_and_events_still_arrive()
    {
        var command = new SubmitCode("1", "csharp");
        var text = "Welcome to .NET Interactive!\n"
            + "Points 10/10\n"
            + "{\"eventType\":\"NoSuchEvent\",\"event\":{}}\n"
            + "{\"not json\n"
            + Event(new CommandSucceeded(command)) + "\n";
        var (events, noise) = await ReadAll(text, maxLineBytes: 64 * 1024);
        Assert.Equal(4, noise);
        Assert.IsType<CommandSucceeded>(Assert.Single(events));
    }

    [Fact]
    public async Task A_line_longer_than_the_bound_is_skipped_without_being_kept()
    {
        var command = new SubmitCode("1", "csharp");
        var text = new string('x', 100_000) + "\n" + Event(new CommandSucceeded(command)) + "\n" + new string('y', 50_000);
        var (events, noise) = await ReadAll(text, maxLineBytes: 4096);
        Assert.Equal(1, noise);
        Assert.IsType<CommandSucceeded>(Assert.Single(events));
    }
}
