using System.Reflection;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;

namespace CellKernel;

/// <summary>
/// The assemblies a cell compiles against, read from the assemblies already loaded in this process.
/// In the browser no assembly has a file on disk, so the metadata comes from memory
/// (<see cref="AssemblyExtensions.TryGetRawMetadata"/>); natively the same call works, so the tests
/// compile exactly as the page does.
/// </summary>
public static class References
{
    /// <summary>What the kernel's C# cells can use without a <c>#r</c>: the framework most code
    /// needs.</summary>
    public static readonly string[] Framework =
    [
        "System.Private.CoreLib", "System.Runtime", "System.Console", "System.Collections",
            "System.Linq",
        "System.Linq.Expressions", "System.Text.RegularExpressions", "System.Runtime.Numerics",
        "System.Memory",
        "System.Collections.Concurrent", "System.ObjectModel", "System.ComponentModel.Primitives",
        "System.Text.Json",
        "System.Runtime.Intrinsics", "System.Threading", "System.Threading.Tasks.Parallel",
        "System.IO.FileSystem",
        "System.Diagnostics.Process", "System.Net.Http", "System.Numerics.Vectors", "netstandard",
        "System.Private.Uri",
        "System.Collections.Immutable", "System.Runtime.InteropServices",
    ];

    /// <summary>
    /// References to every named assembly that loads here and to the given ones (the course
    /// library, the kernel's formatter). A name that does not load (trimmed away, absent on this
    /// platform) is left out.
    /// </summary>
    public static IReadOnlyList<MetadataReference> For(IEnumerable<Assembly> extra)
    {
        var assemblies = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        foreach (var name in Framework)
        {
            try
            {
                var assembly = Assembly.Load(name);
                assemblies[assembly.GetName().Name!] = assembly;
            }
            catch (IOException)
            {
            }
        }
        foreach (var assembly in extra)
            assemblies[assembly.GetName().Name!] = assembly;
        return assemblies.Values.Select(Of).ToList();
    }

    /// <summary>
    /// What a course notebook's cells compile against: the framework, the course library and
    /// MathNet (which its first cell loads by <c>#r</c>), and the kernel's own display functions
    /// and formatter. The page and the tests use this.
    /// </summary>
    public static IReadOnlyList<MetadataReference> ForCourse() => For(
    [
        typeof(NeuralNetworks.Activations.Activation).Assembly,
        typeof(MathNet.Numerics.LinearAlgebra.Matrix<double>).Assembly,
        typeof(Kernel).Assembly,
        typeof(Microsoft.DotNet.Interactive.Formatting.Formatter).Assembly,
        typeof(Microsoft.AspNetCore.Html.IHtmlContent).Assembly,
    ]);

    /// <summary>One loaded assembly's metadata as a compiler reference.</summary>
    public static unsafe MetadataReference Of(Assembly assembly)
    {
        if (!assembly.TryGetRawMetadata(out var blob, out var length))
            throw new InvalidOperationException(
                $"The metadata of {assembly.GetName().Name} cannot be read.");
        var module = ModuleMetadata.CreateFromMetadata((IntPtr)blob, length);
        return AssemblyMetadata.Create(module).GetReference(display: assembly.GetName().Name);
    }
}
