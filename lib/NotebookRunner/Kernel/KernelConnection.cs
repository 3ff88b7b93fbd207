using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;

namespace NotebookRunner.Kernel;

/// <summary>
/// nbrun's end of one kernel process speaking the .NET Interactive stdio protocol: one JSON command envelope per line on
/// its stdin, one event envelope per line on its stdout, serialized with the protocol package's own types. Everything the
/// process writes is treated as untrusted and bounded: stdout is read a line at a time while a command is in flight
/// (<see cref="KernelReader"/>), each line's type and token are read first (<see cref="EnvelopeHeader"/>), and only the
/// events of the command in flight that its <see cref="OutputCaps"/> still keep are parsed; anything else (noise, another
/// command's events, output past a cap) is dropped unparsed, and reading goes on to the command's end. Stderr is drained
/// as it comes and only its end kept (<see cref="ErrorTail"/>). Shutdown is polite first (Quit, stdin closed), then the
/// whole process tree is killed.
/// </summary>
public sealed class KernelConnection : IDisposable
{
    /// <summary>The longest line read while waiting for the kernel to be ready (a banner, the KernelReady event).</summary>
    private const int StartLineBytes = 1 << 20;

    private readonly Process process;
    private readonly KernelReader reader;
    private readonly ErrorTail stderr;

    private KernelConnection(Process process)
    {
        this.process = process;
        reader = new KernelReader(process.StandardOutput.BaseStream);
        stderr = ErrorTail.Start(process.StandardError.BaseStream);
    }

    public bool IsAlive => !reader.Ended && !HasExited();

    public static async Task<KernelConnection> StartAsync(KernelLaunch launch, TimeSpan readyTimeout)
    {
        var info = new ProcessStartInfo(launch.FileName)
        {
            WorkingDirectory = launch.WorkingDirectory,
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false), UseShellExecute = false,
        };
        foreach (var argument in launch.Arguments) info.ArgumentList.Add(argument);
        foreach (var (name, value) in launch.Environment) info.Environment[name] = value;
        if (Environment.GetEnvironmentVariable("NBRUN_TRACE_KERNEL") is "1")
            await Console.Error.WriteLineAsync($"nbrun: starting kernel: {launch.FileName} {string.Join(' ', launch.Arguments.Select(a => $"'{a}'"))}");
        var process = await ProcessLauncher.StartAsync(info);
        var connection = new KernelConnection(process);
        if (!await connection.WaitForReadyAsync(readyTimeout))
        {
            var why = connection.reader.Ended ? $"it exited with code {connection.ExitCode()}" : $"it was not ready after {Seconds(readyTimeout)} s";
            connection.Kill();
            throw new InvalidOperationException($"the .NET Interactive kernel did not start: {why}. {connection.StandardError}".TrimEnd());
        }
        return connection;
    }

    /// <summary>The last of what the kernel wrote to stderr (bounded), for messages when it dies.</summary>
    public string StandardError => stderr.Text;

    /// <summary>Sends a command and collects its outputs until it succeeds or fails, the timeout passes (the kernel is then killed) or the kernel exits.</summary>
    public async Task<KernelReply> SubmitAsync(KernelCommand command, TimeSpan timeout, OutputCaps caps)
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
        // Every event repeats the command it belongs to, its code included: its lines may be that much longer.
        var maxLineBytes = (int)Math.Min(int.MaxValue, caps.LineBytes + 2L * Encoding.UTF8.GetByteCount(envelope));
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (await reader.ReadLineAsync(maxLineBytes, deadline.Token) is { } line)
            {
                if (line.Bytes is not { } bytes) { outputs.Overlong(); continue; }
                if (EnvelopeHeader.Read(bytes.Span) is not { } header || !header.BelongsTo(token)) continue;
                if (header.Token == token && header.EventType == nameof(CommandSucceeded)) return outputs.Reply(KernelCompletion.Succeeded, null, clock.Elapsed);
                if (header.Token == token && header.EventType == nameof(CommandFailed))
                    return outputs.Reply(KernelCompletion.Failed, (Parse(bytes, command) as CommandFailed)?.Message, clock.Elapsed);
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

    public string ExitCode() => process.WaitForExit(5000) ? process.ExitCode.ToString(CultureInfo.InvariantCulture) : "unknown";

    /// <summary>Reads lines until the kernel says it is ready; everything before (a banner, noise) is dropped.</summary>
    private async Task<bool> WaitForReadyAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (await reader.ReadLineAsync(StartLineBytes, deadline.Token) is { } line)
                if (line.Bytes is { } bytes && EnvelopeHeader.Read(bytes.Span)?.EventType == nameof(KernelReady)) return true;
        }
        catch (OperationCanceledException)
        {
            // not ready in time
        }
        return false;
    }

    /// <summary>
    /// The event of a line, attached to the command nbrun sent rather than to the copy the line carries (parsing the copy
    /// would allocate the cell's code again for every event). Untrusted input: a line the protocol package cannot read is
    /// dropped, whatever it throws.
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

    private bool HasExited()
    {
        try { return process.HasExited; }
        catch (InvalidOperationException) { return true; }
    }

    private void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (Exception error) when (error is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // already gone
        }
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        if (IsAlive)
        {
            try
            {
                process.StandardInput.WriteLine(KernelCommandEnvelope.Serialize(new Quit()));
                process.StandardInput.Close();
                if (!process.WaitForExit(2000)) Kill();
            }
            catch (IOException)
            {
                Kill();
            }
        }
        Kill();
        process.Dispose();
    }
}
