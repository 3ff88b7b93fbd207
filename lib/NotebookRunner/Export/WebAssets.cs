using System.Text.RegularExpressions;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Export;

/// <summary>
/// Where the pages load plotly.js, KaTeX, highlight.js and their fonts from: CDN links pinned to
/// package.json's versions, or (offline) copies from node_modules placed in site/assets/ and linked
/// relatively. The fonts are chosen, not left to the reader's machine: Open Sans for the text and
/// the charts (plotly's first font) and DejaVu Sans Mono for code, the fonts the layout and
/// code-width tests measure.
/// </summary>
public sealed record WebAssets(string? NodeModules)
{
    public const string PlotlyVersion = "4.1.2";
    public const string KatexVersion = "0.19.1";
    public const string HighlightVersion = "11.12.0";
    public const string FontsourceVersion = "5.3.0";

    /// <summary>The font stylesheets every page links, from the @fontsource packages (each names
    /// its files under ./files/).</summary>
    public static readonly string[] FontStylesheets =
        ["fonts/open-sans/400.css", "fonts/open-sans/400-italic.css", "fonts/open-sans/700.css",
            "fonts/dejavu-mono/400.css"];

    /// <summary>Each asset: its path under node_modules, and where it goes under
    /// site/assets/.</summary>
    private static readonly (string Source, string Target)[] Files =
    [
        ("plotly.js-dist-min/plotly.min.js", "plotly.min.js"),
        ("katex/dist/katex.min.css", "katex/katex.min.css"),
        ("katex/dist/katex.min.js", "katex/katex.min.js"),
        ("katex/dist/contrib/auto-render.min.js", "katex/auto-render.min.js"),
        ("@highlightjs/cdn-assets/highlight.min.js", "highlight/highlight.min.js"),
        ("@highlightjs/cdn-assets/styles/github.min.css", "highlight/github.min.css"),
        ("requirejs/require.js", "require.js"),
        ("plotly.js-dist-min-2/plotly.min.js", PlotlyNetCharts.PlotlyAsset),
    ];

    public bool Offline => NodeModules is not null;

    public static WebAssets Choose(bool offline, string? assetsFolder) =>
        !offline ? new WebAssets((string?)null)
            : new WebAssets(assetsFolder is not null ? Path.GetFullPath(assetsFolder)
                : FindNodeModules());

    /// <summary>The URL of an asset from a page that sits depth folders below site/.</summary>
    public string Url(string target, int depth) => Offline
        ? string.Concat(Enumerable.Repeat("../", depth)) + "assets/" + target
        : target switch
        {
            "plotly.min.js" =>
                $"https://cdn.jsdelivr.net/npm/plotly.js-dist-min@{PlotlyVersion}/plotly.min.js",
            _ when target.StartsWith("fonts/", StringComparison.Ordinal) =>
                "https://cdn.jsdelivr.net/npm/@fontsource/" +
                $"{target.Split('/')[1]}@{FontsourceVersion}/{target.Split('/')[2]}",
            _ when target.StartsWith("katex/", StringComparison.Ordinal) =>
                $"https://cdn.jsdelivr.net/npm/katex@{KatexVersion}/dist/" +
                (target.EndsWith("auto-render.min.js", StringComparison.Ordinal) ? "contrib/"
                    : "") + target["katex/".Length..],
            _ => $"https://cdn.jsdelivr.net/npm/@highlightjs/cdn-assets@{HighlightVersion}/" +
            (target.EndsWith(".css", StringComparison.Ordinal) ? "styles/" : "") +
            target["highlight/".Length..],
        };

    public void CopyTo(string siteFolder)
    {
        if (NodeModules is null) return;
        foreach (var (source, target) in Files)
            Copy(Path.Combine(NodeModules, source), Path.Combine(siteFolder, "assets", target));
        var fonts = Path.Combine(NodeModules, "katex", "dist", "fonts");
        foreach (var font in Directory.EnumerateFiles(fonts))
            Copy(font,
                Path.Combine(siteFolder, "assets", "katex", "fonts", Path.GetFileName(font)));
        foreach (var sheet in FontStylesheets) CopyFontStylesheet(sheet, siteFolder);
    }

    /// <summary>A @fontsource stylesheet and the font files it names (url(./files/…)), kept side by
    /// side as in the package.</summary>
    private void CopyFontStylesheet(string target, string siteFolder)
    {
        var package = Path.Combine(NodeModules!, "@fontsource", target.Split('/')[1]);
        var source = Path.Combine(package, target.Split('/')[2]);
        var output = Path.Combine(siteFolder, "assets", target);
        Copy(source, output);
        foreach (Match file in Regex.Matches(File.ReadAllText(source), @"url\(\./files/([^)]+)\)"))
            Copy(Path.Combine(package, "files", file.Groups[1].Value),
                Path.Combine(Path.GetDirectoryName(output)!, "files", file.Groups[1].Value));
    }

    private static void Copy(string source, string target)
    {
        if (!File.Exists(source))
            throw new NotebookException(
                $"{source} is missing: run npm ci at the repository root, or pass --assets with " +
                "a node_modules folder.");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target, overwrite: true);
    }

    /// <summary>Walks up from the current folder (then from nbrun's own folder) to a package.json
    /// with node_modules beside it.</summary>
    public static string FindNodeModules()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var modules = Path.Combine(dir.FullName, "node_modules");
                if (File.Exists(Path.Combine(dir.FullName, "package.json"))
                    && Directory.Exists(modules)) return modules;
            }
        }
        throw new NotebookException(
            "--offline needs node_modules: run npm ci where package.json is, or pass --assets DIR.",
            2);
    }
}
