namespace NotebookRunner.Notebooks;

/// <summary>How a cell ended: ran, raised an error, stopped by a limit, lost its kernel, or never
/// ran.</summary>
public enum CellStatus { Ok, Error, TimedOut, KernelExited, NotRun }

/// <summary>The outcome of one cell. Cell is the 1-based position of the cell in the notebook
/// (markdown cells count).</summary>
public sealed record CellResult(int Cell, CellStatus Status, IReadOnlyList<CellOutput> Outputs,
    TimeSpan Elapsed)
{
    /// <summary>What the output caps left out (the outputs end with a note when anything
    /// was).</summary>
    public OutputCut Cut { get; init; } = OutputCut.None;

    public bool Failed =>
        Status is CellStatus.Error or CellStatus.TimedOut or CellStatus.KernelExited;

    public CellOutput? FirstError => Outputs.FirstOrDefault(o => o.IsError);
}
