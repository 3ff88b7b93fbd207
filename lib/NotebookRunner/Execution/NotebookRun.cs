using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>The outcome of running one notebook: a result per code cell (then any extra cells), in
/// order.</summary>
public sealed record NotebookRun(Notebook Notebook, IReadOnlyList<CellResult> Results,
    TimeSpan Elapsed)
{
    public CellResult? FirstFailure => Results.FirstOrDefault(r => r.Failed);

    public bool Succeeded => FirstFailure is null;

    public int CellsRun => Results.Count(r => r.Status != CellStatus.NotRun);

    /// <summary>
    /// "ok", or the first failure in one line: "cell 4: Error: (2,19): error CS0103: …" for a
    /// compile error, and for an exception the place <see cref="ErrorPlace"/> finds in its trace:
    /// "cell 3, line 3: Error: System.ArgumentOutOfRangeException: …". Worked out once (finding the
    /// place parses the cells), as the console, the table and the front page all read it.
    /// </summary>
    public string Summary { get; } = SummaryOf(Notebook, Results);

    private static string SummaryOf(Notebook notebook, IReadOnlyList<CellResult> results) =>
        results.FirstOrDefault(r => r.Failed) is { } failure
            ? $"cell {failure.Cell}{Place(notebook, failure)}: " +
            $"{failure.FirstError?.Summary.Split('\n')[0] ?? failure.Status.ToString()}"
            : "ok";

    private static string Place(Notebook notebook, CellResult failure) =>
        failure is { Status: CellStatus.Error, FirstError: { } error }
            ? ErrorPlace.Describe(
                string.Join("\n", [error.ErrorValue ?? "", .. error.Traceback ?? []]),
                notebook.Cells, failure.Cell)
            : "";
}
