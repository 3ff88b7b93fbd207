using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Fast;

namespace NeuralNetworks.Losses;

/// <summary>
/// Categorical cross-entropy (交差エントロピー誤差, lesson 05) for probability outputs y
/// (a softmax row) and one-hot targets t.
/// One example: E = −Σₖ tₖ ln(yₖ + δ); ∂E/∂yₖ = −tₖ / (yₖ + δ).
/// A batch (N×k) is averaged over its rows, as in the code of Rabbit Challenge day 1:
/// E = −(1/N) Σₙ Σₖ tₙₖ ln(yₙₖ + δ); ∂E/∂yₙₖ = −tₙₖ / (N (yₙₖ + δ)). δ = 1e-7 keeps ln away from
/// ln 0 = −∞. Targets may also be class indices: only the correct class's term is non-zero.
/// Paired with softmax, the gradient with respect to the scores u is simply (y − t)/N:
/// see Layers/SoftmaxWithLoss.cs.
/// </summary>
public static class CrossEntropyError
{
    /// <summary>δ, the small constant added inside the logarithm.</summary>
    public const double Delta = 1e-7;

    public static double Loss(Vector<double> y, Vector<double> t)
    {
        LossGuard.SameShape(y, t);
        return -y.Map2((yk, tk) => tk * PortableMath.Log(yk + Delta), t).Sum();
    }

    public static Vector<double> Gradient(Vector<double> y, Vector<double> t)
    {
        LossGuard.SameShape(y, t);
        return y.Map2((yk, tk) => -tk / (yk + Delta), t);
    }

    public static double Loss(Matrix<double> y, Matrix<double> t)
    {
        LossGuard.SameShape(y, t);
        return -y.Map2((yk, tk) => tk * PortableMath.Log(yk + Delta), t).Enumerate().Sum()
            / y.RowCount;
    }

    public static Matrix<double> Gradient(Matrix<double> y, Matrix<double> t)
    {
        LossGuard.SameShape(y, t);
        return y.Map2((yk, tk) => -tk / (y.RowCount * (yk + Delta)), t);
    }

    /// <summary>
    /// The batch loss with targets given as class indices, one per row:
    /// −(1/N) Σₙ ln(yₙ,labelₙ + δ).
    /// </summary>
    public static double Loss(Matrix<double> y, IReadOnlyList<int> labels)
    {
        LossGuard.Labels(y, labels);
        return -Enumerable.Range(0, y.RowCount)
            .Sum(n => PortableMath.Log(y[n, labels[n]] + Delta)) / y.RowCount;
    }

    /// <summary>
    /// ∂E/∂y with targets as class indices: −1/(N (yₙ,labelₙ + δ)) at each row's
    /// label, 0 elsewhere.
    /// </summary>
    public static Matrix<double> Gradient(Matrix<double> y, IReadOnlyList<int> labels)
    {
        LossGuard.Labels(y, labels);
        Matrix<double> gradient = Matrix<double>.Build.Dense(y.RowCount, y.ColumnCount);
        for (int n = 0; n < y.RowCount; n++)
            gradient[n, labels[n]] = -1.0 / (y.RowCount * (y[n, labels[n]] + Delta));
        return gradient;
    }
}
