using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Export;

/// <summary>
/// One notebook as a web page: markdown through Markdig (advanced extensions + math, typeset by
/// KaTeX's auto-render), code highlighted by highlight.js, the executed outputs, previous/next
/// links. Depth is how many folders below site/ it sits.
/// </summary>
public static class HtmlPage
{
    public sealed record Link(string Href, string Title);

    /// <param name="runFolder">
    /// The notebook's folder in the repository ("notebooks", "notebooks/homework") when the site
    /// has the browser runtime: the page then gets "Run" (runner.js), which runs its cells there;
    /// null for a read-only page. </param>
    /// <param name="twin">The same page in the other edition, when the site has both (the language
    /// switch).</param>
    public static string Render(string title, JsonObject executed, WebAssets assets, int depth,
        Link? previous, Link? next, Link index,
        string? runFolder = null, SiteWords? words = null, Link? twin = null)
    {
        words ??= SiteWords.English;
        var body = new StringBuilder();
        var n = 0;
        foreach (var cell in ((JsonArray?)executed["cells"] ?? []).OfType<JsonObject>())
            body.Append(Cell(cell, executed, ++n, words));
        return Layout(title, PlotlyNetCharts.ForPage(body.ToString(), assets, depth), assets, depth,
            Navigation(previous, next, index, twin, words),
            runFolder, words);
    }

    public static string Layout(string title, string body, WebAssets assets, int depth,
        string navigation, string? runFolder = null,
        SiteWords? words = null) => $$"""
        <!DOCTYPE html>
        <html lang="{{(words ?? SiteWords.English).Lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{WebUtility.HtmlEncode(title)}}</title>
        {{FontLinks(assets, depth)}}<link rel="stylesheet" href="{{Up(depth)}}site.css">
        <link rel="stylesheet" href="{{assets.Url("katex/katex.min.css", depth)}}">
        <link rel="stylesheet" href="{{assets.Url("highlight/github.min.css", depth)}}">
        <script src="{{assets.Url("plotly.min.js", depth)}}"></script>
        <script defer src="{{assets.Url("katex/katex.min.js", depth)}}"></script>
        <script defer src="{{assets.Url("katex/auto-render.min.js", depth)}}"></script>
        <script defer src="{{assets.Url("highlight/highlight.min.js", depth)}}"></script>
        <script>
        document.addEventListener("DOMContentLoaded", function () {
          renderMathInElement(document.body, { throwOnError: false, delimiters: [
            { left: "\\[", right: "\\]", display: true },
            { left: "$$", right: "$$", display: true },
            { left: "\\(", right: "\\)", display: false },
            { left: "$", right: "$", display: false }] });
          hljs.highlightAll();
        });
        function nbSwitchLanguage(link) {
          var cells = document.querySelectorAll("main > section[id^='cell-']"), at = null;
          for (var i = 0; i < cells.length; i++) {
            if (cells[i].getBoundingClientRect().bottom > 0) { at = cells[i]; break; }
          }
          if (at && window.scrollY > 0) link.href = link.href.split("#")[0] + "#" + at.id;
          return true;
        }
        </script>
        {{Runner(depth, runFolder)}}</head>
        <body{{(runFolder is null ? ""
            : $" data-runtime=\"{Up(depth)}runtime/\" data-notebook-folder=\"{runFolder}\"")}}>
        {{navigation}}<main>
        {{body}}</main>
        {{navigation}}</body>
        </html>

        """;

    private static string Up(int depth) => string.Concat(Enumerable.Repeat("../", depth));

    private static string FontLinks(WebAssets assets, int depth) =>
        string.Concat(WebAssets.FontStylesheets.Select(sheet =>
            $"<link rel=\"stylesheet\" href=\"{assets.Url(sheet, depth)}\">\n"));

    private static string Runner(int depth, string? runFolder) =>
        runFolder is null ? "" : $"<script defer src=\"{Up(depth)}runner.js\"></script>\n";

    /// <summary>A cell as a section with the id cell-N (N from 1), the same in both editions: the
    /// language switch keeps it.</summary>
    private static string Cell(JsonObject cell, JsonObject executed, int number, SiteWords words)
    {
        var source = NotebookReader.Source(cell["source"]);
        var metadata = executed["metadata"] as JsonObject ?? [];
        var language = (string?)cell["cell_type"] == "code"
            ? CellLanguage.Of(cell["metadata"] as JsonObject, source,
                CellLanguage.Default(metadata))
            : "markdown";
        if (language == "markdown")
        {
            var text = CellLanguage.Magic(source) is null ? source : source.Split('\n', 2)
                .ElementAtOrDefault(1) ?? "";
            var html = MarkdownRendering.ToHtml(text, markJapanese: words.Lang != Edition.Japanese);
            return $"<section class=\"markdown\" id=\"cell-{number}\">\n{html}</section>\n";
        }
        var css = language switch
        {
            "csharp" => "csharp",
            "fsharp" => "fsharp",
            "html" => "xml",
            "javascript" => "javascript",
            "pwsh" => "powershell",
            _ => "plaintext"
        };
        var count = cell["execution_count"] is JsonValue n ? $"[{n}]" : "[ ]";
        // Code is English on a Japanese page too: lang="ja" would draw box-drawing characters (═)
        // from a Japanese font, twice as wide, and push a 90-column line out of its box.
        var code = words.Lang == Edition.Japanese ? " lang=\"en\"" : "";
        return $"<section class=\"code\" id=\"cell-{number}\">\n<div " +
            $"class=\"prompt\">{count}</div>\n"
            + $"<pre class=\"source\"{code}><code " +
            $"class=\"language-{css}\">{WebUtility.HtmlEncode(source)}</code></pre>\n"
            + HtmlOutputs.Render(cell["outputs"] as JsonArray) + "</section>\n";
    }

    /// <summary>
    /// Previous, contents, next, and the language switch: a link to the twin page that carries the
    /// reader to the same section (the cell at the top of the window, by its id, which both
    /// editions share).
    /// </summary>
    public static string Navigation(Link? previous, Link? next, Link? index, Link? twin = null,
        SiteWords? words = null)
    {
        var other = (words ?? SiteWords.English).Lang == Edition.Japanese ? Edition.English
            : Edition.Japanese;
        return "<nav>"
            + (previous is null ? "<span></span>"
                : $"<a class=\"previous\" href=\"{previous.Href}\">← " +
                $"{WebUtility.HtmlEncode(previous.Title)}</a>")
            + (index is null ? "<span></span>"
                : "<a class=\"index\" " +
                $"href=\"{index.Href}\">{WebUtility.HtmlEncode(index.Title)}</a>")
            + (twin is null ? ""
                : $"<a class=\"language\" href=\"{twin.Href}\" hreflang=\"{other}\" " +
                $"lang=\"{other}\" "
                + "onclick=\"return " +
                $"nbSwitchLanguage(this)\">{WebUtility.HtmlEncode(twin.Title)}</a>")
            + (next is null ? "<span></span>"
                : $"<a class=\"next\" href=\"{next.Href}\">{WebUtility.HtmlEncode(next.Title)} " +
                "→</a>")
            + "</nav>\n";
    }
}
