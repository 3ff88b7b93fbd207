using System.Reflection;
using System.Runtime.Loader;

namespace NeuralNetworks.Charts;

/// <summary>
/// Lets Plotly.NET draw under the .NET Interactive kernel that VS Code and Jupyter run
/// (the course pins 1.0.712001; notebooks/appendix-plotly-net.ipynb shows it).
/// Run <c>PlotlyNet.UseKernelFSharpCore();</c> in a cell after the course library is loaded,
/// before the first Plotly.NET chart; it may come before or after <c>#r "nuget: Plotly.NET…"</c>.
/// <para>
/// Why: Plotly.NET 6.0.0 (and Plotly.NET.CSharp 0.14.0, Plotly.NET.Interactive 6.0.0) are built
/// against FSharp.Core 10.1.0.0, but the kernel ships FSharp.Core 10.0.0.0 and has loaded it
/// before any cell runs. .NET binds a request to a loaded assembly only when the loaded version
/// is at least the one asked for, and it cannot load a second FSharp.Core beside the first,
/// so the first chart fails with "Could not load file or assembly 'FSharp.Core, Version=10.1.0.0'";
/// referencing the FSharp.Core 10.1 package does not help.
/// </para>
/// <para>
/// What it does: it adds one handler to <see cref="AssemblyLoadContext.Default"/>'s Resolving
/// event, which .NET raises only after its own binding failed. The handler answers a request
/// for FSharp.Core (Microsoft's key, same major version) with the FSharp.Core already loaded
/// (every chart kind of the appendix draws with it, from C# and F#); any other failed
/// load stays a failure.
/// Calling it again changes nothing. Where FSharp.Core binds by itself (a program built against
/// it), it is never asked.
/// </para>
/// </summary>
public static class PlotlyNet
{
    private const string FSharpCore = "FSharp.Core";

    private static int installed;

    /// <summary>
    /// Answers failed FSharp.Core loads with the FSharp.Core already loaded
    /// (see the type's doc). Idempotent.
    /// </summary>
    public static void UseKernelFSharpCore()
    {
        if (Interlocked.Exchange(ref installed, 1) == 0)
            AssemblyLoadContext.Default.Resolving += (_, requested) =>
                Resolve(requested, AppDomain.CurrentDomain.GetAssemblies());
    }

    /// <summary>
    /// The assembly that answers a failed load of <paramref name="requested"/>: the loaded
    /// FSharp.Core with the highest version, when <paramref name="requested"/> is FSharp.Core
    /// with the same public key (or none given) and the same major version (or none given); null,
    /// so the load fails as before, for anything else.
    /// </summary>
    public static Assembly? Resolve(AssemblyName requested, IEnumerable<Assembly> loaded)
    {
        ArgumentNullException.ThrowIfNull(requested);
        ArgumentNullException.ThrowIfNull(loaded);
        if (!string.Equals(requested.Name, FSharpCore, StringComparison.OrdinalIgnoreCase))
            return null;
        Assembly? kernel = loaded.Where(a => a.GetName().Name == FSharpCore)
            .MaxBy(a => a.GetName().Version);
        if (kernel is null)
            return null;
        AssemblyName have = kernel.GetName();
        bool sameKey = requested.GetPublicKeyToken() is not { Length: > 0 } token
            || token.AsSpan().SequenceEqual(have.GetPublicKeyToken());
        bool sameMajor = requested.Version is null
            || requested.Version.Major == have.Version?.Major;
        return sameKey && sameMajor ? kernel : null;
    }
}
