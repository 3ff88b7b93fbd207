using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Fast;

/// <summary>
/// Softmax with cross-entropy for a batch, forward and backward in one pass into given buffers
/// (the plain twin is Layers/SoftmaxWithLoss.cs, with the same formulas and the same rounding):
/// yₙₖ = e^(uₙₖ − mₙ) / Σⱼ e^(uₙⱼ − mₙ) with mₙ = maxⱼ uₙⱼ;
/// L = −(1/N) Σₙ (Σₖ tₙₖ uₙₖ − (Σₖ tₙₖ)·(mₙ + ln Σⱼ e^(uₙⱼ − mₙ)));  dU = (Y − T)/N.
/// U, T, Y and dU are N×k; element (n, k) of a column-major N×k array is at k·N + n.
/// </summary>
internal static class SoftmaxCrossEntropyKernel
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double LossAndGradient(Matrix<double> U, Matrix<double> T, Matrix<double> Y, Matrix<double> dU)
    {
        double[] u = GemmOperand.DenseData(U, nameof(U)), t = GemmOperand.DenseData(T, nameof(T));
        double[] y = GemmOperand.DenseData(Y, nameof(Y)), du = GemmOperand.DenseData(dU, nameof(dU));
        int N = U.RowCount, K = U.ColumnCount;
        double total = 0;
        for (int n = 0; n < N; n++)
        {
            double max = u[n];
            for (int k = 1; k < K; k++) max = Math.Max(max, u[k * N + n]);
            double sum = 0;
            for (int k = 0; k < K; k++) sum += y[k * N + n] = Math.Exp(u[k * N + n] - max);
            double logSumExp = max + Math.Log(sum), dot = 0, targets = 0;
            for (int k = 0; k < K; k++)
            {
                int at = k * N + n;
                y[at] /= sum;
                du[at] = (y[at] - t[at]) / N;
                dot += t[at] * u[at];
                targets += t[at];
            }
            total += dot - targets * logSumExp;
        }
        return -total / N;
    }
}
