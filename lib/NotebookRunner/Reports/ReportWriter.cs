using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NotebookRunner.Assignments;
using NotebookRunner.Judging;

namespace NotebookRunner.Reports;

/// <summary>
/// A grade report for its two audiences. The instructor's: the JSON report (every message in full)
/// and the rows of the summary CSV. The student's: the Markdown report and the result GitHub
/// Classroom's reporter shows, which say of a failed hidden check only what
/// <see cref="StudentFeedback"/> allows (the problems in the student's cells are shown in full:
/// they come from those cells alone, which run before any check). Whatever a submission chose is
/// escaped for where it lands: <see cref="JsonText"/>, <see cref="MarkdownText"/>,
/// <see cref="ConsoleText"/> (the reporter prints to GitHub's log), <see cref="CsvCell"/>.
/// </summary>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions Indented =
        new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJson(GradeReport report)
    {
        var checks = report.Checks.Select(c => (JsonNode)new JsonObject
        {
            ["name"] = c.Name, ["hidden"] = c.Hidden, ["passed"] = c.Passed, ["points"] =
                c.Points, ["earned"] = c.Earned,
            ["message"] = c.Message, ["seconds"] = Math.Round(c.Elapsed.TotalSeconds, 3),
        });
        var problems = report.Problems.Select(p =>
            (JsonNode)new JsonObject { ["cell"] = p.Cell, ["message"] = p.Message });
        var json = new JsonObject
        {
            ["submission"] = report.Submission, ["assignment"] = report.Assignment,
            ["earned"] = report.Earned, ["possible"] = report.Possible, ["seconds"] =
                Math.Round(report.Elapsed.TotalSeconds, 3),
            ["isolation"] = report.Isolated ? "bubblewrap" : "none (graded with --no-isolation)",
            ["checks"] = new JsonArray(checks.ToArray()), ["problems"] =
                new JsonArray(problems.ToArray()),
        };
        return JsonText.Escape(json.ToJsonString(Indented)) + "\n";
    }

    public static string ToMarkdown(GradeReport report)
    {
        var md = new StringBuilder();
        var words = ReportWords.Of(report.Language);
        md.Append(CultureInfo.InvariantCulture,
            $"# {MarkdownText.Escape(report.Assignment)}: " +
            $"{MarkdownText.Escape(report.Submission)}\n\n**{report.Earned} / " +
            $"{report.Possible}{words.PointsHeading}**\n\n");
        if (!report.Isolated) md.Append(words.WithoutIsolation).Append("\n\n");
        if (report.Problems.Count > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"## {words.Problems}\n\n");
            foreach (var p in report.Problems)
                md.Append(CultureInfo.InvariantCulture,
                    $"- {string.Format(CultureInfo.InvariantCulture, words.ProblemInCell,
                        p.Cell)}: {MarkdownText.Escape(p.Message)}\n");
            md.Append('\n');
        }
        md.Append(CultureInfo.InvariantCulture,
            $"## {words.Checks}\n\n{words.ChecksTable}\n| --- | --- | --- | --- | --- |\n");
        foreach (var c in report.Checks)
            md.Append(CultureInfo.InvariantCulture,
                $"| {MarkdownText.Escape(c.Name)} | {(c.Hidden ? words.Hidden : words.Visible)} " +
                $"| {(c.Passed ? words.Passed : words.Failed)} | {c.Earned}/{c.Points} | " +
                $"{MarkdownText.Escape(StudentFeedback.Message(c, report.Language))} |\n");
        md.Append(CultureInfo.InvariantCulture, $"\n{report.PointsLine}\n");
        return md.ToString();
    }

    /// <summary>
    /// The result GitHub Classroom's grading reporter
    /// (classroom-resources/autograding-grading-reporter) reads for one runner: status, max_score,
    /// and a test per check whose score is the points it earned. The workflow passes it
    /// base64-encoded; the reporter prints each name and message to the job's log, which the
    /// student reads.
    /// </summary>
    public static string ToClassroom(GradeReport report)
    {
        var tests = report.Checks.Select(c => (JsonNode)new JsonObject
        {
            ["name"] = ConsoleText.Escape(c.Hidden ? c.Name + ReportWords.Of(report.Language)
                .HiddenSuffix : c.Name), ["status"] = c.Passed ? "pass" : "fail",
            ["score"] = c.Earned,
            ["message"] = ConsoleText.Escape(StudentFeedback.Message(c, report.Language)),
            ["test_code"] = "", ["filename"] = ConsoleText.Escape(report.Submission),
            ["line_no"] = 0, ["duration"] = (int)StudentFeedback.Elapsed(c).TotalMilliseconds,
        });
        var json = new JsonObject
        {
            ["version"] = 1, ["status"] = report.FullMarks ? "pass" : "fail", ["max_score"] =
                report.Possible,
            ["tests"] = new JsonArray(tests.ToArray()),
        };
        return JsonText.Escape(json.ToJsonString(Indented)) + "\n";
    }

    /// <summary>The summary CSV: submission, earned, possible, then one column of earned points per
    /// check.</summary>
    public static string ToCsv(IReadOnlyList<GradeReport> reports, Assignment assignment)
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(",",
            new[] { "submission", "earned",
                "possible" }.Concat(assignment.Checks.Select(c => c.Name)).Select(CsvCell.Text)));
        foreach (var r in reports)
        {
            var earned = assignment.Checks.Select(c =>
                r.Checks.FirstOrDefault(o => o.Name == c.Name)?.Earned ?? 0);
            csv.AppendLine(string.Join(",",
                new[] { CsvCell.Text(r.Submission), CsvCell.Number(r.Earned),
                    CsvCell.Number(r.Possible) }
                .Concat(earned.Select(CsvCell.Number))));
        }
        return csv.ToString();
    }
}
