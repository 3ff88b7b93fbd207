using System.Net;
using System.Text;
using NeuralNetworks.Charts;
using NeuralNetworks.Languages;

namespace NeuralNetworks.Apps;

/// <summary>
/// The page a lesson's app writes: the lesson's title, then each chart and HTML output under the
/// cell that made it, drawn by plotly.js (from the CDN, or carried in the page with --offline, as
/// the site does). Each chart's figure JSON is also kept in a <c>script type="application/json"</c>
/// element, so a test can compare it with the notebook's. A Japanese app's page (the reader's
/// language Japanese when it is written) is <c>lang="ja"</c>, with Japanese fonts first and its
/// cell headings in Japanese ("セル 19 · …"), as the site's Japanese pages are.
/// </summary>
internal sealed class AppPage(string title, string path, bool offline)
{
    private readonly StringBuilder body = new();
    private (int Number, string Section)? cell;
    private int charts, htmls;

    public bool IsEmpty => charts + htmls == 0;

    public void StartCell(int number, string section) => cell = (number, section);

    public int Add(Figure figure)
    {
        Heading();
        charts++;
        body.Append(FigureHtml.Fragment(figure, HtmlOptions.Page))
            .Append("<script type=\"application/json\" class=\"figure-json\" ")
            .Append($"data-chart=\"{charts}\">")
            .Append(FigureJson.Serialize(figure).Replace("</", "<\\/", StringComparison.Ordinal))
            .Append("</script>\n");
        return charts;
    }

    public int Add(HtmlContent html)
    {
        Heading();
        htmls++;
        body.Append($"<div class=\"html-output\" data-html=\"{htmls}\">")
            .Append(html.Html)
            .Append("</div>\n");
        return htmls;
    }

    /// <summary>Writes the page and returns its full path.</summary>
    public string Write()
    {
        var options = offline ? HtmlOptions.Offline() : HtmlOptions.Page;
        var html = new StringBuilder()
            .Append($"<!DOCTYPE html>\n<html lang=\"{Language.Current}\">\n")
            .Append("<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<title>{WebUtility.HtmlEncode(title)}</title>\n")
            .Append("<style>\n").Append(Style).Append("</style>\n");
        if (options.EmbedPlotlyFrom is { } bundle)
            html.Append("<script type=\"text/javascript\">\n")
                .Append(File.ReadAllText(bundle)
                    .Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase))
                .Append("\n</script>\n");
        html.Append("</head>\n<body>\n<main>\n")
            .Append($"<h1>{WebUtility.HtmlEncode(title)}</h1>\n")
            .Append(body)
            .Append("</main>\n</body>\n</html>\n");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, html.ToString());
        return path;
    }

    private string? written;

    private void Heading()
    {
        if (cell is not (int number, string section)) return;
        // In the reader's language as the chart is drawn (a Japanese notebook's first cell sets
        // it).
        string words = Language.Pick($"cell {number}", $"セル {number}")
            + (section.Length == 0 ? "" : $" · {section}");
        if (words == written) return;
        body.Append($"<h2>{WebUtility.HtmlEncode(words)}</h2>\n");
        written = words;
    }

    /// <summary>The reading site's look: its text font and measure, charts the width of the
    /// text; on a Japanese page, Japanese fonts first and the strict line-breaking rules, as the
    /// site's Japanese pages have them (lib/NotebookRunner/Export/site.css).</summary>
    private const string Style = """
        body { margin: 0;
               font-family: "Open Sans", "Noto Sans", "Noto Sans CJK JP", Verdana, Arial,
                 sans-serif;
               line-height: 1.6; color: #1f2328; background: #fff; }
        main { max-width: 58rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
        h1 { font-size: 1.8rem; margin: 0 0 1rem; }
        h2 { font-size: 1.1rem; margin: 2rem 0 0.5rem; color: #57606a; font-weight: 600; }
        .nn-plot { margin-bottom: 1.5rem; }
        .html-output { overflow-x: auto; margin-bottom: 1.5rem; }
        .html-output table { border-collapse: collapse; }
        .html-output th, .html-output td { border: 1px solid #d0d7de; padding: 0.25rem 0.6rem; }
        html[lang="ja"] body {
               font-family: "Noto Sans CJK JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN",
                 "Yu Gothic", "Meiryo", "Open Sans", sans-serif;
               line-height: 1.85; line-break: strict; word-break: normal;
               overflow-wrap: anywhere; }
        html[lang="ja"] h1, html[lang="ja"] h2 { font-feature-settings: "palt";
               letter-spacing: 0.02em; }

        """;
}
