using System.Net;
using System.Text;

namespace NeuralNetworks.Charts;

/// <summary>
/// A figure as HTML: a fragment (a div with a unique id and a script that draws into it)
/// or a standalone page. The fragment's script finds plotly.js the way each host allows
/// (see FigureHtml.Loader.cs).
/// </summary>
public static partial class FigureHtml
{
    /// <summary>
    /// A div and a script drawing <paramref name="figure"/> into it, for a notebook
    /// cell or any page.
    /// </summary>
    public static string Fragment(Figure figure, HtmlOptions? options = null)
    {
        options ??= HtmlOptions.Fragment;
        string id = "nn-plot-" + Guid.NewGuid().ToString("N")[..12];
        string height = figure.Layout.Height is { } h
            ? FormattableString.Invariant($"{h}px")
            : options.DefaultHeight;
        string width = figure.Layout.Width is { } w
            ? FormattableString.Invariant($"{w}px")
            : "100%";
        var html = new StringBuilder();
        html.Append($"<div id=\"{id}\" class=\"nn-plot\" " +
            $"style=\"width:{width};height:{height};\"></div>\n");
        if (options.EmbedPlotlyFrom is { } bundle)
            html.Append(EmbeddedBundle(bundle, onlyIfMissing: true));
        html.Append("<script type=\"text/javascript\">\n")
            .Append(LoaderScript(id, figure, options))
            .Append("</script>\n");
        return html.ToString();
    }

    /// <summary>
    /// A whole HTML page with the figures one below the other; <paramref name="title"/>
    /// names the page.
    /// </summary>
    public static string Page(IEnumerable<Figure> figures, HtmlOptions? options = null,
        string title = "Figure")
    {
        options ??= HtmlOptions.Page;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append($"<title>{WebUtility.HtmlEncode(title)}</title>\n");
        html.Append("<style>body { font-family: sans-serif; margin: 1rem; } " +
            ".nn-plot { margin-bottom: 1.5rem; }</style>\n");
        if (options.EmbedPlotlyFrom is { } bundle)
            html.Append(EmbeddedBundle(bundle, onlyIfMissing: false));
        html.Append("</head>\n<body>\n");
        var fragmentOptions = options with { EmbedPlotlyFrom = null };
        foreach (var figure in figures)
            html.Append(Fragment(figure, fragmentOptions));
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The plotly.js bundle inlined in a script element ("&lt;/script" inside it escaped so the
    /// element cannot end early).
    /// </summary>
    private static string EmbeddedBundle(string path, bool onlyIfMissing)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"The plotly.js bundle {path} does not exist: " +
                "run `npm ci` or give the path to plotly.min.js.", path);
        string source = File.ReadAllText(path)
            .Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
        const string open = "<script type=\"text/javascript\">\n", close = "</script>\n";
        return onlyIfMissing
            ? $"{open}if (!window.Plotly) {{\n{source}\n}}\n{close}"
            : $"{open}{source}\n{close}";
    }
}
