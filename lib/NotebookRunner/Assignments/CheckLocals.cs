using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NotebookRunner.Assignments;

/// <summary>
/// Finds the declarations of a check cell (variables and local functions, at the top level or in
/// blocks) whose names are used only inside the given expressions or inside other such
/// declarations: what the student probe can leave out. Names are compared as text, so a name used
/// anywhere else, even a different variable of the same name, keeps its declaration.
/// </summary>
public static class CheckLocals
{
    public static IReadOnlySet<SyntaxNode> OnlyUsedIn(SyntaxNode root,
        IReadOnlyList<ExpressionSyntax> expressions)
    {
        var declarations = root.DescendantNodes().Select(d => (Node: d, Names: Declared(d)))
            .Where(d => d.Names.Count > 0).ToList();
        var removable = new HashSet<SyntaxNode>();
        bool changed;
        do
        {
            changed = false;
            foreach (var (node, names) in declarations.Where(d => !removable.Contains(d.Node)))
            {
                var uses = root.DescendantNodes().OfType<IdentifierNameSyntax>()
                    .Where(i => names.Contains(i.Identifier.ValueText));
                if (uses.All(use => Inside(use, expressions) || use.Ancestors()
                    .Any(a => a == node || removable.Contains(a))))
                {
                    removable.Add(node);
                    changed = true;
                }
            }
        }
        while (changed);
        return removable.Where(n => !n.Ancestors().Any(removable.Contains)).ToHashSet();
    }

    private static IReadOnlySet<string> Declared(SyntaxNode node) => node switch
    {
        LocalDeclarationStatementSyntax local =>
            local.Declaration.Variables.Select(v => v.Identifier.ValueText).ToHashSet(),
        FieldDeclarationSyntax field =>
            field.Declaration.Variables.Select(v => v.Identifier.ValueText).ToHashSet(),
        LocalFunctionStatementSyntax function =>
            new HashSet<string> { function.Identifier.ValueText },
        MethodDeclarationSyntax method when method.Parent is CompilationUnitSyntax =>
            new HashSet<string> { method.Identifier.ValueText },
        _ => new HashSet<string>(),
    };

    private static bool Inside(SyntaxNode use, IReadOnlyList<ExpressionSyntax> expressions) =>
        expressions.Any(e => e.FullSpan.Contains(use.Span));
}
