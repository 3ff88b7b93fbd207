using System.Net;
using System.Reflection;
using System.Text;
using NotebookRunner.Cli;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Export;

/// <summary>
/// Writes site/: a page per executed notebook (lessons then homework, each in file-name order, linked previous/next),
/// index.html listing them by title, site.css, and the offline assets. Returns the path of index.html.
/// </summary>
public static class SiteWriter
{
    public static string Write(IReadOnlyList<NotebookOutcome> outcomes, string siteFolder, WebAssets assets)
    {
        Directory.CreateDirectory(siteFolder);
        var pages = outcomes.Where(o => o.Executed is not null)
            .OrderBy(o => o.File.IsHomework).ThenBy(o => o.File.RelativePath.Replace('\\', '/'), StringComparer.Ordinal).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var depth = PageHref(page).Count(c => c == '/');
            var up = string.Concat(Enumerable.Repeat("../", depth));
            HtmlPage.Link? Neighbour(int j) => j >= 0 && j < pages.Count ? new HtmlPage.Link(up + PageHref(pages[j]), pages[j].Title) : null;
            var html = HtmlPage.Render(page.Title, page.Executed!, assets, depth, Neighbour(i - 1), Neighbour(i + 1), new HtmlPage.Link(up + "index.html", "Contents"));
            AtomicFile.WriteAllText(Path.Combine(siteFolder, PageHref(page)), html);
        }
        AtomicFile.WriteAllText(Path.Combine(siteFolder, "site.css"), Stylesheet());
        assets.CopyTo(siteFolder);
        var index = Path.Combine(siteFolder, "index.html");
        AtomicFile.WriteAllText(index, HtmlPage.Layout("Contents", Index(outcomes), assets, 0, ""));
        return index;
    }

    public static string PageHref(NotebookOutcome outcome) => Path.ChangeExtension(outcome.File.RelativePath, ".html").Replace('\\', '/');

    private static string Index(IReadOnlyList<NotebookOutcome> outcomes)
    {
        var html = new StringBuilder("<section class=\"markdown\">\n<h1>Contents</h1>\n");
        html.Append(List("Lessons", outcomes.Where(o => !o.File.IsHomework)));
        html.Append(List("Homework", outcomes.Where(o => o.File.IsHomework)));
        return html.Append("</section>\n").ToString();
    }

    private static string List(string heading, IEnumerable<NotebookOutcome> outcomes)
    {
        var items = outcomes.OrderBy(o => o.File.RelativePath.Replace('\\', '/'), StringComparer.Ordinal).Select(o =>
            o.Executed is null
                ? $"<li><span class=\"failed\">{WebUtility.HtmlEncode(o.File.RelativePath)}: {WebUtility.HtmlEncode(o.Result)}</span></li>"
                : $"<li><a href=\"{PageHref(o)}\">{WebUtility.HtmlEncode(o.Title)}</a>{(o.Succeeded ? "" : " <span class=\"failed\">(failed)</span>")}</li>").ToList();
        return items.Count == 0 ? "" : $"<h2>{heading}</h2>\n<ol class=\"contents\">\n{string.Join("\n", items)}\n</ol>\n";
    }

    private static string Stylesheet()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("site.css")!;
        return new StreamReader(stream).ReadToEnd();
    }
}
