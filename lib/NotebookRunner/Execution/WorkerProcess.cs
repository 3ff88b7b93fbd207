using System.Diagnostics;
using System.Globalization;
using System.Text;
using NotebookRunner.Worker;

namespace NotebookRunner.Execution;

/// <summary>
/// The parent's end of a worker: starts "dotnet nbrun.dll worker", sends one cell at a time, and enforces the
/// limits: a cell that outlives its timeout gets the worker killed; a worker that dies is reported with its exit code.
/// After either, the worker is gone (IsAlive is false) and a new one is needed.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder errors = new();
    private Task<string?>? pendingLine;

    private WorkerProcess(Process process) => this.process = process;

    public bool IsAlive { get; private set; } = true;

    /// <summary>Starts a worker. Its session's "start" request sets the working directory to the notebook's folder (WorkerHost).</summary>
    public static WorkerProcess Start(ExecutionLimits limits)
    {
        var info = new ProcessStartInfo(DotnetHost.Path)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8, StandardInputEncoding = new UTF8Encoding(false),
        };
        info.ArgumentList.Add(typeof(WorkerHost).Assembly.Location);
        info.ArgumentList.Add("worker");
        if (limits.MemoryLimitBytes > 0) info.Environment["DOTNET_GCHeapHardLimit"] = limits.MemoryLimitBytes.ToString("X", CultureInfo.InvariantCulture);
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start the worker with {DotnetHost.Path}.");
        var worker = new WorkerProcess(process);
        process.ErrorDataReceived += (_, e) => worker.KeepError(e.Data);
        process.BeginErrorReadLine();
        return worker;
    }

    public async Task StartSessionAsync(string baseDirectory, string notebookName, TimeSpan timeout)
    {
        var reply = await SendAsync(new WorkerRequest("start", BaseDirectory: baseDirectory, NotebookName: notebookName), timeout);
        if (reply?.Kind != "ready") throw new InvalidOperationException($"The worker did not start (exit code {ExitCode()}): {errors}");
    }

    /// <summary>Runs a cell within the timeout; the result's status says whether it ran, failed, timed out or killed the worker.</summary>
    public async Task<CellResult> RunCellAsync(int cell, string code, TimeSpan timeout, int maxOutputChars)
    {
        var clock = Stopwatch.StartNew();
        if (!IsAlive) return Died(cell, clock.Elapsed);
        WorkerReply? reply;
        try
        {
            reply = await SendAsync(new WorkerRequest("cell", cell, code, MaxOutputChars: maxOutputChars), timeout);
        }
        catch (TimeoutException)
        {
            Kill();
            var seconds = timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            var error = CellOutput.Error("TimeoutError", $"cell {cell} timed out after {seconds} s and was stopped; raise --timeout if it needs longer.");
            return new CellResult(cell, CellStatus.TimedOut, [error], clock.Elapsed);
        }
        if (reply is null) return Died(cell, clock.Elapsed);
        return new CellResult(cell, reply.Ok ? CellStatus.Ok : CellStatus.Error, reply.Outputs ?? [], clock.Elapsed);
    }

    private async Task<WorkerReply?> SendAsync(WorkerRequest request, TimeSpan timeout)
    {
        await process.StandardInput.WriteLineAsync(WorkerJson.Write(request));
        await process.StandardInput.FlushAsync();
        pendingLine ??= process.StandardOutput.ReadLineAsync();
        var line = await pendingLine.WaitAsync(timeout);
        pendingLine = null;
        return line is null ? null : WorkerJson.Read<WorkerReply>(line);
    }

    private CellResult Died(int cell, TimeSpan elapsed)
    {
        IsAlive = false;
        var detail = errors.Length > 0 ? $" ({errors.ToString().Trim().Split('\n')[0]})" : "";
        var error = CellOutput.Error("WorkerExited", $"the worker process exited with code {ExitCode()} during cell {cell}{detail}");
        return new CellResult(cell, CellStatus.WorkerDied, [error], elapsed);
    }

    private string ExitCode() => process.WaitForExit(5000) ? process.ExitCode.ToString(CultureInfo.InvariantCulture) : "unknown";

    private void KeepError(string? line)
    {
        lock (errors)
        {
            if (line is not null && errors.Length < 4000) errors.AppendLine(line);
        }
    }

    private void Kill()
    {
        IsAlive = false;
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // already exited
        }
    }

    public void Dispose()
    {
        if (IsAlive && !process.HasExited)
        {
            try
            {
                process.StandardInput.WriteLine(WorkerJson.Write(new WorkerRequest("exit")));
                process.StandardInput.Close();
                if (!process.WaitForExit(2000)) Kill();
            }
            catch (IOException)
            {
                Kill();
            }
        }
        IsAlive = false;
        process.Dispose();
    }
}
