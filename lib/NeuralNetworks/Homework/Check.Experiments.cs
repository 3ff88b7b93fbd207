using NeuralNetworks.Layers;

namespace NeuralNetworks.Homework;

// Checks of an experiment the student ran and wrote about (lesson 11's playground):
// its size and its write-up's length; what the write-up must contain is in Check.ReportedRuns.cs.
public static partial class Check
{
    /// <summary>
    /// The network has at most <paramref name="maximum"/> weights and biases in all
    /// (every Dense layer's W and b).
    /// </summary>
    public static void ParametersAtMost(long maximum, Network actual, string what)
    {
        if (maximum < 1)
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum,
                "Allow at least 1 weight, e.g. 30.");
        if (actual is null)
            throw Fail($"{what}: expected a network but got null.",
                $"{Words(what)}：ネットワークが必要ですが、nullでした。");
        long count = actual.Parameters.Sum(p => (long)p.RowCount * p.ColumnCount);
        if (count > maximum)
            throw Fail(
                $"{what}: the network has {count} weights and biases, " +
                $"more than the {maximum} this check allows.",
                $"{Words(what)}：ネットワークの重みとバイアスは{count}個で、" +
                $"このチェックが認める{maximum}個を超えています。");
    }

    /// <summary>
    /// The text has at least <paramref name="minimum"/> words; a word is a run of
    /// characters without white space that holds at least one letter or digit, so "—" or
    /// "…" alone do not count, and two characters of Japanese count as one word.
    /// </summary>
    public static void WordsAtLeast(long minimum, string actualText, string what)
    {
        if (minimum < 1)
            throw new ArgumentOutOfRangeException(nameof(minimum), minimum,
                "Ask for at least 1 word, e.g. 60.");
        int words = CountWords(actualText ?? "");
        if (words < minimum)
            throw Fail(
                $"{what} has {words} {(words == 1 ? "word" : "words")}; " +
                $"write at least {minimum}.",
                $"{Words(what)}は{words}語です。{minimum}語以上書いてください" +
                "（日本語は二字を一語と数えます）。");
    }

    /// <summary>
    /// Words of English as the spaces separate them, and words of Japanese, which has no spaces,
    /// as two characters (kana or kanji) each: 60 words are 60 English words or 120 characters
    /// of Japanese.
    /// </summary>
    internal static int CountWords(string text)
    {
        int japanese = text.Count(IsJapanese);
        int english = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Count(w => w.Any(c => char.IsLetterOrDigit(c) && !IsJapanese(c)));
        return english + japanese / 2;
    }

    private static bool IsJapanese(char c) => c is >= '\u3040' and <= '\u30FF'
        or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF';
}
