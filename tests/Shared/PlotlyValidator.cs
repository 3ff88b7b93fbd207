using Microsoft.Playwright;

namespace CourseKit.Testing;

/// <summary>
/// plotly.js judging figures: a blank page in headless Chromium with the pinned bundle from node_modules loaded, where
/// <see cref="ValidateAsync"/> runs plotly-validate.js (Plotly.validate on data and layout, the legend against
/// Plotly.PlotSchema, every frame's traces) on a figure's JSON and returns plotly's messages; none means valid.
/// It takes JSON text, not a Figure, so figures from anywhere can be checked (Chart helpers, notebook outputs, an
/// application/vnd.plotly.v1+json bundle). Start one per test class and share it: the bundle loads once.
/// </summary>
public sealed class PlotlyValidator : IAsyncDisposable
{
    private static readonly string Script = ReadScript();

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly IPage page;

    private PlotlyValidator(IPlaywright playwright, IBrowser browser, IPage page) =>
        (this.playwright, this.browser, this.page) = (playwright, browser, page);

    /// <summary>Launches Chromium and loads plotly.js; a missing browser or node_modules fails here with the command that installs it.</summary>
    public static async Task<PlotlyValidator> StartAsync()
    {
        var playwright = await HeadlessChromium.StartPlaywrightAsync();
        var browser = await playwright.Chromium.LaunchAsync(HeadlessChromium.LaunchOptions());
        var page = await browser.NewPageAsync();
        string bundle = NodeAssets.PlotlyBundle(), pinned = NodeAssets.PinnedPlotlyVersion();
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = bundle });
        string version = await page.EvaluateAsync<string>("() => Plotly.version");
        if (version != pinned)
            throw new InvalidOperationException($"{bundle} is plotly.js {version} but package.json pins {pinned}: run `npm ci` at the repository root.");
        return new PlotlyValidator(playwright, browser, page);
    }

    /// <summary>plotly's messages about the figure {"data": …, "layout": …, "frames": …}; empty when it is valid.</summary>
    public async Task<IReadOnlyList<string>> ValidateAsync(string figureJson) =>
        await page.EvaluateAsync<string[]>(Script, figureJson);

    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync();
        playwright.Dispose();
    }

    private static string ReadScript()
    {
        using var stream = typeof(PlotlyValidator).Assembly.GetManifestResourceStream("plotly-validate.js")
            ?? throw new InvalidOperationException("plotly-validate.js is not embedded: the test project must list tests/Shared/plotly-validate.js as EmbeddedResource.");
        return new StreamReader(stream).ReadToEnd();
    }
}
