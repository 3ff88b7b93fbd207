using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NeuralNetworks.Homework;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Assignments;

/// <summary>
/// A check cell split in two by the grader, so that a student's process only ever computes values.
/// Each call <c>Check.Method(args)</c> becomes <c>Recorder.Call("Method", …)</c>: in the Reference
/// (run with the instructor's solutions) with every argument, in the Student probe with only the
/// arguments whose parameter name starts with "actual" (the values the student's code computes).
/// Locals and local functions used only in the other arguments (expected values, tolerances,
/// labels) are left out of the student probe, so nothing a check compares against is ever computed
/// or even present in the student's process. Check.Passed lines are dropped: the grader decides.
/// Names lists the names the student probe uses on their own, so a charged student function the
/// check calls can be named in its result.
/// </summary>
public sealed record CheckProbe(CheckCell Check, string Reference, string Student,
    IReadOnlySet<string> Names)
{
    private const string Recorder = "global::GradingProbe.Recorder";

    public static CheckProbe Build(Notebook notebook, CheckCell check)
    {
        var tree = CSharpSyntaxTree.ParseText(WithoutSelectors(check.Source),
            new CSharpParseOptions(kind: SourceCodeKind.Script));
        var root = tree.GetRoot();
        var calls = root.DescendantNodes().OfType<InvocationExpressionSyntax>().Where(IsCheckCall)
            .ToList();
        var passed = calls.Where(c => Name(c) == nameof(NeuralNetworks.Homework.Check.Passed))
            .ToList();
        var mapped = calls.Except(passed).ToDictionary(c => c, c => Map(notebook, check, c));
        var expectedSide = mapped.Values.SelectMany(m => m.Others).ToList();
        var dropped = passed.Select(c => c.Parent is ExpressionStatementSyntax statement
            ? (SyntaxNode)statement
            : throw new NotebookException(
                $"{notebook.FileName} cell {check.Cell}: Check.Passed must be a statement of its " +
                "own.", 2)).ToHashSet();
        var removable = CheckLocals.OnlyUsedIn(root, expectedSide);
        var student = Wrap(Rewrite(root, mapped, studentSide: true, removable.Concat(dropped)
            .ToHashSet()));
        return new CheckProbe(check, Wrap(Rewrite(root, mapped, studentSide: false, dropped)),
            student, FreeNames(student));
    }

    /// <summary>The names the student probe uses on their own (Sigmoid(u)), not as a member of
    /// something (Activation.Sigmoid).</summary>
    private static IReadOnlySet<string> FreeNames(string code) =>
        CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(kind: SourceCodeKind.Script))
            .GetRoot().DescendantNodes()
            .OfType<IdentifierNameSyntax>()
            .Where(n => !(n.Parent is MemberAccessExpressionSyntax access && access.Name == n))
            .Select(n => n.Identifier.ValueText).ToHashSet(StringComparer.Ordinal);

    private static string Wrap(string body) =>
        $"{Recorder}.Begin();\n{body.TrimEnd()}\n{Recorder}.Result()";

    private static string Rewrite(SyntaxNode root,
        Dictionary<InvocationExpressionSyntax, MappedCall> mapped, bool studentSide,
        IReadOnlySet<SyntaxNode> removable) =>
        root.ReplaceNodes(mapped.Keys.Cast<SyntaxNode>().Concat(removable), (original, _) =>
        {
            if (removable.Contains(original)) return Nothing(original);
            var call = mapped[(InvocationExpressionSyntax)original];
            var arguments = studentSide ? call.Actual : call.All;
            var text = $"{Recorder}.Call(\"{call.Method}\"" +
                $"{string.Concat(arguments.Select(a => ", (object?)(" + a.ToString() + ")"))})";
            return SyntaxFactory.ParseExpression(text).WithTriviaFrom(original);
        }).ToFullString();

    /// <summary>An empty statement in the place of a removed statement or top-level member, keeping
    /// the lines.</summary>
    private static SyntaxNode Nothing(SyntaxNode original)
    {
        var empty = SyntaxFactory.EmptyStatement().WithLeadingTrivia(original.GetLeadingTrivia())
            .WithTrailingTrivia(original.GetTrailingTrivia());
        return original is MemberDeclarationSyntax ? SyntaxFactory.GlobalStatement(empty) : empty;
    }

    private static string Name(InvocationExpressionSyntax call) =>
        ((MemberAccessExpressionSyntax)call.Expression).Name.Identifier.ValueText;

    private static bool IsCheckCall(InvocationExpressionSyntax call) =>
        call.Expression is MemberAccessExpressionSyntax access
        && access.Expression.ToString().Replace(" ", "", StringComparison.Ordinal) is "Check"
            or "NeuralNetworks.Homework.Check" or "global::NeuralNetworks.Homework.Check";

    private sealed record MappedCall(string Method, IReadOnlyList<ExpressionSyntax> All,
        IReadOnlyList<ExpressionSyntax> Actual, IReadOnlyList<ExpressionSyntax> Others);

    private static MappedCall Map(Notebook notebook, CheckCell check,
        InvocationExpressionSyntax call)
    {
        var name = Name(call);
        var line = call.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
        var method = CheckMethods.Find(name, call.ArgumentList.Arguments.Count)
            ?? throw new NotebookException(
                $"{notebook.FileName} cell {check.Cell}, line {line}: Check.{name} with " +
                $"{call.ArgumentList.Arguments.Count} arguments is not a check the grader knows; " +
                $"use one of {string.Join(", ", CheckMethods.Names())}.", 2);
        var parameters = method.GetParameters();
        var ordered = new ExpressionSyntax[parameters.Length];
        for (var i = 0; i < call.ArgumentList.Arguments.Count; i++)
        {
            var argument = call.ArgumentList.Arguments[i];
            var index = argument.NameColon is { } named
                ? Array.FindIndex(parameters, p => p.Name == named.Name.Identifier.ValueText) : i;
            if (index < 0) throw new NotebookException(
                $"{notebook.FileName} cell {check.Cell}, line {line}: Check.{name} has no " +
                $"parameter '{argument.NameColon!.Name}'.", 2);
            ordered[index] = argument.Expression;
        }
        var isActual = parameters.Select(CheckMethods.IsActual).ToArray();
        return new MappedCall(name, ordered, ordered.Where((_, i) => isActual[i]).ToList(),
            ordered.Where((_, i) => !isActual[i]).ToList());
    }

    /// <summary>A kernel selector line (#!csharp) is not C#: blank it, keeping line
    /// numbers.</summary>
    private static string WithoutSelectors(string source) =>
        string.Join("\n", CellSource.Lines(source)
            .Select(l => l.TrimStart().StartsWith("#!", StringComparison.Ordinal) ? "" : l));
}
