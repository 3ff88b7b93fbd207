using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>The outcome of running one notebook: a result per code cell (then any extra cells), in order.</summary>
public sealed record NotebookRun(Notebook Notebook, IReadOnlyList<CellResult> Results, TimeSpan Elapsed)
{
    public CellResult? FirstFailure => Results.FirstOrDefault(r => r.Failed);

    public bool Succeeded => FirstFailure is null;

    public int CellsRun => Results.Count(r => r.Status != CellStatus.NotRun);

    /// <summary>
    /// "ok", or the first failure in one line: "cell 4: Error: (2,19): error CS0103: …" for a compile error, and for an
    /// exception the place <see cref="ErrorPlace"/> finds in its trace: "cell 3, line 3: Error: System.ArgumentOutOfRangeException: …".
    /// </summary>
    public string Summary => FirstFailure is { } failure
        ? $"cell {failure.Cell}{Place(failure)}: {failure.FirstError?.Summary.Split('\n')[0] ?? failure.Status.ToString()}"
        : "ok";

    private string Place(CellResult failure) =>
        failure is { Status: CellStatus.Error, FirstError: { } error }
            ? ErrorPlace.Describe(string.Join("\n", [error.ErrorValue ?? "", .. error.Traceback ?? []]), Notebook.Cells, failure.Cell)
            : "";
}
