using NotebookRunner.Assignments;

namespace NotebookRunner.Judging;

/// <summary>
/// How one check went: Earned is its points when it passed, else 0; Message is the failure (empty
/// on a pass), in full, for the instructor; Hint is the source's hint for the check (its <c>//
/// HINT:</c> line), what a student's report may say of a failed hidden check instead of the
/// message.
/// </summary>
public sealed record CheckOutcome(string Name, int Points, bool Hidden, bool Passed, string Message,
    TimeSpan Elapsed)
{
    public int Earned => Passed ? Points : 0;

    public string? Hint { get; init; }
}

/// <summary>A problem in one of the student's own cells (a compile error, an exception, a timeout,
/// a crash), by cell number.</summary>
public sealed record CellProblem(int Cell, string Message);

/// <summary>
/// The grade of one submission: every check of the source in order, the problems found in the
/// student's cells, and the total. PointsLine is the last line the grade verb prints, "Points
/// 7/10".
/// </summary>
public sealed record GradeReport(
    string Submission,
    string Assignment,
    IReadOnlyList<CheckOutcome> Checks,
    IReadOnlyList<CellProblem> Problems,
    TimeSpan Elapsed)
{
    public int Earned => Checks.Sum(c => c.Earned);

    public int Possible => Checks.Sum(c => c.Points);

    public bool FullMarks => Earned == Possible;

    public string PointsLine => $"Points {Earned}/{Possible}";

    /// <summary>The language of the assignment's source (en, or ja for NAME.ja.ipynb): the
    /// student's report is in it.</summary>
    public string Language => NotebookRunner.Notebooks.Edition.Of(Assignment + ".ipynb");

    /// <summary>False when the submission ran without a sandbox (--no-isolation); the reports say
    /// so.</summary>
    public bool Isolated { get; init; } = true;

    /// <summary>A report where no check could run (an unreadable submission): every check fails
    /// with the same reason.</summary>
    public static GradeReport NotGraded(string submission, Assignment assignment, string reason,
        TimeSpan elapsed) =>
        new(submission, assignment.Name,
            assignment.Checks.Select(c =>
                new CheckOutcome(c.Name, c.Points, c.Hidden, false, reason,
                    TimeSpan.Zero)
                { Hint = c.Hint }).ToList(),
            [new CellProblem(0, reason)], elapsed);
}
