using System.Collections.Concurrent;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace NotebookRunner.Judging;

/// <summary>
/// What the analysis compiles a submission against: what the kernel's C# scripts bind, so that a
/// name the kernel runs is one the analysis can read. That is .NET's shared framework, the kernel's
/// own assemblies its C# kernel references (for display(…) and KernelInvocationContext: the kernel
/// adds `using static Microsoft.DotNet.Interactive.Kernel;` before the first cell) and the course
/// library files the assignment loads. Binding a little more or less than the kernel does is safe:
/// whatever is not .NET's own System assemblies must be allowed by name, and whatever does not bind
/// is unreadable. Made once per tool folder and library, since reading some 170 assemblies'
/// metadata takes a while.
/// </summary>
public sealed class AnalysisReferences
{
    private static readonly ConcurrentDictionary<string, AnalysisReferences> Made = new();

    private readonly HashSet<string> framework;

    private AnalysisReferences(IReadOnlyList<MetadataReference> references,
        HashSet<string> framework, bool kernel)
    {
        References = references;
        this.framework = framework;
        HasKernel = kernel;
    }

    public IReadOnlyList<MetadataReference> References { get; }

    /// <summary>
    /// True when the kernel's assemblies were found, so the analysis binds everything the kernel's
    /// C# scripts bind (and more: the whole shared framework). Only then does a cell that does not
    /// compile here not compile in the kernel either.
    /// </summary>
    public bool HasKernel { get; }

    /// <summary>The kernel's own usings beyond the six it imports by name
    /// (CSharpKernel.UseKernelHelpers).</summary>
    public const string KernelPrelude = "using static Microsoft.DotNet.Interactive.Kernel;";

    /// <summary>The kernel's assemblies its C# scripts reference (CSharpKernel's ScriptOptions:
    /// Kernel, CSharpKernel, PocketView).</summary>
    private static readonly string[] KernelAssemblies =
        ["Microsoft.DotNet.Interactive", "Microsoft.DotNet.Interactive.CSharp",
            "Microsoft.DotNet.Interactive.Formatting"];

    /// <summary>True for .NET's own System assemblies (System.*, netstandard, mscorlib of the
    /// shared framework).</summary>
    public bool IsFramework(IAssemblySymbol? assembly) =>
        assembly is not null && framework.Contains(assembly.Identity.Name);

    /// <param name="kernelFolder">The kernel tool's folder, or null where it is not installed (then
    /// every kernel name is unreadable).</param>
    /// <param name="libraryFiles">The course library files the assignment loads.</param>
    public static AnalysisReferences For(string? kernelFolder, IEnumerable<string> libraryFiles)
    {
        var files = libraryFiles.Where(File.Exists).Select(Path.GetFullPath)
            .Order(StringComparer.Ordinal).ToList();
        return Made.GetOrAdd((kernelFolder ?? "") + "|" + string.Join("|", files), _ =>
            Make(kernelFolder, files));
    }

    private static AnalysisReferences Make(string? kernelFolder, IReadOnlyList<string> libraryFiles)
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        var shared = Directory.EnumerateFiles(runtime, "*.dll").Where(IsManaged).ToList();
        var sharedNames = shared.Select(f => Path.GetFileNameWithoutExtension(f))
            .ToHashSet(StringComparer.Ordinal);
        var kernel = kernelFolder is not null
            ? KernelAssemblies.Select(a => Path.Combine(kernelFolder, a + ".dll"))
                .Where(File.Exists).ToList()
            : [];
        var library = libraryFiles.Where(f =>
            !sharedNames.Contains(Path.GetFileNameWithoutExtension(f)));
        var references = shared.Concat(kernel).Concat(library)
            .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToList();
        var framework = sharedNames.Where(n => n is "netstandard" or "mscorlib" || n == "System"
            || n.StartsWith("System.", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        return new AnalysisReferences(references, framework,
            kernel.Count == KernelAssemblies.Length);
    }

    private static bool IsManaged(string file)
    {
        try
        {
            using var reader = new PEReader(File.OpenRead(file));
            return reader.HasMetadata;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
