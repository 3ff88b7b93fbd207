using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Losses;

/// <summary>
/// L1 loss, the sum of absolute errors (lesson 05): E = Σᵢ |yᵢ − tᵢ|; ∂E/∂yᵢ = sign(yᵢ − tᵢ),
/// taken as 0 where yᵢ = tᵢ. Less swayed by outliers than squared errors, but its slope does
/// not shrink near the answer.
/// A batch (N×k) is summed over every element.
/// </summary>
public static class L1Loss
{
    public static double Loss(Vector<double> y, Vector<double> t)
    {
        LossGuard.SameShape(y, t);
        return (y - t).L1Norm();
    }

    public static Vector<double> Gradient(Vector<double> y, Vector<double> t)
    {
        LossGuard.SameShape(y, t);
        return (y - t).PointwiseSign();
    }

    public static double Loss(Matrix<double> y, Matrix<double> t)
    {
        LossGuard.SameShape(y, t);
        return (y - t).Enumerate().Sum(Math.Abs);
    }

    public static Matrix<double> Gradient(Matrix<double> y, Matrix<double> t)
    {
        LossGuard.SameShape(y, t);
        return (y - t).PointwiseSign();
    }
}
