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
[Trait(Tier.Name, Tier.Full)]
public sealed class BrowserFidelityTests(CourseRun course, ReleasedHomework homework, BrowserFidelityTests.SharedBrowser shared)
    : IClassFixture<BrowserFidelityTests.SharedBrowser>
{
    /// <summary>One browser for every page here, so the runtime downloads and compiles once and later pages start from the cache.</summary>
    public sealed class SharedBrowser : IAsyncLifetime
    {
        private readonly SemaphoreSlim gate = new(1, 1);
        private BrowserSession? session;

        public async Task<BrowserSession> OpenAsync(string site)
        {
            await gate.WaitAsync();
            try
            {
                return session ??= await BrowserSession.OpenAsync(site);
            }
            finally { gate.Release(); }
        }

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            if (session is not null) await session.DisposeAsync();
        }
    }

    public static TheoryData<string> Lessons() => new(NotebookFinder.Find([CourseRun.Notebooks])
        .Where(f => !f.IsHomework).Select(f => f.RelativePath.Replace('\\', '/')));

    public static TheoryData<string> Homework() => new(NotebookFinder.Find([CourseRun.Notebooks])
        .Where(f => f.IsHomework).Select(f => Path.GetFileNameWithoutExtension(f.RelativePath)));

    [Fact]
    public void Every_listed_difference_names_exactly_one_cell() => Assert.Empty(BrowserDifferences.Stale(CourseRun.Notebooks));

    [Theory]
    [MemberData(nameof(Lessons))]
    public Task Every_cell_of_a_lesson_gives_in_the_browser_what_the_kernel_gave(string relative) =>
        OpenAndCompareAsync(relative, Path.ChangeExtension(relative, ".html"), course.Executed(relative));

    /// <summary>The homework page is the released student version; the kernel ran that version with --allow-errors.</summary>
    [Theory]
    [MemberData(nameof(Homework))]
    public Task Every_cell_of_a_released_homework_gives_in_the_browser_what_the_kernel_gave(string name)
    {
        Assert.True(homework.Result.ExitCode is 0 or 1, homework.Result.Output + homework.Result.Error);
        return OpenAndCompareAsync($"homework/{name}", $"homework/{name}.html", homework.Executed(name));
    }

    private async Task OpenAndCompareAsync(string relative, string page, JsonObject executed)
    {
        var session = await shared.OpenAsync(course.Site);
        var tab = await session.StartAsync(page);
        try
        {
            await CompareAsync(relative, tab, executed);
        }
        finally { await tab.CloseAsync(); }
        Assert.Empty(session.Refused);
    }

    private static async Task CompareAsync(string relative, Microsoft.Playwright.IPage tab, JsonObject executed)
    {
        var clock = Stopwatch.StartNew();
        await tab.EvaluateAsync("() => window.courseRunner.runAll()");
        var browser = await BrowserSession.OutputsAsync(tab);
        var cells = ((JsonArray)executed["cells"]!).OfType<JsonObject>().Where(c => (string?)c["cell_type"] == "code").ToList();
        var kernel = cells.Select(c => c["outputs"] as JsonArray).ToList();
        var sources = cells.Select(c => OutputComparison.Text(c["source"])).ToList();
        Console.WriteLine($"{relative}: {kernel.Count} cells in {clock.Elapsed.TotalSeconds:F1} s in the browser");

        Assert.Equal(kernel.Count, browser.Count);
        var differences = new List<string>();
        for (var i = 0; i < kernel.Count; i++)
        {
            var listed = BrowserDifferences.Reason(Path.GetFileName(relative), sources, i);
            var varies = OutputComparison.Varies(cells[i]);
            if (varies)
            {
                if (OutputComparison.Kinds(kernel[i]) != OutputComparison.Kinds(browser[i]))
                    differences.Add($"code cell {i + 1} (varies with the machine): {OutputComparison.Kinds(browser[i])} against {OutputComparison.Kinds(kernel[i])}");
                continue;
            }
            var (expected, expectedFigures) = BrowserDifferences.Comparable(kernel[i]);
            var (actual, actualFigures) = BrowserDifferences.Comparable(browser[i]);
            var (a, b) = (OutputComparison.Normalized(actual), OutputComparison.Normalized(expected));
            var found = a != b
                ? $"code cell {i + 1}: {OutputComparison.FirstDifference(a, b, "browser", "kernel")}"
                : expectedFigures.Select((figure, f) => BrowserDifferences.FigureDifference(actualFigures[f], figure) is { } where
                    ? $"code cell {i + 1}, figure {f + 1}: browser against kernel at {where}" : null).FirstOrDefault(d => d is not null);
            if (listed is null && found is not null) differences.Add(found);
            // A listed cell that now agrees is said, so the list can shrink (the test's output shows it).
            if (listed is not null && found is null) Console.WriteLine($"{relative} code cell {i + 1} is listed ({listed}) but agrees");
        }
        Assert.True(differences.Count == 0, $"{relative}:\n{string.Join("\n\n", differences)}");
    }
}
