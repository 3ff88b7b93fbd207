using NeuralNetworks.Charts;

namespace NeuralNetworks.Tests.Charts;

/// <summary>
/// Real-browser tests: pages of figures opened from file:// in headless chromium with the local plotly.js bundle,
/// through each way the fragment can find plotly. Screenshots go to tests/NeuralNetworks.Tests/artifacts/charts/.
/// </summary>
public class FigureBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly HtmlOptions Local = HtmlOptions.Page with { PlotlyUrl = BrowserPage.FileUrl(RepositoryRoot.PlotlyBundle) };

    private static string Html(string head, IEnumerable<string> fragments) =>
        $"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">{head}</head><body>\n{string.Join("\n", fragments)}</body></html>";

    private static Figure Small(string title) => Chart.Function(Math.Sin, 0, 6, name: "sin").WithTitle(title).WithSize(500, 300);

    [Fact]
    public async Task Every_chart_kind_draws_with_its_traces_and_no_errors()
    {
        var gallery = ChartGallery.All();
        await using var page = await BrowserPage.OpenAsync(browser.Browser, "gallery.html", FigureHtml.Page(gallery.Select(g => g.Figure), Local, "Gallery"));
        await page.WaitForPlotsAsync(gallery.Count);

        for (int i = 0; i < gallery.Count; i++)
        {
            var (name, figure) = gallery[i];
            var drawn = await page.DrawnAsync(i);
            Assert.True(drawn.Svg, $"{name} has no .main-svg");
            Assert.Equal(figure.Data.Count, drawn.Traces);
            Assert.Equal(figure.Frames?.Count ?? 0, drawn.Frames);
            Assert.Equal(0, drawn.ModeBarButtons);
            if (figure.Data.Any(t => t is Surface))
                Assert.True(drawn.Canvas, $"{name} has no WebGL canvas");
            await page.ScreenshotPlotAsync(i, name);
        }
        Assert.DoesNotContain("WebGL is not supported", await page.BodyTextAsync());
        Assert.Empty(page.Errors);
        await page.Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "gallery-page.png"), FullPage = true });
    }

    [Fact]
    public async Task The_animation_moves_to_a_frame_when_asked()
    {
        var animation = ChartGallery.All().Single(g => g.Name == "animation").Figure;
        await using var page = await BrowserPage.OpenAsync(browser.Browser, "animation.html", FigureHtml.Page([animation], Local));
        await page.WaitForPlotsAsync(1);

        int points = await page.Page.EvaluateAsync<int>(
            "async () => { const p = document.querySelector('.nn-plot'); await Plotly.animate(p, ['20'], { frame: { duration: 0, redraw: true }, mode: 'immediate' }); return p.data[1].x.length; }");

        Assert.Equal(21, points);
        Assert.Empty(page.Errors);
        await page.ScreenshotPlotAsync(0, "animation-last-frame");
    }

    [Fact]
    public async Task Fragments_load_plotly_through_a_private_require_js_context_when_require_js_is_present()
    {
        string head = $"<script src=\"{BrowserPage.FileUrl(RepositoryRoot.RequireJs)}\"></script>";
        await using var page = await BrowserPage.OpenAsync(browser.Browser, "requirejs.html",
            Html(head, [Small("require.js host, plot 1").ToHtml(Local), Small("require.js host, plot 2").ToHtml(Local)]));
        await page.WaitForPlotsAsync(2);

        Assert.Equal(1, await page.CountAsync($"script[data-requirecontext=\"nn-plotly-{PlotlyJs.Version}\"]"));
        Assert.Equal(0, await page.CountAsync("script[src$=\"plotly.min.js\"]:not([data-requirecontext])"));
        Assert.Equal(1, (await page.DrawnAsync(1)).Traces);
        Assert.Empty(page.Errors);
        await page.ScreenshotPlotAsync(1, "host-requirejs");
    }

    [Fact]
    public async Task Fragments_add_one_script_for_plotly_on_a_plain_page()
    {
        await using var page = await BrowserPage.OpenAsync(browser.Browser, "plain.html",
            Html("", [Small("plain page, plot 1").ToHtml(Local), Small("plain page, plot 2").ToHtml(Local)]));
        await page.WaitForPlotsAsync(2);

        Assert.Equal(1, await page.CountAsync("script[src$=\"plotly.min.js\"]"));
        Assert.Empty(page.Errors);
        await page.ScreenshotPlotAsync(0, "host-plain");
    }

    [Fact]
    public async Task Fragments_use_window_Plotly_when_the_page_already_has_it()
    {
        string head = $"<script src=\"{Local.PlotlyUrl}\"></script>";
        await using var page = await BrowserPage.OpenAsync(browser.Browser, "preloaded.html",
            Html(head, [Small("window.Plotly already there").ToHtml(Local with { DisplayModeBar = true })]));
        await page.WaitForPlotsAsync(1);

        Assert.Equal(1, await page.CountAsync("script[src$=\"plotly.min.js\"]"));
        Assert.True((await page.DrawnAsync(0)).Svg);
        Assert.Empty(page.Errors);
        await page.ScreenshotPlotAsync(0, "host-preloaded");
    }

    [Fact]
    public async Task A_saved_offline_page_draws_with_the_inlined_bundle_and_no_mode_bar()
    {
        string path = Path.Combine(BrowserFixture.Artifacts, "offline.html");
        ChartGallery.All()[0].Figure.SaveHtml(path, HtmlOptions.Offline(RepositoryRoot.PlotlyBundle));
        await using var page = await BrowserPage.OpenAsync(browser.Browser, "offline.html", await File.ReadAllTextAsync(path));
        await page.WaitForPlotsAsync(1);

        Assert.Equal(0, await page.CountAsync("script[src]"));
        Assert.Equal(0, (await page.DrawnAsync(0)).ModeBarButtons);
        Assert.Empty(page.Errors);
        await page.ScreenshotPlotAsync(0, "offline-page");
    }
}
