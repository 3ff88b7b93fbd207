using System.Net;
using System.Text.RegularExpressions;
using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests;

/// <summary>
/// The reading site the course run writes, read as a student who wants the answers and as a reader looking for their way:
/// no solution or hidden check anywhere, a front page, the glossary and sources as pages, links that lead somewhere.
/// </summary>
[Collection(CourseRunCollection.Name)]
[Trait(Tier.Name, Tier.Full)]
public sealed partial class SiteTests(CourseRun course)
{
    private IEnumerable<string> Pages => Directory.EnumerateFiles(course.Site, "*.html", SearchOption.AllDirectories);

    /// <summary>The two editions: the English at the top of site/, the Japanese in site/ja/.</summary>
    public static TheoryData<string> Editions() => new(Edition.English, Edition.Japanese);

    private string EditionFolder(string edition) => edition == Edition.Japanese ? Path.Combine(course.Site, "ja") : course.Site;

    private static IEnumerable<Assignment> Assignments(string edition = Edition.English) =>
        Directory.EnumerateFiles(Path.Combine(CourseRun.Notebooks, "homework"), "*.ipynb")
            .Where(f => Edition.Of(f) == edition).Order().Select(Assignment.Load);

    /// <summary>
    /// Hidden checks and markers are looked for on every page; solution lines on the homework pages (a lesson may show the
    /// same line in an exercise's solution, such as "const double delta = 1e-7;").
    /// </summary>
    [Theory]
    [MemberData(nameof(Editions))]
    public void No_page_holds_a_solution_a_hidden_check_or_a_solution_marker(string edition)
    {
        var site = WebUtility.HtmlDecode(string.Join("\n", Pages.Select(File.ReadAllText)));
        var decoded = WebUtility.HtmlDecode(string.Join("\n", Directory.EnumerateFiles(Path.Combine(EditionFolder(edition), "homework")).Select(File.ReadAllText)));
        // A line some student version shows anyway (a helper an assignment hands out, such as a seeded RandomMatrix whose
        // body a hidden check elsewhere happens to share) is no secret.
        var shown = string.Join("\n", Assignments(edition).SelectMany(a => ((System.Text.Json.Nodes.JsonArray)Releaser.Release(a)["cells"]!)
            .Select(c => NotebookReader.Source(c!["source"]))));
        Assert.Equal(11, Assignments(edition).Count());
        foreach (var assignment in Assignments(edition))
        {
            Assert.Contains(assignment.Checks, c => c.Hidden);
            foreach (var name in AssignmentSecrets.HiddenCheckNames(assignment)) Assert.DoesNotContain(name, site);
            foreach (var line in AssignmentSecrets.Lines(assignment).Where(l => !shown.Contains(l, StringComparison.Ordinal)))
                Assert.DoesNotContain(line, decoded);
        }
        Assert.DoesNotContain("BEGIN SOLUTION", site);
        Assert.DoesNotContain("HIDDEN CHECK", site);
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Homework_pages_show_the_student_version_stubs_with_hints_and_visible_checks(string edition)
    {
        foreach (var assignment in Assignments(edition))
        {
            var name = edition == Edition.Japanese ? assignment.Name.Replace(".ja", "", StringComparison.Ordinal) : assignment.Name;
            var page = WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(EditionFolder(edition), "homework", name + ".html")));
            Assert.Contains("throw new NotImplementedException(", page);
            Assert.Contains(assignment.Regions[0].Hint, page);
            foreach (var visible in assignment.Checks.Where(c => !c.Hidden)) Assert.Contains($"CHECK {visible.Name}", page);
        }
    }

    [Fact]
    public void The_front_page_says_what_the_course_is_how_to_run_it_and_lists_every_page_once()
    {
        var index = File.ReadAllText(Path.Combine(course.Site, "index.html"));
        Assert.Contains("<html lang=\"en\">", index);
        Assert.Contains("Neural networks from scratch, in C#", index);
        foreach (var way in new[] { "VS Code", "Jupyter", "Headless", "scripts/jupyter.sh" }) Assert.Contains(way, index);
        Assert.DoesNotContain("<ol", index);
        foreach (var file in NotebookFinder.Find([CourseRun.Notebooks]))
            Assert.Single(Regex.Matches(index, $"href=\"{Regex.Escape(Path.ChangeExtension(file.RelativePath, ".html"))}\""));
        Assert.Contains("href=\"glossary.html\"", index);
        Assert.Contains("href=\"sources.html\"", index);
    }

    [Fact]
    public void Every_link_between_pages_leads_to_a_page_and_every_anchor_exists()
    {
        var broken = new List<string>();
        foreach (var page in Pages)
        {
            var html = File.ReadAllText(page);
            foreach (Match link in Href().Matches(html))
            {
                var href = WebUtility.HtmlDecode(link.Groups["href"].Value);
                if (href.Contains("://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal) || href.StartsWith('#')) continue;
                var hash = href.IndexOf('#');
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, hash < 0 ? href : href[..hash]));
                if (!File.Exists(target)) { broken.Add($"{Path.GetRelativePath(course.Site, page)}: {href}"); continue; }
                if (hash >= 0 && !File.ReadAllText(target).Contains($"id=\"{href[(hash + 1)..]}\"", StringComparison.Ordinal))
                    broken.Add($"{Path.GetRelativePath(course.Site, page)}: {href} (no such anchor)");
            }
        }
        Assert.True(broken.Count == 0, "broken links:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void English_pages_are_english_and_japanese_terms_are_marked_so_they_never_break_mid_word()
    {
        var glossary = File.ReadAllText(Path.Combine(course.Site, "glossary.html"));
        Assert.Contains("<html lang=\"en\">", glossary);
        Assert.Contains("<td><span lang=\"ja\">損失関数</span></td>", glossary);
        Assert.All(Pages.Where(p => !InJapaneseEdition(p)), page => Assert.Contains("<html lang=\"en\">", File.ReadAllText(page)));
        Assert.Contains("html[lang=\"en\"] [lang=\"ja\"] { word-break: keep-all; }", File.ReadAllText(Path.Combine(course.Site, "site.css")));
    }

    [Fact]
    public void Japanese_pages_are_japanese_with_japanese_typography_and_no_term_kept_from_breaking()
    {
        var japanese = Pages.Where(InJapaneseEdition).ToList();
        Assert.Equal(Pages.Count() - japanese.Count, japanese.Count);
        Assert.All(japanese, page => Assert.Contains("<html lang=\"ja\">", File.ReadAllText(page)));
        Assert.All(japanese, page => Assert.DoesNotContain("<span lang=\"ja\">", File.ReadAllText(page)));
        var css = File.ReadAllText(Path.Combine(course.Site, "site.css"));
        Assert.Contains("html[lang=\"ja\"] body { line-height: 1.85; line-break: strict; word-break: normal;", css);
        Assert.Matches("html\\[lang=\"ja\"\\] \\{ --font: \"Noto Sans CJK JP\"", css);
        var index = File.ReadAllText(Path.Combine(course.Site, "ja", "index.html"));
        Assert.Contains("C#でゼロから作るニューラルネットワーク", index);
        foreach (var file in NotebookFinder.Find([CourseRun.Notebooks], Edition.Japanese))
            Assert.Single(Regex.Matches(index, $"href=\"{Regex.Escape(Path.ChangeExtension(file.RelativePath, ".html").Replace(".ja.html", ".html", StringComparison.Ordinal))}\""));
    }

    /// <summary>
    /// Every page of one edition has a switch to the same page of the other, and the section a reader is at (cell-N) exists
    /// on both with the same kind of cell, so the switch lands there.
    /// </summary>
    [Fact]
    public void Every_page_links_to_its_twin_in_the_other_edition_which_has_the_same_sections()
    {
        var missing = new List<string>();
        foreach (var page in Pages)
        {
            var html = File.ReadAllText(page);
            var link = Regex.Match(html, "<a class=\"language\" href=\"(?<href>[^\"]+)\" hreflang=\"(?<lang>\\w+)\"");
            var relative = Path.GetRelativePath(course.Site, page).Replace('\\', '/');
            if (!link.Success) { missing.Add($"{relative}: no language switch"); continue; }
            var twin = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, link.Groups["href"].Value));
            Assert.Equal(InJapaneseEdition(page) ? "en" : "ja", link.Groups["lang"].Value);
            if (!File.Exists(twin)) { missing.Add($"{relative}: its twin {link.Groups["href"].Value} does not exist"); continue; }
            Assert.Equal(InJapaneseEdition(page), !InJapaneseEdition(twin));
            var sections = Regex.Matches(html, "<section class=\"(\\w+)\" id=\"(cell-\\d+)\"").Select(m => m.Value).ToList();
            var twinSections = Regex.Matches(File.ReadAllText(twin), "<section class=\"(\\w+)\" id=\"(cell-\\d+)\"").Select(m => m.Value).ToList();
            Assert.True(sections.SequenceEqual(twinSections), $"{relative}: its sections differ from its twin's");
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    private bool InJapaneseEdition(string page) =>
        Path.GetRelativePath(course.Site, page).Replace('\\', '/').StartsWith("ja/", StringComparison.Ordinal);

    /// <summary>The code lines of a cell worth looking for: trimmed, not comments or braces, long enough to be specific.</summary>
    [GeneratedRegex("href=\"(?<href>[^\"]+)\"")]
    private static partial Regex Href();
}
