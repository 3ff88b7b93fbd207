using System.Text.RegularExpressions;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Export;

/// <summary>
/// runner.js (the page's "Run in the browser") says everything through its two word lists, english and japanese, picked
/// by the page's lang: a word missing from the Japanese list shows "undefined" on a Japanese page, and a word written
/// into the code instead of the lists shows in English there (a cell's "done in 1.13 s" did, until session 8).
/// </summary>
public sealed partial class RunnerWordsTests
{
    private static readonly string Script =
        File.ReadAllText(Path.Combine(Shell.RepositoryRoot, "lib", "NotebookRunner", "Export", "runner.js"));

    /// <summary>A list's words, each read from its own line ("  name: \"text\","); every line of the list must read.</summary>
    private static Dictionary<string, string> Words(string list)
    {
        var body = Regex.Match(Script, $@"var {list} = \{{(.*?)\n  \}};", RegexOptions.Singleline).Groups[1].Value;
        var words = Entry().Matches(body).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.True(words.Count > 0 && words.Count == body.Split('\n').Count(line => line.Trim().Length > 0),
            $"runner.js's {list} list: {words.Count} words read, each line should hold one");
        return words;
    }

    [Fact]
    public void Both_lists_hold_the_same_words_and_the_Japanese_ones_are_Japanese()
    {
        var english = Words("english");
        var japanese = Words("japanese");
        Assert.Equal(english.Keys.Order(), japanese.Keys.Order());
        Assert.All(japanese, w => Assert.Matches(Japanese(), w.Value));
    }

    [Fact]
    public void Every_word_the_code_uses_is_in_the_lists()
    {
        var english = Words("english");
        var used = Regex.Matches(Script, @"\bwords\.(\w+)").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(used);
        Assert.All(used, word => Assert.True(english.ContainsKey(word), $"words.{word} is used but in neither list"));
    }

    [Fact]
    public void A_cells_state_is_set_only_from_the_lists()
    {
        var assignments = Regex.Matches(Script, @"state\.textContent = ([^;]+);").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(assignments);
        Assert.All(assignments, value => Assert.DoesNotMatch("\"[^\"]*[A-Za-z]{2}[^\"]*\"", value));
    }

    [GeneratedRegex(@"^\s*(\w+): ""((?:[^""\\]|\\.)*)"",?\s*$", RegexOptions.Multiline)]
    private static partial Regex Entry();

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex Japanese();
}
