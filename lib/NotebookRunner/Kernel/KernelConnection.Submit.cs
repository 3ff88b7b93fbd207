using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;

namespace NotebookRunner.Kernel;

/// <summary>
/// One command and its reply: the command goes out as one line, then the kernel's lines are read
/// until the command's own CommandSucceeded or CommandFailed. Each line's header decides what
/// happens to it: another command's event is dropped, an output the caps no longer keep is counted
/// and dropped, and only what is kept is parsed.
/// </summary>
public sealed partial class KernelConnection
{
    /// <summary>Sends a command and collects its outputs until it succeeds or fails, the timeout
    /// passes (the kernel is then killed) or the kernel exits.</summary>
    public async Task<KernelReply> SubmitAsync(KernelCommand command, TimeSpan timeout,
        OutputCaps caps)
    {
        var clock = Stopwatch.StartNew();
        var token = command.GetOrCreateToken();
        var outputs = new CellOutputs(caps);
        if (!IsAlive) return outputs.Reply(KernelCompletion.Exited, null, clock.Elapsed);
        var envelope = KernelCommandEnvelope.Serialize(command);
        try
        {
            await process.StandardInput.WriteLineAsync(envelope);
            await process.StandardInput.FlushAsync();
        }
        catch (IOException)
        {
            return outputs.Reply(KernelCompletion.Exited, null, clock.Elapsed);
        }
        // Every event repeats the command it belongs to, its code included: its lines may be that
        // much longer.
        var maxLineBytes = (int)Math.Min(int.MaxValue, caps.LineBytes +
            2L * Encoding.UTF8.GetByteCount(envelope));
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (await reader.ReadLineAsync(maxLineBytes, deadline.Token) is { } line)
            {
                if (line.Bytes is not { } bytes) { outputs.Overlong(); continue; }
                if (EnvelopeHeader.Read(bytes.Span) is not { } header || !header.BelongsTo(token))
                    continue;
                if (header.Token == token && header.EventType == nameof(CommandSucceeded))
                    return outputs.Reply(KernelCompletion.Succeeded, null, clock.Elapsed);
                if (header.Token == token && header.EventType == nameof(CommandFailed))
                    return outputs.Reply(KernelCompletion.Failed,
                        (Parse(bytes, command) as CommandFailed)?.Message, clock.Elapsed);
                if (!outputs.Wants(header.EventType)) outputs.Skipped(header.EventType);
                else if (Parse(bytes, command) is { } kernelEvent) outputs.Add(kernelEvent);
            }
        }
        catch (OperationCanceledException)
        {
            Kill();
            return outputs.Reply(KernelCompletion.TimedOut, null, clock.Elapsed);
        }
        return outputs.Reply(KernelCompletion.Exited, null, clock.Elapsed);
    }

    /// <summary>
    /// The event of a line, attached to the command nbrun sent rather than to the copy the line
    /// carries (parsing the copy would allocate the cell's code again for every event). Untrusted
    /// input: a line the protocol package cannot read is dropped, whatever it throws.
    /// </summary>
    private static KernelEvent? Parse(ReadOnlyMemory<byte> line, KernelCommand command)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return KernelEventEnvelope.DeserializeWithCommand(json.RootElement, command).Event;
        }
        catch (Exception)
        {
            return null;
        }
    }
}
