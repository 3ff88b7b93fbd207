using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NotebookRunner.Assignments;
using NotebookRunner.Judging;

namespace NotebookRunner.Reports;

/// <summary>A grade report as JSON (for machines), as Markdown (for the student), and the rows of the summary CSV.</summary>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJson(GradeReport report)
    {
        var checks = report.Checks.Select(c => (JsonNode)new JsonObject
        {
            ["name"] = c.Name, ["hidden"] = c.Hidden, ["passed"] = c.Passed, ["points"] = c.Points, ["earned"] = c.Earned,
            ["message"] = c.Message, ["seconds"] = Math.Round(c.Elapsed.TotalSeconds, 3),
        });
        var problems = report.Problems.Select(p => (JsonNode)new JsonObject { ["cell"] = p.Cell, ["message"] = p.Message });
        var json = new JsonObject
        {
            ["submission"] = report.Submission, ["assignment"] = report.Assignment,
            ["earned"] = report.Earned, ["possible"] = report.Possible, ["seconds"] = Math.Round(report.Elapsed.TotalSeconds, 3),
            ["isolation"] = report.Isolated ? "bubblewrap" : "none (graded with --no-isolation)",
            ["checks"] = new JsonArray(checks.ToArray()), ["problems"] = new JsonArray(problems.ToArray()),
        };
        return json.ToJsonString(Indented) + "\n";
    }

    public static string ToMarkdown(GradeReport report)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# {report.Assignment}: {report.Submission}\n\n**{report.Earned} / {report.Possible} points**\n\n");
        if (!report.Isolated) md.Append("> Graded **without isolation** (--no-isolation).\n\n");
        if (report.Problems.Count > 0)
        {
            md.Append("## Problems in your cells\n\n");
            foreach (var p in report.Problems) md.Append(CultureInfo.InvariantCulture, $"- cell {p.Cell}: {Escape(p.Message)}\n");
            md.Append('\n');
        }
        md.Append("## Checks\n\n| check | kind | result | points | message |\n| --- | --- | --- | --- | --- |\n");
        foreach (var c in report.Checks)
            md.Append(CultureInfo.InvariantCulture,
                $"| {c.Name} | {(c.Hidden ? "hidden" : "visible")} | {(c.Passed ? "✓ passed" : "✗ failed")} | {c.Earned}/{c.Points} | {Escape(c.Message)} |\n");
        md.Append(CultureInfo.InvariantCulture, $"\n{report.PointsLine}\n");
        return md.ToString();
    }

    /// <summary>
    /// The result GitHub Classroom's grading reporter (classroom-resources/autograding-grading-reporter) reads for one runner:
    /// status, max_score, and a test per check whose score is the points it earned. The workflow passes it base64-encoded.
    /// </summary>
    public static string ToClassroom(GradeReport report)
    {
        var tests = report.Checks.Select(c => (JsonNode)new JsonObject
        {
            ["name"] = c.Hidden ? $"{c.Name} (hidden)" : c.Name, ["status"] = c.Passed ? "pass" : "fail", ["score"] = c.Earned,
            ["message"] = c.Message, ["test_code"] = "", ["filename"] = report.Submission, ["line_no"] = 0, ["duration"] = (int)c.Elapsed.TotalMilliseconds,
        });
        var json = new JsonObject
        {
            ["version"] = 1, ["status"] = report.FullMarks ? "pass" : "fail", ["max_score"] = report.Possible,
            ["tests"] = new JsonArray(tests.ToArray()),
        };
        return json.ToJsonString(Indented) + "\n";
    }

    /// <summary>The summary CSV: submission, earned, possible, then one column of earned points per check.</summary>
    public static string ToCsv(IReadOnlyList<GradeReport> reports, Assignment assignment)
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(",", new[] { "submission", "earned", "possible" }.Concat(assignment.Checks.Select(c => c.Name)).Select(Cell)));
        foreach (var r in reports)
        {
            var earned = assignment.Checks.Select(c => r.Checks.FirstOrDefault(o => o.Name == c.Name)?.Earned ?? 0);
            csv.AppendLine(string.Join(",", new[] { Cell(r.Submission), Number(r.Earned), Number(r.Possible) }.Concat(earned.Select(Number))));
        }
        return csv.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Cell(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;

    private static string Escape(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
