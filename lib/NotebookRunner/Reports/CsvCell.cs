using System.Globalization;

namespace NotebookRunner.Reports;

/// <summary>
/// A cell of summary.csv. A text cell (a submission's name, a check's name) has its controls made
/// visible (<see cref="ConsoleText"/>: no line of its own, nothing for a terminal to act on); one
/// that a spreadsheet would read as a formula, starting with = + - @ or TAB or CR (after any
/// spaces), gets a leading apostrophe, as OWASP's guidance on CSV injection says, so
/// "=HYPERLINK(…)" or "+cmd|…" is shown as text; and a cell holding a separator (comma, or the
/// semicolon of locales that use it), a quote or an apostrophe is quoted, its quotes doubled (RFC
/// 4180).
/// </summary>
public static class CsvCell
{
    public static string Text(string? text)
    {
        var cell = ConsoleText.Escape(text);
        if (cell.TrimStart(' ') is ['=' or '+' or '-' or '@' or '\t' or '\r', ..])
            cell = "'" + cell;
        return cell.IndexOfAny([',', ';', '"', '\'']) >= 0
            ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
