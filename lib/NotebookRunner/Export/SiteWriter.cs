using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using NotebookRunner.Execution;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Export;

/// <summary>
/// Writes site/: a page per notebook (lessons, then homework, each in file-name order, linked
/// previous/next), a page per course Markdown file found beside the notebooks (the glossary and the
/// sources), the front page index.html, site.css and the offline assets; the Japanese edition the
/// same in ja/, every page linked to its twin in the other edition (<see cref="SiteWords"/> holds
/// the words the pages around the lessons use). A homework page is the released student version
/// (<see cref="HomeworkPages"/>): the site never holds a solution or a hidden check. Returns the
/// path of index.html.
/// </summary>
public static class SiteWriter
{
    public static string Write(IReadOnlyList<NotebookOutcome> outcomes, string siteFolder,
        WebAssets assets)
    {
        Directory.CreateDirectory(siteFolder);
        var runnable = BrowserRuntime.CopyTo(siteFolder);
        var editions = outcomes.Where(o => o.Executed is not null)
            .GroupBy(o => Edition.Of(o.File.FullPath))
            .ToDictionary(g => g.Key, g => g.OrderBy(o => o.File.IsHomework)
                .ThenBy(o => o.File.RelativePath.Replace('\\', '/'), StringComparer.Ordinal)
                .ToList());
        var both = editions.Count == 2;
        foreach (var (edition, pages) in editions)
        {
            var words = SiteWords.Of(edition);
            for (var i = 0; i < pages.Count; i++)
            {
                var page = pages[i];
                var href = PageHref(page);
                var up = Up(href);
                HtmlPage.Link? Neighbour(int j) =>
                    j >= 0 && j < pages.Count
                        ? new HtmlPage.Link(up + PageHref(pages[j]), pages[j].Title) : null;
                var document = page.File.IsHomework
                    ? HomeworkPages.StudentVersion(page.File.FullPath, page.Executed!)
                    : page.Executed!;
                var runFolder = !runnable ? null : page.File.IsHomework ? "notebooks/homework"
                    : "notebooks";
                var html = HtmlPage.Render(page.Title, document, assets, Depth(href),
                    Neighbour(i - 1), Neighbour(i + 1),
                    new HtmlPage.Link(up + words.Folder + "index.html", words.Contents), runFolder,
                    words, Twin(href, edition, both));
                AtomicFile.WriteAllText(Path.Combine(siteFolder, href), html);
            }
            var documents = CourseDocuments(pages, edition).ToList();
            foreach (var (name, markdown) in documents)
            {
                var href = words.Folder + name + ".html";
                var up = Up(href);
                AtomicFile.WriteAllText(Path.Combine(siteFolder, href),
                    HtmlPage.Layout(Heading(markdown, name),
                        "<section class=\"markdown\">\n" +
                        MarkdownRendering.ToHtml(markdown,
                            markJapanese: edition != Edition.Japanese) +
                        "</section>\n",
                        assets, Depth(href),
                        HtmlPage.Navigation(null, null,
                            new HtmlPage.Link(up + words.Folder + "index.html", words.Contents),
                            Twin(href, edition, both), words),
                        words: words));
            }
            var indexHref = words.Folder + "index.html";
            AtomicFile.WriteAllText(Path.Combine(siteFolder, indexHref),
                HtmlPage.Layout(words.CourseTitle,
                FrontPage.Render(pages, documents.Select(d => d.Name), words), assets,
                Depth(indexHref),
                HtmlPage.Navigation(null, null, null, Twin(indexHref, edition, both), words),
                words: words));
        }
        AtomicFile.WriteAllText(Path.Combine(siteFolder, "site.css"), Resource("site.css"));
        if (runnable)
        {
            AtomicFile.WriteAllText(Path.Combine(siteFolder, "runner.js"), Resource("runner.js"));
            AtomicFile.WriteAllText(Path.Combine(siteFolder, "playground.csx"),
                Resource("playground.csx"));
        }
        assets.CopyTo(siteFolder);
        return Path.Combine(siteFolder, editions.ContainsKey(Edition.English) || editions.Count == 0
            ? "index.html" : "ja/index.html");
    }

    /// <summary>
    /// A page's path under site/: the English edition at the top ("01-perceptron.html",
    /// "homework/02-activation.html"), the Japanese in ja/ under the same names
    /// ("ja/01-perceptron.html"), so a link between two lessons works in both.
    /// </summary>
    public static string PageHref(NotebookOutcome outcome)
    {
        var path = Path.ChangeExtension(outcome.File.RelativePath, ".html").Replace('\\', '/');
        return Edition.Of(outcome.File.FullPath) == Edition.Japanese ? "ja/" +
            path.Replace(".ja.html", ".html", StringComparison.Ordinal) : path;
    }

    /// <summary>The same page in the other edition, relative to this one (the switch at the top of
    /// every page).</summary>
    private static HtmlPage.Link? Twin(string href, string edition, bool both)
    {
        if (!both) return null;
        var other = edition == Edition.Japanese ? href["ja/".Length..] : "ja/" + href;
        return new HtmlPage.Link(Up(href) + other,
            SiteWords.Of(edition == Edition.Japanese ? Edition.English : Edition.Japanese).Name);
    }

    /// <summary>How many folders below site/ a page sits ("ja/homework/02-activation.html":
    /// 2).</summary>
    private static int Depth(string href) => href.Count(c => c == '/');

    private static string Up(string href) => string.Concat(Enumerable.Repeat("../", Depth(href)));

    /// <summary>
    /// The Markdown files of the course (glossary.md, sources.md; glossary.ja.md, sources.ja.md for
    /// the Japanese) in the folder the edition's lessons were found in.
    /// </summary>
    private static IEnumerable<(string Name, string Markdown)> CourseDocuments(
        IReadOnlyList<NotebookOutcome> pages, string edition)
    {
        var lesson = pages.FirstOrDefault(o => !o.File.IsHomework
            && !o.File.RelativePath.Contains('/') && !o.File.RelativePath.Contains('\\'));
        if (lesson is null) yield break;
        var folder = Path.GetDirectoryName(lesson.File.FullPath)!;
        var suffix = edition == Edition.Japanese ? ".ja.md" : ".md";
        foreach (var name in new[] { "glossary", "sources" })
            if (File.Exists(Path.Combine(folder, name + suffix)))
                yield return (name, File.ReadAllText(Path.Combine(folder, name + suffix)));
    }

    private static string Heading(string markdown, string fallback) =>
        markdown.Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..]
            .Trim() ?? fallback;

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)!;
        return new StreamReader(stream).ReadToEnd();
    }
}
