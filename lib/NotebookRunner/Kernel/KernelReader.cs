using System.Text;
using System.Threading.Channels;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;

namespace NotebookRunner.Kernel;

/// <summary>
/// Reads a kernel's stdout as bounded lines and turns each event envelope into a <see cref="KernelEvent"/>. A line longer
/// than the bound is skipped to its end without being kept, and a line that is not an event envelope (text a program wrote
/// to the raw stdout, a banner, a forged or broken envelope) is counted as noise: nothing read here can throw or grow
/// without bound. Events wait in a bounded channel, so a flood blocks the writer instead of filling memory.
/// </summary>
public sealed class KernelReader(Stream stdout, int maxLineBytes)
{
    private readonly Channel<KernelEvent> events = Channel.CreateBounded<KernelEvent>(new BoundedChannelOptions(10_000) { SingleReader = true });
    private readonly TaskCompletionSource<bool> ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int noise;

    public ChannelReader<KernelEvent> Events => events.Reader;

    public bool Ended { get; private set; }

    public int NoiseLines => noise;

    public void Start() => _ = Task.Run(ReadAsync);

    public async Task<bool> WaitForReadyAsync(TimeSpan timeout)
    {
        try
        {
            return await ready.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        var line = new MemoryStream();
        var overlong = false;
        try
        {
            int read;
            while ((read = await stdout.ReadAsync(buffer)) > 0)
            {
                var start = 0;
                for (var i = 0; i < read; i++)
                {
                    if (buffer[i] != (byte)'\n') continue;
                    if (!overlong) { line.Write(buffer, start, i - start); await AcceptAsync(line); } else noise++;
                    line.SetLength(0);
                    overlong = false;
                    start = i + 1;
                }
                if (overlong) continue;
                line.Write(buffer, start, read - start);
                if (line.Length > maxLineBytes) { overlong = true; line.SetLength(0); }
            }
        }
        catch (IOException)
        {
            // the kernel went away mid-line
        }
        finally
        {
            Ended = true;
            ready.TrySetResult(false);
            events.Writer.TryComplete();
        }
    }

    private async Task AcceptAsync(MemoryStream line)
    {
        var kernelEvent = Parse(line.GetBuffer().AsSpan(0, (int)line.Length));
        if (kernelEvent is null) { noise++; return; }
        if (kernelEvent is KernelReady) { ready.TrySetResult(true); return; }
        await events.Writer.WriteAsync(kernelEvent);
    }

    private static KernelEvent? Parse(ReadOnlySpan<byte> bytes)
    {
        var trimmed = bytes.TrimStart((byte)' ');
        if (trimmed.IsEmpty || trimmed[0] != (byte)'{') return null;
        try
        {
            return KernelEventEnvelope.Deserialize(Encoding.UTF8.GetString(trimmed)).Event;
        }
        catch (Exception)
        {
            // Untrusted input: any envelope the protocol package cannot read is noise, whatever it throws.
            return null;
        }
    }
}
