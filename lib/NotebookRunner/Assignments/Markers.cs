using System.Text.RegularExpressions;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Assignments;

/// <summary>
/// The comment lines that turn a notebook into an assignment.
/// A solution region: a line <c>// BEGIN SOLUTION</c>, an optional <c>// HINT: text</c> right after
/// it, the solution's statements, and <c>// END SOLUTION</c>, all in one code cell. A check cell's
/// first line (after any #!csharp): <c>// CHECK name (2 points)</c> or <c>// HIDDEN CHECK name (3
/// points)</c>; names are letters, digits, '-', '_' and '.'. A <c>// HINT: text</c> line right
/// after a check's header is what a student's report says when that hidden check fails. The
/// answer-members cell's first line: <c>// ANSWER MEMBERS</c> (see
/// NeuralNetworks.Homework.AnswerMembers).
/// </summary>
public static partial class Markers
{
    public const string DefaultHint = "Write your solution here.";

    public static bool IsBegin(string line) => Begin().IsMatch(line);

    public static bool IsEnd(string line) => End().IsMatch(line);

    public static string? HintOf(string line) =>
        Hint().Match(line) is { Success: true } m ? m.Groups["hint"].Value : null;

    /// <summary>The first line that is not blank and not a kernel selector (#!csharp): where a
    /// check marker must be.</summary>
    public static (int Line, string Text)? FirstLine(string source)
    {
        var lines = CellSource.Lines(source);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length > 0 && !line.StartsWith("#!", StringComparison.Ordinal))
                return (i + 1, lines[i]);
        }
        return null;
    }

    /// <summary>True when a cell looks like a check cell (well-formed or not): a submission's such
    /// cells are never run.</summary>
    public static bool LooksLikeCheck(string source) =>
        FirstLine(source) is { } first && AnyCheck().IsMatch(first.Text);

    /// <summary>True when a cell is an assignment's answer-members declaration.</summary>
    public static bool IsAnswerMembers(string source) =>
        FirstLine(source) is { } first && AnswerMembersLine().IsMatch(first.Text);

    /// <summary>The name, points and visibility on a check line, or null when the line is not a
    /// well-formed marker.</summary>
    public static (string Name, int Points, bool Hidden)? ParseCheck(string line) =>
        CheckLine().Match(line) is { Success: true } m
        && int.TryParse(m.Groups["points"].Value, out var points)
            ? (m.Groups["name"].Value, points, m.Groups["hidden"].Success)
            : null;

    [GeneratedRegex(@"^\s*//\s*BEGIN SOLUTION\s*$")]
    private static partial Regex Begin();

    [GeneratedRegex(@"^\s*//\s*END SOLUTION\s*$")]
    private static partial Regex End();

    [GeneratedRegex(@"^\s*//\s*HINT:\s*(?<hint>.*?)\s*$")]
    private static partial Regex Hint();

    [GeneratedRegex(@"^\s*//\s*ANSWER MEMBERS\b")]
    private static partial Regex AnswerMembersLine();

    [GeneratedRegex(@"^\s*//\s*(HIDDEN\s+)?CHECK\b")]
    private static partial Regex AnyCheck();

    [GeneratedRegex(@"^\s*//\s*(?<hidden>HIDDEN\s+)?CHECK\s+(?<name>[A-Za-z0-9][A-Za-z0-9_.\-]*)" +
        @"\s*\((?<points>\d{1,4})\s+points?\)\s*$")]
    private static partial Regex CheckLine();
}
