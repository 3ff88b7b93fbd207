using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Losses;

/// <summary>
/// Half the sum of squared errors (lesson 05, Rabbit Challenge day 1): E = ½ Σᵢ (yᵢ − tᵢ)²;
/// ∂E/∂yᵢ = yᵢ − tᵢ. The ½ is there only so that it cancels the 2 from differentiating the square.
/// A batch (N×k) is summed over every element.
/// </summary>
public static class HalfSumOfSquares
{
    public static double Loss(Vector<double> y, Vector<double> t) =>
        0.5 * SumOfSquaredErrors.Loss(y, t);

    public static Vector<double> Gradient(Vector<double> y, Vector<double> t)
    {
        LossGuard.SameShape(y, t);
        return y - t;
    }

    public static double Loss(Matrix<double> y, Matrix<double> t) =>
        0.5 * SumOfSquaredErrors.Loss(y, t);

    public static Matrix<double> Gradient(Matrix<double> y, Matrix<double> t)
    {
        LossGuard.SameShape(y, t);
        return y - t;
    }
}
