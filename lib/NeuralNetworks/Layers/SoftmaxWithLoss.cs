using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Activations;
using NeuralNetworks.Fast;
using NeuralNetworks.Losses;

namespace NeuralNetworks.Layers;

/// <summary>
/// Softmax and categorical cross-entropy as one step, the output for classification into
/// k ≥ 2 classes (lesson 08):
/// Y = softmax(U) row by row; L = −(1/N) Σₙ Σₖ tₙₖ ln yₙₖ; dU = (Y − T)/N. T is one-hot (N×k).
/// ln yₙₖ is computed as uₙₖ − max − ln Σⱼ e^(uₙⱼ − max), which is never ln 0, so this step needs
/// no δ and its gradient (Y − T)/N is exact (compare <see cref="CrossEntropyError"/>, which is
/// given probabilities and adds δ = 1e-7).
/// </summary>
public sealed class SoftmaxWithLoss : IOutputLayer
{
    private Matrix<double>? Y, T;

    public Matrix<double> Predict(Matrix<double> U) => Softmax.Apply(U);

    public double Loss(Matrix<double> U, Matrix<double> T)
    {
        LossGuard.SameShape(U, T);
        Y = Softmax.Apply(U);
        this.T = T;
        double sum = 0;
        for (int n = 0; n < U.RowCount; n++)
        {
            Vector<double> u = U.Row(n);
            double max = u.Maximum();
            double logSumExp = max + PortableMath.Log(u.Sum(uk => PortableMath.Exp(uk - max)));
            sum += T.Row(n).DotProduct(u) - T.Row(n).Sum() * logSumExp;
        }
        return -sum / U.RowCount;
    }

    public Matrix<double> Backward()
    {
        if (Y is null || T is null)
            throw new InvalidOperationException("Call Loss before Backward.");
        return (Y - T) / Y.RowCount;
    }

    public override string ToString() => "softmax";
}
