using System.Text.RegularExpressions;

namespace NotebookRunner.Export;

/// <summary>
/// Plotly.NET's chart HTML (as Plotly.NET.Interactive 6 writes it into an output) loads require.js from cdnjs, then
/// plotly.js 2.28.0 from cdn.plot.ly as an AMD module, by absolute URLs. On an offline site those two URLs are rewritten
/// to the copies in site/assets/ (from node_modules: requirejs, and plotly.js-dist-min-2, which package.json pins to the
/// same plotly.js; the pages' own plotly.js 4 is no AMD module, so it cannot stand in). A plotly.js version other than
/// <see cref="PlotlyVersion"/> is left pointing at the CDN. Online pages keep the kernel's HTML as it is. Only quoted URLs
/// match, as in the chart's script: code shown on the page is HTML-escaped, its quotes included.
/// </summary>
public static partial class PlotlyNetUrls
{
    /// <summary>The plotly.js that Plotly.NET 6.0.0 names; node_modules/plotly.js-dist-min-2 holds the same.</summary>
    public const string PlotlyVersion = "2.28.0";

    public const string PlotlyAsset = "plotly-" + PlotlyVersion + ".min.js";

    public static string Localize(string html, WebAssets assets, int depth)
    {
        if (!assets.Offline || !html.Contains("cdn.plot.ly", StringComparison.Ordinal)) return html;
        var plotly = assets.Url(PlotlyAsset, depth)[..^".js".Length];
        var requireJs = assets.Url("require.js", depth);
        html = PlotlyModule().Replace(html, m => $"{m.Groups["q"].Value}{plotly}{m.Groups["js"].Value}{m.Groups["q"].Value}");
        return RequireJs().Replace(html, m => $"{m.Groups["q"].Value}{requireJs}{m.Groups["q"].Value}");
    }

    /// <summary>'https://cdn.plot.ly/plotly-2.28.0.min' (a require.js path, which adds .js itself), or the same with .js.</summary>
    [GeneratedRegex(@"(?<q>['""])https://cdn\.plot\.ly/plotly-2\.28\.0\.min(?<js>\.js)?\k<q>")]
    private static partial Regex PlotlyModule();

    [GeneratedRegex(@"(?<q>['""])https://cdnjs\.cloudflare\.com/ajax/libs/require\.js/\d+\.\d+\.\d+/require(\.min)?\.js\k<q>")]
    private static partial Regex RequireJs();
}
