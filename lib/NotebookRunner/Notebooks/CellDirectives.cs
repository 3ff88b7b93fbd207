using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NotebookRunner.Notebooks;

/// <summary>
/// One directive of a C# cell: Line is its 1-based line as an editor shows it, Start and Length its
/// place in the source (from its first non-blank character to the end of its line), Name what
/// follows the '#' ("r", "load", "!time", "region"), Argument the rest of the line, trimmed.
/// </summary>
public sealed record CellDirective(int Line, int Start, int Length, string Name, string Argument);

/// <summary>
/// The directives of a C# cell, as the .NET Interactive kernel finds them. Two parsers read a cell
/// there. The kernel's (Microsoft.DotNet.Interactive.Parsing.PolyglotSyntaxParser) takes any line
/// that starts with "#!", "#r" or "#i" as its directive, wherever the line is (a line ends at \n,
/// \r and also \v), and whatever whitespace follows ("#r\t\"nuget:…\"" restores a package).
/// Roslyn's script parser then takes "#r" and "#load" (and C#'s #if, #define, …) at the start of
/// any line, after any whitespace, with whitespace allowed after the '#': on the pinned kernel "
/// #load \"x.csx\"", "# load \"x.csx\"", "#load\t…", "# r \"x.dll\"" and "#r\t\"x.dll\"" all load
/// their file. So this reader splits at every line break either parser knows, skips the whitespace
/// either allows, and reports each line that either could take as "#r", "#i", "#load" or "#!"
/// (inside a string or a comment too, since the kernel's parser does not know C#), then adds every
/// other directive Roslyn's own parse of the cell finds.
/// </summary>
public static class CellDirectives
{
    private static readonly string[] Loading = ["r", "i", "load"];

    public static IReadOnlyList<CellDirective> Of(string source)
    {
        var found = new List<CellDirective>();
        for (var start = 0; start <= source.Length;)
        {
            var end = start;
            while (end < source.Length && !IsBreak(source[end])) end++;
            if (Read(source, start, end) is { } directive) found.Add(directive);
            start = end + 1;
        }
        var tree = CSharpSyntaxTree.ParseText(source,
            new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script));
        foreach (var trivia in tree.GetRoot().DescendantTrivia(descendIntoTrivia: true)
            .Where(t => t.IsDirective))
        {
            var line = LineOf(source, trivia.SpanStart);
            if (found.Any(f => f.Line == line)
                || trivia.GetStructure() is not DirectiveTriviaSyntax syntax) continue;
            var name = syntax is ShebangDirectiveTriviaSyntax ? "!"
                : syntax.DirectiveNameToken.ValueText;
            found.Add(new CellDirective(line, trivia.SpanStart, trivia.Span.Length, name,
                Rest(syntax.ToString(), name)));
        }
        return found.OrderBy(f => f.Start).ToList();
    }

    /// <summary>A line break of either parser: Roslyn's (\r, \n, U+0085, U+2028, U+2029) and the
    /// kernel's \v.</summary>
    public static bool IsBreak(char c) => c == '\v' || SyntaxFacts.IsNewLine(c);

    /// <summary>What either parser skips before or inside a directive: C# whitespace, and invisible
    /// format characters.</summary>
    private static bool IsBlank(char c) =>
        c != '\v' && (SyntaxFacts.IsWhitespace(c) || char.IsWhiteSpace(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);

    private static CellDirective? Read(string source, int start, int end)
    {
        var at = start;
        while (at < end && IsBlank(source[at])) at++;
        if (at >= end || source[at] != '#') return null;
        var first = at;
        var next = at + 1;
        if (next < end && source[next] == '!')
        {
            var stop = next;
            while (stop < end && !IsBlank(source[stop])) stop++;
            return new CellDirective(LineOf(source, first), first, end - first, source[next..stop],
                source[stop..end].Trim());
        }
        while (next < end && IsBlank(source[next])) next++;
        var word = Word(source, next, end);
        return Loading.Contains(word)
            ? new CellDirective(LineOf(source, first), first, end - first, word,
                source[(next + word.Length)..end].Trim())
            : null;
    }

    /// <summary>Letters, digits and '_' from <paramref name="at"/>: the name the kernel's lexer and
    /// Roslyn both read.</summary>
    private static string Word(string source, int at, int end)
    {
        var stop = at;
        while (stop < end && (char.IsLetterOrDigit(source[stop]) || source[stop] == '_')) stop++;
        return source[at..stop];
    }

    private static string Rest(string text, string name)
    {
        var after = text.TrimStart().TrimStart('#').TrimStart();
        return (after.StartsWith(name, StringComparison.Ordinal) ? after[name.Length..] : after)
            .Trim();
    }

    private static int LineOf(string source, int position) =>
        source.AsSpan(0, position).Count('\n') + 1;
}
