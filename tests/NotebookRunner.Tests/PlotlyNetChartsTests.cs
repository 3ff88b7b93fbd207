using System.Net;
using System.Text.Json.Nodes;
using CourseKit.Testing;
using NotebookRunner.Export;

namespace NotebookRunner.Tests;

/// <summary>
/// Plotly.NET's chart script on an exported page: require.js is added once the page has parsed, online and offline;
/// offline, its two CDN URLs (require.js, and plotly.js 2.28.0 as a require.js path) point at site/assets/. Other
/// HTML, other plotly.js versions and code shown on the page (HTML-escaped) are left as they are.
/// </summary>
public sealed class PlotlyNetChartsTests
{
    private const string Chart = """
        var renderPlotly_9ae4d756a1ac43459f521be43df4af00 = function() {
            var fsharpPlotlyRequire = requirejs.config({context:'fsharp-plotly',paths:{plotly:'https://cdn.plot.ly/plotly-2.28.0.min'}}) || require;
        };
            script.setAttribute("src", "https://cdnjs.cloudflare.com/ajax/libs/require.js/2.3.6/require.min.js");
            document.getElementsByTagName("head")[0].appendChild(script);
        """;

    private const string Deferred = """(function (script) { function add() { document.getElementsByTagName("head")[0]"""
        + """.appendChild(script); } if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", add); """
        + """else add(); })(script);""";

    private static readonly WebAssets Offline = new("/node_modules");

    [Fact]
    public void Offline_the_chart_adds_require_js_once_the_page_has_parsed_and_loads_both_from_the_site_assets()
    {
        Assert.Equal($$$"""
            var renderPlotly_9ae4d756a1ac43459f521be43df4af00 = function() {
                var fsharpPlotlyRequire = requirejs.config({context:'fsharp-plotly',paths:{plotly:'../assets/plotly-2.28.0.min'}}) || require;
            };
                script.setAttribute("src", "../assets/require.js");
                {{{Deferred}}}
            """, PlotlyNetCharts.ForPage(Chart, Offline, depth: 1));
        Assert.Contains("'assets/plotly-2.28.0.min'", PlotlyNetCharts.ForPage(Chart, Offline, depth: 0));
    }

    [Fact]
    public void Online_the_chart_keeps_its_cdn_urls_and_adds_require_js_once_the_page_has_parsed()
    {
        Assert.Equal(Chart.Replace("document.getElementsByTagName(\"head\")[0].appendChild(script);", Deferred),
            PlotlyNetCharts.ForPage(Chart, new WebAssets((string?)null), depth: 0));
    }

    [Fact]
    public void The_plotly_js_that_Plotly_NET_names_is_the_one_package_json_pins_beside_the_pages_own()
    {
        JsonNode Read(string folder) => JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "package.json")))!;
        var pinned = (string?)Read(NodeAssets.RepositoryRoot())["dependencies"]!["plotly.js-dist-min-2"];
        var installed = (string?)Read(Path.Combine(NodeAssets.Require(), "plotly.js-dist-min-2"))["version"];

        Assert.Equal($"npm:plotly.js-dist-min@{PlotlyNetCharts.PlotlyVersion}", pinned);
        Assert.Equal(PlotlyNetCharts.PlotlyVersion, installed);
    }

    [Fact]
    public void Escaped_code_other_versions_and_pages_without_plotly_net_charts_are_left_as_they_are()
    {
        string code = $"<pre><code>{WebUtility.HtmlEncode(Chart)}</code></pre>";
        Assert.Equal(code, PlotlyNetCharts.ForPage(code, Offline, depth: 0));
        string older = Chart.Replace("plotly-2.28.0.min", "plotly-2.27.0.min");
        Assert.Contains("'https://cdn.plot.ly/plotly-2.27.0.min'", PlotlyNetCharts.ForPage(older, Offline, depth: 0));
        string library = "<script>document.getElementsByTagName(\"head\")[0].appendChild(script); url = 'https://cdn.plot.ly/plotly-2.28.0.min';</script>";
        Assert.Equal(library, PlotlyNetCharts.ForPage(library, Offline, depth: 0));
    }
}
