using System.Diagnostics;
using System.Globalization;
using NotebookRunner.Assignments;
using NotebookRunner.Execution;
using NotebookRunner.Notebooks;
using NotebookRunner.Sandbox;

namespace NotebookRunner.Judging;

/// <summary>
/// One submission's kernel, kept across its checks. It runs the student's cells and records their
/// problems; each probe then runs in the same state and returns the text its recorder returned.
/// When a cell or a probe stops the kernel (an endless loop, Environment.Exit, a limit), a new
/// kernel replays the cells that ran clean (at most <see cref="MaxRestarts"/> times, never past the
/// submission's time limit), so one bad cell costs what it breaks and no more. Nothing a cell
/// prints is trusted: a probe's result is only the text it returned, which the grader then reads as
/// untrusted data.
/// </summary>
/// <param name="language">The assignment's language: the problems and failures it words
/// (<see cref="Say"/>).</param>
internal sealed class GradingSession(Func<Task<GradingKernel>> startKernel, ExecutionLimits limits,
    Stopwatch clock,
    string language = Edition.English) : IDisposable
{
    private const int MaxRestarts = 3;
    private readonly List<NotebookCell> clean = [];
    private GradingKernel? kernel;
    private string? studentStop;
    private int restarts;

    public List<CellProblem> Problems { get; } = [];

    public async Task StartAsync(IReadOnlyList<NotebookCell> cells)
    {
        kernel = await startKernel();
        foreach (var cell in cells)
        {
            if (Remaining() <= TimeSpan.Zero)
            {
                studentStop = Say.In(language,
                    $"the submission used up its {Seconds(limits.NotebookTimeout!.Value)} s " +
                    $"before its cell {cell.Number}",
                    $"提出物はセル{cell.Number}の前に持ち時間の" +
                    $"{Seconds(limits.NotebookTimeout!.Value)}秒を使い切りました");
                Problems.Add(new CellProblem(cell.Number, studentStop));
                return;
            }
            var result = await RunAsync(cell.Number, cell.Source);
            if (result.Status == CellStatus.Ok) clean.Add(cell);
            else Problems.Add(new CellProblem(cell.Number,
                FailureMessages.Short(result, language)));
            if (kernel!.Connection.IsAlive) continue;
            // Like any failing cell, a cell that stops the kernel is reported and skipped: a new
            // kernel replays the clean ones.
            if (await EnsureKernelAsync() is { } reason)
            {
                studentStop = Say.In(language,
                    $"your cell {cell.Number} stopped the notebook and {reason}, so no check " +
                    "could run",
                    $"セル{cell.Number}がノートブックを止めました。さらに、{reason}。そのため、どのチェックも実行できませんでした");
                Problems.Add(new CellProblem(cell.Number, studentStop));
                return;
            }
        }
    }

    /// <summary>The text the probe returned, or why there is none (a sentence for the
    /// student).</summary>
    public async Task<(string? Text, string? Failure)> ProbeAsync(CheckProbe probe, int number)
    {
        var reason = studentStop ?? await EnsureKernelAsync();
        if (reason is not null)
            return (null, Say.In(language, $"not run: {reason}.", $"実行しませんでした：{reason}。"));
        if (!kernel!.ProbeLoaded)
        {
            var load = await RunAsync(number, $"#r \"{kernel.ProbeReference}\"");
            if (load.Status != CellStatus.Ok)
                return (null, Say.In(language,
                    $"the grader could not load its recorder ({FailureMessages.Short(load)}).",
                    $"採点プログラムが値を記録するコードを読み込めませんでした（{FailureMessages.Short(load, language)}）。"));
            kernel.ProbeLoaded = true;
        }
        var result = await RunAsync(number, probe.Student);
        if (result.Status != CellStatus.Ok)
            return (null, FailureMessages.ForCheck(result, Problems, language));
        var returned = result.Outputs.LastOrDefault(o => o.Kind == "execute_result")
            ?.Data?.GetValueOrDefault("text/plain");
        if (returned is not null) return (returned, null);
        return (null, result.Cut.MayHaveLostResult ? TooLarge(result.Cut)
            : Say.In(language, "the check's values did not come back from your notebook.",
                "チェックの値がノートブックから返ってきませんでした。"));
    }

    private Task<CellResult> RunAsync(int number, string code) =>
        CellRunner.RunAsync(kernel!.Connection, number, "csharp", code, CellTimeout(),
            limits.CellCaps());

    /// <summary>Null when a live kernel with the student's state is ready; otherwise why the check
    /// cannot run.</summary>
    private async Task<string?> EnsureKernelAsync()
    {
        if (kernel is { Connection.IsAlive: true }) return null;
        if (Remaining() <= TimeSpan.Zero)
            return Say.In(language,
                $"the submission used up its {Seconds(limits.NotebookTimeout!.Value)} s",
                $"提出物が持ち時間の{Seconds(limits.NotebookTimeout!.Value)}秒を使い切りました");
        if (++restarts > MaxRestarts)
            return Say.In(language,
                $"the notebook was restarted {MaxRestarts} times after checks stopped it",
                $"チェックがノートブックを止めたため、すでに{MaxRestarts}回再起動しました");
        try
        {
            kernel?.Dispose();
            kernel = await startKernel();
            foreach (var cell in clean)
            {
                var result = await RunAsync(cell.Number, cell.Source);
                if (result.Status != CellStatus.Ok)
                    return Say.In(language,
                        $"replaying your cell {cell.Number} after a restart failed " +
                        $"({FailureMessages.Short(result)})",
                        $"再起動の後にセル{cell.Number}を実行し直すと失敗しました（" +
                        $"{FailureMessages.Short(result, language)}）");
            }
            return null;
        }
        catch (Exception error)
            when (error is InvalidOperationException or TimeoutException or IOException)
        {
            return Say.In(language, $"the grader could not restart the notebook: {error.Message}",
                $"採点プログラムがノートブックを再起動できませんでした：{error.Message}");
        }
    }

    private TimeSpan Remaining() =>
        limits.NotebookTimeout is { } whole ? whole - clock.Elapsed : TimeSpan.MaxValue;

    private TimeSpan CellTimeout()
    {
        var remaining = Remaining();
        return remaining < limits.CellTimeout
            ? TimeSpan.FromMilliseconds(Math.Max(1, remaining.TotalMilliseconds))
            : limits.CellTimeout;
    }

    /// <summary>Why a probe's values are missing when the caps dropped them
    /// (ExecutionLimits.MaxResultChars).</summary>
    private string TooLarge(OutputCut cut)
    {
        var size = cut.DroppedResultChars > 0 ? $"{N(cut.DroppedResultChars)} characters; " : "";
        var sizeJa = cut.DroppedResultChars > 0 ? $"{N(cut.DroppedResultChars)}文字、" : "";
        return Say.In(language,
            "the values your code gave this check are too large for the grader to read " +
            $"({size}at most {N(limits.MaxResultChars)}), so it fails: check what your functions " +
            "return.",
            $"自分のコードがこのチェックに返した値は大きすぎて採点プログラムが読めないため（{sizeJa}上限は{N(limits.MaxResultChars)}文字）、" +
            "不合格です。関数が何を返しているか確かめてください。");
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan time) =>
        time.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);

    public void Dispose()
    {
        kernel?.Dispose();
        kernel = null;
    }
}
