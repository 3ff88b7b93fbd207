using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;
using Lanes = System.Numerics.Vector<double>;
using Vector = System.Numerics.Vector;

namespace NeuralNetworks.Fast;

/// <summary>
/// The element-wise steps of a training step, done in place on MathNet's dense column-major arrays
/// with <see cref="System.Numerics.Vector{T}"/> (Lanes here), which the runtime sizes to the CPU
/// (4 doubles with AVX2, 2 with SSE2 or NEON), and a scalar tail. Column j of an N×k batch is the
/// contiguous run Data[j·N … j·N+N−1], so "add bⱼ to every row" and "sum each column" run down
/// contiguous memory. Each has a plain twin in Layers/ or Optimizers/: the same formula with the
/// same rounding, except that column sums add in a different order.
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
        {
            Span<double> column = u.AsSpan(j * rows, rows);
            var v = new Lanes(bias[j]);
            int i = 0;
            for (; i <= rows - Lanes.Count; i += Lanes.Count)
                (new Lanes(column[i..]) + v).CopyTo(column[i..]);
            for (; i < rows; i++) column[i] += bias[j];
        }
    }

    /// <summary>
    /// Z = ReLU(U): u where u &gt; 0, else 0, element by element (as in Activations/ReLU.cs).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ReLU(Matrix<double> U, Matrix<double> Z)
    {
        ReadOnlySpan<double> u = Data(U).AsSpan(0, U.RowCount * U.ColumnCount);
        Span<double> z = Data(Z);
        int i = 0;
        for (; i <= u.Length - Lanes.Count; i += Lanes.Count)
        {
            var x = new Lanes(u[i..]);
            System.Numerics.Vector<long> positive = Vector.GreaterThan(x, Lanes.Zero);
            Vector.ConditionalSelect(positive, x, Lanes.Zero).CopyTo(z[i..]);
        }
        for (; i < u.Length; i++) z[i] = u[i] > 0 ? u[i] : 0.0;
    }

    /// <summary>
    /// dU = dOut ⊙ ReLU′(U): dOut where U &gt; 0, else 0 (ReLU′(0) = 0, as in Activations/ReLU.cs).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ReLUBackward(Matrix<double> U, Matrix<double> dOut, Matrix<double> dU)
    {
        ReadOnlySpan<double> u = Data(U).AsSpan(0, U.RowCount * U.ColumnCount), d = Data(dOut);
        Span<double> du = Data(dU);
        int i = 0;
        for (; i <= u.Length - Lanes.Count; i += Lanes.Count)
        {
            System.Numerics.Vector<long> positive =
                Vector.GreaterThan(new Lanes(u[i..]), Lanes.Zero);
            Vector.ConditionalSelect(positive, new Lanes(d[i..]), Lanes.Zero).CopyTo(du[i..]);
        }
        for (; i < u.Length; i++) du[i] = u[i] > 0 ? d[i] : 0.0;
    }

    /// <summary>
    /// sums[0, j] = Σₙ D[n, j] (Dense: db = column sums of dOut), each column added top to bottom
    /// like MathNet's ColumnSums. Four columns are summed side by side so that four additions are
    /// in flight instead of one waiting for the last.
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

    /// <summary>
    /// W ← W − α·G in place (SGD), rounding α·G before the subtraction exactly as
    /// Optimizers/SGD.cs does.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SubtractScaled(Matrix<double> W, double alpha, Matrix<double> G)
    {
        Span<double> w = Data(W);
        ReadOnlySpan<double> g = Data(G);
        var a = new Lanes(alpha);
        int i = 0;
        for (; i <= w.Length - Lanes.Count; i += Lanes.Count)
            (new Lanes(w[i..]) - a * new Lanes(g[i..])).CopyTo(w[i..]);
        for (; i < w.Length; i++) w[i] -= alpha * g[i];
    }
}
