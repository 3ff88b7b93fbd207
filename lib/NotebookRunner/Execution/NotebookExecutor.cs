using System.Diagnostics;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>
/// Runs a notebook's C# cells in order in one fresh worker, then any extra cells (a grader's checks) in the same
/// state, with the notebook's folder as the working directory (as in Polyglot). A cell in another language is an error naming the file, the cell and the language; markdown is skipped.
/// After the first failure the remaining cells are NotRun. The per-notebook output cap and wall clock apply here.
/// </summary>
public static class NotebookExecutor
{
    public static async Task<NotebookRun> RunAsync(Notebook notebook, ExecutionLimits limits,
        IReadOnlyList<string>? extraCells = null, Action<int>? cellStarting = null)
    {
        var clock = Stopwatch.StartNew();
        var cells = notebook.Cells.Where(c => c.IsCode).Select(c => (c.Number, c.Language, c.Source))
            .Concat((extraCells ?? []).Select((code, i) => (Number: notebook.Cells.Count + i + 1, Language: "csharp", Source: code)))
            .ToList();
        var results = new List<CellResult>();
        using var worker = WorkerProcess.Start(limits);
        await worker.StartSessionAsync(Path.GetDirectoryName(notebook.Path)!, Path.GetFileNameWithoutExtension(notebook.Path), limits.StartTimeout);
        var budget = limits.MaxOutputCharsPerNotebook;
        foreach (var (number, language, source) in cells)
        {
            if (results.Any(r => r.Failed))
            {
                results.Add(new CellResult(number, CellStatus.NotRun, [], TimeSpan.Zero));
                continue;
            }
            cellStarting?.Invoke(number);
            var result = language == "csharp"
                ? await worker.RunCellAsync(number, source, CellTimeout(limits, clock.Elapsed), Math.Min(limits.MaxOutputCharsPerCell, Math.Max(0, budget)))
                : Unsupported(notebook, number, language);
            budget -= result.Outputs.Sum(o => o.Size);
            results.Add(result);
        }
        return new NotebookRun(notebook, results, clock.Elapsed);
    }

    private static TimeSpan CellTimeout(ExecutionLimits limits, TimeSpan elapsed) =>
        limits.NotebookTimeout is { } whole && whole - elapsed < limits.CellTimeout
            ? TimeSpan.FromMilliseconds(Math.Max(1, (whole - elapsed).TotalMilliseconds))
            : limits.CellTimeout;

    private static CellResult Unsupported(Notebook notebook, int cell, string language)
    {
        var message = $"{notebook.FileName} cell {cell} is a {CellLanguage.DisplayName(language)} cell: nbrun runs only C# cells; rewrite it in C# or make it markdown.";
        return new CellResult(cell, CellStatus.Error, [CellOutput.Error("UnsupportedLanguage", message)], TimeSpan.Zero);
    }
}
