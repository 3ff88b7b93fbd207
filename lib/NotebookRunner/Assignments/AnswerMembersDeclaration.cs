using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Assignments;

/// <summary>
/// Reads an assignment's `// ANSWER MEMBERS` cell: the string literals passed to AnswerMembers.Declare(…), each checked to
/// name a type or member of the course library. Every assignment has exactly one such cell, with an empty Declare() when the
/// assignment asks the student to use the library rather than rewrite part of it.
/// </summary>
public static class AnswerMembersDeclaration
{
    public static IReadOnlyList<string> Read(Notebook notebook)
    {
        var cells = notebook.Cells.Where(c => c.IsCode && Markers.IsAnswerMembers(c.Source)).ToList();
        if (cells.Count != 1)
            throw new NotebookException(
                $"{notebook.FileName} has {cells.Count} '// ANSWER MEMBERS' cells: give it exactly one, e.g. AnswerMembers.Declare(\"NeuralNetworks.Activations.Activation.Sigmoid\"); " +
                "with no arguments when the assignment's answer is not in the library.", 2);
        var cell = cells[0];
        var root = CSharpSyntaxTree.ParseText(cell.Source, new CSharpParseOptions(kind: SourceCodeKind.Script)).GetRoot();
        var declare = root.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .SingleOrDefault(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Declare" } access && access.Expression.ToString().EndsWith("AnswerMembers", StringComparison.Ordinal))
            ?? throw new NotebookException($"{notebook.FileName} cell {cell.Number}: the answer-members cell must call AnswerMembers.Declare(…) once.", 2);
        var names = new List<string>();
        foreach (var argument in declare.ArgumentList.Arguments)
        {
            var line = argument.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            if (argument.Expression is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
                throw new NotebookException($"{notebook.FileName} cell {cell.Number}, line {line}: write each answer member as a string literal.", 2);
            try
            {
                names.Add(NeuralNetworks.Homework.AnswerMembers.Resolve(literal.Token.ValueText).Name);
            }
            catch (ArgumentException error)
            {
                throw new NotebookException($"{notebook.FileName} cell {cell.Number}, line {line}: {error.Message.Split(" (Parameter")[0]}", 2);
            }
        }
        return names;
    }
}
