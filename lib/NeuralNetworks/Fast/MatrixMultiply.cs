using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Fast;

/// <summary>
/// The fast products, written into a given result matrix: the three a
/// layer needs (U = X·W forward, dW = Xᵀ·dU and dX = dU·Wᵀ backward), and
/// <see cref="Run(GemmOperand, GemmOperand, double[], int, int, int, int, GemmKernel?)"/> on raw
/// column-major arrays for <see cref="FastLinearAlgebraProvider"/>, through which MathNet's own
/// <c>A * B</c>, <c>Multiply</c>, <c>TransposeThisAndMultiply</c> and <c>TransposeAndMultiply</c>
/// arrive here. They give MathNet's managed numbers up to rounding (about 1e-15 relative): packed
/// panels (<see cref="Packing"/>), a register-blocked SIMD micro-kernel for the CPU's vector width
/// (<see cref="GemmKernel"/>) and cache blocking (<see cref="GemmBlocking"/>), on MathNet's dense
/// arrays in place. threads: 2 lets large products use a second core (<see cref="GemmThreads"/>);
/// the result does not depend on it, nor on the kernel. Operands must be dense; the result must
/// not share storage with them.
/// </summary>
internal static class MatrixMultiply
{
    /// <summary>result = A·B, with A m×k, B k×n, result m×n.</summary>
    public static void Multiply(Matrix<double> a, Matrix<double> b, Matrix<double> result,
        int threads = 1)
    {
        if (a.ColumnCount != b.RowCount)
            throw new ArgumentException(
                $"A is {Shape(a)} but B is {Shape(b)}: " +
                $"B needs {a.ColumnCount} rows for A·B.", nameof(b));
        Run(a, false, b, false, result, a.RowCount, b.ColumnCount, a.ColumnCount, "A·B", threads);
    }

    /// <summary>result = Aᵀ·B, with A k×m, B k×n, result m×n (dW = Xᵀ·dU).</summary>
    public static void TransposeThisAndMultiply(Matrix<double> a, Matrix<double> b,
        Matrix<double> result, int threads = 1)
    {
        if (a.RowCount != b.RowCount)
            throw new ArgumentException(
                $"A is {Shape(a)} but B is {Shape(b)}: " +
                $"B needs {a.RowCount} rows for Aᵀ·B.", nameof(b));
        Run(a, true, b, false, result, a.ColumnCount, b.ColumnCount, a.RowCount, "Aᵀ·B", threads);
    }

    /// <summary>result = A·Bᵀ, with A m×k, B n×k, result m×n (dX = dU·Wᵀ).</summary>
    public static void TransposeAndMultiply(Matrix<double> a, Matrix<double> b,
        Matrix<double> result, int threads = 1)
    {
        if (a.ColumnCount != b.ColumnCount)
            throw new ArgumentException(
                $"A is {Shape(a)} but B is {Shape(b)}: " +
                $"B needs {a.ColumnCount} columns for A·Bᵀ.", nameof(b));
        Run(a, false, b, true, result, a.RowCount, b.RowCount, a.ColumnCount, "A·Bᵀ", threads);
    }

    /// <summary>
    /// c = op(A)·op(B), c m×n column-major, op(A) m×k, op(B) k×n; <paramref name="kernel"/>
    /// defaults to the best.
    /// </summary>
    public static void Run(GemmOperand A, GemmOperand B, double[] c, int m, int n, int k,
        int threads = 1, GemmKernel? kernel = null)
    {
        if (m == 0 || n == 0) return;
        if (k == 0) { Array.Clear(c, 0, m * n); return; }
        GemmThreads.Run(kernel ?? GemmKernel.Best, A, B, c, m, n, k, threads);
    }

    private static void Run(Matrix<double> a, bool ta, Matrix<double> b, bool tb,
        Matrix<double> result, int m, int n, int k, string product, int threads)
    {
        if (threads < 1)
            throw new ArgumentOutOfRangeException(nameof(threads), threads,
                "threads must be 1 or more (2 uses a second core for large products).");
        if (result.RowCount != m || result.ColumnCount != n)
            throw new ArgumentException(
                $"result is {Shape(result)} but {product} is {m}×{n}: pass a {m}×{n} matrix.",
                nameof(result));
        var A = GemmOperand.Of(a, ta, "a");
        var B = GemmOperand.Of(b, tb, "b");
        double[] c = GemmOperand.DenseData(result, "result");
        if (ReferenceEquals(c, A.Data) || ReferenceEquals(c, B.Data))
            throw new ArgumentException(
                $"result shares its storage with {(ReferenceEquals(c, A.Data) ? "A" : "B")}: " +
                $"pass a separate {m}×{n} matrix.", nameof(result));
        Run(A, B, c, m, n, k, threads);
    }

    private static string Shape(Matrix<double> m) => $"{m.RowCount}×{m.ColumnCount}";
}
