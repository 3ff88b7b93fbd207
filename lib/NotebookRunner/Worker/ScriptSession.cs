using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;
using NotebookRunner.Execution;

namespace NotebookRunner.Worker;

/// <summary>
/// One notebook's C# state: each cell is a new submission continuing the previous one (ContinueWithAsync),
/// with the kernel's default usings, the notebook's folder as the base for #r and #load, and the cell's last
/// expression without a semicolon as its result.
/// </summary>
public sealed class ScriptSession(string baseDirectory, string notebookName, OutputCollector collector)
{
    private static readonly string[] Imports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    private readonly ScriptGlobals globals = new(collector);
    private readonly AssemblyProbe probe = new();
    private ScriptOptions options = ScriptOptions.Default
        .WithReferences(typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(List<>).Assembly, typeof(Console).Assembly,
            typeof(System.Collections.ArrayList).Assembly, typeof(Task).Assembly, typeof(StringBuilder).Assembly,
            typeof(System.Runtime.GCSettings).Assembly, typeof(System.Collections.Concurrent.ConcurrentDictionary<,>).Assembly)
        .WithImports(Imports)
        .WithLanguageVersion(LanguageVersion.Latest)
        .WithSourceResolver(new SourceFileResolver(ImmutableArray<string>.Empty, baseDirectory))
        .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(baseDirectory))
        .WithEmitDebugInformation(true)
        .WithFileEncoding(Encoding.UTF8);
    private ScriptState<object>? state;

    /// <summary>Compiles and runs a throw-away script so the first cell's time is its own, not the compiler's start-up.</summary>
    public Task WarmUpAsync() => CSharpScript.EvaluateAsync("Enumerable.Range(0, 2).Sum()", options);

    /// <summary>Runs one cell; returns false when it failed (its error is among the collector's outputs).</summary>
    public async Task<bool> RunAsync(int cell, string code)
    {
        var prepared = CellPreprocessor.Prepare(code, baseDirectory);
        foreach (var dll in prepared.References) probe.AddFolderOf(dll);
        foreach (var package in prepared.Packages)
        {
            var assemblies = NuGetRestorer.Restore(package);
            foreach (var dll in assemblies) probe.AddFolderOf(dll);
            options = options.AddReferences(assemblies.Select(a => MetadataReference.CreateFromFile(a)));
        }
        var cellOptions = options.WithFilePath(Path.Combine(baseDirectory, ErrorLocator.CellFileName(notebookName, cell)));
        try
        {
            state = state is null
                ? await CSharpScript.Create(prepared.Code, cellOptions, typeof(ScriptGlobals)).RunAsync(globals, _ => true)
                : await state.ContinueWithAsync(prepared.Code, cellOptions, _ => true);
        }
        catch (CompilationErrorException error)
        {
            collector.Add(ErrorLocator.CompileError(cell, error.Diagnostics));
            return false;
        }
        await Console.Out.FlushAsync();
        if (state.Exception is { } exception)
        {
            collector.Add(ErrorLocator.Exception(cell, exception));
            return false;
        }
        if (HasResult(state) && state.ReturnValue is not DisplayedValue) collector.Add(CellOutput.Result(ValueFormatter.Format(state.ReturnValue)));
        return true;
    }

    /// <summary>The kernel's rule: a result only when the last statement is an expression without a semicolon, and not void.</summary>
    private static bool HasResult(ScriptState<object> current)
    {
        if (current.ReturnValue is not null) return true;
        var compilation = current.Script.GetCompilation();
        var tree = compilation.SyntaxTrees.Last();
        var last = tree.GetRoot().ChildNodes().OfType<GlobalStatementSyntax>().LastOrDefault();
        if (last?.Statement is not ExpressionStatementSyntax { SemicolonToken.IsMissing: true } statement) return false;
        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }
}
