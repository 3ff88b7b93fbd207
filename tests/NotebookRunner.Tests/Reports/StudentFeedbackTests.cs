using System.Text.Json.Nodes;
using NotebookRunner.Judging;
using NotebookRunner.Reports;

namespace NotebookRunner.Tests.Reports;

/// <summary>
/// The two audiences of a report: what the student reads (the Markdown report, the Classroom result, the console of one
/// notebook) says of a failed hidden check its name and the source's hint, never its inputs, expected values, the values the
/// student's code returned or how long it ran; the instructor's JSON report and `--instructor` console keep the full message.
/// </summary>
public sealed class StudentFeedbackTests
{
    private const string HiddenMessage = "Sigmoid(800): expected 1 but got 0.731 (difference 0.269, tolerance 1E-12).";
    private const string VisibleMessage = "Sigmoid(2): expected 0.8807970780 but got 0.5 (difference 0.3807970780, tolerance 1E-12).";

    private static GradeReport Report() => new("alice.ipynb", "02-activation",
    [
        new CheckOutcome("sigmoid-values", 2, false, false, VisibleMessage, TimeSpan.FromSeconds(0.2)),
        new CheckOutcome("sigmoid-large-inputs", 2, true, false, HiddenMessage, TimeSpan.FromSeconds(8.5)) { Hint = "Keep σ within [0, 1] for any u." },
        new CheckOutcome("relu-derivative-at-zero", 1, true, false, "ReLUDerivative(1e-300): expected 1 but got 0.", TimeSpan.FromSeconds(3)),
        new CheckOutcome("relu-values", 2, false, true, "", TimeSpan.FromSeconds(0.1)),
    ], [], TimeSpan.FromSeconds(12));

    [Fact]
    public void The_markdown_report_names_the_hidden_check_and_its_hint_and_nothing_of_its_run()
    {
        var md = ReportWriter.ToMarkdown(Report());
        Assert.Contains("| sigmoid-large-inputs | hidden | ✗ failed | 0/2 | hidden check failed. Hint: Keep σ within \\[0, 1\\] for any u. |", md);
        Assert.Contains($"| relu-derivative-at-zero | hidden | ✗ failed | 0/1 | hidden check failed. Hint: {MarkdownText.Escape(StudentFeedback.DefaultHint)} |", md);
        Assert.Contains("Sigmoid(2): expected 0.8807970780 but got 0.5", md);
        foreach (var secret in new[] { "800", "0.731", "1e-300", "ReLUDerivative(" }) Assert.DoesNotContain(secret, md);
    }

    [Fact]
    public void The_classroom_result_shows_the_hint_and_no_time_for_hidden_checks()
    {
        var tests = ((JsonArray)JsonNode.Parse(ReportWriter.ToClassroom(Report()))!["tests"]!).Select(t => t!.AsObject()).ToList();
        var hidden = tests.Single(t => (string?)t["name"] == "sigmoid-large-inputs (hidden)");
        Assert.Equal("hidden check failed. Hint: Keep σ within [0, 1] for any u.", (string?)hidden["message"]);
        Assert.Equal(0, (int)hidden["duration"]!);
        Assert.Equal(0, (int)tests.Single(t => (string?)t["name"] == "relu-derivative-at-zero (hidden)")["duration"]!);
        var visible = tests.Single(t => (string?)t["name"] == "sigmoid-values");
        Assert.Equal(VisibleMessage, (string?)visible["message"]);
        Assert.Equal(200, (int)visible["duration"]!);
        Assert.Equal("", (string?)tests.Single(t => (string?)t["name"] == "relu-values")["message"]);
    }

    [Fact]
    public void The_console_is_the_students_unless_the_instructor_asks()
    {
        var student = ConsoleReport.Lines(Report(), instructor: false).ToList();
        Assert.Contains("✗ sigmoid-large-inputs (hidden) 0/2: hidden check failed. Hint: Keep σ within [0, 1] for any u.", student);
        Assert.DoesNotContain(student, l => l.Contains("800", StringComparison.Ordinal) || l.Contains("1e-300", StringComparison.Ordinal));
        Assert.Equal("Points 2/7", student[^1]);
        var instructor = ConsoleReport.Lines(Report(), instructor: true).ToList();
        Assert.Contains($"✗ sigmoid-large-inputs (hidden) 0/2: {HiddenMessage}", instructor);
        Assert.Equal("Points 2/7", instructor[^1]);
    }

    /// <summary>The Classroom workflow's log is the student's: its grade step must print the student's view.</summary>
    [Fact]
    public void The_classroom_workflow_grades_without_instructor()
    {
        var workflow = File.ReadAllText(Path.Combine(Grading.CourseCopy.Repository, "docs", "classroom", "classroom.yml"));
        Assert.Contains("grade \"notebooks/homework/$ASSIGNMENT.ipynb\"", workflow);
        Assert.DoesNotContain("--instructor", workflow);
    }

    [Fact]
    public void The_instructors_json_keeps_every_message_and_time()
    {
        var checks = (JsonArray)JsonNode.Parse(ReportWriter.ToJson(Report()))!["checks"]!;
        Assert.Equal(HiddenMessage, (string?)checks[1]!["message"]);
        Assert.Equal(8.5, (double)checks[1]!["seconds"]!);
        Assert.Equal("ReLUDerivative(1e-300): expected 1 but got 0.", (string?)checks[2]!["message"]);
    }
}
