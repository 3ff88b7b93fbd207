using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using NotebookRunner.Execution;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Export;

/// <summary>
/// Writes site/: a page per notebook (lessons, then homework, each in file-name order, linked previous/next), a page per
/// course Markdown file found beside the notebooks (the glossary and the sources), the front page index.html, site.css and
/// the offline assets. A homework page is the released student version (<see cref="HomeworkPages"/>): the site never holds
/// a solution or a hidden check. Returns the path of index.html.
/// </summary>
public static class SiteWriter
{
    public static string Write(IReadOnlyList<NotebookOutcome> outcomes, string siteFolder, WebAssets assets)
    {
        Directory.CreateDirectory(siteFolder);
        var runnable = BrowserRuntime.CopyTo(siteFolder);
        var pages = outcomes.Where(o => o.Executed is not null)
            .OrderBy(o => o.File.IsHomework).ThenBy(o => o.File.RelativePath.Replace('\\', '/'), StringComparer.Ordinal).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var depth = PageHref(page).Count(c => c == '/');
            var up = string.Concat(Enumerable.Repeat("../", depth));
            HtmlPage.Link? Neighbour(int j) => j >= 0 && j < pages.Count ? new HtmlPage.Link(up + PageHref(pages[j]), pages[j].Title) : null;
            var document = page.File.IsHomework ? HomeworkPages.StudentVersion(page.File.FullPath, page.Executed!) : page.Executed!;
            var runFolder = !runnable ? null : page.File.IsHomework ? "notebooks/homework" : "notebooks";
            var html = HtmlPage.Render(page.Title, document, assets, depth, Neighbour(i - 1), Neighbour(i + 1), new HtmlPage.Link(up + "index.html", "Contents"), runFolder);
            AtomicFile.WriteAllText(Path.Combine(siteFolder, PageHref(page)), html);
        }
        var documents = CourseDocuments(outcomes).ToList();
        foreach (var (name, markdown) in documents)
            AtomicFile.WriteAllText(Path.Combine(siteFolder, name + ".html"),
                HtmlPage.Layout(Heading(markdown, name), $"<section class=\"markdown\">\n{MarkdownRendering.ToHtml(markdown)}</section>\n", assets, 0,
                    $"<nav><span></span><a class=\"index\" href=\"index.html\">Contents</a><span></span></nav>\n"));
        AtomicFile.WriteAllText(Path.Combine(siteFolder, "site.css"), Resource("site.css"));
        if (runnable)
        {
            AtomicFile.WriteAllText(Path.Combine(siteFolder, "runner.js"), Resource("runner.js"));
            AtomicFile.WriteAllText(Path.Combine(siteFolder, "playground.csx"), Resource("playground.csx"));
        }
        assets.CopyTo(siteFolder);
        var index = Path.Combine(siteFolder, "index.html");
        AtomicFile.WriteAllText(index, HtmlPage.Layout("Neural networks from scratch, in C#", FrontPage.Render(outcomes, documents.Select(d => d.Name)), assets, 0, ""));
        return index;
    }

    public static string PageHref(NotebookOutcome outcome) => Path.ChangeExtension(outcome.File.RelativePath, ".html").Replace('\\', '/');

    /// <summary>The Markdown files of the course (glossary.md, sources.md) in the folder the notebooks were found in.</summary>
    private static IEnumerable<(string Name, string Markdown)> CourseDocuments(IReadOnlyList<NotebookOutcome> outcomes)
    {
        var lesson = outcomes.FirstOrDefault(o => !o.File.IsHomework && !o.File.RelativePath.Contains('/') && !o.File.RelativePath.Contains('\\'));
        if (lesson is null) yield break;
        var folder = Path.GetDirectoryName(lesson.File.FullPath)!;
        foreach (var name in new[] { "glossary", "sources" })
            if (File.Exists(Path.Combine(folder, name + ".md"))) yield return (name, File.ReadAllText(Path.Combine(folder, name + ".md")));
    }

    private static string Heading(string markdown, string fallback) =>
        markdown.Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim() ?? fallback;

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)!;
        return new StreamReader(stream).ReadToEnd();
    }
}
