using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Judging;

/// <summary>
/// Reads a submission's C# cells with Roslyn's semantic model, as the kernel compiles them (one script submission per cell,
/// each seeing the ones before, the kernel's usings and references, the course library), without running anything. It fails
/// closed: every symbol the code uses (<see cref="SymbolUses"/>) is judged by <see cref="OwnWorkRules"/> (answer members,
/// forbidden parts of .NET, anything not allowed), unsafe and extern code is refused, and whatever Roslyn cannot bind (an
/// error in the cell) is unreadable, since nobody can say what it reaches. Each finding is charged to the function that
/// contains it and, through the <see cref="CallGraph"/>, to every function of the student's that calls that one; one at a
/// cell's top level, or inside a type of the student's, is charged to no function (and, but for an answer member, fails
/// every check).
/// </summary>
public static class OwnWorkAnalysis
{
    private static readonly string[] Imports = ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    private static readonly CSharpParseOptions Script = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    public static IReadOnlyList<Violation> Find(IReadOnlyList<NotebookCell> cells, OwnWorkRules rules)
    {
        var references = rules.References.References;
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, usings: Imports, allowUnsafe: true);
        var prelude = CSharpCompilation.CreateScriptCompilation("prelude", CSharpSyntaxTree.ParseText(AnalysisReferences.KernelPrelude, Script), references, options);
        CSharpCompilation? previous = Errors(prelude, prelude.SyntaxTrees[0]).Any() ? null : prelude;
        var graph = new CallGraph();
        foreach (var cell in cells)
        {
            var tree = CSharpSyntaxTree.ParseText(WithoutDirectives(cell.Source), Script);
            var compilation = CSharpCompilation.CreateScriptCompilation($"cell{cell.Number}", tree, references, options, previous);
            var errors = Errors(compilation, tree).ToList();
            // As in the kernel, a cell that does not compile adds nothing that later cells can see.
            if (errors.Count == 0) previous = compilation;
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetRoot();
            foreach (var error in errors.DistinctBy(e => Owner(model, root.FindNode(e.Location.SourceSpan))))
                graph.Use(cell.Number, Owner(model, root.FindNode(error.Location.SourceSpan)), ViolationKind.Unreadable,
                    $"has code the grader cannot read ({error.Id}: {error.GetMessage(CultureInfo.InvariantCulture)})");
            foreach (var node in root.DescendantNodes())
            {
                if (SymbolUses.Unsafe(node) is { } what) graph.Use(cell.Number, Owner(model, node), ViolationKind.Forbidden, what);
                if (node is LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax && Owner(model, node) is { } declared)
                    graph.Declare(declared, cell.Number);
            }
            foreach (var (node, symbol) in SymbolUses.Of(model, root))
            {
                var owner = Owner(model, node);
                if (rules.Judge(symbol) is { } found) graph.Use(cell.Number, owner, found.Kind, found.What);
                if (owner is not null && StudentFunction(symbol) is { } callee) graph.Call(owner, callee);
            }
        }
        return graph.Violations();
    }

    private static IEnumerable<Diagnostic> Errors(Compilation compilation, SyntaxTree tree) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree == tree);

    /// <summary>
    /// The student's function a node is in: a method, local function or property of the cell's script; null at the top
    /// level, and inside a type of the student's, whose members run without being named (virtual calls, ToString).
    /// </summary>
    private static ISymbol? Owner(SemanticModel model, SyntaxNode node)
    {
        var declaration = node.AncestorsAndSelf().FirstOrDefault(a => a is LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax);
        if (declaration is null || model.GetDeclaredSymbol(declaration)?.OriginalDefinition is not { } symbol) return null;
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
        return function?.OriginalDefinition is { } definition && definition.Locations.Any(l => l.IsInSource) ? definition : null;
    }

    /// <summary>The cell with its directives (the grader's accepted #r lines, #region, …) blanked: they are the kernel's, not C#.</summary>
    private static string WithoutDirectives(string source)
    {
        var text = source.ToCharArray();
        foreach (var directive in CellDirectives.Of(source))
            for (var i = directive.Start; i < directive.Start + directive.Length; i++)
                if (!CellDirectives.IsBreak(text[i])) text[i] = ' ';
        return new string(text);
    }
}
