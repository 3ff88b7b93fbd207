using System.Text.RegularExpressions;

namespace NotebookRunner.Export;

/// <summary>
/// Plotly.NET's chart HTML on an exported page. Plotly.NET.Interactive 6 writes a script that adds
/// require.js (from cdnjs) to the page and then loads plotly.js 2.28.0 (from cdn.plot.ly) through
/// it. Two changes make it work on the site:
/// 1. require.js is added once the page has parsed (at once if it already has): the page's KaTeX
///    and highlight.js are deferred UMD scripts, and run after require.js they register as AMD
///    modules instead of globals, so the math is left untypeset and require.js reports a mismatched
///    define.
/// 2. Offline, both URLs point at the copies in site/assets/ (from node_modules: requirejs, and
///    plotly.js-dist-min-2, which package.json pins to the same plotly.js; the pages' plotly.js 4
///    is no AMD module, so it cannot stand in). Any other plotly.js version keeps its CDN URL.
///    Online pages keep the CDN URLs.
/// Only Plotly.NET's statements and quoted URLs match: code shown on the page is HTML-escaped, its
/// quotes included.
/// </summary>
public static partial class PlotlyNetCharts
{
    /// <summary>The plotly.js that Plotly.NET 6.0.0 names; node_modules/plotly.js-dist-min-2 holds
    /// the same.</summary>
    public const string PlotlyVersion = "2.28.0";

    public const string PlotlyAsset = "plotly-" + PlotlyVersion + ".min.js";

    private const string AddRequireJs =
        "document.getElementsByTagName(\"head\")[0].appendChild(script);";

    /// <summary>The same, once the page has parsed; `script` is passed in, as each chart's script
    /// reassigns that global.</summary>
    private const string AddRequireJsOncePageParsed =
        "(function (script) { function add() { " + AddRequireJs + " } "
        + "if (document.readyState === \"loading\") " +
        "document.addEventListener(\"DOMContentLoaded\", add); else add(); })(script);";

    public static string ForPage(string html, WebAssets assets, int depth)
    {
        if (!html.Contains("var renderPlotly_", StringComparison.Ordinal)) return html;
        html = html.Replace(AddRequireJs, AddRequireJsOncePageParsed, StringComparison.Ordinal);
        if (!assets.Offline) return html;
        var plotly = assets.Url(PlotlyAsset, depth)[..^".js".Length];
        var requireJs = assets.Url("require.js", depth);
        html = PlotlyModule()
            .Replace(html, m =>
                $"{m.Groups["q"].Value}{plotly}{m.Groups["js"].Value}{m.Groups["q"].Value}");
        return RequireJs().Replace(html, m =>
            $"{m.Groups["q"].Value}{requireJs}{m.Groups["q"].Value}");
    }

    /// <summary>'https://cdn.plot.ly/plotly-2.28.0.min' (a require.js path, which adds .js itself),
    /// or the same with .js.</summary>
    [GeneratedRegex(@"(?<q>['""])https://cdn\.plot\.ly/plotly-2\.28\.0\.min(?<js>\.js)?\k<q>")]
    private static partial Regex PlotlyModule();

    [GeneratedRegex(@"(?<q>['""])https://cdnjs\.cloudflare\.com/ajax/libs/require\.js/" +
        @"\d+\.\d+\.\d+/require(\.min)?\.js\k<q>")]
    private static partial Regex RequireJs();
}
