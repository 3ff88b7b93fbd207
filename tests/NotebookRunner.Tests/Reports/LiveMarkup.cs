using System.Text.RegularExpressions;

namespace NotebookRunner.Tests.Reports;

/// <summary>
/// What must never come out of rendering a report's Markdown: an element that runs, loads, links or takes input, or an
/// attribute that loads or runs something. (That a student's text keeps no emphasis or code either, MarkdownTextTests
/// checks by comparing the rendered text with the original.)
/// </summary>
public static partial class LiveMarkup
{
    public static bool In(string html) => Pattern().IsMatch(html);

    [GeneratedRegex("<(script|style|img|a|iframe|object|embed|svg|math|video|audio|source|link|meta|form|input|button)\\b|<[^>]*\\b(href|src|srcset|style|on[a-z]+)=", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
