using Microsoft.Playwright;

namespace NeuralNetworks.Tests.Charts;

/// <summary>
/// An HTML file under artifacts/charts opened in the browser, with every console error, page error and failed
/// request recorded, and helpers to wait for the plots and read what plotly drew.
/// </summary>
internal sealed class BrowserPage(IPage page, List<string> errors) : IAsyncDisposable
{
    public IPage Page => page;

    public IReadOnlyList<string> Errors => errors;

    public static string FileUrl(string path) => new Uri(path).AbsoluteUri;

    public static async Task<BrowserPage> OpenAsync(IBrowser browser, string fileName, string html)
    {
        string path = Path.Combine(BrowserFixture.Artifacts, fileName);
        await File.WriteAllTextAsync(path, html);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 800 } });
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add("console: " + message.Text); };
        page.PageError += (_, error) => errors.Add("page error: " + error);
        page.RequestFailed += (_, request) => errors.Add("request failed: " + request.Url);
        await page.GotoAsync(FileUrl(path));
        return new BrowserPage(page, errors);
    }

    /// <summary>Waits until every .nn-plot div has been drawn by plotly (it holds gd.data and an SVG or canvas), then two frames more.</summary>
    public async Task WaitForPlotsAsync(int count)
    {
        await page.WaitForFunctionAsync(
            """
            n => { const plots = [...document.querySelectorAll(".nn-plot")];
                   return plots.length === n && plots.every(p => p.data && p._fullLayout && p.querySelector(".main-svg, canvas")); }
            """, count, new PageWaitForFunctionOptions { Timeout = 60_000 });
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
    }

    /// <summary>What plotly drew in plot i: its trace count, its frame count, and whether it has an SVG and a WebGL canvas.</summary>
    public Task<Drawn> DrawnAsync(int i) => page.EvaluateAsync<Drawn>(
        """
        i => { const p = document.querySelectorAll(".nn-plot")[i];
               return { traces: p.data.length, frames: (p._transitionData && p._transitionData._frames || []).length,
                        svg: !!p.querySelector(".main-svg"), canvas: !!p.querySelector("canvas"),
                        modeBarButtons: p.querySelectorAll(".modebar-btn").length }; }
        """, i);

    public Task<int> CountAsync(string selector) => page.EvaluateAsync<int>("s => document.querySelectorAll(s).length", selector);

    public Task<string> BodyTextAsync() => page.EvaluateAsync<string>("() => document.body.innerText");

    public async Task ScreenshotPlotAsync(int i, string name) =>
        await page.Locator(".nn-plot").Nth(i).ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.Artifacts, name + ".png") });

    public async ValueTask DisposeAsync() => await page.CloseAsync();

    /// <summary>Filled by Playwright from the evaluated object, so it needs setters.</summary>
    public sealed class Drawn
    {
        public int Traces { get; set; }

        public int Frames { get; set; }

        public bool Svg { get; set; }

        public bool Canvas { get; set; }

        public int ModeBarButtons { get; set; }
    }
}
