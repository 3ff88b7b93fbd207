using System.Text.RegularExpressions;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Lessons;

/// <summary>
/// notebooks/sources.md names the five lectures the course grew from, and every citation links to one of them
/// (issue 14: "name the sources"). The short names and anchors are the ones the engineers agreed on.
/// </summary>
public sealed partial class SourcesPageTests
{
    private static readonly string Notebooks = CourseRun.Notebooks;
    private static readonly string RepoRoot = Path.GetDirectoryName(Notebooks)!;

    public static TheoryData<string, string> Lectures() => new()
    {
        { "hirotask 2024", "hirotask-2024" },
        { "Rabbit Challenge day 1", "rabbit-challenge-day-1" },
        { "HN410 2022", "hn410-2022" },
        { "Medical AI lecture", "medical-ai-lecture" },
        { "Namba, Hijiyama.R", "namba-hijiyama-r" },
    };

    [Theory, MemberData(nameof(Lectures))]
    public void Each_lecture_has_a_section_with_title_author_year_and_contribution(string shortName, string anchor)
    {
        string section = LectureSection(anchor);
        Assert.StartsWith($"## {shortName}\n", section.TrimStart());
        foreach (string field in new[] { "Title", "Author or event", "Year", "What the course takes from it" })
        {
            Match line = Regex.Match(section, $@"^- \*\*{field}:\*\* (.+)$", RegexOptions.Multiline);
            Assert.True(line.Success && line.Groups[1].Value.Trim().Length > 3, $"sources.md, {shortName}: no '- **{field}:** …' line.");
        }
        string year = Regex.Match(section, @"^- \*\*Year:\*\* (.+)$", RegexOptions.Multiline).Groups[1].Value;
        Assert.True(Regex.IsMatch(year, @"^(19|20)\d\d\b") || year.StartsWith("no year given", StringComparison.Ordinal),
            $"sources.md, {shortName}: the year is '{year}'; write the year the lecture states, or \"no year given\".");
    }

    [Fact]
    public void The_page_lists_exactly_the_five_lectures()
    {
        var anchors = Anchors(File.ReadAllText(Path.Combine(Notebooks, "sources.md")));
        Assert.Equal(Lectures().Select(row => (string)row[1]).Order(), anchors.Order());
    }

    [Fact]
    public void Every_link_to_the_sources_page_points_at_an_existing_anchor()
    {
        var anchors = Anchors(File.ReadAllText(Path.Combine(Notebooks, "sources.md"))).ToHashSet();
        var broken = Citations().Where(c => c.Anchor.Length > 0 && !anchors.Contains(c.Anchor))
            .Select(c => $"{c.File}: sources.md#{c.Anchor}").ToList();
        Assert.True(broken.Count == 0, "Links to anchors sources.md does not have:\n" + string.Join("\n", broken));
    }

    [Theory, MemberData(nameof(Lectures))]
    public void Every_lecture_is_cited_at_least_once(string shortName, string anchor)
    {
        Assert.True(Citations().Any(c => c.Anchor == anchor && c.File != "notebooks/sources.md"),
            $"No notebook or markdown file links to sources.md#{anchor} ({shortName}).");
    }

    /// <summary>The ids of the lecture sections: &lt;a id="…"&gt; right before a "## " heading.</summary>
    private static List<string> Anchors(string markdown) =>
        Regex.Matches(markdown, "<a id=\"([a-z0-9-]+)\"></a>\\s*\\n## ").Select(m => m.Groups[1].Value).ToList();

    private static string LectureSection(string anchor)
    {
        string page = File.ReadAllText(Path.Combine(Notebooks, "sources.md"));
        int start = page.IndexOf($"<a id=\"{anchor}\"></a>", StringComparison.Ordinal);
        Assert.True(start >= 0, $"sources.md has no <a id=\"{anchor}\"></a> before its section.");
        string rest = page[(start + anchor.Length + 13)..];
        int next = rest.IndexOf("<a id=", StringComparison.Ordinal);
        return next < 0 ? rest : rest[..next];
    }

    /// <summary>Every "sources.md#anchor" (or bare "sources.md") link target in the notebooks' and docs' text files.</summary>
    private static IEnumerable<(string File, string Anchor)> Citations() =>
        ProductText.Files(RepoRoot, "notebooks", "docs", "README.md")
            .Where(f => f.EndsWith(".ipynb", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .SelectMany(f => SourcesLink().Matches(File.ReadAllText(Path.Combine(RepoRoot, f)))
                .Select(m => (f, m.Groups[1].Value)));

    [GeneratedRegex(@"\]\((?:\.\./)*(?:notebooks/)?sources\.md(?:#([A-Za-z0-9-]*))?\)")]
    private static partial Regex SourcesLink();
}
