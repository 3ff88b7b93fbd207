using NotebookRunner.Tests.Support;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NotebookRunner.Tests;

/// <summary>
/// The rules of notebooks/AUTHORING.md that a parser can check, for every lesson in notebooks/ and, where they apply, for
/// every appendix (<see cref="Appendices"/>: built like a lesson, without exercises, questions or key terms). Homework has
/// its own shape and its own tests. One test case per notebook, found from the files.
/// </summary>
public sealed class NotebookStructureTests
{
    private static readonly string NotebooksDir = CourseRun.Notebooks;
    private static readonly string RepoRoot = Path.GetDirectoryName(NotebooksDir)!;

    public static TheoryData<string> Lessons() => LessonExercises.Lessons();

    /// <summary>The lessons and the appendices: the notebooks the rules they share apply to.</summary>
    public static TheoryData<string> LessonsAndAppendices() =>
        new(LessonExercises.LessonFiles().Select(f => Path.GetFileName(f)).Concat(Appendices.Names()));

    [Fact]
    public void The_course_has_lessons_00_to_12_and_every_other_notebook_beside_them_is_an_appendix()
    {
        string[] names = Directory.GetFiles(NotebooksDir, "*.ipynb").Where(f => NotebookRunner.Notebooks.Edition.Of(f) == NotebookRunner.Notebooks.Edition.English).Select(p => Path.GetFileName(p)!).ToArray();
        string[] numbers = names.Where(n => !Appendices.Is(n)).Select(n => n[..2]).Order().ToArray();
        Assert.Equal(Enumerable.Range(0, 13).Select(i => i.ToString("00")), numbers);
        Assert.All(names.Where(Appendices.Is), n => Assert.Matches(@"^appendix-[a-z0-9-]+\.ipynb$", n));
    }

    [Theory, MemberData(nameof(LessonsAndAppendices))]
    public void Is_a_polyglot_csharp_notebook_stored_without_outputs(string file)
    {
        using JsonDocument doc = Load(file);
        JsonElement root = doc.RootElement;
        Assert.Equal(4, root.GetProperty("nbformat").GetInt32());
        Assert.Equal(".net-csharp", root.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString());
        foreach (var (cell, index) in Cells(root).Select((c, i) => (c, i + 1)))
        {
            if (cell.GetProperty("cell_type").GetString() != "code") continue;
            string kernel = cell.GetProperty("metadata").GetProperty("polyglot_notebook").GetProperty("kernelName").GetString()!;
            Assert.True(kernel == "csharp", $"{file}, cell {index}: code cell in kernel '{kernel}', expected csharp.");
            string firstLine = Source(cell).Split('\n')[0].Trim();
            Assert.False(firstLine.StartsWith("#!") && firstLine != "#!csharp", $"{file}, cell {index}: magic line '{firstLine}' switches language.");
            Assert.True(cell.GetProperty("outputs").GetArrayLength() == 0, $"{file}, cell {index}: stored with outputs; save notebooks cleared.");
        }
    }

    [Theory, MemberData(nameof(LessonsAndAppendices))]
    public void Opens_with_a_title_and_what_you_will_be_able_to_do(string file)
    {
        using JsonDocument doc = Load(file);
        string first = Source(Cells(doc.RootElement).First());
        Assert.Matches(Appendices.Is(file) ? @"^# Appendix · \S" : @"^# \d\d · ", first);
        string objectives = Section(Markdown(doc), "What you will be able to do");
        int bullets = Regex.Matches(objectives, @"^\s*[-*] ", RegexOptions.Multiline).Count;
        Assert.InRange(bullets, 3, 6);
    }

    [Theory, MemberData(nameof(LessonsAndAppendices))]
    public void First_code_cell_loads_the_library_by_a_path_relative_to_the_notebook(string file)
    {
        using JsonDocument doc = Load(file);
        string code = Source(Cells(doc.RootElement).First(c => c.GetProperty("cell_type").GetString() == "code"));
        Match reference = Regex.Match(code, "#r \"([^\"]*NeuralNetworks\\.dll)\"");
        Assert.True(reference.Success, $"{file}: the first code cell does not #r NeuralNetworks.dll.");
        string path = reference.Groups[1].Value;
        Assert.False(Path.IsPathRooted(path), $"{file}: '{path}' is absolute; use a path relative to the notebook.");
        string resolved = Path.GetFullPath(Path.Combine(NotebooksDir, path));
        Assert.Equal(Path.Combine(RepoRoot, "lib", "NeuralNetworks", "bin", "Debug", "net8.0", "NeuralNetworks.dll"), resolved);
        Assert.Contains("dotnet build", code);
        Assert.Contains("Restart", code, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, MemberData(nameof(Lessons))]
    public void Has_three_to_five_questions_and_folded_answers(string file)
    {
        using JsonDocument doc = Load(file);
        string markdown = Markdown(doc);
        string questions = Section(markdown, "Check your understanding");
        int count = Regex.Matches(questions, @"^\s*\d+\. ", RegexOptions.Multiline).Count;
        Assert.InRange(count, 3, 5);
        string answers = Section(markdown, "Answers");
        Assert.Contains("<details>", answers);
        Assert.True(markdown.IndexOf("## Answers", StringComparison.Ordinal) > markdown.IndexOf("## Check your understanding", StringComparison.Ordinal),
            $"{file}: the answers must come after the questions.");
    }

    [Theory, MemberData(nameof(Lessons))]
    public void Closes_with_a_summary_whose_key_terms_are_bilingual_and_in_the_glossary(string file)
    {
        using JsonDocument doc = Load(file);
        string markdown = Markdown(doc);
        string terms = Section(markdown, "Key terms");
        var rows = Regex.Matches(terms, @"^\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|", RegexOptions.Multiline)
            .Select(m => (English: m.Groups[1].Value, Japanese: m.Groups[2].Value))
            .Where(r => !r.English.StartsWith("---") && r.English != "English")
            .ToList();
        Assert.True(rows.Count >= 3, $"{file}: the key-terms table has {rows.Count} rows; expected at least 3.");
        string glossary = File.ReadAllText(Path.Combine(NotebooksDir, "glossary.md"));
        string beforeSummary = markdown[..markdown.IndexOf("## Summary", StringComparison.Ordinal)];
        foreach (var (english, japanese) in rows)
        {
            Assert.Matches(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]", japanese);
            Assert.True(glossary.Contains(japanese, StringComparison.Ordinal), $"{file}: key term '{english}' ({japanese}) is missing from glossary.md.");
            Assert.True(beforeSummary.Contains(japanese, StringComparison.Ordinal), $"{file}: '{japanese}' ({english}) never appears in the lesson before the summary.");
        }
    }

    [Theory, MemberData(nameof(Appendices.Files), MemberType = typeof(Appendices))]
    public void An_appendix_closes_with_a_summary_of_bullets(string file)
    {
        using JsonDocument doc = Load(file);
        string summary = Section(Markdown(doc), "Summary");
        int bullets = Regex.Matches(summary, @"^\s*[-*] ", RegexOptions.Multiline).Count;
        Assert.True(bullets >= 2, $"{file}: the summary has {bullets} bullets; write at least two.");
    }

    [Theory, MemberData(nameof(LessonsAndAppendices))]
    public void Draws_at_least_two_charts(string file)
    {
        using JsonDocument doc = Load(file);
        int charts = Cells(doc.RootElement)
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Sum(c => Regex.Matches(Source(c), @"\bChart\.\w+\(").Count);
        Assert.True(charts >= 2, $"{file}: {charts} chart calls; every lesson draws at least two charts.");
    }

    private static JsonDocument Load(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(NotebooksDir, file)));

    private static IEnumerable<JsonElement> Cells(JsonElement root) => root.GetProperty("cells").EnumerateArray();

    private static string Source(JsonElement cell) => cell.GetProperty("source") switch
    {
        { ValueKind: JsonValueKind.Array } lines => string.Concat(lines.EnumerateArray().Select(l => l.GetString())),
        var text => text.GetString() ?? "",
    };

    private static string Markdown(JsonDocument doc) => string.Join("\n\n",
        Cells(doc.RootElement).Where(c => c.GetProperty("cell_type").GetString() == "markdown").Select(Source));

    /// <summary>The text under a heading (any level) up to the next heading of the same or a higher level.</summary>
    private static string Section(string markdown, string heading)
    {
        Match start = Regex.Match(markdown, $@"^(#+) {Regex.Escape(heading)}\s*$", RegexOptions.Multiline);
        Assert.True(start.Success, $"No '{heading}' heading.");
        int level = start.Groups[1].Length;
        string rest = markdown[(start.Index + start.Length)..];
        Match next = Regex.Match(rest, $@"^#{{1,{level}}} ", RegexOptions.Multiline);
        return next.Success ? rest[..next.Index] : rest;
    }
}
