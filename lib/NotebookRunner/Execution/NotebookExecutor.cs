using System.Diagnostics;
using NotebookRunner.Kernel;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>
/// Runs a notebook on its own .NET Interactive kernel, as VS Code does: one kernel process with the
/// notebook's folder as its working directory, each code cell submitted to the kernel its metadata
/// names (C#, F#, HTML, JavaScript, …), markdown cells skipped. After a failing cell the later
/// cells are NotRun, unless <see cref="RunOptions.AllowErrors"/> lets them run (as nbclient's
/// allow_errors); a cell that times out or loses the kernel always ends the run. The per-notebook
/// output cap and wall clock apply here.
/// </summary>
public static class NotebookExecutor
{
    public static async Task<NotebookRun> RunAsync(Notebook notebook, ExecutionLimits limits,
        RunOptions? options = null)
    {
        options ??= RunOptions.Default;
        var clock = Stopwatch.StartNew();
        var folder = Path.GetDirectoryName(notebook.Path)!;
        var launch = options.Launch ?? KernelLaunch.Direct(KernelTool.Find(folder), folder);
        using var kernel = await KernelConnection.StartAsync(launch, limits.StartTimeout);
        var results = new List<CellResult>();
        var budget = limits.MaxOutputCharsPerNotebook;
        var stopped = false;
        foreach (var cell in notebook.Cells.Where(c => c.IsCode))
        {
            if (stopped)
            {
                results.Add(new CellResult(cell.Number, CellStatus.NotRun, [], TimeSpan.Zero));
                continue;
            }
            options.CellStarting?.Invoke(cell.Number);
            var result = await CellRunner.RunAsync(kernel, cell.Number, cell.Language, cell.Source,
                CellTimeout(limits, clock.Elapsed), limits.CellCaps(budget));
            budget -= result.Outputs.Sum(o => o.Size);
            results.Add(result);
            stopped = result.Status is CellStatus.TimedOut or CellStatus.KernelExited
                || (result.Failed && !options.AllowErrors);
        }
        return new NotebookRun(notebook, results, clock.Elapsed);
    }

    private static TimeSpan CellTimeout(ExecutionLimits limits, TimeSpan elapsed) =>
        limits.NotebookTimeout is { } whole && whole - elapsed < limits.CellTimeout
            ? TimeSpan.FromMilliseconds(Math.Max(1, (whole - elapsed).TotalMilliseconds))
            : limits.CellTimeout;
}

/// <summary>
/// How to run: AllowErrors runs the cells after a failing one; Launch replaces the kernel VS Code
/// would start (a sandbox); CellStarting is told each cell's number as it starts (for progress).
/// </summary>
public sealed record RunOptions(bool AllowErrors = false, KernelLaunch? Launch = null,
    Action<int>? CellStarting = null)
{
    public static RunOptions Default { get; } = new();
}
