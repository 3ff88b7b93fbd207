using NotebookRunner.Judging;

namespace NotebookRunner.Reports;

/// <summary>
/// What `grade` prints for one notebook, line by line, ending with "Points N/M". By default for the
/// student (GitHub Classroom's workflow grades one notebook, and its log is the student's to read):
/// a failed hidden check says only what <see cref="StudentFeedback"/> allows. With `--instructor`,
/// every message in full. Either way each line is one line: whatever a submission chose goes
/// through <see cref="ConsoleText"/>, so no message can paint or forge another line.
/// </summary>
public static class ConsoleReport
{
    public static IEnumerable<string> Lines(GradeReport report, bool instructor)
    {
        var words = ReportWords.Of(instructor ? NotebookRunner.Notebooks.Edition.English
            : report.Language);
        if (!report.Isolated) yield return "warning: graded WITHOUT isolation (--no-isolation)";
        foreach (var p in report.Problems)
            yield return $"problem in cell {p.Cell}: {ConsoleText.Escape(p.Message)}";
        foreach (var c in report.Checks)
        {
            var kind = c.Hidden ? words.HiddenSuffix : "";
            var message = instructor ? c.Message : StudentFeedback.Message(c, report.Language);
            yield return $"{(c.Passed ? "✓" : "✗")} {ConsoleText.Escape(c.Name)}{kind} " +
                $"{c.Earned}/{c.Points}" + (c.Passed ? "" : $": {ConsoleText.Escape(message)}");
        }
        yield return report.PointsLine;
    }
}
