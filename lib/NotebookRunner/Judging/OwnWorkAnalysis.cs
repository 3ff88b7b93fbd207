using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Judging;

/// <summary>
/// Reads a submission's C# cells with Roslyn's semantic model, as the kernel compiles them (one
/// script submission per cell, each seeing the ones before, the kernel's usings and references, the
/// course library), without running anything. It fails closed: every symbol the code uses
/// (<see cref="SymbolUses"/>) is judged by <see cref="OwnWorkRules"/> (answer members, forbidden
/// parts of .NET, anything not allowed), unsafe and extern code is refused. A cell with an error
/// does not run in the kernel either (the analysis binds all the kernel binds): it is noted, not
/// charged, and later cells do not see it. Without the kernel's assemblies to compare with,
/// whatever Roslyn cannot bind is unreadable, since nobody can say what it reaches. Each finding is
/// charged to the function that contains it and, through the <see cref="CallGraph"/>, to every
/// function of the student's that calls that one; one at a cell's top level, inside a type of the
/// student's, or in a function that top-level code calls, is charged to no function (and, but for
/// an answer member, fails every check).
/// </summary>
public static class OwnWorkAnalysis
{
    private static readonly string[] Imports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic",
            "System.Threading.Tasks", "System.Linq"];

    private static readonly CSharpParseOptions Script =
        new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary>More syntax nodes than this in one cell is not read: the course's largest cell has
    /// a few hundred.</summary>
    public const int MaxNodesPerCell = 20_000;

    /// <summary>The analysis of one submission stops here, so a submission cannot spend the
    /// grader's time (it runs outside any sandbox).</summary>
    public static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(60);

    public static IReadOnlyList<Violation> Find(IReadOnlyList<NotebookCell> cells,
        OwnWorkRules rules) =>
        Read(cells, rules).Violations;

    /// <summary>The violations, and the cells as they run at grading: every charged function's body
    /// made to throw.</summary>
    public static OwnWorkReading Read(IReadOnlyList<NotebookCell> cells, OwnWorkRules rules)
    {
        using var budget = new CancellationTokenSource(TimeBudget);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
            usings: Imports, allowUnsafe: true);
        var prelude = CSharpCompilation.CreateScriptCompilation("prelude",
            CSharpSyntaxTree.ParseText(AnalysisReferences.KernelPrelude, Script),
            rules.References.References, options);
        CSharpCompilation? previous =
            prelude.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error) ? null
            : prelude;
        var graph = new CallGraph();
        foreach (var cell in cells)
        {
            try
            {
                previous = Read(cell, rules, options, previous, graph, budget.Token);
            }
            catch (OperationCanceledException)
            {
                graph.Use(cell.Number, null, ViolationKind.Unreadable,
                    $"has code the grader could not read in {TimeBudget.TotalSeconds:0} s");
            }
            catch (Exception error)
                when (error is InsufficientExecutionStackException or InvalidOperationException
                    or ArgumentException)
            {
                graph.Use(cell.Number, null, ViolationKind.Unreadable,
                    $"has code the grader cannot read ({error.GetType().Name})");
            }
        }
        return new OwnWorkReading(graph.Violations(),
            FunctionBodies.Apply(cells, graph.Neutralised()));
    }

    /// <summary>Reads one cell into the graph; returns the compilation later cells see.</summary>
    private static CSharpCompilation? Read(NotebookCell cell, OwnWorkRules rules,
        CSharpCompilationOptions options, CSharpCompilation? previous,
        CallGraph graph, CancellationToken budget)
    {
        var tree = CSharpSyntaxTree.ParseText(WithoutDirectives(cell.Source), Script,
            cancellationToken: budget);
        var root = tree.GetRoot(budget);
        if (root.DescendantNodes().Take(MaxNodesPerCell + 1).Count() > MaxNodesPerCell)
        {
            graph.Use(cell.Number, null, ViolationKind.Unreadable,
                $"is too large for the grader to read (over {MaxNodesPerCell:N0} syntax nodes in " +
                "one cell)");
            return previous;
        }
        var compilation = CSharpCompilation.CreateScriptCompilation($"cell{cell.Number}", tree,
            rules.References.References, options, previous);
        var errors = compilation.GetDiagnostics(budget)
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree == tree)
            .ToList();
        var model = compilation.GetSemanticModel(tree);
        if (errors.Count > 0 && rules.References.HasKernel)
        {
            // The kernel compiles this cell against less than the analysis does, so it refuses it
            // too: it runs nothing.
            var first = errors[0];
            graph.Use(cell.Number, null, ViolationKind.DoesNotCompile,
                $"does not compile ({first.Id}: {first.GetMessage(CultureInfo.InvariantCulture)})");
            return previous;
        }
        foreach (var error in errors.DistinctBy(e =>
            Owner(model, root.FindNode(e.Location.SourceSpan))))
            graph.Use(cell.Number, Owner(model, root.FindNode(error.Location.SourceSpan)),
                ViolationKind.Unreadable,
                $"has code the grader cannot read ({error.Id}: " +
                $"{error.GetMessage(CultureInfo.InvariantCulture)})");
        Judge(cell.Number, model, root, rules, graph, budget);
        // As in the kernel, a cell that does not compile adds nothing that later cells can see.
        return errors.Count == 0 ? compilation : previous;
    }

    private static void Judge(int cell, SemanticModel model, SyntaxNode root, OwnWorkRules rules,
        CallGraph graph, CancellationToken budget)
    {
        foreach (var (node, symbol) in SymbolUses.Of(model, root, budget))
        {
            var owner = Owner(model, node);
            if (rules.Judge(symbol) is { } found) graph.Use(cell, owner, found.Kind, found.What);
            if (StudentFunction(symbol) is not { } callee) continue;
            if (owner is null) graph.CallFromTopLevel(cell, callee);
            else graph.Call(owner, callee);
        }
        foreach (var node in root.DescendantNodes())
        {
            if (SymbolUses.Unsafe(node) is { } what)
                graph.Use(cell, Owner(model, node), ViolationKind.Forbidden, what);
            if (node is LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax
                or BasePropertyDeclarationSyntax && Owner(model, node) is { } declared)
                graph.Declare(declared, cell, FunctionBodies.Throwing(node, declared.Name));
        }
    }

    /// <summary>
    /// The student's function a node is in: a method, local function or property of the cell's
    /// script; null at the top level, and inside a type of the student's, whose members run without
    /// being named (virtual calls, ToString).
    /// </summary>
    private static ISymbol? Owner(SemanticModel model, SyntaxNode node)
    {
        var declaration = node.AncestorsAndSelf()
            .FirstOrDefault(a => a is LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax
                or BasePropertyDeclarationSyntax);
        if (declaration is null || model.GetDeclaredSymbol(declaration)
            ?.OriginalDefinition is not { } symbol) return null;
        return symbol.ContainingType is { IsScriptClass: true } ? symbol : null;
    }

    private static ISymbol? StudentFunction(ISymbol symbol)
    {
        var function = symbol switch
        {
            IMethodSymbol { AssociatedSymbol: { } property } => property,
            IMethodSymbol { ReducedFrom: { } extension } => extension,
            IMethodSymbol or IPropertySymbol or IEventSymbol => symbol,
            _ => null,
        };
        return function?.OriginalDefinition is { } definition
            && definition.Locations.Any(l => l.IsInSource) ? definition : null;
    }

    /// <summary>The cell with its directives (the grader's accepted #r lines, #region, …) blanked:
    /// they are the kernel's, not C#.</summary>
    private static string WithoutDirectives(string source)
    {
        var text = source.ToCharArray();
        foreach (var directive in CellDirectives.Of(source))
            for (var i = directive.Start; i < directive.Start + directive.Length; i++)
                if (!CellDirectives.IsBreak(text[i])) text[i] = ' ';
        return new string(text);
    }
}
