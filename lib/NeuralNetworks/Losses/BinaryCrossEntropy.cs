using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Fast;

namespace NeuralNetworks.Losses;

/// <summary>
/// Binary cross-entropy for outputs y in (0, 1) that are the probability of class 1,
/// with targets t ∈ {0, 1} (lesson 05):
/// E = −(1/N) Σₙ [tₙ ln(yₙ + δ) + (1 − tₙ) ln(1 − yₙ + δ)];
/// ∂E/∂yₙ = −(1/N) [tₙ / (yₙ + δ) − (1 − tₙ) / (1 − yₙ + δ)], with δ = 1e-7 keeping ln away from
/// ln 0. A vector holds N examples of one output each; a batch matrix (N×k) sums over its k outputs
/// and takes the mean over its N rows. Paired with a sigmoid output, the gradient with respect to u
/// is simply (σ(u) − t)/N: see Layers/SigmoidWithLoss.cs.
/// </summary>
public static class BinaryCrossEntropy
{
    /// <summary>δ, the small constant added inside each logarithm.</summary>
    public const double Delta = CrossEntropyError.Delta;

    public static double Loss(Vector<double> y, Vector<double> t)
    {
        LossGuard.SameShape(y, t);
        return -y.Map2((yn, tn) => Term(yn, tn), t).Sum() / y.Count;
    }

    public static Vector<double> Gradient(Vector<double> y, Vector<double> t)
    {
        LossGuard.SameShape(y, t);
        return y.Map2((yn, tn) => -Slope(yn, tn) / y.Count, t);
    }

    public static double Loss(Matrix<double> y, Matrix<double> t)
    {
        LossGuard.SameShape(y, t);
        return -y.Map2((yn, tn) => Term(yn, tn), t).Enumerate().Sum() / y.RowCount;
    }

    public static Matrix<double> Gradient(Matrix<double> y, Matrix<double> t)
    {
        LossGuard.SameShape(y, t);
        return y.Map2((yn, tn) => -Slope(yn, tn) / y.RowCount, t);
    }

    private static double Term(double y, double t) =>
        t * PortableMath.Log(y + Delta) + (1 - t) * PortableMath.Log(1 - y + Delta);

    private static double Slope(double y, double t) => t / (y + Delta) - (1 - t) / (1 - y + Delta);
}
