using System.Text.RegularExpressions;

namespace NotebookRunner.Export;

/// <summary>
/// Plotly.NET's chart HTML (as Plotly.NET.Interactive 6 writes it into an output) loads require.js from cdnjs and then
/// plotly.js from cdn.plot.ly as an AMD module, by absolute URLs. On an offline site those two URLs are rewritten to the
/// copies in site/assets/: require.js, and the page's own pinned plotly.js in place of the 2.x build Plotly.NET names
/// (the appendix's browser test checks that every Plotly.NET chart draws with it). Online pages keep the kernel's HTML.
/// Only the quoted URLs of the chart's script match: code shown on the page is HTML-escaped, its quotes included.
/// </summary>
public static partial class PlotlyNetUrls
{
    public static string Localize(string html, WebAssets assets, int depth)
    {
        if (!assets.Offline || !html.Contains("cdn.plot.ly", StringComparison.Ordinal)) return html;
        var plotly = assets.Url("plotly.min.js", depth)[..^".js".Length];
        var requireJs = assets.Url("require.js", depth);
        html = PlotlyModule().Replace(html, m => $"{m.Groups["q"].Value}{plotly}{m.Groups["js"].Value}{m.Groups["q"].Value}");
        return RequireJs().Replace(html, m => $"{m.Groups["q"].Value}{requireJs}{m.Groups["q"].Value}");
    }

    /// <summary>'https://cdn.plot.ly/plotly-2.28.0.min' (a require.js path, which adds .js itself), or the same with .js.</summary>
    [GeneratedRegex(@"(?<q>['""])https://cdn\.plot\.ly/plotly-\d+\.\d+\.\d+\.min(?<js>\.js)?\k<q>")]
    private static partial Regex PlotlyModule();

    [GeneratedRegex(@"(?<q>['""])https://cdnjs\.cloudflare\.com/ajax/libs/require\.js/\d+\.\d+\.\d+/require(\.min)?\.js\k<q>")]
    private static partial Regex RequireJs();
}
