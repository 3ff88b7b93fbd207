using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NotebookRunner.Notebooks;

namespace NotebookRunner.FileApps;

/// <summary>
/// The names a notebook may reuse but one C# file may not. The kernel runs each cell as its own
/// script submission, so a later cell may declare a variable again (<c>var w = …</c> twice), and a
/// block inside a cell may declare a name that a cell elsewhere declares at the top. A file-based
/// app's top-level statements are one scope, where both are errors (CS0128, CS0136). So such a
/// declaration in cell N is renamed <c>name_N</c>, with every use that the kernel binds to it:
/// which declaration a use means is read from the cells compiled as the kernel compiles them, a
/// chain of script submissions.
/// </summary>
public static class Renames
{
    /// <summary>
    /// The cells' sources with the renames applied (the same count and order), each with whether a
    /// later cell uses what it declares. <paramref name="references"/> are the assemblies the
    /// notebook's #r lines load; the framework's are added.
    /// </summary>
    public static IReadOnlyList<RenamedCell> Apply(IReadOnlyList<(int Number, string Source)> cells,
        IEnumerable<string> references)
    {
        var metadata = Framework().Concat(references.Where(File.Exists))
            .Distinct(StringComparer.Ordinal)
            .Select(Reference).ToList();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
            usings: CellCode.KernelUsings, allowUnsafe: true);
        // The kernel's own functions, which the cells may call, as a first submission.
        var previous = CSharpCompilation.CreateScriptCompilation("Kernel",
            CSharpSyntaxTree.ParseText(KernelFunctions, CellCode.Script),
            metadata, options, returnType: typeof(object));
        var models = new List<(SemanticModel Model, SyntaxNode Root)>();
        foreach (var (number, source) in cells)
        {
            var errors = previous.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
                throw new NotebookException(
                    $"{previous.AssemblyName} does not compile as the kernel compiles it " +
                    $"({errors[0]}): "
                    + "build the library (`dotnet build lib/NeuralNetworks`) and run the " +
                    "notebook to find the error.", 1);
            var tree = CSharpSyntaxTree.ParseText(source, CellCode.Script);
            previous = CSharpCompilation.CreateScriptCompilation($"cell {number}", tree, metadata,
                options, previous, returnType: typeof(object));
            models.Add((previous.GetSemanticModel(tree), tree.GetRoot()));
        }

        // Top-level names: the script's fields and methods, per cell. A name declared again gets
        // the cell's suffix.
        var topLevel = new Dictionary<ISymbol, string>(SymbolEqualityComparer.Default);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var finalNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
            foreach (var symbol in TopLevelSymbols(models[i].Model, models[i].Root))
            {
                var name = seen.Add(symbol.Name) ? symbol.Name : $"{symbol.Name}_{cells[i].Number}";
                if (name != symbol.Name) topLevel[symbol] = name;
                finalNames.Add(name);
            }

        // Block-scoped locals (not in a lambda or local function, where C# lets a name shadow) that
        // meet a top-level name.
        var nested = new Dictionary<ISymbol, string>(SymbolEqualityComparer.Default);
        for (var i = 0; i < cells.Count; i++)
            foreach (var symbol in BlockLocals(models[i].Model, models[i].Root)
                .Where(s => finalNames.Contains(s.Name)))
                nested[symbol] = $"{symbol.Name}_{cells[i].Number}";

        var renames = topLevel.Concat(nested)
            .ToDictionary(p => Key(p.Key), p => p.Value, StringComparer.Ordinal);
        var usedLater = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
            foreach (var name in models[i].Root.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                var symbol = models[i].Model.GetSymbolInfo(name).Symbol;
                if (symbol is IFieldSymbol or IMethodSymbol { MethodKind: MethodKind.Ordinary }
                    && symbol.ContainingAssembly?.Name is { } declaredIn
                    && declaredIn != $"cell {cells[i].Number}")
                    usedLater.Add(declaredIn);
            }
        return cells.Select((cell, i) => new RenamedCell(
            Rewrite(cell.Source, models[i].Model, models[i].Root, renames),
                usedLater.Contains($"cell {cell.Number}"))).ToList();
    }

    private const string KernelFunctions = """
        void display(object value) { }
        string HTML(string html) => html;
        """;

    private static IEnumerable<ISymbol> TopLevelSymbols(SemanticModel model, SyntaxNode root)
    {
        foreach (var member in ((CompilationUnitSyntax)root).Members)
        {
            IEnumerable<SyntaxNode> declarations = member switch
            {
                FieldDeclarationSyntax field => field.Declaration.Variables,
                MethodDeclarationSyntax method => [method],
                GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax local } =>
                    local.Declaration.Variables,
                GlobalStatementSyntax { Statement: LocalFunctionStatementSyntax function } =>
                    [function],
                GlobalStatementSyntax { Statement: var statement } =>
                    statement.DescendantNodes(Outside)
                    .Where(n => n is SingleVariableDesignationSyntax),
                _ => [],
            };
            foreach (var declaration in declarations)
                if (model.GetDeclaredSymbol(declaration) is IFieldSymbol or IMethodSymbol)
                    yield return model.GetDeclaredSymbol(declaration)!;
        }
    }

    /// <summary>Locals declared inside a block, loop, using or catch of the cell, outside every
    /// lambda and local function.</summary>
    private static IEnumerable<ISymbol> BlockLocals(SemanticModel model, SyntaxNode root)
    {
        foreach (var statement in ((CompilationUnitSyntax)root)
            .Members.OfType<GlobalStatementSyntax>().Select(g => g.Statement))
        {
            if (statement is LocalFunctionStatementSyntax) continue;
            // A script's top-level variables are fields of the script; what is declared as a local
            // is in a nested scope.
            foreach (var node in statement.DescendantNodesAndSelf(Outside))
            {
                ISymbol? symbol = node switch
                {
                    VariableDeclaratorSyntax or SingleVariableDesignationSyntax
                        or CatchDeclarationSyntax => model.GetDeclaredSymbol(node),
                    ForEachStatementSyntax loop => model.GetDeclaredSymbol(loop),
                    ForEachVariableStatementSyntax => null,
                    _ => null,
                };
                if (symbol is ILocalSymbol) yield return symbol;
            }
        }
    }

    /// <summary>Descends into everything but lambdas, anonymous methods and local
    /// functions.</summary>
    private static bool Outside(SyntaxNode node) =>
        node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);

    private static string Rewrite(string source, SemanticModel model, SyntaxNode root,
        Dictionary<string, string> renames)
    {
        if (renames.Count == 0) return source;
        var edits = new List<(TextSpanInfo Span, string Name)>();
        foreach (var token in root.DescendantTokens()
            .Where(t => t.IsKind(SyntaxKind.IdentifierToken)))
        {
            var node = token.Parent;
            if (node is null) continue;
            var symbol = model.GetDeclaredSymbol(node) is { } declared
                && IsDeclarationToken(node, token)
                ? declared
                : node is IdentifierNameSyntax name ? model.GetSymbolInfo(name).Symbol : null;
            if (symbol is not null && renames.TryGetValue(Key(symbol), out var renamed))
                edits.Add((new TextSpanInfo(token.SpanStart, token.Span.Length), renamed));
        }
        var text = source;
        foreach (var (span, name) in edits.OrderByDescending(e => e.Span.Start))
            text = text[..span.Start] + name + text[(span.Start + span.Length)..];
        return text;
    }

    private static bool IsDeclarationToken(SyntaxNode node, SyntaxToken token) => node switch
    {
        VariableDeclaratorSyntax d => d.Identifier == token,
        SingleVariableDesignationSyntax d => d.Identifier == token,
        ForEachStatementSyntax d => d.Identifier == token,
        CatchDeclarationSyntax d => d.Identifier == token,
        LocalFunctionStatementSyntax d => d.Identifier == token,
        MethodDeclarationSyntax d => d.Identifier == token,
        _ => false,
    };

    /// <summary>A symbol named the same from every submission of the chain: its declaring
    /// submission and place.</summary>
    private static string Key(ISymbol symbol) =>
        $"{symbol.ContainingAssembly?.Name}|{symbol.Kind}|{symbol.Name}|" +
        $"{symbol.Locations.FirstOrDefault()?.SourceSpan.Start}";

    /// <summary>
    /// An assembly's metadata, read once per file and version: converting both editions reads the
    /// same framework and library for every notebook.
    /// </summary>
    private static MetadataReference Reference(string path) =>
        References.GetOrAdd((path, File.GetLastWriteTimeUtc(path)), key =>
            MetadataReference.CreateFromFile(key.Path));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Path,
        DateTime Written), MetadataReference> References = new();

    private static IEnumerable<string> Framework() =>
        ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll"
                    or "Microsoft.CSharp.dll");

    private readonly record struct TextSpanInfo(int Start, int Length);
}

/// <summary>A cell's source after <see cref="Renames"/>, and whether a later cell uses a name it
/// declares.</summary>
public sealed record RenamedCell(string Source, bool DeclaresForLater);
