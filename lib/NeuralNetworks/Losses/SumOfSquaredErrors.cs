using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Losses;

/// <summary>
/// Sum of squared errors (残差平方和, lesson 05): E = Σᵢ (yᵢ − tᵢ)²; ∂E/∂yᵢ = 2(yᵢ − tᵢ).
/// Squaring makes every error count, whatever its sign: the Medical AI lecture's three cases
/// give 0, 0.18 and 1.50. A batch (N×k, one example per row) is summed over every element,
/// examples and outputs alike.
/// </summary>
public static class SumOfSquaredErrors
{
    public static double Loss(Vector<double> y, Vector<double> t)
    {
        LossGuard.SameShape(y, t);
        return (y - t).PointwisePower(2).Sum();
    }

    public static Vector<double> Gradient(Vector<double> y, Vector<double> t)
    {
        LossGuard.SameShape(y, t);
        return 2.0 * (y - t);
    }

    public static double Loss(Matrix<double> y, Matrix<double> t)
    {
        LossGuard.SameShape(y, t);
        return (y - t).PointwisePower(2).Enumerate().Sum();
    }

    public static Matrix<double> Gradient(Matrix<double> y, Matrix<double> t)
    {
        LossGuard.SameShape(y, t);
        return 2.0 * (y - t);
    }
}
