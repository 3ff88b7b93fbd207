using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Fast;

/// <summary>
/// The element-wise steps of a training step, done in place on MathNet's dense column-major arrays with 256-bit
/// vectors (4 doubles) and a scalar tail. Column j of an N×k batch is the contiguous run Data[j·N … j·N+N−1],
/// so "add bᵢ to every row" and "sum each column" run down contiguous memory. Each has a plain twin in Layers/:
/// they compute the same formula with the same rounding, except that column sums add in a different order.
/// </summary>
internal static class BatchKernels
{
    private static double[] Data(Matrix<double> m) => GemmOperand.DenseData(m, nameof(m));

    /// <summary>U[n, j] += b[0, j] for every row n (Dense: U = X·W + b).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddToEveryRow(Matrix<double> U, Matrix<double> b)
    {
        double[] u = Data(U), bias = Data(b);
        int rows = U.RowCount;
        for (int j = 0; j < U.ColumnCount; j++)
            Add(u.AsSpan(j * rows, rows), bias[j]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Add(Span<double> x, double value)
    {
        int i = 0;
        var v = Vector256.Create(value);
        for (; i <= x.Length - 4; i += 4)
            (Vector256.Create(x.Slice(i, 4)) + v).CopyTo(x.Slice(i, 4));
        for (; i < x.Length; i++) x[i] += value;
    }

    /// <summary>Z = ReLU(U) = max(0, U), element by element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ReLU(Matrix<double> U, Matrix<double> Z)
    {
        ReadOnlySpan<double> u = Data(U).AsSpan(0, U.RowCount * U.ColumnCount);
        Span<double> z = Data(Z);
        int i = 0;
        for (; i <= u.Length - 4; i += 4)
            Vector256.Max(Vector256.Create(u.Slice(i, 4)), Vector256<double>.Zero).CopyTo(z.Slice(i, 4));
        for (; i < u.Length; i++) z[i] = u[i] > 0 ? u[i] : 0.0;
    }

    /// <summary>dU = dZ ⊙ ReLU′(U): dZ where U &gt; 0, else 0 (ReLU′(0) = 0, as in Activations/ReLU.cs).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ReLUBackward(Matrix<double> U, Matrix<double> dZ, Matrix<double> dU)
    {
        ReadOnlySpan<double> u = Data(U).AsSpan(0, U.RowCount * U.ColumnCount), dz = Data(dZ);
        Span<double> du = Data(dU);
        int i = 0;
        for (; i <= u.Length - 4; i += 4)
        {
            var positive = Vector256.GreaterThan(Vector256.Create(u.Slice(i, 4)), Vector256<double>.Zero);
            (Vector256.Create(dz.Slice(i, 4)) & positive).CopyTo(du.Slice(i, 4));
        }
        for (; i < u.Length; i++) du[i] = u[i] > 0 ? dz[i] : 0.0;
    }

    /// <summary>
    /// sums[0, j] = Σₙ D[n, j] (Dense: db = column sums of dU), each column added top to bottom like MathNet's ColumnSums.
    /// Four columns are summed side by side so that four additions are in flight instead of one waiting for the last.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ColumnSums(Matrix<double> D, Matrix<double> sums)
    {
        double[] d = Data(D), s = Data(sums);
        int rows = D.RowCount, j = 0;
        for (; j <= D.ColumnCount - 4; j += 4)
        {
            int c0 = j * rows, c1 = c0 + rows, c2 = c1 + rows, c3 = c2 + rows;
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (int n = 0; n < rows; n++)
            {
                s0 += d[c0 + n]; s1 += d[c1 + n]; s2 += d[c2 + n]; s3 += d[c3 + n];
            }
            (s[j], s[j + 1], s[j + 2], s[j + 3]) = (s0, s1, s2, s3);
        }
        for (; j < D.ColumnCount; j++)
        {
            double sum = 0;
            for (int n = 0; n < rows; n++) sum += d[j * rows + n];
            s[j] = sum;
        }
    }

    /// <summary>W ← W − α·G in place (SGD), rounding α·G before the subtraction exactly as Optimizers/SGD.cs does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SubtractScaled(Matrix<double> W, double alpha, Matrix<double> G)
    {
        Span<double> w = Data(W);
        ReadOnlySpan<double> g = Data(G);
        var a = Vector256.Create(alpha);
        int i = 0;
        for (; i <= w.Length - 4; i += 4)
            (Vector256.Create(w.Slice(i, 4)) - a * Vector256.Create(g.Slice(i, 4))).CopyTo(w.Slice(i, 4));
        for (; i < w.Length; i++) w[i] -= alpha * g[i];
    }
}
