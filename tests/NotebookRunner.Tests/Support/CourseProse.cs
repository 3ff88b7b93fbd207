using System.Text.RegularExpressions;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.Support;

/// <summary>
/// One passage of the course's prose: a markdown cell of a notebook, the comments of a code cell, or a whole markdown
/// file. File is relative to the repository root with '/' separators; Cell is the 1-based cell, 0 for a markdown file.
/// </summary>
public sealed record ProsePassage(string File, int Cell, string Text)
{
    public string Where => Cell == 0 ? File : $"{File}, cell {Cell}";
}

/// <summary>
/// The prose a reader meets: the lessons and appendices, the homework, README.md, docs/, the glossary and the sources
/// page (notebooks/AUTHORING.md is about writing lessons and is left out), and the sentences in it.
/// </summary>
public static partial class CourseProse
{
    public static readonly string RepoRoot = Path.GetDirectoryName(CourseRun.Notebooks)!;

    public static IEnumerable<ProsePassage> Passages() =>
        ProductText.Files(RepoRoot, "notebooks", "docs", "README.md")
            .Where(f => f.EndsWith(".ipynb", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Where(f => f != "notebooks/AUTHORING.md")
            .SelectMany(PassagesOf);

    public static IEnumerable<ProsePassage> PassagesOf(string file)
    {
        string full = Path.Combine(RepoRoot, file);
        if (!file.EndsWith(".ipynb", StringComparison.Ordinal))
            return [new ProsePassage(file, 0, File.ReadAllText(full))];
        return NotebookReader.Read(full).Cells.Select(c => new ProsePassage(file, c.Number,
            c.IsCode ? string.Join("\n", Comment().Matches(c.Source).Select(m => m.Groups[1].Value)) : c.Source));
    }

    /// <summary>The markdown of lesson NN (notebooks/NN-*.ipynb), its cells joined by blank lines.</summary>
    public static string Lesson(int number)
    {
        string file = LessonExercises.LessonFiles()
            .Single(f => Path.GetFileName(f).StartsWith($"{number:00}-", StringComparison.Ordinal));
        return string.Join("\n\n", NotebookReader.Read(file).Cells.Where(c => !c.IsCode).Select(c => c.Source));
    }

    /// <summary>
    /// The sentences of a text, with code (fenced and inline) and math ($…$, $$…$$) shown as "…" and link targets dropped,
    /// so that neither a formula nor a file name reads as a word. A sentence ends at ". ", "? ", "! " before a capital, at
    /// "; ", at a blank line, and before a list item, a table row or a heading; a wrapped line goes on.
    /// </summary>
    public static IEnumerable<string> Sentences(string text) =>
        Boundary().Split(Plain(text)).Select(s => Regex.Replace(s.Trim(), @"\s+", " ")).Where(s => s.Length > 0);

    public static string Plain(string text)
    {
        text = Fence().Replace(text, "…");
        text = DisplayMath().Replace(text, "…");
        text = InlineCode().Replace(text, "…");
        text = InlineMath().Replace(text, "…");
        return LinkTarget().Replace(text, "]");
    }

    [GeneratedRegex(@"//(.*)")]
    private static partial Regex Comment();

    [GeneratedRegex(@"\n\s*\n|\n(?=\s*(?:[-*] |\d+\. |\||#))|(?<=[.!?])\s+(?=[A-Z*(\[_])|;\s+")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"```.*?```", RegexOptions.Singleline)]
    private static partial Regex Fence();

    [GeneratedRegex(@"\$\$.*?\$\$", RegexOptions.Singleline)]
    private static partial Regex DisplayMath();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\$[^$]*\$")]
    private static partial Regex InlineMath();

    [GeneratedRegex(@"\]\([^)]*\)")]
    private static partial Regex LinkTarget();
}
