using MathNet.Numerics.Providers.LinearAlgebra;

namespace NeuralNetworks.Fast;

/// <summary>
/// What the library does to MathNet's matrix products, for printing and for putting
/// it back: loading the library makes every dense double product (<c>A * B</c>,
/// <c>TransposeThisAndMultiply</c>, <c>TransposeAndMultiply</c>) run on a SIMD kernel for this
/// CPU's vector width, with the same results to rounding. Nothing needs to be called to get it.
/// </summary>
public static class FastProducts
{
    /// <summary>The kernel this CPU runs: "512-bit", "256-bit", "128-bit" or "scalar".</summary>
    public static string Kernel => GemmKernel.Best.Name;

    /// <summary>
    /// True while MathNet's products go through the fast kernel (false after
    /// <c>Control.UseManaged()</c>).
    /// </summary>
    public static bool Installed => LinearAlgebraControl.Provider is FastLinearAlgebraProvider;

    /// <summary>
    /// Puts the fast products back in place of MathNet's managed ones (as loading the library did).
    /// </summary>
    public static void Install() => FastLinearAlgebraProvider.Install();

    /// <summary>E.g. "fast products: 256-bit kernel (8×6 tile), installed".</summary>
    public static string Describe() =>
        $"fast products: {GemmKernel.Best}, " +
        $"{(Installed ? "installed" : "not installed (MathNet's own products are in use)")}";
}
