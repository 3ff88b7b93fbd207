using System.Text.Json;
using System.Text.RegularExpressions;
using CourseKit.Testing;
using Microsoft.Playwright;
using NotebookRunner.Export;
using NotebookRunner.Tests.CourseCharts;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests;

/// <summary>
/// Every chart of notebooks/appendix-plotly-net.ipynb, Plotly.NET's and the library's, draws in headless Chromium on the
/// page exported from the course run's executed appendix: its element holds plotly's SVG (and, for a surface, its WebGL
/// container), and plotly's _fullData has the traces the output's figure lists, type by type. Two pages: one with the
/// CDN links (this machine has no internet, so Playwright routes serve every CDN URL from node_modules, Plotly.NET's
/// require.js and plotly.js 2.28.0 included), and the offline site, with every network request refused.
/// </summary>
[Collection(CourseRunCollection.Name)]
[Trait(Tier.Name, Tier.Full)]
public sealed partial class PlotlyNetAppendixBrowserTests(CourseRun course)
{
    private const string Appendix = "appendix-plotly-net.ipynb";

    /// <summary>One chart output: its element id, whether Plotly.NET drew it, and its figure's trace types.</summary>
    private sealed record ExpectedChart(int Cell, string Id, bool PlotlyNet, string[] Types)
    {
        public override string ToString() => $"cell {Cell} ({(PlotlyNet ? "Plotly.NET" : "library")}: {string.Join(", ", Types)})";
    }

    [Fact]
    public async Task Every_chart_draws_on_the_page_with_cdn_links_served_from_node_modules()
    {
        string folder = Nbrun.TempFolder();
        string html = HtmlPage.Render("Appendix · Plotly.NET", course.Executed(Appendix), new WebAssets((string?)null), 0,
            null, null, new HtmlPage.Link("index.html", "Contents"));
        File.WriteAllText(Path.Combine(folder, "appendix.html"), html);
        File.Copy(Path.Combine(course.Site, "site.css"), Path.Combine(folder, "site.css"));
        var served = new List<string>();
        var refused = new List<string>();
        string modules = NodeAssets.Require();
        Assert.True(File.Exists(Path.Combine(modules, "plotly.js-dist-min-2", "plotly.min.js")),
            $"{modules} has no plotly.js-dist-min-2 (the plotly.js Plotly.NET loads): run `npm ci --no-audit --no-fund` beside package.json.");

        await AssertEveryChartDraws(Path.Combine(folder, "appendix.html"), async route =>
        {
            string url = route.Request.Url;
            if (url.StartsWith("file:", StringComparison.Ordinal)) { await route.ContinueAsync(); return; }
            if (FromNodeModules(url, modules) is { } file && File.Exists(file)) { lock (served) served.Add(url); await route.FulfillAsync(new() { Path = file }); }
            else { lock (refused) refused.Add(url); await route.AbortAsync(); }
        });

        Assert.Empty(refused);
        Assert.Contains(served, u => PlotlyNetPlotly().IsMatch(u));
        Assert.Contains(served, u => PlotlyNetRequireJs().IsMatch(u));
    }

    [Fact]
    public async Task Every_chart_draws_on_the_offline_site_without_the_network()
    {
        var refused = new List<string>();

        await AssertEveryChartDraws(Path.Combine(course.Site, "appendix-plotly-net.html"), async route =>
        {
            if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal)) { await route.ContinueAsync(); return; }
            lock (refused) refused.Add(route.Request.Url);
            await route.AbortAsync();
        });

        Assert.Empty(refused);
    }

    private async Task AssertEveryChartDraws(string page, Func<IRoute, Task> network)
    {
        var charts = ExpectedCharts();
        Assert.Equal(7, charts.Count(c => c.PlotlyNet));
        Assert.Equal(7, charts.Count(c => !c.PlotlyNet));
        var errors = new List<string>();
        using var playwright = await HeadlessChromium.StartPlaywrightAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(HeadlessChromium.LaunchOptions());
        var tab = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 1400 } });
        tab.PageError += (_, error) => errors.Add(error);
        tab.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        await tab.RouteAsync("**/*", network);
        await tab.GotoAsync(new Uri(page).AbsoluteUri, new() { WaitUntil = WaitUntilState.Commit });
        string[] ids = charts.Select(c => c.Id).ToArray();
        await tab.WaitForFunctionAsync("ids => ids.every(id => document.getElementById(id)?._fullData?.length > 0)", ids,
            new() { Timeout = 90_000, PollingInterval = 250 });

        var drawn = await tab.EvaluateAsync<JsonElement>("ids => ids.map(id => { const e = document.getElementById(id); return { " +
            "types: e._fullData.map(t => t.type), svg: !!e.querySelector('.main-svg'), gl: !!e.querySelector('.gl-container canvas') }; })", ids);
        foreach (var (chart, seen) in charts.Zip(drawn.EnumerateArray()))
        {
            string[] types = seen.GetProperty("types").EnumerateArray().Select(t => t.GetString()!).ToArray();
            Assert.True(types.SequenceEqual(chart.Types), $"{chart}: plotly drew {string.Join(", ", types)}");
            Assert.True(seen.GetProperty("svg").GetBoolean(), $"{chart}: no .main-svg");
            Assert.True(seen.GetProperty("gl").GetBoolean() || !chart.Types.Contains("surface"), $"{chart}: a surface without a WebGL canvas");
        }
        Assert.Empty(errors);
    }

    private List<ExpectedChart> ExpectedCharts() => course.Outputs(Appendix)
        .Where(o => ChartOutput.FigureJson(o.Output) is not null)
        .Select(o =>
        {
            string html = o.Output.Data!["text/html"];
            using var figure = JsonDocument.Parse(ChartOutput.FigureJson(o.Output)!);
            string[] types = figure.RootElement.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("type").GetString()!).ToArray();
            return new ExpectedChart(o.Cell, ElementId().Match(html).Groups[1].Value, ChartOutput.DrawnByPlotlyNet(o.Output), types);
        }).ToList();

    /// <summary>The node_modules file a CDN URL of the pages names: jsdelivr's npm paths, Plotly.NET's plotly.js and require.js.</summary>
    private static string? FromNodeModules(string url, string modules)
    {
        if (Jsdelivr().Match(url) is { Success: true } npm)
            return Path.Combine(modules, npm.Groups["package"].Value, npm.Groups["path"].Value);
        if (PlotlyNetPlotly().Match(url) is { Success: true } plotly)
            return plotly.Groups["version"].Value == PlotlyNetCharts.PlotlyVersion ? Path.Combine(modules, "plotly.js-dist-min-2", "plotly.min.js") : null;
        return PlotlyNetRequireJs().IsMatch(url) ? Path.Combine(modules, "requirejs", "require.js") : null;
    }

    [GeneratedRegex(@"^https://cdn\.jsdelivr\.net/npm/(?<package>(@[^/]+/)?[^@/]+)@[^/]+/(?<path>[^?#]+)")]
    private static partial Regex Jsdelivr();

    [GeneratedRegex(@"^https://cdn\.plot\.ly/plotly-(?<version>[0-9.]+)\.min\.js$")]
    private static partial Regex PlotlyNetPlotly();

    [GeneratedRegex(@"^https://cdnjs\.cloudflare\.com/ajax/libs/require\.js/[0-9.]+/require(\.min)?\.js$")]
    private static partial Regex PlotlyNetRequireJs();

    [GeneratedRegex("<div id=\"([^\"]+)\"")]
    private static partial Regex ElementId();
}
