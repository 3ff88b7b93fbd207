using System.Text.Json.Nodes;
using NotebookRunner.Assignments;
using NotebookRunner.Judging;
using NotebookRunner.Notebooks;
using NotebookRunner.Reports;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// A Japanese class end to end: homework 02's Japanese twin (02-activation.ja) released and graded as a folder. The honest
/// solution earns every point with a report in Japanese; a wrong sigmoid fails a visible check with the library's Japanese
/// sentence and a hidden one with its hint's Japanese; a magic command's problem line is Japanese. The English edition's
/// reports are the other grading tests'.
/// </summary>
[Trait(Tier.Name, Tier.Full)]
public sealed class JapaneseGradingTests(JapaneseGradingTests.Graded graded) : IClassFixture<JapaneseGradingTests.Graded>
{
    private const string Name = "02-activation.ja";

    /// <summary>The Japanese assignment's folder, graded once for the class.</summary>
    public sealed class Graded
    {
        private readonly Lazy<GradedFolder> folder = new(() =>
        {
            var assignment = CourseCopy.Load(Name);
            return new GradedFolder(Name, new (string, JsonObject)[]
            {
                ("solved", SubmissionVariants.Solved(assignment)),
                ("wrong", SubmissionVariants.WithRegionReplaced(assignment, 0, "return 0.5;")),
                ("magic", CourseCopy.WithCellBeforeChecks(SubmissionVariants.Solved(assignment), "#!time\nvar spent = 1;")),
            });
        });

        public GradedFolder Folder => folder.Value;
    }

    [Fact]
    public void The_released_japanese_homework_keeps_its_japanese_line_and_is_graded_in_japanese()
    {
        var assignment = CourseCopy.Load(Name);
        var released = NotebookReader.FromDocument("/tmp/02-activation.ja.ipynb", Releaser.Release(assignment));
        Assert.Contains(Edition.JapaneseLine, released.Cells.First(c => c.IsCode).Source);
        Assert.Equal(Edition.Japanese, Edition.Of(assignment.Path));
    }

    [Fact]
    public void The_honest_solution_earns_every_point_with_a_japanese_report()
    {
        var report = graded.Folder["solved"];
        var markdown = ReportWriter.ToMarkdown(report);
        Assert.True(report.FullMarks, markdown);
        Assert.Empty(report.Problems);
        Assert.Equal(Edition.Japanese, report.Language);
        Assert.Contains("## チェック", markdown);
        Assert.Contains("| sigmoid-large-inputs | 非公開 | ✓ 合格 | 2/2 |  |", markdown);
        Assert.DoesNotContain("✗", markdown);
        Assert.Equal(report.PointsLine, ConsoleReport.Lines(report, instructor: false).Last());
    }

    [Fact]
    public void A_failed_visible_check_says_the_librarys_japanese_and_a_hidden_one_its_hint_in_japanese()
    {
        var report = graded.Folder["wrong"];
        var markdown = ReportWriter.ToMarkdown(report);
        Assert.Equal(["sigmoid-large-inputs", "sigmoid-values"], report.Checks.Where(c => !c.Passed).Select(c => c.Name).Order());
        var visible = report.Checks.Single(c => c.Name == "sigmoid-values");
        Assert.Contains("期待値は", StudentFeedback.Message(visible, report.Language));
        Assert.DoesNotContain("expected", visible.Message);
        var hidden = report.Checks.Single(c => c.Name == "sigmoid-large-inputs");
        Assert.Equal(
            "非公開のチェックに不合格でした。ヒント：σ(u) は [0, 1] の範囲に収まり、正負どちらでも 0 から遠い u で正しい値になる必要があります。",
            StudentFeedback.Message(hidden, report.Language));
        Assert.Contains("| sigmoid-values | 公開 | ✗ 不合格 | 0/", markdown);
        var classroom = JsonNode.Parse(ReportWriter.ToClassroom(report))!["tests"]!.AsArray();
        Assert.Equal(StudentFeedback.Message(hidden, report.Language),
            classroom.Single(t => (string?)t!["name"] == "sigmoid-large-inputs（非公開）")!["message"]!.GetValue<string>());
    }

    [Fact]
    public void A_magic_command_is_a_problem_said_in_japanese()
    {
        var report = graded.Folder["magic"];
        var markdown = ReportWriter.ToMarkdown(report);
        Assert.True(report.FullMarks, markdown);
        var problem = Assert.Single(report.Problems);
        Assert.Equal($"セル{problem.Cell}はマジックコマンド #!time を使っています。採点するセルはふつうの C# なので、このセルは実行しませんでした。",
            problem.Message);
        Assert.Contains("## 自分のセルの問題", markdown);
        Assert.Contains($"- セル{problem.Cell}: セル{problem.Cell}はマジックコマンド", markdown);
    }
}
