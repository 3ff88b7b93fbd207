using System.Globalization;
using System.Text;

namespace NotebookRunner.Reports;

/// <summary>
/// Text a submission chose (a message, a file name, an output) made safe for a terminal, and for
/// GitHub's log viewer, where Classroom's reporter prints and which interprets the same escape
/// sequences. Every character that a terminal acts on instead of showing is written visibly: C0
/// controls as \n, \r, \t or \u001b (a newline too, since one field is one line: a message must not
/// start a forged "Points 10/10" line), DEL and the C1 controls U+0080–U+009F (U+009B is an 8-bit
/// CSI), the line and paragraph separators, and the bidirectional controls that reorder what is
/// shown (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069). With no ESC left, no CSI, OSC or
/// other escape sequence can start.
/// </summary>
public static class ConsoleText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (!text.Any(IsUnsafe)) return text;
        var safe = new StringBuilder(text.Length + 16);
        foreach (var c in text) safe.Append(IsUnsafe(c) ? Visible(c) : c.ToString());
        return safe.ToString();
    }

    /// <summary>True for a character a terminal acts on (a control) or that changes the order text
    /// is shown in.</summary>
    public static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007f' and <= '\u009f' or '\u2028' or '\u2029' || IsBidiControl(c);

    /// <summary>Unicode's Bidi_Control characters: the marks and the embeddings, overrides and
    /// isolates.</summary>
    private static bool IsBidiControl(char c) =>
        c is '\u061c' or '\u200e' or '\u200f' or >= '\u202a' and <= '\u202e' or >= '\u2066'
        and <= '\u2069';

    private static string Visible(char c) => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
    };
}
