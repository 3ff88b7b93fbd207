using System.Net;
using System.Text;
using NotebookRunner.Execution;

namespace NotebookRunner.Export;

/// <summary>
/// index.html: the course's title, what it teaches, the three ways to run it, the lessons, the homework and the appendices
/// by their titles (the titles carry their numbers, so the lists are not numbered again), and links to the glossary and
/// the sources.
/// </summary>
public static class FrontPage
{
    public static string Render(IReadOnlyList<NotebookOutcome> outcomes, IEnumerable<string> documents)
    {
        var html = new StringBuilder("<section class=\"markdown front\">\n<h1>Neural networks from scratch, in C#</h1>\n");
        html.Append("<p>How neural networks work, from a single perceptron to backpropagation and a trained network: activation ")
            .Append("functions, linear and nonlinear maps, losses, derivatives, gradient descent, the chain rule, and making training work. ")
            .Append("Each lesson computes a small example by hand, then with the course's C# library, then draws it. Every key term ")
            .Append("also carries its Japanese name, as the lectures the course grew from are Japanese.</p>\n");
        html.Append("<h2>Run it</h2>\n<ul>\n")
            .Append("<li><b>VS Code</b> with the Polyglot Notebooks extension: build the library (<code>dotnet build course.sln</code>), open a lesson's <code>.ipynb</code>, run its cells.</li>\n")
            .Append("<li><b>Jupyter</b>: <code>bash scripts/jupyter.sh</code> registers the .NET Interactive kernel, then <code>jupyter lab notebooks/</code>.</li>\n")
            .Append("<li><b>Headless</b>: <code>dotnet run --project lib/NotebookRunner -- run notebooks --html</code> runs every notebook and writes this site.</li>\n</ul>\n");
        html.Append(List("Lessons", outcomes.Where(o => !o.File.IsHomework && !IsAppendix(o))));
        html.Append(List("Homework", outcomes.Where(o => o.File.IsHomework)));
        html.Append(List("Appendix", outcomes.Where(IsAppendix)));
        var links = documents.Select(d => $"<a href=\"{d}.html\">{(d == "glossary" ? "Glossary (用語集)" : "Sources: the lectures the course grew from")}</a>").ToList();
        if (links.Count > 0) html.Append("<h2>Reference</h2>\n<ul>\n").Append(string.Concat(links.Select(l => $"<li>{l}</li>\n"))).Append("</ul>\n");
        return MarkdownRendering.MarkJapanese(html.Append("</section>\n").ToString());
    }

    private static bool IsAppendix(NotebookOutcome outcome) =>
        Path.GetFileName(outcome.File.RelativePath).StartsWith("appendix-", StringComparison.Ordinal);

    private static string List(string heading, IEnumerable<NotebookOutcome> outcomes)
    {
        var items = outcomes.OrderBy(o => o.File.RelativePath.Replace('\\', '/'), StringComparer.Ordinal).Select(o =>
            o.Executed is null
                ? $"<li><span class=\"failed\">{WebUtility.HtmlEncode(o.File.RelativePath)}: {WebUtility.HtmlEncode(o.Result)}</span></li>"
                : $"<li><a href=\"{SiteWriter.PageHref(o)}\">{WebUtility.HtmlEncode(o.Title)}</a>{(o.Succeeded ? "" : " <span class=\"failed\">(failed)</span>")}</li>").ToList();
        return items.Count == 0 ? "" : $"<h2>{heading}</h2>\n<ul class=\"contents\">\n{string.Join("\n", items)}\n</ul>\n";
    }
}
