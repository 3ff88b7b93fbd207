using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;
using Lanes = System.Numerics.Vector<double>;
using Vector = System.Numerics.Vector;

namespace NeuralNetworks.Fast;

/// <summary>
/// Softmax with cross-entropy for a batch, forward and backward into given buffers
/// (the plain twin is Layers/SoftmaxWithLoss.cs, with the same formulas and the same order of
/// additions; e^… comes from <see cref="VectorExp"/>, within 2 ulps of Math.Exp, so Y and L may
/// differ from the plain twin's in the last bits):
/// yₙₖ = e^(uₙₖ − mₙ) / sₙ with mₙ = maxₖ uₙₖ and sₙ = Σₖ e^(uₙₖ − mₙ);
/// L = −(1/N) Σₙ (Σₖ tₙₖ uₙₖ − (Σₖ tₙₖ)·(mₙ + ln sₙ));  dU = (Y − T)/N.
/// U, T, Y and dU are N×k, column-major: class k of every row is the contiguous run at k·N,
/// so the maxima, the sums and the division run down the rows of one class at a time
/// with <see cref="System.Numerics.Vector{T}"/> (Lanes), keeping mₙ and sₙ in a
/// scratch array per thread.
/// </summary>
internal static class SoftmaxCrossEntropyKernel
{
    [ThreadStatic] private static double[]? scratch;

    /// <summary>
    /// The mean loss; Y = softmax(U), and dU = (Y − T)/N when <paramref name="dU"/> is given.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double LossAndGradient(Matrix<double> U, Matrix<double> T, Matrix<double> Y,
        Matrix<double>? dU)
    {
        double[] u = GemmOperand.DenseData(U, nameof(U));
        double[] t = GemmOperand.DenseData(T, nameof(T));
        double[] y = GemmOperand.DenseData(Y, nameof(Y));
        int N = U.RowCount, K = U.ColumnCount;
        if (scratch is null || scratch.Length < 2 * N) scratch = new double[2 * N];
        Span<double> max = scratch.AsSpan(0, N), sum = scratch.AsSpan(N, N);
        u.AsSpan(0, N).CopyTo(max);
        for (int k = 1; k < K; k++) Max(u.AsSpan(k * N, N), max);
        sum.Clear();
        for (int k = 0; k < K; k++)
        {
            Span<double> e = y.AsSpan(k * N, N);
            VectorExp.ExpOfDifference(u.AsSpan(k * N, N), max, e);
            Add(e, sum);
        }
        double total = 0;
        for (int n = 0; n < N; n++)
        {
            double dot = 0, targets = 0;
            for (int k = 0; k < K; k++)
            {
                dot += t[k * N + n] * u[k * N + n];
                targets += t[k * N + n];
            }
            total += dot - targets * (max[n] + PortableMath.Log(sum[n]));
        }
        for (int k = 0; k < K; k++) Divide(y.AsSpan(k * N, N), sum);
        if (dU is not null) Gradient(y, t, GemmOperand.DenseData(dU, nameof(dU)), N * K, N);
        return -total / N;
    }

    /// <summary>m[n] = x[n] if x[n] &gt; m[n] (a NaN never replaces m[n]).</summary>
    private static void Max(ReadOnlySpan<double> x, Span<double> m)
    {
        int n = 0;
        for (; n <= x.Length - Lanes.Count; n += Lanes.Count)
        {
            Lanes a = new(x[n..]), b = new(m[n..]);
            Vector.ConditionalSelect(Vector.GreaterThan(a, b), a, b).CopyTo(m[n..]);
        }
        for (; n < x.Length; n++) if (x[n] > m[n]) m[n] = x[n];
    }

    /// <summary>s[n] += e[n].</summary>
    private static void Add(ReadOnlySpan<double> e, Span<double> s)
    {
        int n = 0;
        for (; n <= e.Length - Lanes.Count; n += Lanes.Count)
            (new Lanes(s[n..]) + new Lanes(e[n..])).CopyTo(s[n..]);
        for (; n < e.Length; n++) s[n] += e[n];
    }

    /// <summary>e[n] /= s[n].</summary>
    private static void Divide(Span<double> e, ReadOnlySpan<double> s)
    {
        int n = 0;
        for (; n <= e.Length - Lanes.Count; n += Lanes.Count)
            (new Lanes(e[n..]) / new Lanes(s[n..])).CopyTo(e[n..]);
        for (; n < e.Length; n++) e[n] /= s[n];
    }

    /// <summary>dU = (Y − T)/N element by element.</summary>
    private static void Gradient(double[] y, double[] t, double[] du, int count, int N)
    {
        int i = 0;
        var n = new Lanes(N);
        for (; i <= count - Lanes.Count; i += Lanes.Count)
            ((new Lanes(y, i) - new Lanes(t, i)) / n).CopyTo(du, i);
        for (; i < count; i++) du[i] = (y[i] - t[i]) / N;
    }
}
