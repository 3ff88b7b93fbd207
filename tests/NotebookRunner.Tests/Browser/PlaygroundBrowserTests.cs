using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Browser;

/// <summary>
/// Lesson 11's live playground on the exported site: Play trains in the page with the library (no network), the
/// decision boundary it draws changes as the network learns, Pause stops the epochs, and a changed control (the data
/// set) starts a new network on the new data. Prints the epochs per second it reached (a figure, not a limit).
/// </summary>
[Collection(CourseRunCollection.Name)]
[Trait(Tier.Name, Tier.Full)]
public sealed class PlaygroundBrowserTests(CourseRun course)
{
    private const string Boundary = """
        () => { const plot = document.querySelector('.live-playground .playground-plot');
                const heat = (plot && plot.data || []).find(t => t.type === 'heatmap' || t.type === 'contour');
                return heat ? JSON.stringify(heat.z) : ''; }
        """;

    [Fact]
    public async Task Play_trains_in_the_page_and_the_boundary_changes_until_paused()
    {
        await using var session = await BrowserSession.OpenAsync(course.Site);
        var tab = await session.StartAsync("11-playground.html");

        await tab.Locator(".playground-play").ClickAsync();
        await tab.WaitForFunctionAsync("() => window.courseRunner.playground.epochs() >= 2", null, new() { Timeout = 120_000 });
        var early = await tab.EvaluateAsync<string>(Boundary);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var start = await tab.EvaluateAsync<int>("() => window.courseRunner.playground.epochs()");
        await tab.WaitForFunctionAsync("() => window.courseRunner.playground.epochs() >= 40", null, new() { Timeout = 120_000 });
        var rate = (await tab.EvaluateAsync<int>("() => window.courseRunner.playground.epochs()") - start) / clock.Elapsed.TotalSeconds;
        await tab.Locator(".playground-play").ClickAsync();
        await tab.WaitForTimeoutAsync(1000);
        var paused = await tab.EvaluateAsync<int>("() => window.courseRunner.playground.epochs()");
        await tab.WaitForTimeoutAsync(1500);
        var later = await tab.EvaluateAsync<string>(Boundary);
        var stillPaused = await tab.EvaluateAsync<int>("() => window.courseRunner.playground.epochs()");
        var status = await tab.Locator(".playground-status").InnerTextAsync();
        Console.WriteLine($"playground: {rate:F1} epochs per second in the page; status \"{status}\"");

        await tab.SelectOptionAsync(".live-playground select[name=data]", "xor");
        await tab.Locator(".playground-step").ClickAsync();
        await tab.WaitForFunctionAsync("() => window.courseRunner.playground.epochs() === 1", null, new() { Timeout = 120_000 });
        var code = await tab.Locator(".playground-code code").TextContentAsync() ?? "";

        Assert.NotEqual("", early);
        Assert.NotEqual(early, later);
        Assert.Equal(paused, stillPaused);
        Assert.Contains("epoch", status);
        Assert.Contains("animate(epochs =>", code);
        Assert.Empty(session.Refused);
    }
}
