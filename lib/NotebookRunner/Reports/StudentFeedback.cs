using NotebookRunner.Judging;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Reports;

/// <summary>
/// What the student's outputs (the Markdown report, the Classroom result, the console of `grade` on
/// one notebook) say about a check. A visible check's failure is said in full: the student has the
/// check's code, so its inputs and expected values are no secret. A failed hidden check is said
/// only in the source's words: its name and the hint after its header (<c>// HINT: …</c>), never
/// anything of the run (its inputs, its expected values, the values or the exception the student's
/// code gave, how long it took), so a student who resubmits learns which hidden check failed and
/// what idea to look at, and nothing to copy into a table of answers. The instructor's JSON report
/// keeps the full message.
/// </summary>
public static class StudentFeedback
{
    /// <summary>The hint for a hidden check whose source gives none.</summary>
    public static string DefaultHint => ReportWords.English.DefaultHint;

    /// <summary>
    /// The message in the report's language. The checks' own sentences come in it from the library
    /// (the submission's first cell sets its language); a hidden check's hint is the source's
    /// English comment, looked up in <see cref="HiddenCheckHints"/> (the grader's, never the
    /// library's).
    /// </summary>
    public static string Message(CheckOutcome check, string language = Edition.English)
    {
        if (check.Passed) return "";
        if (!check.Hidden) return check.Message;
        var words = ReportWords.Of(language);
        var hint = string.IsNullOrWhiteSpace(check.Hint) ? words.DefaultHint
            : language == Edition.Japanese ? HiddenCheckHints.Japanese.Translate(check.Hint)
            : check.Hint;
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, words.HiddenFailed,
            hint);
    }

    /// <summary>How long a check ran, as a student may see it: a hidden check's time could carry
    /// what its inputs were.</summary>
    public static TimeSpan Elapsed(CheckOutcome check) =>
        check.Hidden ? TimeSpan.Zero : check.Elapsed;
}
