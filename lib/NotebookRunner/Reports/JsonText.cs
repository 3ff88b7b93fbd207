using System.Globalization;
using System.Text;

namespace NotebookRunner.Reports;

/// <summary>
/// A serialized JSON report made safe to read on a terminal without changing its data.
/// System.Text.Json's encoder already writes C0 and C1 controls as \u escapes, but not the
/// bidirectional controls (U+202E and the others), which reorder what an editor or a terminal
/// shows. Outside strings JSON is ASCII, so each such character left in the text is inside a
/// string, where its \u escape means the same character: the instructor's report keeps every
/// character of a message, and none of them acts on the screen.
/// </summary>
public static class JsonText
{
    public static string Escape(string json)
    {
        if (!json.Any(ConsoleText.IsUnsafe)) return json;
        var safe = new StringBuilder(json.Length + 16);
        foreach (var c in json)
            if (ConsoleText.IsUnsafe(c) && c is not ('\n' or '\r'))
                safe.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else safe.Append(c);
        return safe.ToString();
    }
}
