using System.Runtime.CompilerServices;
using MathNet.Numerics.Providers.LinearAlgebra;

namespace NeuralNetworks.Fast;

/// <summary>
/// MathNet's linear-algebra provider with its dense double matrix products done by
/// <see cref="Fast.MatrixMultiply"/>, so that <c>X * W</c>, <c>X.TransposeThisAndMultiply(dU)</c>
/// and <c>dU.TransposeAndMultiply(W)</c> (in Dense, in a notebook, anywhere in the process)
/// run on the SIMD kernel. This is the hook MathNet gives native libraries (MKL, OpenBLAS):
/// the matrix types call <c>LinearAlgebraControl.Provider</c> for every dense product. Everything
/// else (element-wise arithmetic, factorizations, float and complex types) goes to MathNet's own
/// managed provider unchanged (FastLinearAlgebraProvider.Forwarded*.cs). Loading the library
/// installs it (<see cref="Install"/>) in place of the managed provider, and only of that one:
/// a native provider that someone chose stays. <c>Control.UseManaged()</c> puts MathNet's own back.
/// The results equal the managed provider's to rounding (about 1e-15 relative), whatever the CPU.
/// A product whose m·n·k reaches <see cref="GemmThreads.Threshold"/> uses a second core when
/// MathNet's <c>Control.MaxDegreeOfParallelism</c> is 2 or more (its default is the number of
/// cores); the bits do not change.
/// </summary>
internal sealed partial class FastLinearAlgebraProvider(ManagedLinearAlgebraProvider managed)
    : ILinearAlgebraProvider
{
    /// <summary>
    /// Runs when the library is loaded: replaces MathNet's managed provider,
    /// and only that one, with this.
    /// </summary>
    // A library's module initializer: the provider must be in place before the first product.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Install()
    {
        if (LinearAlgebraControl.Provider is ManagedLinearAlgebraProvider managed)
            LinearAlgebraControl.Provider = new FastLinearAlgebraProvider(managed);
    }

    /// <summary>
    /// result = x·y with x rowsX×columnsX and y rowsY×columnsY, all column-major.
    /// </summary>
    public void MatrixMultiply(double[] x, int rowsX, int columnsX,
        double[] y, int rowsY, int columnsY, double[] result)
    {
        if (columnsX != rowsY || Aliased(result, x, y))
        {
            managed.MatrixMultiply(x, rowsX, columnsX, y, rowsY, columnsY, result);
            return;
        }
        Fast.MatrixMultiply.Run(new GemmOperand(x, rowsX, false), new GemmOperand(y, rowsY, false),
            result, rowsX, columnsY, columnsX, GemmThreads.Allowed);
    }

    /// <summary>
    /// c = α·op(a)·op(b) + β·c; the fast kernel takes the plain product (α = 1, β = 0),
    /// MathNet the rest.
    /// </summary>
    public void MatrixMultiplyWithUpdate(Transpose transposeA, Transpose transposeB, double alpha,
        double[] a, int rowsA, int columnsA, double[] b, int rowsB, int columnsB,
        double beta, double[] c)
    {
        bool ta = transposeA != Transpose.DontTranspose, tb = transposeB != Transpose.DontTranspose;
        int m = ta ? columnsA : rowsA, k = ta ? rowsA : columnsA, n = tb ? rowsB : columnsB;
        if (alpha != 1.0 || beta != 0.0 || k != (tb ? columnsB : rowsB) || Aliased(c, a, b))
        {
            managed.MatrixMultiplyWithUpdate(transposeA, transposeB, alpha,
                a, rowsA, columnsA, b, rowsB, columnsB, beta, c);
            return;
        }
        Fast.MatrixMultiply.Run(new GemmOperand(a, rowsA, ta), new GemmOperand(b, rowsB, tb),
            c, m, n, k, GemmThreads.Allowed);
    }

    private static bool Aliased(double[] result, double[] x, double[] y) =>
        ReferenceEquals(result, x) || ReferenceEquals(result, y);

    public bool IsAvailable() => true;

    public void InitializeVerify() => managed.InitializeVerify();

    public void FreeResources() => managed.FreeResources();

    public override string ToString() =>
        $"NeuralNetworks fast products ({GemmKernel.Best}) over {managed}";
}
