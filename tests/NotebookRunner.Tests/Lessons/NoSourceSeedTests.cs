using System.Text.RegularExpressions;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Lessons;

/// <summary>
/// In the product, "seed" means only a random seed (issue 14): a lecture is cited by its short name from
/// notebooks/sources.md, never as "seed 003", "lecture seed" or a path into the lectures' seeds/ folder.
/// "seed: 3", "random seed 0" and "a fixed seed" stay allowed.
/// </summary>
public sealed partial class NoSourceSeedTests
{
    private static readonly string RepoRoot = Path.GetDirectoryName(CourseRun.Notebooks)!;

    [Theory]
    [InlineData("notebooks")]
    [InlineData("lib")]
    [InlineData("docs")]
    [InlineData("README.md")]
    public void No_seed_means_a_source_lecture(string entry)
    {
        var hits = ProductText.Files(RepoRoot, entry)
            .SelectMany(f => File.ReadAllLines(Path.Combine(RepoRoot, f))
                .Select((line, i) => (File: f, Line: i + 1, Match: SourceSeed().Match(line)))
                .Where(h => h.Match.Success))
            .Select(h => $"{h.File}:{h.Line}: \"{h.Match.Value}\"")
            .ToList();
        Assert.True(hits.Count == 0,
            "\"seed\" used for a source lecture; cite it by its short name from notebooks/sources.md instead:\n"
            + string.Join("\n", hits));
    }

    [Theory]
    [InlineData("as the talk of seed 000 does", true)]
    [InlineData("Lecture seeds 001 and 002 write", true)]
    [InlineData("Seed 003's three cases", true)]
    [InlineData("the lecture seed says", true)]
    [InlineData("see ../shared/seeds/003_x.txt", true)]
    [InlineData("new Network([2, 4, 1], Activation.ReLU, seed: 3)", false)]
    [InlineData("with a little noise (random seed 0)", false)]
    [InlineData("everything random has a fixed seed, so", false)]
    [InlineData("seeds 1 to 5 give", false)]
    public void The_pattern_tells_a_source_from_a_random_seed(string text, bool isSource)
    {
        Assert.Equal(isSource, SourceSeed().IsMatch(text));
    }

    [GeneratedRegex(@"(?i)\bseeds?\s+0\d\d\b|\blecture\s+seeds?\b|\bsource\s+seeds?\b|\bseeds/")]
    private static partial Regex SourceSeed();
}
