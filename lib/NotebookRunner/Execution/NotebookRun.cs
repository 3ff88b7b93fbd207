using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>The outcome of running one notebook: a result per code cell (then any extra cells), in order.</summary>
public sealed record NotebookRun(Notebook Notebook, IReadOnlyList<CellResult> Results, TimeSpan Elapsed)
{
    public CellResult? FirstFailure => Results.FirstOrDefault(r => r.Failed);

    public bool Succeeded => FirstFailure is null;

    public int CellsRun => Results.Count(r => r.Status != CellStatus.NotRun);

    /// <summary>"ok", or the first failure in one line: "cell 3: System.Exception: cell 3, line 2: boom".</summary>
    public string Summary => FirstFailure is { } failure
        ? $"cell {failure.Cell}: {failure.FirstError?.Summary.Split('\n')[0] ?? failure.Status.ToString()}"
        : "ok";
}
