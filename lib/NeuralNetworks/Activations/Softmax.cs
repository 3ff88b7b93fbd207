using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Fast;

namespace NeuralNetworks.Activations;

/// <summary>
/// Softmax turns a row of scores u into probabilities (lesson 02):
/// yₖ = e^(uₖ/T) / Σⱼ e^(uⱼ/T), each yₖ in (0, 1), Σₖ yₖ = 1. T is the temperature (1 by default).
/// Computed stably as e^((uₖ − max u)/T) / Σⱼ e^((uⱼ − max u)/T): subtracting the maximum changes
/// nothing mathematically but keeps e^… from overflowing. Jacobian: ∂yᵢ/∂uⱼ = yᵢ(δᵢⱼ − yⱼ)/T.
/// In a network softmax is paired with cross-entropy (see Layers/SoftmaxWithLoss.cs),
/// whose gradient is simply (y − t)/N.
/// </summary>
public static class Softmax
{
    /// <summary>Softmax of one score vector.</summary>
    public static Vector<double> Apply(Vector<double> u, double temperature = 1.0)
    {
        CheckTemperature(temperature);
        if (u.Count == 0)
            throw new ArgumentException(
                "Softmax needs at least one score, but the vector is empty.", nameof(u));
        double max = u.Maximum();
        // PortableMath: the same bits on every platform, the browser too (Fast/PortableMath.cs).
        Vector<double> e = u.Map(uk => PortableMath.Exp((uk - max) / temperature));
        return e / e.Sum();
    }

    /// <summary>
    /// Softmax of every row of a batch (N×k): each row becomes a probability vector.
    /// </summary>
    public static Matrix<double> Apply(Matrix<double> u, double temperature = 1.0)
    {
        CheckTemperature(temperature);
        if (u.ColumnCount == 0)
            throw new ArgumentException(
                $"Softmax needs at least one score per row, but the matrix is {u.RowCount}×0.",
                nameof(u));
        Matrix<double> y = u.Clone();
        for (int i = 0; i < u.RowCount; i++)
            y.SetRow(i, Apply(u.Row(i), temperature));
        return y;
    }

    /// <summary>
    /// The Jacobian J with Jᵢⱼ = ∂yᵢ/∂uⱼ = yᵢ(δᵢⱼ − yⱼ) at temperature 1, given y = softmax(u).
    /// </summary>
    public static Matrix<double> Jacobian(Vector<double> y) =>
        Matrix<double>.Build.DenseOfDiagonalVector(y) - y.OuterProduct(y);

    private static void CheckTemperature(double temperature)
    {
        if (!(temperature > 0) || double.IsInfinity(temperature))
            throw new ArgumentOutOfRangeException(nameof(temperature), temperature,
                "The softmax temperature must be a positive finite number; 1 is plain softmax.");
    }
}
