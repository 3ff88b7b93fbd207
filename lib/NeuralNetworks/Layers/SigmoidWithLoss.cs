using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Activations;
using NeuralNetworks.Fast;
using NeuralNetworks.Losses;

namespace NeuralNetworks.Layers;

/// <summary>
/// Sigmoid and binary cross-entropy as one step, the output for two classes (one column) or several
/// yes/no labels (lesson 08):
/// Y = σ(U); L = −(1/N) Σₙ Σⱼ [t ln σ(u) + (1 − t) ln(1 − σ(u))]; dU = (σ(U) − T)/N, i.e.
/// σ(u) − t per example (HN410 2022). ln σ(u) = −ln(1 + e⁻ᵘ) and ln(1 − σ(u)) = −ln(1 + eᵘ)
/// are computed without ever taking ln 0, so no δ is needed and the gradient is exact
/// (compare <see cref="BinaryCrossEntropy"/>, which is given probabilities).
/// </summary>
public sealed class SigmoidWithLoss : IOutputLayer
{
    private Matrix<double>? Y, T;

    public Matrix<double> Predict(Matrix<double> U) => Activation.Sigmoid.Apply(U);

    public double Loss(Matrix<double> U, Matrix<double> T)
    {
        LossGuard.SameShape(U, T);
        Y = Activation.Sigmoid.Apply(U);
        this.T = T;
        Matrix<double> losses = U.Map2((u, t) => t * SoftPlus(-u) + (1 - t) * SoftPlus(u), T);
        return losses.Enumerate().Sum() / U.RowCount;
    }

    public Matrix<double> Backward()
    {
        if (Y is null || T is null)
            throw new InvalidOperationException("Call Loss before Backward.");
        return (Y - T) / Y.RowCount;
    }

    /// <summary>ln(1 + eˣ), written so that eˣ cannot overflow.</summary>
    private static double SoftPlus(double x) =>
        Math.Max(x, 0) + PortableMath.Log(1 + PortableMath.Exp(-Math.Abs(x)));

    public override string ToString() => "sigmoid";
}
