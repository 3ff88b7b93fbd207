using System.Text;

namespace NotebookRunner.Notebooks;

/// <summary>
/// A problem with a notebook file (missing, not JSON, not nbformat 4) or with what the user asked;
/// the message names the file. It is one line, whatever the file holds: a message that quotes a
/// cell keeps its control characters visible (a line break as \n, an escape as \u001B) and is cut
/// at <see cref="MaxLength"/> characters, so a damaged or hostile notebook cannot break the
/// console's layout or paint over it.
/// </summary>
public sealed class NotebookException(string message, int exitCode = 1)
    : Exception(OneLine(message))
{
    public const int MaxLength = 2000;

    /// <summary>1: a notebook failed; 2: bad arguments.</summary>
    public int ExitCode { get; } = exitCode;

    private static string OneLine(string message)
    {
        var line = new StringBuilder(Math.Min(message.Length, MaxLength + 16));
        foreach (var c in message)
        {
            if (line.Length >= MaxLength) return line.Append('…').ToString();
            if (c == '\n') line.Append("\\n");
            else if (char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066'
                and <= '\u2069') line.Append($"\\u{(int)c:X4}");
            else line.Append(c);
        }
        return line.ToString();
    }
}
