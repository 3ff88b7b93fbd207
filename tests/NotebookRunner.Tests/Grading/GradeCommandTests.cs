using NotebookRunner.Grading;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Grading;

/// <summary>The grade verb as GitHub Classroom's command grader sees it, and stubs for both kinds of member body.</summary>
public sealed class GradeCommandTests
{
    private const string Small = """
        #!csharp

        double Twice(double x) =>
            // BEGIN SOLUTION
            // HINT: Double it.
            2 * x;
            // END SOLUTION

        int Count(int[] xs)
        {
            // BEGIN SOLUTION
            var n = 0;
            foreach (var x in xs) n++;
            return n;
            // END SOLUTION
        }

        #!csharp

        // CHECK twice (1 point)
        if (Twice(2) != 4) throw new Exception("Twice(2) should be 4");

        #!csharp

        // HIDDEN CHECK count (2 points)
        if (Count([1, 2]) != 2) throw new Exception("Count([1, 2]) should be 2");
        """;

    [Fact]
    public void Full_marks_exit_0_and_end_with_the_points_line_and_write_both_reports()
    {
        var folder = Nbrun.TempFolder();
        var source = CourseCopy.SourcePath("03-numerical-gradient");
        var result = Nbrun.Run(folder, "grade", source, "--assignment", source, "--out", Path.Combine(folder, "reports"));
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal("Points 9/9", result.Output.TrimEnd().Split('\n')[^1]);
        var json = Nbrun.Read(Path.Combine(folder, "reports", "03-numerical-gradient.json"));
        Assert.Equal(9, (int)json["earned"]!);
        Assert.Equal(5, ((System.Text.Json.Nodes.JsonArray)json["checks"]!).Count);
        var markdown = File.ReadAllText(Path.Combine(folder, "reports", "03-numerical-gradient.md"));
        Assert.Contains("| gradient-leaves-x-unchanged | hidden | ✓ passed | 1/1 |", markdown);
        Assert.EndsWith("Points 9/9\n", markdown);
    }

    [Fact]
    public void Missing_points_exit_1_and_the_last_line_says_how_many()
    {
        var folder = Nbrun.TempFolder();
        var assignment = CourseCopy.Load("03-numerical-gradient");
        var submission = CourseCopy.Save(Releaser.Release(assignment), "student.ipynb", folder);
        var result = Nbrun.Run(folder, "grade", submission, "--assignment", assignment.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("Points 0/9", result.Output.TrimEnd().Split('\n')[^1]);
        Assert.Contains("✗ central-difference-square 0/2: NotImplementedException", result.Output);
    }

    [Fact]
    public void A_folder_needs_an_output_folder()
    {
        var folder = Nbrun.TempFolder();
        var result = Nbrun.Run(folder, "grade", folder, "--assignment", CourseCopy.SourcePath("01-activation"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out", result.Error);
    }

    [Fact]
    public async Task Stubs_compile_in_block_bodies_and_expression_bodies_and_throw_with_the_hint()
    {
        var folder = Nbrun.TempFolder();
        var source = CourseCopy.Save(DibFormat.ToDocument(Small), "small.ipynb", folder);
        var assignment = Assignment.Load(source);
        Assert.Equal(3, (await SubmissionGrader.GradeAsync(source, assignment, SubmissionGrader.DefaultLimits)).Earned);

        var released = CourseCopy.Save(Releaser.Release(assignment), "released.ipynb", Nbrun.TempFolder());
        var report = await SubmissionGrader.GradeAsync(released, assignment, SubmissionGrader.DefaultLimits);
        Assert.Empty(report.Problems);
        Assert.Equal(0, report.Earned);
        Assert.Contains("NotImplementedException", report.Checks[0].Message);
        Assert.Contains("Double it.", report.Checks[0].Message);
        Assert.Contains(Markers.DefaultHint, report.Checks[1].Message);
    }
}
