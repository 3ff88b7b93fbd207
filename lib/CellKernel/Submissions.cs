using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CellKernel;

/// <summary>
/// A notebook's C# state: every cell compiled as a script submission chained to the cells before
/// it, as .NET Interactive's C# kernel does, so variables, types and usings carry from cell to
/// cell. Each submission is emitted to memory, loaded, and run with the array of all submissions so
/// far (slot 0 is the host object, unused here; cell k of the chain stores itself in slot k). A
/// cell that does not compile joins nothing; a cell that throws stays in the chain with what it
/// assigned before it threw, as in the kernel.
/// </summary>
public sealed class Submissions
{
    /// <summary>The usings the kernel gives every cell, and its <c>display</c> and
    /// <c>HTML</c>.</summary>
    public static readonly string[] Imports =
    [
        "System", "System.Text", "System.Collections", "System.Collections.Generic",
            "System.Threading.Tasks",
        "System.Linq", typeof(Kernel).FullName!,
    ];

    private static readonly CSharpParseOptions Parsing =
        new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    private readonly IReadOnlyList<MetadataReference> references;
    private readonly AssemblyLoadContext context = new("cells");
    private CSharpCompilation? previous;
    private object?[] states = new object?[8];
    private int count = 1;

    /// <summary>A fresh state: no cell has run, and nothing is animated.</summary>
    public Submissions(IReadOnlyList<MetadataReference> references)
    {
        this.references = references;
        Kernel.Animation = null;
    }

    /// <summary>
    /// One frame of a live view: calls the function a cell gave <see cref="Kernel.animate"/> with
    /// the number of steps, and returns its value (or its console text, or its exception) as a
    /// cell's outputs. No compiling, so a frame costs only what the function does.
    /// </summary>
    public CellRun Step(int steps)
    {
        var clock = Stopwatch.StartNew();
        var outputs = new List<CellOutput>();
        if (Kernel.Animation is not { } frame)
        {
            outputs.Add(CellOutput.Error(
                "Nothing to animate: run the cell that calls animate(…) first."));
            return new CellRun(outputs, false, clock.Elapsed.TotalMilliseconds);
        }
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(new CellConsole(outputs, "stdout"));
        Console.SetError(new CellConsole(outputs, "stderr"));
        try
        {
            using var displays = Kernel.Collect(outputs);
            outputs.Add(CellOutput.Result(ValueFormatting.Format(frame(steps))));
            return new CellRun(outputs, true, clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception exception)
        {
            outputs.Add(CellOutput.Error(exception.ToString()));
            return new CellRun(outputs, false, clock.Elapsed.TotalMilliseconds);
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    /// <summary>Compiles and runs one cell; never throws for anything the cell does.</summary>
    public async Task<CellRun> RunAsync(string cell)
    {
        var clock = Stopwatch.StartNew();
        var outputs = new List<CellOutput>();
        var reading = Directives.Read(cell);
        foreach (var message in reading.Messages)
            outputs.Add(CellOutput.Stream("stderr", message + "\n"));
        var succeeded = await RunCodeAsync(reading.Code, outputs);
        if (reading.Timed)
        {
            var wall = new Dictionary<string, string>
            { ["text/plain"] = $"Wall time: {clock.Elapsed.TotalMilliseconds}ms" };
            outputs.Add(CellOutput.Display(wall));
        }
        return new CellRun(outputs, succeeded, clock.Elapsed.TotalMilliseconds);
    }

    private async Task<bool> RunCodeAsync(string code, List<CellOutput> outputs)
    {
        if (string.IsNullOrWhiteSpace(code))
            return true;
        var compilation = Compile(code);
        if (OnlyDirectives(compilation))
        {
            var errors = compilation.GetDiagnostics()
                .Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())
                .ToList();
            if (errors.Count > 0)
            {
                outputs.Add(CellOutput.Error(string.Join("\n", errors)));
                return false;
            }
            previous = compilation;
            return true;
        }
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => d.ToString());
            outputs.Add(CellOutput.Error(string.Join("\n", errors)));
            return false;
        }
        image.Position = 0;
        var factory = Factory(context.LoadFromStream(image), compilation);
        previous = compilation;
        return await InvokeAsync(factory, HasResult(compilation), outputs);
    }

    /// <summary>
    /// The cell ends in an expression without a semicolon whose type is not void: its value is the
    /// cell's result, shown under it (the compiler's own test for this is internal).
    /// </summary>
    private static bool HasResult(CSharpCompilation compilation)
    {
        var tree = compilation.SyntaxTrees.Single();
        var root = (CompilationUnitSyntax)tree.GetRoot();
        if (root.Members.LastOrDefault() is not GlobalStatementSyntax
            {
                Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } last,
            })
            return false;
        var type = compilation.GetSemanticModel(tree).GetTypeInfo(last.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    /// <summary>
    /// A cell of usings (and comments) only: it has no code to emit, so the compiler gives it no
    /// submission slot, but the cells after it see its usings through the chain.
    /// </summary>
    private static bool OnlyDirectives(CSharpCompilation compilation) =>
        ((CompilationUnitSyntax)compilation.SyntaxTrees.Single().GetRoot()).Members.Count == 0;

    /// <summary>One cell's compilation; built on one thread, as the browser has only one to
    /// give.</summary>
    private CSharpCompilation Compile(string code)
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
            usings: Imports,
            optimizationLevel: OptimizationLevel.Debug, allowUnsafe: true, concurrentBuild: false);
        var tree = CSharpSyntaxTree.ParseText(code, Parsing);
        return CSharpCompilation.CreateScriptCompilation($"cell-{count}-{Guid.NewGuid():N}", tree,
            references,
            options, previous, returnType: typeof(object));
    }

    private async Task<bool> InvokeAsync(Func<object?[], Task<object?>> factory, bool hasResult,
        List<CellOutput> outputs)
    {
        if (count >= states.Length)
            Array.Resize(ref states, states.Length * 2);
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(new CellConsole(outputs, "stdout"));
        Console.SetError(new CellConsole(outputs, "stderr"));
        try
        {
            using var displays = Kernel.Collect(outputs);
            var result = await factory(states);
            if (hasResult)
                outputs.Add(CellOutput.Result(ValueFormatting.Format(result)));
            return true;
        }
        catch (Exception exception)
        {
            outputs.Add(CellOutput.Error(exception.ToString()));
            return false;
        }
        finally
        {
            count++;
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    /// <summary>The submission's factory: the static method the compiler names as the script's
    /// entry point.</summary>
    private static Func<object?[],
        Task<object?>> Factory(Assembly assembly, CSharpCompilation compilation)
    {
        var entry = compilation.GetEntryPoint(CancellationToken.None)
            ?? throw new InvalidOperationException("A script submission has no entry point.");
        var type = assembly.GetType(entry.ContainingType.MetadataName, throwOnError: true)!;
        var method = type.GetMethod(entry.MetadataName,
            BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!;
        return method.CreateDelegate<Func<object?[], Task<object?>>>();
    }
}
