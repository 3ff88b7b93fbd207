using System.Net;
using System.Text.Json.Nodes;
using CourseKit.Testing;
using NotebookRunner.Export;

namespace NotebookRunner.Tests;

/// <summary>
/// On an offline site, Plotly.NET's two CDN URLs (require.js, and plotly.js 2.28.0 as a require.js path) point at
/// site/assets/; online pages, other URLs and versions, and code shown on the page (HTML-escaped) are left as they are.
/// </summary>
public sealed class PlotlyNetUrlsTests
{
    private const string Chart = """
        var fsharpPlotlyRequire = requirejs.config({context:'fsharp-plotly',paths:{plotly:'https://cdn.plot.ly/plotly-2.28.0.min'}}) || require;
        script.setAttribute("src", "https://cdnjs.cloudflare.com/ajax/libs/require.js/2.3.6/require.min.js");
        <script src="https://cdn.plot.ly/plotly-2.28.0.min.js"></script>
        """;

    private static readonly WebAssets Offline = new("/node_modules");

    [Fact]
    public void Offline_the_chart_script_loads_require_js_and_the_pinned_plotly_js_from_the_site_assets()
    {
        Assert.Equal("""
            var fsharpPlotlyRequire = requirejs.config({context:'fsharp-plotly',paths:{plotly:'../assets/plotly-2.28.0.min'}}) || require;
            script.setAttribute("src", "../assets/require.js");
            <script src="../assets/plotly-2.28.0.min.js"></script>
            """, PlotlyNetUrls.Localize(Chart, Offline, depth: 1));
        Assert.Contains("'assets/plotly-2.28.0.min'", PlotlyNetUrls.Localize(Chart, Offline, depth: 0));
    }

    [Fact]
    public void The_plotly_js_that_Plotly_NET_names_is_the_one_package_json_pins_beside_the_pages_own()
    {
        JsonNode Read(string folder) => JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "package.json")))!;
        var pinned = (string?)Read(NodeAssets.RepositoryRoot())["dependencies"]!["plotly.js-dist-min-2"];
        var installed = (string?)Read(Path.Combine(NodeAssets.Require(), "plotly.js-dist-min-2"))["version"];

        Assert.Equal($"npm:plotly.js-dist-min@{PlotlyNetUrls.PlotlyVersion}", pinned);
        Assert.Equal(PlotlyNetUrls.PlotlyVersion, installed);
    }

    [Fact]
    public void Online_pages_other_urls_and_escaped_code_are_left_as_they_are()
    {
        Assert.Equal(Chart, PlotlyNetUrls.Localize(Chart, new WebAssets((string?)null), depth: 0));
        string code = $"<pre><code>{WebUtility.HtmlEncode(Chart)}</code></pre>";
        Assert.Equal(code, PlotlyNetUrls.Localize(code, Offline, depth: 0));
        foreach (var other in new[] { "plotly-latest.min.js", "plotly-2.27.0.min.js" }.Select(f => $"<script src=\"https://cdn.plot.ly/{f}\"></script>"))
            Assert.Equal(other, PlotlyNetUrls.Localize(other, Offline, depth: 0));
    }
}
