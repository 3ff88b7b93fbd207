using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Lessons;

/// <summary>
/// The glossary's lesson column names the lesson that introduces each term, and the cross-reference check
/// (<see cref="CrossReferenceTests"/>) trusts it: so the column must agree with the lessons' own <c>### Key terms</c>
/// tables, and every key term must be a glossary row by its English name, as the prose names it.
/// </summary>
public sealed class GlossaryLessonTests
{
    [Fact]
    public void Every_term_is_a_key_term_of_the_lesson_the_glossary_gives()
    {
        var problems = Glossary.Terms.Where(t => !ListedBy(t.English).Contains(t.Lesson))
            .Select(t => $"'{t.English}': glossary.md says lesson {t.Lesson:00}, whose key terms do not list it "
                + $"(listed by lesson {string.Join(", ", ListedBy(t.English).Select(n => $"{n:00}"))}).")
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_glossary_gives_the_first_lesson_whose_key_terms_list_the_term()
    {
        var problems = Glossary.Terms.Where(t => ListedBy(t.English).Any(n => n < t.Lesson))
            .Select(t => $"'{t.English}': glossary.md says lesson {t.Lesson:00}, "
                + $"but lesson {ListedBy(t.English).Min():00} lists it first.")
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_key_term_is_a_glossary_term_by_its_English_name()
    {
        var english = Glossary.Terms.Select(t => t.English).ToHashSet();
        var problems = Glossary.KeyTerms.SelectMany(k => k.Value.Where(e => !english.Contains(e))
            .Select(e => $"lesson {k.Key:00}: key term '{e}' has no glossary.md row of that English name.")).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_glossary_and_the_key_terms_are_read()
    {
        Assert.True(Glossary.Terms.Count > 100, $"glossary.md gave {Glossary.Terms.Count} rows.");
        Assert.All(Glossary.KeyTerms, k =>
            Assert.True(k.Value.Count >= 3, $"lesson {k.Key:00}: {k.Value.Count} key terms read."));
    }

    /// <summary>The lessons whose key-terms table lists the term, in order.</summary>
    private static IReadOnlyList<int> ListedBy(string english) =>
        Glossary.KeyTerms.Where(k => k.Value.Contains(english)).Select(k => k.Key).Order().ToList();
}
