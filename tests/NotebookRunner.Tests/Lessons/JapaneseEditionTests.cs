using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Lessons;

/// <summary>
/// The Japanese edition (NAME.ja.ipynb beside each notebook) stays in step with the English one: the same cells, the
/// code byte for byte, each translated cell recording the hash of the English cell it translates (so a changed English
/// cell fails until its Japanese is updated), every formula, code span, link target and number kept, each key term the
/// English introduces spelled as the glossary spells it, and no English sentence left in the Japanese prose.
/// </summary>
public sealed partial class JapaneseEditionTests
{
    public static TheoryData<string> Notebooks() => new(NotebookFinder.Find([CourseRun.Notebooks]).Select(f => f.RelativePath.Replace('\\', '/')));

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void The_Japanese_twin_has_the_same_cells_and_the_same_code(string notebook)
    {
        var (english, japanese) = Pair(notebook);
        Assert.Equal(english.Count, japanese.Count);
        var first = true;
        for (var i = 0; i < english.Count; i++)
        {
            Assert.True(Type(english[i]) == Type(japanese[i]), $"{Twin(notebook)} cell {i + 1} is {Type(japanese[i])}, the English {Type(english[i])}");
            if (Type(english[i]) != "code") continue;
            // The first code cell differs by Edition.JapaneseLine alone, which sets the library's language.
            var expected = first ? Edition.JapaneseFirstCell(Source(english[i])) : Source(english[i]);
            Assert.True(expected == Source(japanese[i]), $"{Twin(notebook)} cell {i + 1}: the code differs from the English; the editions share their code byte for byte"
                + (first ? $", except the line `{Edition.JapaneseLine}` under the first cell's usings" : ""));
            first = false;
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Each_translated_cell_translates_the_English_cell_as_it_is_now(string notebook)
    {
        var (english, japanese) = Pair(notebook);
        var stale = new List<string>();
        foreach (var i in Markdown(english))
        {
            var recorded = (string?)japanese[i]!["metadata"]?["translation"]?["en"];
            var now = Hash(Source(english[i]));
            if (recorded != now)
                stale.Add($"cell {i + 1}: the English changed since it was translated (recorded {recorded ?? "nothing"}, now {now}): "
                    + $"update the Japanese, then set its metadata.translation.en to {now}");
        }
        Assert.True(stale.Count == 0, $"{Twin(notebook)}:\n" + string.Join("\n", stale));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Formulas_code_links_and_numbers_survive_the_translation(string notebook)
    {
        var (english, japanese) = Pair(notebook);
        var lost = new List<string>();
        foreach (var i in Markdown(english))
        {
            var kept = Kept(Source(japanese[i]));
            foreach (var (kind, spans) in Kept(Source(english[i])))
                foreach (var span in spans.Where(s => !kept[kind].Contains(s)))
                    lost.Add($"cell {i + 1}: {kind} {span}");
        }
        Assert.True(lost.Count == 0, $"{Twin(notebook)} lost what the English cell has:\n" + string.Join("\n", lost));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void A_key_term_the_English_introduces_is_spelled_as_in_the_glossary(string notebook)
    {
        var (english, japanese) = Pair(notebook);
        var missing = new List<string>();
        foreach (var i in Markdown(english))
            foreach (Match term in KeyTerm().Matches(Source(english[i])))
            {
                var names = term.Groups["ja"].Value.Split(['、', ',', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (!names.Any(n => Source(japanese[i]).Contains(n, StringComparison.Ordinal)))
                    missing.Add($"cell {i + 1}: {term.Groups["en"].Value} ({string.Join(", ", names)})");
            }
        Assert.True(missing.Count == 0, $"{Twin(notebook)} does not use the glossary's Japanese for:\n" + string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void No_English_sentence_is_left_in_the_Japanese_prose(string notebook)
    {
        var (english, japanese) = Pair(notebook);
        var left = new List<string>();
        foreach (var i in Markdown(english))
        {
            var prose = Unquoted(Source(japanese[i]));
            left.AddRange(EnglishRun().Matches(prose).Select(m => $"cell {i + 1}: \"{m.Value}\""));
        }
        Assert.True(left.Count == 0, $"{Twin(notebook)} has English prose:\n" + string.Join("\n", left));
    }

    /// <summary>First 16 hex digits of SHA-256 over the cell's source (its lines joined), as the translations record it.</summary>
    public static string Hash(string source) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source)))[..16];

    private static (JsonArray English, JsonArray Japanese) Pair(string notebook)
    {
        var path = Path.Combine(CourseRun.Notebooks, notebook);
        var twin = Edition.JapaneseOf(path);
        Assert.True(File.Exists(twin), $"{Twin(notebook)} is missing: every notebook has its Japanese twin beside it");
        return ((JsonArray)Nbrun.Read(path)["cells"]!, (JsonArray)Nbrun.Read(twin)["cells"]!);
    }

    private static IEnumerable<int> Markdown(JsonArray cells) => Enumerable.Range(0, cells.Count).Where(i => Type(cells[i]) == "markdown");

    private static string Twin(string notebook) => "notebooks/" + Edition.JapaneseOf(notebook);

    private static string Type(JsonNode? cell) => (string?)cell!["cell_type"] ?? "";

    private static string Source(JsonNode? cell) => Nbrun.Text(cell!["source"]);

    /// <summary>
    /// What a translation keeps byte for byte: fenced code, math (all but the words of its \text{…}), inline code, link
    /// targets, HTML tags, decimals.
    /// </summary>
    private static Dictionary<string, List<string>> Kept(string text)
    {
        var fenced = Fenced().Matches(text).Select(m => m.Value).ToList();
        text = Fenced().Replace(text, " ");
        // A formula's words (\text{…}) are translated; its symbols are kept.
        var math = Math().Matches(text).Select(m => MathWords().Replace(m.Value, @"\text{…}")).ToList();
        text = Math().Replace(text, " ");
        var code = InlineCode().Matches(text).Select(m => m.Value).ToList();
        text = InlineCode().Replace(text, " ");
        return new()
        {
            ["fenced code"] = fenced, ["math"] = math, ["code"] = code,
            ["link target"] = LinkTarget().Matches(text).Select(m => m.Groups[1].Value).ToList(),
            ["HTML tag"] = Tag().Matches(text).Select(m => m.Value).ToList(),
            ["number"] = Number().Matches(text).Select(m => m.Value).ToList(),
        };
    }

    /// <summary>
    /// The prose alone: code, math, link targets, tags, quoted printed text, the English gloss after a bold term
    /// (**二乗和誤差**（half the sum of squares）) and italic titles (*Neural Networks and Deep Learning*) removed.
    /// </summary>
    private static string Unquoted(string text)
    {
        foreach (var pattern in new[] { Fenced(), Math(), InlineCode(), LinkTargetWhole(), Tag(), Quoted(), Gloss(), Italic() })
            text = pattern.Replace(text, " ");
        return text;
    }

    [GeneratedRegex(@"\\text\{[^{}]*\}")]
    private static partial Regex MathWords();

    [GeneratedRegex(@"```.*?```", RegexOptions.Singleline)]
    private static partial Regex Fenced();

    [GeneratedRegex(@"\$\$.+?\$\$|\$[^$\n]+?\$", RegexOptions.Singleline)]
    private static partial Regex Math();

    [GeneratedRegex(@"`[^`]+`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"\]\([^)\s]+\)")]
    private static partial Regex LinkTargetWhole();

    [GeneratedRegex(@"</?[a-z][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[−-]?\d+\.\d+|\d{2,}")]
    private static partial Regex Number();

    /// <summary>A key term as the English introduces it: **term (日本語)**.</summary>
    [GeneratedRegex(@"\*\*(?<en>[A-Za-z][^*()]*?) \((?<ja>[^)*]*\p{IsCJKUnifiedIdeographs}[^)*]*|[^)*]*\p{IsKatakana}[^)*]*)\)\*\*")]
    private static partial Regex KeyTerm();

    /// <summary>Text a cell prints or a button shows, quoted as it is: 「…」 or "…" around Latin text.</summary>
    [GeneratedRegex(@"「[^「」]*」|""[^""\n]*""|“[^”]*”")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"(?<=\*\*)（[^）]*）")]
    private static partial Regex Gloss();

    [GeneratedRegex(@"(?<!\*)\*[^*\n]+\*(?!\*)")]
    private static partial Regex Italic();

    /// <summary>Five or more Latin words in a row: an English sentence, not a term or a name in parentheses.</summary>
    [GeneratedRegex(@"\b[A-Za-z][A-Za-z'’]*(?:[ ,;:]+(?:a|an|the|[A-Za-z][A-Za-z'’]*)){4,}\b")]
    private static partial Regex EnglishRun();
}
