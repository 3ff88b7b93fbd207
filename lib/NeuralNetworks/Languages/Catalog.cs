using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NeuralNetworks.Languages;

/// <summary>
/// English words a notebook passes to the library, with their translation: Languages/ja.*.txt
/// (ja.charts.txt for what charts show, ja.checks.txt for what checks check), built into the
/// library. Each entry is an English line and the line "= translation" under
/// it; entries are separated by a blank line, and "#" starts a comment line. Numbers are not
/// part of an entry: "Learning rate {0}, {1} epochs" matches "Learning rate 0.1, 50 epochs" and
/// puts the same numbers, in that order, where its translation says {0} and {1}.
/// </summary>
public sealed partial class Catalog
{
    private readonly Dictionary<string, string> entries;

    private Catalog(Dictionary<string, string> entries) => this.entries = entries;

    public static Catalog Japanese { get; } = Load("ja.");

    /// <summary>How many entries the catalog holds.</summary>
    public int Count => entries.Count;

    /// <summary>
    /// The translation of <paramref name="english"/>, or null when there is none.
    /// </summary>
    public string? Find(string english)
    {
        if (entries.TryGetValue(english, out string? exact)) return exact;
        var numbers = new List<string>();
        string pattern = Number().Replace(english, m =>
        {
            numbers.Add(m.Value);
            return "{" + (numbers.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
        });
        if (numbers.Count == 0 || !entries.TryGetValue(pattern, out string? translation))
            return null;
        return Placeholder().Replace(translation,
            m => numbers[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)]);
    }

    /// <summary>The translation, or the words as they are when the catalog has none.</summary>
    public string Translate(string english) => Find(english) ?? english;

    /// <summary>
    /// Reads a catalog in the format above (public for the tests that check the ja files).
    /// </summary>
    public static Catalog Parse(string text)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        string? english = null;
        int lineNumber = 0;
        foreach (string line in text.Replace("\r\n", "\n").Split('\n'))
        {
            lineNumber++;
            if (line.StartsWith('#')) continue;
            if (line.Length == 0) { english = null; continue; }
            if (english is null && !line.StartsWith("= ", StringComparison.Ordinal))
                english = line;
            else if (english is not null && line.StartsWith("= ", StringComparison.Ordinal))
            {
                if (!entries.TryAdd(english, line[2..]))
                    throw new FormatException(
                        $"line {lineNumber}: \"{english}\" is translated twice.");
            }
            else
                throw new FormatException(
                    $"line {lineNumber}: expected an English line, " +
                    "then \"= translation\" under it.");
        }
        return new Catalog(entries);
    }

    /// <summary>
    /// Every catalog file whose name starts with <paramref name="prefix"/>, as one. Two files may
    /// hold the same entry with the same translation, never with two.
    /// </summary>
    private static Catalog Load(string prefix)
    {
        var assembly = typeof(Catalog).Assembly;
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!name.StartsWith("NeuralNetworks.Languages." + prefix, StringComparison.Ordinal))
                continue;
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            string file = "Languages/" + name["NeuralNetworks.Languages.".Length..];
            Catalog catalog;
            try { catalog = Parse(reader.ReadToEnd()); }
            catch (FormatException error) { throw new FormatException($"{file}, {error.Message}"); }
            foreach (var (english, translation) in catalog.entries)
                if (entries.TryGetValue(english, out string? other) && other != translation)
                    throw new FormatException(
                        $"{file}: \"{english}\" is \"{translation}\" here and \"{other}\" before.");
                else entries[english] = translation;
        }
        return new Catalog(entries);
    }

    /// <summary>A number standing alone (not the 1 of w1): 3, -0.5, 1e-9, 90.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}_.])-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\p{L}\p{N}_])")]
    private static partial Regex Number();

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
