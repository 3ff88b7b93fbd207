using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace NotebookRunner.Export;

/// <summary>
/// Markdown cells to HTML with Markdig (advanced extensions + math). As in Jupyter, "$$…$$" inside a paragraph
/// is display math: it is written as \[…\] for KaTeX, "$…$" as \(…\).
/// </summary>
public static class MarkdownRendering
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder().UseAdvancedExtensions().UseMathematics().Build();

    public static string ToHtml(string markdown)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlMathInlineRenderer>(new DisplayAwareMathRenderer());
        renderer.Render(Markdown.Parse(markdown, Pipeline));
        writer.Flush();
        return writer.ToString();
    }

    private sealed class DisplayAwareMathRenderer : HtmlObjectRenderer<MathInline>
    {
        protected override void Write(HtmlRenderer renderer, MathInline math)
        {
            var display = math.DelimiterCount >= 2;
            renderer.Write(display ? "<span class=\"math display\">\\[" : "<span class=\"math\">\\(");
            renderer.WriteEscape(ref math.Content);
            renderer.Write(display ? "\\]</span>" : "\\)</span>");
        }
    }
}
