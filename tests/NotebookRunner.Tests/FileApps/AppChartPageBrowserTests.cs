using CourseKit.Testing;
using Microsoft.Playwright;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.FileApps;

/// <summary>
/// Lesson 01's app, run with --offline, writes a chart page that draws every chart in Chromium from the page alone
/// (no request leaves it), under headings naming the cells, with no browser error. Saves a screenshot under artifacts/.
/// </summary>
[Trait(Tier.Name, Tier.Full)]
public sealed class AppChartPageBrowserTests(AppRuns apps) : IClassFixture<AppRuns>
{
    [Fact]
    public async Task The_offline_chart_page_of_an_app_draws_every_chart()
    {
        Assert.True(apps.Offline.ExitCode == 0, apps.Offline.Both);
        var path = apps.Page("01-perceptron.cs");
        Assert.Contains($"charts: {path}", apps.Offline.Output, StringComparison.Ordinal);
        var errors = new List<string>();
        using var playwright = await HeadlessChromium.StartPlaywrightAsync();
        await using var browser = await HeadlessChromium.LaunchContextAsync(playwright, Nbrun.TempFolder(), 1100, 1400);
        var page = await browser.NewPageAsync();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        page.Request += (_, request) => { if (!request.Url.StartsWith("file:", StringComparison.Ordinal)) errors.Add($"request to {request.Url}"); };
        await page.GotoAsync(new Uri(path).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });

        var plots = await page.Locator(".nn-plot").CountAsync();
        Assert.Equal(AppText.PageFigures(path).Count, plots);
        await page.WaitForFunctionAsync($"document.querySelectorAll('.nn-plot .main-svg').length >= {plots}", null, new() { Timeout = 30_000 });
        Assert.Equal("01 · The perceptron", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("cell 19 · 3. The decision boundary is a line", await page.Locator("h2").AllInnerTextsAsync());
        Assert.Empty(errors);
        await page.ScreenshotAsync(new() { Path = Path.Combine(NodeAssets.RepositoryRoot(), "tests", "NotebookRunner.Tests", "artifacts", "app-01-perceptron.png"), FullPage = true });
    }
}
