using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Judging;

/// <summary>
/// Replaces a student's function body with a throw, keeping every line where it was: a block body
/// becomes <c>{ throw new System.NotSupportedException("…"); }</c>, an expression body <c>throw new
/// …</c>. A function whose code cannot all be replaced (an extern method, an auto-property, a
/// property with an initializer) gives null: it keeps its code, and the caller charges what runs
/// it.
/// </summary>
public static class FunctionBodies
{
    /// <summary>The edits that make <paramref name="declaration"/> throw, or null when it has code
    /// outside a body.</summary>
    public static IReadOnlyList<TextEdit>? Throwing(SyntaxNode declaration, string name)
    {
        var statement = "throw new System.NotSupportedException(\"The grader did not run " +
            $"{name}: it earns no points (see your report).\")";
        return declaration switch
        {
            LocalFunctionStatementSyntax f => Body(f.Body, f.ExpressionBody, statement),
            BaseMethodDeclarationSyntax m => Body(m.Body, m.ExpressionBody, statement),
            PropertyDeclarationSyntax { Initializer: null } p =>
                Property(p.ExpressionBody, p.AccessorList, statement),
            IndexerDeclarationSyntax i => Property(i.ExpressionBody, i.AccessorList, statement),
            _ => null,
        };
    }

    /// <summary>The cells with the edits applied (spans are those of the cell's own text:
    /// directives are blanked in place).</summary>
    public static IReadOnlyList<NotebookCell> Apply(IReadOnlyList<NotebookCell> cells,
        IReadOnlyDictionary<int, List<TextEdit>> edits) =>
        cells.Select(cell => edits.TryGetValue(cell.Number, out var mine)
            ? cell with { Source = Edited(cell.Source, mine) } : cell)
            .ToList();

    private static string Edited(string source, IEnumerable<TextEdit> edits)
    {
        var text = source;
        // Outer bodies hold inner ones (a charged local function inside a charged method): the
        // outer edit covers both.
        var kept = edits.DistinctBy(e => e.Span).OrderBy(e => e.Span.Start)
            .ThenByDescending(e => e.Span.Length).ToList();
        var outermost = kept.Where((e, i) => !kept.Take(i).Any(o => o.Span.Contains(e.Span)))
            .ToList();
        foreach (var edit in outermost.OrderByDescending(e => e.Span.Start))
            text = text[..edit.Span.Start] + edit.Text + text[edit.Span.End..];
        return text;
    }

    private static IReadOnlyList<TextEdit>? Body(BlockSyntax? block,
        ArrowExpressionClauseSyntax? arrow, string statement) =>
        block is not null ? [Replace(block, $"{{ {statement}; }}")]
        : arrow is not null ? [Replace(arrow.Expression, statement)]
        : null;

    private static IReadOnlyList<TextEdit>? Property(ArrowExpressionClauseSyntax? arrow,
        AccessorListSyntax? accessors, string statement)
    {
        if (arrow is not null) return [Replace(arrow.Expression, statement)];
        if (accessors is null
            || accessors.Accessors.Any(a => a.Body is null
                && a.ExpressionBody is null)) return null;
        return accessors.Accessors.Select(a => Body(a.Body, a.ExpressionBody, statement)![0])
            .ToList();
    }

    /// <summary>Replaces a node's text with <paramref name="text"/> and as many line breaks as the
    /// node held.</summary>
    private static TextEdit Replace(SyntaxNode node, string text)
    {
        var span = node.Span;
        var old = node.SyntaxTree.GetText().ToString(span);
        var breaks = old.Count(c => c == '\n');
        return new TextEdit(span, text + new string('\n', breaks));
    }
}

/// <summary>One replacement in a cell's text.</summary>
public readonly record struct TextEdit(TextSpan Span, string Text);
