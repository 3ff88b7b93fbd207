using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>
/// Where in a notebook a runtime exception came from. The kernel compiles cells without debug
/// information, so its stack trace names methods, never lines ("at Submission#5.Predict(Vector`1
/// w)", "at Submission#3.&lt;&lt;Initialize&gt;&gt;d__0.MoveNext()"). From the innermost frame of
/// the notebook's own code and the cells' code this finds where to look: the notebook method that
/// threw and the line that declares it, and inside it (or in the cell's top-level code) the one
/// line that calls the method outside the notebook that threw, or the one <c>throw</c>. When two
/// lines could be it, it names neither.
/// </summary>
public static partial class ErrorPlace
{
    /// <summary>
    /// ", line 3", ", in Predict, line 6" or ", in Mean (cell 1, line 4)", to follow "cell N" in a
    /// summary; "" when the trace names no code of the notebook or the error is a compile error
    /// (whose text already has its line).
    /// </summary>
    /// <param name="trace">The error's text: the exception's message and stack trace, as the kernel
    /// reports it.</param>
    /// <param name="cells">The notebook's cells up to and including the failing one.</param>
    /// <param name="failing">The 1-based number of the failing cell.</param>
    public static string Describe(string trace, IReadOnlyList<NotebookCell> cells, int failing)
    {
        var frames = trace.Split('\n').Select(l => l.Trim())
            .Where(l => l.StartsWith("at ", StringComparison.Ordinal)).ToList();
        var own = frames.FindIndex(f => f.Contains("Submission#", StringComparison.Ordinal));
        if (own < 0) return "";
        var method = NotebookMethod(frames[own]);
        var callee = own > 0 ? Callee(frames[own - 1]) : null;
        var lambda = frames[own].Contains(">b__", StringComparison.Ordinal);

        var failingCell = cells.FirstOrDefault(c => c.Number == failing);
        if (method is null)
            return failingCell is { IsCSharp: true }
                ? Line(TopLevel(Parse(failingCell.Source)), callee, lambda) is { } line
                ? $", line {line}" : "" : "";

        // The latest declaration wins, as in the kernel, where a later cell's method replaces an
        // earlier one's.
        var found = cells.Where(c => c.IsCSharp && c.Number <= failing).Reverse()
            .Select(c => (Cell: c, Node: Declarations(Parse(c.Source))
                .LastOrDefault(d => d.Name == method && d.Body is not null)))
            .FirstOrDefault(d => d.Node is not null);
        if (found.Node is not { Body: { } body } declaration) return $", in {method}";
        var same = found.Cell.Number == failing;
        return (Line([body], callee, lambda), same) switch
        {
            ({ } line, true) => $", in {method}, line {line}",
            ({ } line, false) => $", in {method} (cell {found.Cell.Number}, line {line})",
            (null, true) => $", in {method} (declared at line {declaration.Line})",
            (null, false) => $", in {method} (declared in cell {found.Cell.Number}, line " +
            $"{declaration.Line})",
        };
    }

    /// <summary>The notebook method a frame of the notebook's code is in, or null for the cell's
    /// top-level code.</summary>
    public static string? NotebookMethod(string frame)
    {
        var text = frame[(frame.IndexOf("Submission#", StringComparison.Ordinal) +
            "Submission#".Length)..];
        text = text[(text.IndexOf('.') + 1)..];
        // A local function: <Outer>g__Name|1_0; a lambda or an iterator inside a method:
        // <Name>b__1_0, <Name>d__1.
        if (LocalFunction().Match(text) is { Success: true } local)
            return local.Groups["name"].Value;
        if (text.StartsWith("<<Initialize>>", StringComparison.Ordinal)
            || text.StartsWith("<>c.<<Initialize>>", StringComparison.Ordinal)) return null;
        if (Generated().Match(text) is { Success: true } generated)
            return generated.Groups["name"].Value;
        return Plain().Match(text) is { Success: true } plain ? plain.Groups["name"].Value : null;
    }

    /// <summary>What the notebook's code called when the exception came from outside it: a method,
    /// an indexer or a constructor.</summary>
    public static string? Callee(string frame)
    {
        var match = CalledMember().Match(frame);
        return match.Success ? match.Groups["name"].Value : null;
    }

    private static SyntaxNode Parse(string source)
    {
        // Magic commands (#!time, #!csharp) are the kernel's, not C#: blank them, keeping the line
        // numbers.
        var lines = CellSource.Lines(source)
            .Select(l => l.TrimStart().StartsWith("#!", StringComparison.Ordinal) ? "" : l);
        return CSharpSyntaxTree.ParseText(string.Join("\n", lines),
            new CSharpParseOptions(kind: SourceCodeKind.Script)).GetRoot();
    }

    private static List<SyntaxNode> TopLevel(SyntaxNode root) =>
        root.ChildNodes().OfType<GlobalStatementSyntax>().Cast<SyntaxNode>()
            .Concat(root.ChildNodes().OfType<FieldDeclarationSyntax>()).ToList();

    private sealed record Declaration(string Name, int Line, SyntaxNode? Body);

    private static IEnumerable<Declaration> Declarations(SyntaxNode root) =>
        root.DescendantNodes().Select(n => n switch
        {
            MethodDeclarationSyntax m =>
                new Declaration(m.Identifier.Text, LineOf(m.Identifier), (SyntaxNode?)m.Body
                    ?? m.ExpressionBody),
            LocalFunctionStatementSyntax f =>
                new Declaration(f.Identifier.Text, LineOf(f.Identifier), (SyntaxNode?)f.Body
                    ?? f.ExpressionBody),
            _ => null,
        }).OfType<Declaration>();

    /// <summary>
    /// The one line in the code that calls the callee, or, when nothing outside was called, that
    /// throws (or holds the lambda the exception came from), else null.
    /// </summary>
    private static int? Line(IReadOnlyList<SyntaxNode> code, string? callee, bool lambda)
    {
        var nodes = code.SelectMany(c => c.DescendantNodesAndSelf()).ToList();
        IEnumerable<SyntaxNode> candidates = callee switch
        {
            null when lambda => nodes.Where(n => n is LambdaExpressionSyntax
                or AnonymousMethodExpressionSyntax),
            null => nodes.Where(n => n is ThrowStatementSyntax or ThrowExpressionSyntax),
            "get_Item" or "set_Item" => nodes.OfType<ElementAccessExpressionSyntax>(),
            ".ctor" => nodes.Where(n => n is BaseObjectCreationExpressionSyntax),
            _ when callee.StartsWith("get_", StringComparison.Ordinal)
            || callee.StartsWith("set_", StringComparison.Ordinal) =>
                nodes.OfType<SimpleNameSyntax>().Where(n => n.Identifier.Text == callee[4..]),
            _ => nodes.OfType<InvocationExpressionSyntax>()
                .Where(i => CalledName(i.Expression) == callee),
        };
        var lines = candidates.Select(n => LineOf(n.GetFirstToken())).Distinct().ToList();
        return lines.Count == 1 ? lines[0] : null;
    }

    private static string? CalledName(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax member => member.Name.Identifier.Text,
        SimpleNameSyntax name => name.Identifier.Text,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.Text,
        _ => null,
    };

    private static int LineOf(SyntaxToken token) =>
        token.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

    [GeneratedRegex(@"g__(?<name>[A-Za-z_]\w*)\|")]
    private static partial Regex LocalFunction();

    [GeneratedRegex(@"^(?:<>c\.)?<(?<name>[A-Za-z_]\w*)>[a-z]__")]
    private static partial Regex Generated();

    [GeneratedRegex(@"^(?<name>[A-Za-z_]\w*)[\[(]")]
    private static partial Regex Plain();

    // "at System.Collections.Generic.List`1.get_Item(Int32 index)", "at
    // NeuralNetworks.Layers.Dense..ctor(Int32 inputs, …)".
    [GeneratedRegex(@"^at .*?\.(?<name>\.ctor|[A-Za-z_][\w]*)(?:\[[^\]]*\])?\(")]
    private static partial Regex CalledMember();
}
