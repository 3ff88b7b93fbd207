using System.Diagnostics;
using System.Globalization;
using NotebookRunner.Execution;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Grading;

/// <summary>
/// The worker a submission runs in, kept across its checks. It records the problems of the student's cells and, when a
/// check stops the worker, starts a new one and replays the cells that ran clean (at most <see cref="MaxRestarts"/> times,
/// and never past the submission's time limit). A check passes only when its cell ends normally and prints a token
/// made for that check, so text a submission writes to the protocol pipe cannot pass a check.
/// </summary>
internal sealed class GradingSession(Sandbox sandbox, string name, ExecutionLimits limits, Stopwatch clock) : IDisposable
{
    private const int MaxRestarts = 5;
    private readonly List<NotebookCell> clean = [];
    private WorkerProcess? worker;
    private string? studentStop;
    private int restarts;

    public List<CellProblem> Problems { get; } = [];

    public async Task StartAsync(IReadOnlyList<NotebookCell> cells)
    {
        await StartWorkerAsync();
        foreach (var cell in cells)
        {
            if (!cell.IsCSharp)
            {
                Problems.Add(new CellProblem(cell.Number, $"cell {cell.Number} is a {CellLanguage.DisplayName(cell.Language)} cell: only C# cells run."));
                continue;
            }
            if (Remaining() <= TimeSpan.Zero)
            {
                studentStop = $"the submission used up its {Seconds(limits.NotebookTimeout!.Value)} s before its cell {cell.Number}";
                Problems.Add(new CellProblem(cell.Number, studentStop));
                return;
            }
            var result = await worker!.RunCellAsync(cell.Number, cell.Source, CellTimeout(), CellCap());
            if (result.Status == CellStatus.Ok) clean.Add(cell);
            else Problems.Add(new CellProblem(cell.Number, FailureMessages.Short(result)));
            if (!worker.IsAlive)
            {
                studentStop = $"your cell {cell.Number} stopped the notebook ({FailureMessages.Short(result)}), so no check could run";
                return;
            }
        }
    }

    public async Task<CheckOutcome> RunCheckAsync(CheckCell check, int number)
    {
        var clock = Stopwatch.StartNew();
        var reason = studentStop ?? await EnsureWorkerAsync();
        if (reason is not null) return new CheckOutcome(check.Name, check.Points, check.Hidden, false, $"not run: {reason}.", TimeSpan.Zero);
        var token = Guid.NewGuid().ToString("N");
        var code = $"{check.Source}\n;System.Console.Out.WriteLine(\"{token}\");";
        var result = await worker!.RunCellAsync(number, code, CellTimeout(), CellCap());
        var passed = result.Status == CellStatus.Ok && result.Outputs.Any(o => o.Kind == "stream" && (o.Text ?? "").Contains(token, StringComparison.Ordinal));
        var message = passed ? "" : result.Status == CellStatus.Ok
            ? "the check did not finish normally (its completion mark is missing: did the notebook replace Console.Out?)"
            : FailureMessages.ForCheck(result, number, Problems);
        return new CheckOutcome(check.Name, check.Points, check.Hidden, passed, message, clock.Elapsed);
    }

    /// <summary>Null when a live worker with the student's state is ready; otherwise why the check cannot run.</summary>
    private async Task<string?> EnsureWorkerAsync()
    {
        if (worker is { IsAlive: true }) return null;
        if (Remaining() <= TimeSpan.Zero) return $"the submission used up its {Seconds(limits.NotebookTimeout!.Value)} s";
        if (++restarts > MaxRestarts) return $"the notebook was restarted {MaxRestarts} times after checks stopped it";
        try
        {
            await StartWorkerAsync();
            foreach (var cell in clean)
            {
                var result = await worker!.RunCellAsync(cell.Number, cell.Source, CellTimeout(), CellCap());
                if (result.Status != CellStatus.Ok) return $"replaying your cell {cell.Number} after a restart failed ({FailureMessages.Short(result)})";
            }
            return null;
        }
        catch (Exception error) when (error is InvalidOperationException or TimeoutException or IOException)
        {
            return $"the grader could not restart the notebook: {error.Message}";
        }
    }

    private async Task StartWorkerAsync()
    {
        worker?.Dispose();
        worker = WorkerProcess.Start(limits);
        await worker.StartSessionAsync(sandbox.WorkingDirectory, name, limits.StartTimeout);
    }

    private TimeSpan Remaining() => limits.NotebookTimeout is { } whole ? whole - clock.Elapsed : TimeSpan.MaxValue;

    private TimeSpan CellTimeout()
    {
        var remaining = Remaining();
        return remaining < limits.CellTimeout ? TimeSpan.FromMilliseconds(Math.Max(1, remaining.TotalMilliseconds)) : limits.CellTimeout;
    }

    private int CellCap() => limits.MaxOutputCharsPerCell;

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);

    public void Dispose() => worker?.Dispose();
}
