using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;

namespace NotebookRunner.Kernel;

/// <summary>
/// nbrun's end of one kernel process speaking the .NET Interactive stdio protocol: one JSON command envelope per line on
/// its stdin, one event envelope per line on its stdout, serialized with the protocol package's own types. Everything the
/// process writes is treated as untrusted: lines are bounded (<see cref="KernelReader"/>), anything that is not an event
/// envelope is counted as noise and never stops the connection, and only events of the command in flight are kept.
/// Shutdown is polite first (Quit, stdin closed), then the whole process tree is killed.
/// </summary>
public sealed class KernelConnection : IDisposable
{
    private readonly Process process;
    private readonly KernelReader reader;
    private readonly StringBuilder stderr = new();

    private KernelConnection(Process process, int maxLineBytes)
    {
        this.process = process;
        reader = new KernelReader(process.StandardOutput.BaseStream, maxLineBytes);
    }

    public bool IsAlive => !reader.Ended && !HasExited();

    /// <summary>Lines on the kernel's stdout that were not event envelopes (banners, a program's raw writes).</summary>
    public int NoiseLines => reader.NoiseLines;

    public static async Task<KernelConnection> StartAsync(KernelLaunch launch, TimeSpan readyTimeout, int maxLineBytes = 64 << 20)
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
        var connection = new KernelConnection(process, maxLineBytes);
        process.ErrorDataReceived += (_, e) => connection.KeepError(e.Data);
        process.BeginErrorReadLine();
        connection.reader.Start();
        if (!await connection.reader.WaitForReadyAsync(readyTimeout))
        {
            var why = connection.reader.Ended ? $"it exited with code {connection.ExitCode()}" : $"it was not ready after {Seconds(readyTimeout)} s";
            connection.Kill();
            throw new InvalidOperationException($"the .NET Interactive kernel did not start: {why}. {connection.StandardError}".TrimEnd());
        }
        return connection;
    }

    /// <summary>The last lines the kernel wrote to stderr (bounded), for messages when it dies.</summary>
    public string StandardError
    {
        get { lock (stderr) return stderr.ToString().Trim(); }
    }

    /// <summary>Sends a command and collects its events until it succeeds or fails, the timeout passes (the kernel is then killed) or the kernel exits.</summary>
    public async Task<KernelReply> SubmitAsync(KernelCommand command, TimeSpan timeout, int maxOutputChars = int.MaxValue)
    {
        var clock = Stopwatch.StartNew();
        var token = command.GetOrCreateToken();
        var collected = new List<KernelEvent>();
        if (!IsAlive) return new KernelReply(KernelCompletion.Exited, collected, null, false, clock.Elapsed);
        try
        {
            await process.StandardInput.WriteLineAsync(KernelCommandEnvelope.Serialize(command));
            await process.StandardInput.FlushAsync();
        }
        catch (IOException)
        {
            return new KernelReply(KernelCompletion.Exited, collected, null, false, clock.Elapsed);
        }
        using var deadline = new CancellationTokenSource(timeout);
        var budget = maxOutputChars;
        var truncated = false;
        try
        {
            await foreach (var kernelEvent in reader.Events.ReadAllAsync(deadline.Token))
            {
                var eventToken = kernelEvent.Command?.GetOrCreateToken();
                if (eventToken is null || !(eventToken == token || eventToken.StartsWith(token + ".", StringComparison.Ordinal))) continue;
                if (eventToken == token && kernelEvent is CommandSucceeded) return new(KernelCompletion.Succeeded, collected, null, truncated, clock.Elapsed);
                if (eventToken == token && kernelEvent is CommandFailed failed) return new(KernelCompletion.Failed, collected, failed.Message, truncated, clock.Elapsed);
                var size = Size(kernelEvent);
                if (size > budget) { truncated = true; continue; }
                budget -= size;
                collected.Add(kernelEvent);
            }
        }
        catch (OperationCanceledException)
        {
            Kill();
            return new KernelReply(KernelCompletion.TimedOut, collected, null, truncated, clock.Elapsed);
        }
        return new KernelReply(KernelCompletion.Exited, collected, null, truncated, clock.Elapsed);
    }

    public string ExitCode() => process.WaitForExit(5000) ? process.ExitCode.ToString(CultureInfo.InvariantCulture) : "unknown";

    private static int Size(KernelEvent kernelEvent) =>
        kernelEvent is DisplayEvent display ? display.FormattedValues.Sum(v => v.Value?.Length ?? 0) : 0;

    private bool HasExited()
    {
        try { return process.HasExited; }
        catch (InvalidOperationException) { return true; }
    }

    private void KeepError(string? line)
    {
        lock (stderr)
        {
            if (line is null) return;
            stderr.AppendLine(line);
            if (stderr.Length > 8000) stderr.Remove(0, stderr.Length - 4000);
        }
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
