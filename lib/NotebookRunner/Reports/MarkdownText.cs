using System.Text;

namespace NotebookRunner.Reports;

/// <summary>
/// Text a submission chose, in the student's Markdown report (a table cell, a list item, the
/// title), shown as the text it is and nothing more. Its controls are made visible first
/// (<see cref="ConsoleText"/>: a report is also read with cat). Then &amp;, &lt; and &gt; become
/// entities, so no HTML is live (no &lt;script&gt;, no &lt;img onerror&gt;), and a backslash goes
/// before every character that starts Markdown syntax inside a line: links and images ([ ] !),
/// emphasis (* _ ~), code (`), table cells (|), math ($, GitHub renders it), Markdig's extensions
/// (^ + = " { }), mentions and e-mail links (@), and the backslash itself. Bare links, which GitHub
/// and Markdig make from text, are broken without changing what is shown: a colon followed by
/// anything but a space (https:, mailto:, an :emoji:) and the dot of "www." are escaped too. The
/// result renders as the original text, which MarkdownTextTests checks with the kit's own Markdig
/// pipeline.
/// </summary>
public static class MarkdownText
{
    private const string Syntax = "\\`*_~[]!|$^+=\"{}@";

    public static string Escape(string? text)
    {
        var visible = ConsoleText.Escape(text);
        var markdown = new StringBuilder(visible.Length + 16);
        for (var i = 0; i < visible.Length; i++)
        {
            var c = visible[i];
            switch (c)
            {
                case '&': markdown.Append("&amp;"); break;
                case '<': markdown.Append("&lt;"); break;
                case '>': markdown.Append("&gt;"); break;
                default:
                    if (Syntax.Contains(c) || StartsBareLink(visible, i)) markdown.Append('\\');
                    markdown.Append(c);
                    break;
            }
        }
        return markdown.ToString();
    }

    /// <summary>A colon with something right after it (a scheme, an emoji), or the dot of
    /// "www.".</summary>
    private static bool StartsBareLink(string text, int i) =>
        text[i] == ':' ? i + 1 < text.Length && text[i + 1] != ' '
        : text[i] == '.' && i >= 3 && text.AsSpan(i - 3, 3)
            .Equals("www", StringComparison.OrdinalIgnoreCase);
}
