using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests;

/// <summary>
/// Every notebook in the repository's notebooks/ folder (homework included) runs clean on the kernel, as
/// `nbrun run notebooks --html` runs it, and every lesson draws at least two charts. That the numbers are the same on a
/// second run (seeded) is checked against the independent Jupyter run in <see cref="JupyterComparisonTests"/>.
/// </summary>
[Collection(CourseRunCollection.Name)]
[Trait(Tier.Name, Tier.Full)]
public sealed class RepositoryNotebookTests(CourseRun course)
{
    public static TheoryData<string> Notebooks() => CourseRun.All();

    [Fact]
    public void The_course_runs_clean_and_the_site_is_written()
    {
        Assert.True(course.Result.ExitCode == 0, course.Result.Output + course.Result.Error);
        Assert.Contains("index: " + Path.Combine(course.Site, "index.html"), course.Result.Output);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Runs_clean(string relativePath)
    {
        var outputs = course.Outputs(relativePath).ToList();
        Assert.DoesNotContain(outputs, o => o.Output.IsError);
        Assert.DoesNotContain(outputs, o => o.Output.Kind == "stream" && o.Output.Name == "stderr");
        if (relativePath.StartsWith("homework", StringComparison.Ordinal)) return;
        int charts = course.Charts(relativePath).Count;
        Assert.True(charts >= 2, $"{relativePath}: {charts} charts drawn; every lesson draws at least two.");
    }
}
