using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Assignments;

/// <summary>
/// Reads an assignment's `// ANSWER MEMBERS` cell: the string literals passed to
/// AnswerMembers.Declare(…), each checked to name a type or member of the course library, and those
/// passed to AnswerMembers.Allow(…) (at most one call), each checked to name a namespace, type or
/// member of the library or MathNet. Every assignment has exactly one such cell, with an empty
/// Declare() when the assignment asks the student to use the library rather than rewrite part of
/// it.
/// </summary>
public static class AnswerMembersDeclaration
{
    public static (IReadOnlyList<string> Answers,
        IReadOnlyList<string> Allowed) Read(Notebook notebook)
    {
        var cells = notebook.Cells.Where(c => c.IsCode && Markers.IsAnswerMembers(c.Source))
            .ToList();
        if (cells.Count != 1)
            throw new NotebookException(
                $"{notebook.FileName} has {cells.Count} '// ANSWER MEMBERS' cells: give it " +
                "exactly one, e.g. " +
                "AnswerMembers.Declare(\"NeuralNetworks.Activations.Activation.Sigmoid\"); " +
                "with no arguments when the assignment's answer is not in the library.", 2);
        var cell = cells[0];
        var root = CSharpSyntaxTree.ParseText(cell.Source,
            new CSharpParseOptions(kind: SourceCodeKind.Script)).GetRoot();
        var calls = root.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(i => i.Expression is MemberAccessExpressionSyntax access
                && access.Expression.ToString().EndsWith("AnswerMembers", StringComparison.Ordinal))
            .GroupBy(i => ((MemberAccessExpressionSyntax)i.Expression).Name.Identifier.ValueText)
            .ToDictionary(g => g.Key, g => g.ToList());
        if (calls.GetValueOrDefault("Declare") is not [var declare])
            throw new NotebookException(
                $"{notebook.FileName} cell {cell.Number}: the answer-members cell must call " +
                "AnswerMembers.Declare(…) once.", 2);
        var allow = calls.GetValueOrDefault("Allow") ?? [];
        if (allow.Count > 1)
            throw new NotebookException(
                $"{notebook.FileName} cell {cell.Number}: call AnswerMembers.Allow(…) at most " +
                "once, with every name it allows.", 2);
        var answers = Names(notebook, cell, declare, n =>
            NeuralNetworks.Homework.AnswerMembers.Resolve(n).Name);
        var allowed = allow.Count == 0 ? []
            : Names(notebook, cell, allow[0], NeuralNetworks.Homework.AnswerMembers.ResolveAllowed);
        return (answers, allowed);
    }

    private static List<string> Names(Notebook notebook, NotebookCell cell,
        InvocationExpressionSyntax call, Func<string, string> resolve)
    {
        var names = new List<string>();
        foreach (var argument in call.ArgumentList.Arguments)
        {
            var line = argument.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            if (argument.Expression is not LiteralExpressionSyntax
                {
                    RawKind: (int)SyntaxKind.StringLiteralExpression
                } literal)
                throw new NotebookException(
                    $"{notebook.FileName} cell {cell.Number}, line {line}: write each name as a " +
                    "string literal.", 2);
            try
            {
                names.Add(resolve(literal.Token.ValueText));
            }
            catch (ArgumentException error)
            {
                throw new NotebookException(
                    $"{notebook.FileName} cell {cell.Number}, line {line}: " +
                    $"{error.Message.Split(" (Parameter")[0]}", 2);
            }
        }
        return names;
    }
}
