using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Judging;

/// <summary>
/// A use of an answer member, or of something homework may not use (reflection, dynamic, unsafe or native memory access),
/// in a submission: in Function (null: at a cell's top level). Forbidden uses can reach members without naming them.
/// </summary>
public sealed record Violation(int Cell, string? Function, string What, bool Forbidden)
{
    public string Sentence => Function is null
        ? $"your cell {Cell} {What} at its top level"
        : $"{Function} {What}";
}

/// <summary>
/// Reads a submission's C# cells with Roslyn's semantic model, as the kernel compiles them (one script submission per cell,
/// each seeing the ones before, the kernel's default usings, the course library), without running anything. It finds every
/// reference to an answer member, through any alias or spelling, and every use of reflection, dynamic, unsafe code or native
/// memory access, and
/// charges each to the function that contains it and, through the call graph, to every function of the student's that
/// calls that one. The grader fails the checks that call a charged function, naming the member.
/// </summary>
public static class OwnWorkAnalysis
{
    private static readonly string[] Imports = ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    public static IReadOnlyList<Violation> Find(IReadOnlyList<NotebookCell> cells, IReadOnlyList<string> answerMembers, IEnumerable<string> libraryFiles)
    {
        var references = Basic.References.Concat(libraryFiles.Where(File.Exists).Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))).ToList();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, usings: Imports, allowUnsafe: true);
        CSharpCompilation? previous = null;
        var found = new List<(int Cell, ISymbol? Function, string What, bool Forbidden)>();
        var calls = new Dictionary<ISymbol, HashSet<ISymbol>>(SymbolEqualityComparer.Default);
        var names = new Dictionary<ISymbol, (int Cell, string Name)>(SymbolEqualityComparer.Default);
        foreach (var cell in cells)
        {
            var tree = CSharpSyntaxTree.ParseText(Clean(cell.Source), new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script));
            var compilation = CSharpCompilation.CreateScriptCompilation($"cell{cell.Number}", tree, references, options, previous);
            // As in the kernel, a cell that does not compile adds nothing that later cells can see.
            if (!compilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error)) previous = compilation;
            var model = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                var function = Enclosing(model, node);
                if (function is not null && node is MethodDeclarationSyntax or LocalFunctionStatementSyntax && model.GetDeclaredSymbol(node) is { } declared)
                    names[declared] = (cell.Number, declared.Name);
                if (node is UnsafeStatementSyntax or PointerTypeSyntax || node is MethodDeclarationSyntax m && m.Modifiers.Any(SyntaxKind.UnsafeKeyword))
                    found.Add((cell.Number, function, "uses unsafe code", true));
                if (node is not (SimpleNameSyntax or ObjectCreationExpressionSyntax)) continue;
                var symbol = model.GetSymbolInfo(node).Symbol ?? model.GetSymbolInfo(node).CandidateSymbols.FirstOrDefault();
                if (model.GetTypeInfo(node).Type is { TypeKind: TypeKind.Dynamic }) found.Add((cell.Number, function, "uses dynamic", true));
                if (symbol is null) continue;
                if (AnswerMemberOf(symbol, answerMembers) is { } member)
                    found.Add((cell.Number, function, $"calls {member}, which is the answer itself", false));
                else if (ForbiddenUse(symbol) is { } use)
                    found.Add((cell.Number, function, $"uses {use} ({symbol.ContainingType?.ToDisplayString()}.{symbol.Name})", true));
                if (function is not null && symbol is IMethodSymbol { } target && IsStudentCode(target))
                    (calls.TryGetValue(function, out var set) ? set : calls[function] = new(SymbolEqualityComparer.Default)).Add(target.OriginalDefinition);
            }
        }
        return Propagate(found, calls, names);
    }

    private static List<Violation> Propagate(List<(int Cell, ISymbol? Function, string What, bool Forbidden)> found,
        Dictionary<ISymbol, HashSet<ISymbol>> calls, Dictionary<ISymbol, (int Cell, string Name)> names)
    {
        var result = found.Select(f => new Violation(f.Cell, f.Function is null ? null : Name(f.Function, names), f.What, f.Forbidden)).ToList();
        foreach (var (function, _) in names)
        {
            var reached = Reachable(function, calls).Where(r => !SymbolEqualityComparer.Default.Equals(r, function));
            foreach (var callee in reached)
                foreach (var direct in found.Where(f => SymbolEqualityComparer.Default.Equals(f.Function, callee)))
                    result.Add(new Violation(names[function].Cell, Name(function, names), $"calls {Name(callee, names)}, which {direct.What}", direct.Forbidden));
        }
        return result.DistinctBy(v => (v.Cell, v.Function, v.What)).ToList();
    }

    private static IEnumerable<ISymbol> Reachable(ISymbol start, Dictionary<ISymbol, HashSet<ISymbol>> calls)
    {
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default) { start };
        var queue = new Queue<ISymbol>([start]);
        while (queue.TryDequeue(out var next))
            foreach (var callee in calls.GetValueOrDefault(next) ?? [])
                if (seen.Add(callee)) queue.Enqueue(callee);
        return seen;
    }

    private static string Name(ISymbol function, Dictionary<ISymbol, (int Cell, string Name)> names) =>
        names.TryGetValue(function, out var known) ? known.Name : function.Name;

    /// <summary>The student's function (method or local function) a node is in, or null at a cell's top level.</summary>
    private static ISymbol? Enclosing(SemanticModel model, SyntaxNode node)
    {
        var declaration = node.AncestorsAndSelf().FirstOrDefault(a => a is MethodDeclarationSyntax or LocalFunctionStatementSyntax
            or ConstructorDeclarationSyntax or AccessorDeclarationSyntax or PropertyDeclarationSyntax);
        return declaration is null ? null : model.GetDeclaredSymbol(declaration)?.OriginalDefinition;
    }

    private static bool IsStudentCode(IMethodSymbol method) => method.Locations.Any(l => l.IsInSource);

    private static string? AnswerMemberOf(ISymbol symbol, IReadOnlyList<string> members)
    {
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        if (type is null || symbol is IMethodSymbol { MethodKind: MethodKind.Constructor }) return null;
        var typeName = type.OriginalDefinition.ToDisplayString();
        foreach (var member in members)
        {
            if (symbol is not INamedTypeSymbol && (typeName == member || typeName.StartsWith(member + ".", StringComparison.Ordinal))) return member;
            if (typeName + "." + symbol.Name == member) return member;
        }
        return null;
    }

    /// <summary>
    /// "reflection" or "unsafe memory access" when a symbol is one, else null. Reading what a type or member is called
    /// (x.GetType().Name) is fine; getting hold of members to call or read them is not: every method of System.Reflection,
    /// Type.Get… (GetType and typeof excepted), Delegate.CreateDelegate, expression compilation, loading assemblies.
    /// </summary>
    private static string? ForbiddenUse(ISymbol symbol)
    {
        var type = symbol as INamedTypeSymbol ?? symbol.ContainingType;
        var space = type?.ContainingNamespace?.ToDisplayString() ?? "";
        var name = type?.ToDisplayString() ?? "";
        var method = symbol as IMethodSymbol;
        if ((method is not null && space.StartsWith("System.Reflection", StringComparison.Ordinal))
            || space.StartsWith("System.Reflection.Emit", StringComparison.Ordinal) || space.StartsWith("System.Linq.Expressions", StringComparison.Ordinal)
            || space == "System.Runtime.Loader" || name is "System.Activator" or "System.AppDomain"
            || (name == "System.Type" && method is not null && (symbol.Name.StartsWith("Get", StringComparison.Ordinal) || symbol.Name == "InvokeMember")
                && symbol.Name is not ("GetType" or "GetTypeFromHandle"))
            || (name == "System.Delegate" && symbol.Name == "CreateDelegate"))
            return "reflection";
        return name is "System.Runtime.CompilerServices.Unsafe" or "System.Runtime.InteropServices.Marshal"
            or "System.Runtime.InteropServices.NativeLibrary" or "System.Runtime.InteropServices.NativeMemory"
            ? "unsafe memory access" : null;
    }

    /// <summary>Directive lines (#r, #!…) are the kernel's, not C#: blank them, keeping line numbers.</summary>
    private static string Clean(string source) =>
        string.Join("\n", CellSource.Lines(source).Select(l => l.TrimStart() is var t && (t.StartsWith("#r", StringComparison.Ordinal) || t.StartsWith("#!", StringComparison.Ordinal) || t.StartsWith("#i", StringComparison.Ordinal)) ? "" : l));

    private static class Basic
    {
        public static readonly IReadOnlyList<MetadataReference> References =
            ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }
}
