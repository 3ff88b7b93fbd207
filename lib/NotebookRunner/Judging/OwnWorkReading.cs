using NotebookRunner.Notebooks;

namespace NotebookRunner.Judging;

/// <summary>
/// What the own-work analysis found in a submission, and the cells as the grader runs them: the
/// student's cells with the body of every charged function replaced by a throw
/// (<see cref="FunctionBodies"/>), so that code which earns nothing also runs nothing, wherever it
/// is called from.
/// </summary>
public sealed record OwnWorkReading(IReadOnlyList<Violation> Violations,
    IReadOnlyList<NotebookCell> Cells);
