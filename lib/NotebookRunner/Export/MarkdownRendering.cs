using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace NotebookRunner.Export;

/// <summary>
/// Markdown cells to HTML with Markdig (advanced extensions + math). As in Jupyter, "$$…$$" inside
/// a paragraph is display math: it is written as \[…\] for KaTeX, "$…$" as \(…\). Links between
/// course files become links between pages (sources.md#x → sources.html#x,
/// 03-linear-vs-nonlinear.ipynb → 03-linear-vs-nonlinear.html), and every run of Japanese text is
/// marked lang="ja", so the English page (lang="en") still gets Japanese line breaking and fonts.
/// </summary>
public static partial class MarkdownRendering
{
    public static MarkdownPipeline Pipeline { get; } =
        new MarkdownPipelineBuilder().UseAdvancedExtensions().UseMathematics().Build();

    /// <param name="markJapanese">False on a Japanese page, which is lang="ja" as a whole.</param>
    public static string ToHtml(string markdown, bool markJapanese = true)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlMathInlineRenderer>(new DisplayAwareMathRenderer());
        var document = Markdown.Parse(JoinDisplayMath(markdown), Pipeline);
        foreach (var link in document.Descendants<Markdig.Syntax.Inlines.LinkInline>())
            link.Url = PageLink(link.Url);
        renderer.Render(document);
        writer.Flush();
        return markJapanese ? MarkJapanese(writer.ToString()) : writer.ToString();
    }

    /// <summary>
    /// Jupyter reads a "$$…$$" formula that runs over several lines of a paragraph as one formula;
    /// Markdig's inline math ends at a line break, and its generic attributes then eat the
    /// formula's {…} groups (\begin{pmatrix} became \begin). So the line breaks inside each $$…$$
    /// become spaces first, outside fenced code blocks.
    /// </summary>
    public static string JoinDisplayMath(string markdown)
    {
        var parts = FencedCode().Split(markdown);
        for (int i = 0; i < parts.Length; i++)
            if (!FencedCode().IsMatch(parts[i]))
                parts[i] =
                    DisplayMath()
                        .Replace(parts[i], m =>
                            m.Value.Replace("\r\n", " ", StringComparison.Ordinal)
                                .Replace('\n', ' '));
        return string.Concat(parts);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(^(?:```|~~~)[^\n]*\n.*?^(?:```|~~~)[ \t]*$)",
        System.Text.RegularExpressions.RegexOptions.Singleline
        | System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex FencedCode();

    [System.Text.RegularExpressions.GeneratedRegex(@"\$\$(?:[^$`]|\$(?!\$))+?\$\$",
        System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex DisplayMath();

    /// <summary>A relative link to a course .md or .ipynb file, as the link to its page; other
    /// links as they are.</summary>
    public static string? PageLink(string? url)
    {
        if (url is null || url.Contains("://", StringComparison.Ordinal) || url.StartsWith('#'))
            return url;
        var hash = url.IndexOf('#');
        var (path, fragment) = hash < 0 ? (url, "") : (url[..hash], url[hash..]);
        // A Japanese file's page has the English name, in the Japanese edition's folder:
        // glossary.ja.md → glossary.html.
        if (path.EndsWith(".ja.md", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".ja.ipynb", StringComparison.OrdinalIgnoreCase))
            path = path.Remove(path.LastIndexOf(".ja.", StringComparison.OrdinalIgnoreCase), 3);
        return path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase)
            ? Path.ChangeExtension(path, ".html") + fragment
            : url;
    }

    /// <summary>Wraps each run of Japanese characters in text (never inside a tag or a math span)
    /// in <span lang="ja">.</summary>
    public static string MarkJapanese(string html) =>
        TextBetweenTags().Replace(html, m => m.Groups["math"].Success ? m.Value : Japanese()
            .Replace(m.Value, j => $"<span lang=\"ja\">{j.Value}</span>"));

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<math>\\\(.*?\\\)|\\\[.*?\\\])|(?<=>)[^<]+",
        System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex TextBetweenTags();

    [System.Text.RegularExpressions.GeneratedRegex(
        @"[\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uFF00-\uFFEF]+" +
        @"(?:[\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uFF00-\uFFEF\w（）・]*" +
        @"[\u3000-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uFF00-\uFFEF）])?")]
    private static partial System.Text.RegularExpressions.Regex Japanese();

    private sealed class DisplayAwareMathRenderer : HtmlObjectRenderer<MathInline>
    {
        protected override void Write(HtmlRenderer renderer, MathInline math)
        {
            var display = math.DelimiterCount >= 2;
            renderer.Write(display ? "<span class=\"math display\">\\["
                : "<span class=\"math\">\\(");
            renderer.WriteEscape(ref math.Content);
            renderer.Write(display ? "\\]</span>" : "\\)</span>");
        }
    }
}
