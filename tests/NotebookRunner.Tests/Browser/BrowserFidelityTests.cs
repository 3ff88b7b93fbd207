using System.Diagnostics;
using System.Text.Json.Nodes;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Browser;

/// <summary>
/// Every lesson run in the browser through its page ("Run all" on the exported site, headless Chromium, no network) gives
/// each cell the outputs the real kernel wrote in the executed notebook, normalised as <see cref="OutputComparison"/>
/// says. A difference the browser cannot remove is listed, with its reason, in <see cref="BrowserDifferences"/>; any
/// other difference fails, naming the lesson and the cell.
/// </summary>
[Collection(CourseRunCollection.Name)]
public sealed class BrowserFidelityTests(CourseRun course, ReleasedHomework homework) : IClassFixture<ReleasedHomework>
{
    public static TheoryData<string> Lessons() => new(NotebookFinder.Find([CourseRun.Notebooks])
        .Where(f => !f.IsHomework).Select(f => f.RelativePath.Replace('\\', '/')));

    public static TheoryData<string> Homework() => new(NotebookFinder.Find([CourseRun.Notebooks])
        .Where(f => f.IsHomework).Select(f => Path.GetFileNameWithoutExtension(f.RelativePath)));

    [Theory]
    [MemberData(nameof(Lessons))]
    public Task Every_cell_of_a_lesson_gives_in_the_browser_what_the_kernel_gave(string relative) =>
        CompareAsync(relative, Path.ChangeExtension(relative, ".html"), course.Executed(relative));

    /// <summary>The homework page is the released student version; the kernel ran that version with --allow-errors.</summary>
    [Theory]
    [MemberData(nameof(Homework))]
    public Task Every_cell_of_a_released_homework_gives_in_the_browser_what_the_kernel_gave(string name)
    {
        Assert.True(homework.Result.ExitCode is 0 or 1, homework.Result.Output + homework.Result.Error);
        return CompareAsync($"homework/{name}", $"homework/{name}.html", homework.Executed(name));
    }

    private async Task CompareAsync(string relative, string page, JsonObject executed)
    {
        await using var session = await BrowserSession.OpenAsync(course.Site);
        var tab = await session.StartAsync(page);
        var clock = Stopwatch.StartNew();
        await tab.EvaluateAsync("() => window.courseRunner.runAll()");
        var browser = await BrowserSession.OutputsAsync(tab);
        var cells = ((JsonArray)executed["cells"]!).OfType<JsonObject>().Where(c => (string?)c["cell_type"] == "code").ToList();
        var kernel = cells.Select(c => c["outputs"] as JsonArray).ToList();
        Console.WriteLine($"{relative}: {kernel.Count} cells in {clock.Elapsed.TotalSeconds:F1} s in the browser");

        Assert.Equal(kernel.Count, browser.Count);
        var differences = new List<string>();
        for (var i = 0; i < kernel.Count; i++)
        {
            if (BrowserDifferences.Reason(relative, i + 1) is not null) continue;
            var varies = OutputComparison.Varies(cells[i]);
            var expected = varies ? OutputComparison.Kinds(kernel[i]) : OutputComparison.Normalized(BrowserDifferences.Comparable(kernel[i]));
            var actual = varies ? OutputComparison.Kinds(browser[i]) : OutputComparison.Normalized(BrowserDifferences.Comparable(browser[i]));
            if (expected != actual)
                differences.Add($"code cell {i + 1}: {OutputComparison.FirstDifference(actual, expected, "browser", "kernel")}");
        }
        Assert.True(differences.Count == 0, $"{relative}:\n{string.Join("\n\n", differences)}");
        Assert.Empty(session.Refused);
    }
}
