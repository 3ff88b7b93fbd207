using NotebookRunner.Judging;

namespace NotebookRunner.Reports;

/// <summary>
/// What the student's outputs (the Markdown report, the Classroom result, the console of `grade` on one notebook) say about
/// a check. A visible check's failure is said in full: the student has the check's code, so its inputs and expected values
/// are no secret. A failed hidden check is said only in the source's words: its name and the hint after its header
/// (<c>// HINT: …</c>), never anything of the run (its inputs, its expected values, the values or the exception the
/// student's code gave, how long it took), so a student who resubmits learns which hidden check failed and what idea to
/// look at, and nothing to copy into a table of answers. The instructor's JSON report keeps the full message.
/// </summary>
public static class StudentFeedback
{
    /// <summary>The hint for a hidden check whose source gives none.</summary>
    public const string DefaultHint = "this check tries cases the visible ones do not: test your code on other inputs and edge cases.";

    public static string Message(CheckOutcome check) =>
        check.Passed ? "" : check.Hidden ? $"hidden check failed. Hint: {(string.IsNullOrWhiteSpace(check.Hint) ? DefaultHint : check.Hint)}" : check.Message;

    /// <summary>How long a check ran, as a student may see it: a hidden check's time could carry what its inputs were.</summary>
    public static TimeSpan Elapsed(CheckOutcome check) => check.Hidden ? TimeSpan.Zero : check.Elapsed;
}
