using System.Text.Json.Nodes;
using NotebookRunner.Assignments;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// The grade verb as an instructor and GitHub Classroom's workflow run it: one notebook prints its checks and "Points N/M"
/// last and exits 0 only with full marks; --classroom writes the reporter's result; without bubblewrap the grader refuses
/// and names the fix, and --no-isolation grades anyway and says so in every report.
/// </summary>
[Collection(GradingCollection.Name)]
[Trait(Tier.Name, Tier.Full)]
public sealed class GradeCommandTests
{
    private static string Source => CourseCopy.SourcePath("06-numerical-gradient");

    [Fact]
    public void Full_marks_exit_0_end_with_the_points_line_and_write_the_reports_and_the_classroom_result()
    {
        var folder = Nbrun.TempFolder();
        var submission = CourseCopy.Save(SubmissionVariants.Solved(CourseCopy.Load("06-numerical-gradient")), "student.ipynb", folder);
        var trace = new Dictionary<string, string> { ["NBRUN_TRACE_KERNEL"] = "1" };
        var result = Nbrun.Run(folder, trace, "grade", submission, "--assignment", Source, "--out", Path.Combine(folder, "reports"), "--classroom", "result.json");
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal("Points 9/9", result.Output.TrimEnd().Split('\n')[^1]);
        // One kernel for the answer key and one for the student: no spare is warmed when no submission waits for it.
        var starts = result.Error.Split('\n').Count(l => l.StartsWith("nbrun: starting kernel:", StringComparison.Ordinal));
        Assert.True(starts == 2, $"{starts} kernels started:\n{result.Error}");
        var report = Nbrun.Read(Path.Combine(folder, "reports", "student.json"));
        Assert.Equal(9, (int)report["earned"]!);
        Assert.Equal("bubblewrap", (string?)report["isolation"]);
        Assert.EndsWith("Points 9/9\n", File.ReadAllText(Path.Combine(folder, "reports", "student.md")));
        var classroom = Nbrun.Read(Path.Combine(folder, "result.json"));
        Assert.Equal("pass", (string?)classroom["status"]);
        Assert.Equal(9, (int)classroom["max_score"]!);
        Assert.Equal(9, ((JsonArray)classroom["tests"]!).Sum(t => (int)t!["score"]!));
        Assert.Contains((JsonArray)classroom["tests"]!, t => (string?)t!["name"] == "gradient-leaves-x-unchanged (hidden)" && (string?)t["status"] == "pass");
    }

    /// <summary>What an instructor types: <c>dotnet run --project lib/NotebookRunner -- grade …</c> starts nbrun's apphost.</summary>
    [Fact]
    public void Through_the_apphost_as_dotnet_run_starts_it_the_grader_finds_dotnet_for_the_sandbox()
    {
        var folder = Nbrun.TempFolder();
        var submission = CourseCopy.Save(SubmissionVariants.Solved(CourseCopy.Load("06-numerical-gradient")), "student.ipynb", folder);
        var result = Nbrun.RunApphost(folder, "grade", submission, "--assignment", Source, "--out", Path.Combine(folder, "reports"));
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Equal("Points 9/9", result.Output.TrimEnd().Split('\n')[^1]);
    }

    [Fact]
    public void Without_bubblewrap_the_grader_refuses_naming_the_fix_and_no_isolation_grades_and_says_so()
    {
        var folder = Nbrun.TempFolder();
        var submission = CourseCopy.Save(Releaser.Release(CourseCopy.Load("06-numerical-gradient")), "student.ipynb", folder);
        var noBwrap = new Dictionary<string, string> { ["PATH"] = Path.Combine(folder, "empty") };
        var refused = Nbrun.Run(folder, noBwrap, "grade", submission, "--assignment", Source);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("bubblewrap (bwrap) is not installed: sudo apt-get install bubblewrap", refused.Error);
        Assert.Contains("pass --no-isolation", refused.Error);

        var graded = Nbrun.Run(folder, noBwrap, "grade", submission, "--assignment", Source, "--no-isolation", "--out", Path.Combine(folder, "reports"));
        Assert.Equal(1, graded.ExitCode);
        Assert.Contains("warning: graded WITHOUT isolation (--no-isolation)", graded.Output);
        Assert.Equal("Points 0/9", graded.Output.TrimEnd().Split('\n')[^1]);
        Assert.Equal("none (graded with --no-isolation)", (string?)Nbrun.Read(Path.Combine(folder, "reports", "student.json"))["isolation"]);
        Assert.Contains("without isolation", File.ReadAllText(Path.Combine(folder, "reports", "student.md")));
    }

    [Fact]
    public void Bad_arguments_exit_2_naming_the_fix()
    {
        var folder = Nbrun.TempFolder();
        Directory.CreateDirectory(Path.Combine(folder, "submissions"));
        File.Copy(Source, Path.Combine(folder, "submissions", "a.ipynb"));
        Assert.Contains("pass --out with a folder for them", Nbrun.Run(folder, "grade", "submissions", "--assignment", Source).Error);
        Assert.Contains("--jobs is 0: give 1 or more.", Nbrun.Run(folder, "grade", "submissions", "--assignment", Source, "--jobs", "0").Error);
        Assert.Contains("--classroom writes one submission's result", Nbrun.Run(folder, "grade", "submissions", "--assignment", Source, "--out", "r", "--classroom", "x.json").Error);
    }
}
