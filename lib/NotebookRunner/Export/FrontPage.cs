using System.Net;
using System.Text;
using NotebookRunner.Execution;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Export;

/// <summary>
/// index.html: the course's title, what it teaches, the three ways to run it, the lessons, the
/// homework and the appendices by their titles (the titles carry their numbers, so the lists are
/// not numbered again), and links to the glossary and the sources.
/// </summary>
public static class FrontPage
{
    public static string Render(IReadOnlyList<NotebookOutcome> outcomes,
        IEnumerable<string> documents, SiteWords? words = null)
    {
        words ??= SiteWords.English;
        var html = new StringBuilder(
            "<section class=\"markdown " +
            $"front\">\n<h1>{words.CourseTitle}</h1>\n<p>{words.Introduction}</p>\n");
        html.Append($"<h2>{words.RunIt}</h2>\n<ul>\n<li>{words.VsCode}</li>\n" +
            $"<li>{words.Jupyter}</li>\n<li>{words.Headless}</li>\n</ul>\n");
        html.Append(List(words.Lessons, outcomes.Where(o => !o.File.IsHomework && !IsAppendix(o)),
            words));
        html.Append(List(words.Homework, outcomes.Where(o => o.File.IsHomework), words));
        html.Append(List(words.Appendix, outcomes.Where(IsAppendix), words));
        var links = documents.Select(d =>
            $"<a href=\"{d}.html\">{(d == "glossary" ? words.Glossary : words.Sources)}</a>")
            .ToList();
        if (links.Count > 0)
            html.Append($"<h2>{words.Reference}</h2>\n<ul>\n")
                .Append(string.Concat(links.Select(l => $"<li>{l}</li>\n"))).Append("</ul>\n");
        html.Append("</section>\n");
        return words.Lang == Edition.Japanese ? html.ToString()
            : MarkdownRendering.MarkJapanese(html.ToString());
    }

    /// <summary>A page's link from its edition's front page, which sits in the same folder as the
    /// edition's pages.</summary>
    private static string PageHref(NotebookOutcome outcome)
    {
        var href = SiteWriter.PageHref(outcome);
        return href.StartsWith("ja/", StringComparison.Ordinal) ? href["ja/".Length..] : href;
    }

    private static bool IsAppendix(NotebookOutcome outcome) =>
        Path.GetFileName(outcome.File.RelativePath)
            .StartsWith("appendix-", StringComparison.Ordinal);

    private static string List(string heading, IEnumerable<NotebookOutcome> outcomes,
        SiteWords words)
    {
        var items = outcomes.OrderBy(o => o.File.RelativePath.Replace('\\', '/'),
            StringComparer.Ordinal).Select(o =>
            o.Executed is null
                ? $"<li><span class=\"failed\">{WebUtility.HtmlEncode(o.File.RelativePath)}: " +
                $"{WebUtility.HtmlEncode(o.Result)}</span></li>"
                : $"<li><a href=\"{PageHref(o)}\">{WebUtility.HtmlEncode(o.Title)}</a>" +
                $"{(o.Succeeded ? "" : $" <span class=\"failed\">({words.Failed})</span>")}" +
                "</li>").ToList();
        return items.Count == 0 ? ""
            : $"<h2>{heading}</h2>\n<ul class=\"contents\">\n{string.Join("\n", items)}\n</ul>\n";
    }
}
