using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Losses;

namespace NeuralNetworks.Layers;

/// <summary>
/// The output for regression (lessons 04, 05): the identity activation Y = U with half the
/// squared error averaged over the batch, L = (1/N) · ½ Σₙ Σⱼ (yₙⱼ − tₙⱼ)²; dU = (Y − T)/N.
/// The ½ cancels the 2 of the square, as in Rabbit Challenge day 1.
/// </summary>
public sealed class IdentityWithLoss : IOutputLayer
{
    private Matrix<double>? Y, T;

    public Matrix<double> Predict(Matrix<double> U) => U;

    public double Loss(Matrix<double> U, Matrix<double> T)
    {
        double loss = HalfSumOfSquares.Loss(U, T) / U.RowCount;
        Y = U;
        this.T = T;
        return loss;
    }

    public Matrix<double> Backward()
    {
        if (Y is null || T is null)
            throw new InvalidOperationException("Call Loss before Backward.");
        return (Y - T) / Y.RowCount;
    }

    public override string ToString() => "identity";
}
