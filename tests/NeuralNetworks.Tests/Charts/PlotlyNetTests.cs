using System.Reflection;
using NeuralNetworks.Charts;

namespace NeuralNetworks.Tests.Charts;

/// <summary>
/// PlotlyNet.UseKernelFSharpCore's resolving rule, outside a kernel: which failed loads it answers with the loaded
/// FSharp.Core, table-driven over named stand-ins for the loaded assemblies. (The handler cannot be watched failing and
/// then answering in this process: the test host resolves FSharp.Core from the test folder first. The kernel case is
/// proven by notebooks/appendix-plotly-net.ipynb, which the runner and Jupyter tests run on the real kernel.)
/// </summary>
public class PlotlyNetTests
{
    private const string MicrosoftKey = "b03f5f7f11d50a3a";

    /// <summary>The kernel's case: FSharp.Core 10.0.0.0 loaded, Plotly.NET 6.0.0 asking for 10.1.0.0.</summary>
    private static readonly Assembly Kernel = new Named($"FSharp.Core, Version=10.0.0.0, Culture=neutral, PublicKeyToken={MicrosoftKey}");

    private static readonly Assembly[] Loaded = [typeof(object).Assembly, Kernel, typeof(PlotlyNet).Assembly];

    [Theory]
    [InlineData("FSharp.Core, Version=10.1.0.0, Culture=neutral, PublicKeyToken=" + MicrosoftKey)]
    [InlineData("FSharp.Core, Version=10.9.9.9, Culture=neutral, PublicKeyToken=" + MicrosoftKey)]
    [InlineData("FSharp.Core")]
    [InlineData("fsharp.core, Version=10.1.0.0")]
    public void A_failed_FSharp_Core_load_of_the_same_major_version_gets_the_loaded_one(string requested)
    {
        Assert.Same(Kernel, PlotlyNet.Resolve(new AssemblyName(requested), Loaded));
    }

    [Theory]
    [InlineData("FSharp.Core, Version=11.0.0.0, Culture=neutral, PublicKeyToken=" + MicrosoftKey)]
    [InlineData("FSharp.Core, Version=9.0.0.0, Culture=neutral, PublicKeyToken=" + MicrosoftKey)]
    [InlineData("FSharp.Core, Version=10.1.0.0, Culture=neutral, PublicKeyToken=0123456789abcdef")]
    [InlineData("Plotly.NET, Version=6.0.0.0, Culture=neutral, PublicKeyToken=null")]
    [InlineData("FSharp.Core.Extra, Version=10.1.0.0")]
    public void Any_other_failed_load_stays_a_failure(string requested)
    {
        Assert.Null(PlotlyNet.Resolve(new AssemblyName(requested), Loaded));
    }

    [Fact]
    public void Without_a_loaded_FSharp_Core_nothing_answers()
    {
        var requested = new AssemblyName($"FSharp.Core, Version=10.1.0.0, Culture=neutral, PublicKeyToken={MicrosoftKey}");

        Assert.Null(PlotlyNet.Resolve(requested, [typeof(object).Assembly, typeof(PlotlyNet).Assembly]));
    }

    [Fact]
    public void Of_several_loaded_FSharp_Cores_the_newest_answers()
    {
        var newer = new Named($"FSharp.Core, Version=10.0.5.0, Culture=neutral, PublicKeyToken={MicrosoftKey}");
        var requested = new AssemblyName($"FSharp.Core, Version=10.1.0.0, Culture=neutral, PublicKeyToken={MicrosoftKey}");

        Assert.Same(newer, PlotlyNet.Resolve(requested, [Kernel, newer]));
    }

    /// <summary>A stand-in for a loaded assembly: only its name, which is all the rule reads.</summary>
    private sealed class Named(string fullName) : Assembly
    {
        private readonly AssemblyName name = new(fullName);

        public override AssemblyName GetName() => name;

        public override string FullName => name.FullName;
    }
}
