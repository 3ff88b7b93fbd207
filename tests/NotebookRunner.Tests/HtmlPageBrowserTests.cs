using CourseKit.Testing;
using Microsoft.Playwright;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests;

/// <summary>
/// Opens the exported page of the chart-and-formula fixture (offline assets) in headless Chromium: the chart draws,
/// the math is typeset, the browser logs no error. Saves a screenshot under artifacts/.
/// </summary>
[Collection(MainRunCollection.Name)]
public sealed class HtmlPageBrowserTests(MainRun run)
{
    [Fact]
    public async Task The_chart_draws_and_the_math_is_typeset_without_browser_errors()
    {
        var errors = new List<string>();
        using var playwright = await HeadlessChromium.StartPlaywrightAsync();
        await using var browser = await HeadlessChromium.LaunchContextAsync(playwright, Nbrun.TempFolder(), 1100, 1400);
        var page = await browser.NewPageAsync();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        page.RequestFailed += (_, request) => errors.Add($"{request.Url}: {request.Failure}");
        await page.GotoAsync(new Uri(Path.Combine(run.Output, "site", "07-chart.html")).AbsoluteUri, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.WaitForSelectorAsync(".main-svg", new() { Timeout = 30_000 });
        await page.WaitForSelectorAsync(".katex", new() { Timeout = 30_000 });

        Assert.True(await page.Locator(".katex-display").CountAsync() >= 1);
        await page.WaitForSelectorAsync("code.hljs", new() { Timeout = 30_000 });
        Assert.Equal("Chart and formula", await page.TitleAsync());
        Assert.Empty(errors);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts(), "07-chart.png"), FullPage = true });
        var index = await browser.NewPageAsync();
        await index.GotoAsync(new Uri(Path.Combine(run.Output, "site", "index.html")).AbsoluteUri);
        Assert.Equal(7, await index.Locator("ul.contents li").CountAsync());
        Assert.Equal("Display and results", await index.Locator("ul.contents li a").First.InnerTextAsync());
        await index.ScreenshotAsync(new() { Path = Path.Combine(Artifacts(), "index.png") });
    }

    private static string Artifacts()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NotebookRunner.Tests.csproj"))) dir = dir.Parent;
        var artifacts = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        return artifacts;
    }
}
