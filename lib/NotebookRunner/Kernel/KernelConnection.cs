using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;

namespace NotebookRunner.Kernel;

/// <summary>
/// nbrun's end of one kernel process speaking the .NET Interactive stdio protocol: one JSON command
/// envelope per line on its stdin, one event envelope per line on its stdout, serialized with the
/// protocol package's own types. Everything the process writes is treated as untrusted and bounded:
/// stdout is read a line at a time while a command is in flight (<see cref="KernelReader"/>), each
/// line's type and token are read first (<see cref="EnvelopeHeader"/>), and only the events of the
/// command in flight that its <see cref="OutputCaps"/> still keep are parsed; anything else (noise,
/// another command's events, output past a cap) is dropped unparsed, and reading goes on to the
/// command's end (KernelConnection.Submit.cs). Stderr is drained as it comes and only its end kept
/// (<see cref="ErrorTail"/>). Shutdown is polite first (Quit, stdin closed), then the whole process
/// tree is killed.
/// </summary>
public sealed partial class KernelConnection : IDisposable
{
    /// <summary>The longest line read while waiting for the kernel to be ready (a banner, the
    /// KernelReady event).</summary>
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

    public static async Task<KernelConnection> StartAsync(KernelLaunch launch,
        TimeSpan readyTimeout)
    {
        var info = new ProcessStartInfo(launch.FileName)
        {
            WorkingDirectory = launch.WorkingDirectory,
            RedirectStandardInput = true, RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false), UseShellExecute = false,
        };
        foreach (var argument in launch.Arguments) info.ArgumentList.Add(argument);
        foreach (var (name, value) in launch.Environment) info.Environment[name] = value;
        if (Environment.GetEnvironmentVariable("NBRUN_TRACE_KERNEL") is "1")
            await Console.Error.WriteLineAsync(
                $"nbrun: starting kernel: {launch.FileName} " +
                $"{string.Join(' ', launch.Arguments.Select(a => $"'{a}'"))}");
        var process = await ProcessLauncher.StartAsync(info);
        var connection = new KernelConnection(process);
        if (!await connection.WaitForReadyAsync(readyTimeout))
        {
            var why = connection.reader.Ended ? $"it exited with code {connection.ExitCode()}"
                : $"it was not ready after {Seconds(readyTimeout)} s";
            connection.Kill();
            throw new InvalidOperationException(
                ($"the .NET Interactive kernel did not start: {why}. " +
                    $"{connection.StandardError}").TrimEnd());
        }
        return connection;
    }

    /// <summary>The last of what the kernel wrote to stderr (bounded), for messages when it
    /// dies.</summary>
    public string StandardError => stderr.Text;

    public string ExitCode() =>
        process.WaitForExit(5000) ? process.ExitCode.ToString(CultureInfo.InvariantCulture)
        : "unknown";

    /// <summary>Reads lines until the kernel says it is ready; everything before (a banner, noise)
    /// is dropped.</summary>
    private async Task<bool> WaitForReadyAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            while (await reader.ReadLineAsync(StartLineBytes, deadline.Token) is { } line)
                if (line.Bytes is { } bytes && EnvelopeHeader.Read(bytes.Span)
                    ?.EventType == nameof(KernelReady)) return true;
        }
        catch (OperationCanceledException)
        {
            // not ready in time
        }
        return false;
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
        catch (Exception error)
            when (error is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // already gone
        }
    }

    private static string Seconds(TimeSpan time) =>
        time.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);

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
