using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Optimizers;

/// <summary>
/// A matrix of running state per parameter (a velocity, a sum of squared gradients, …),
/// shaped like the parameter and starting at 0. Keyed by the Parameter object itself,
/// so two parameters can never share an entry.
/// </summary>
internal sealed class OptimizerState
{
    private readonly Dictionary<Parameter, Matrix<double>> state =
        new(ReferenceEqualityComparer.Instance);

    public Matrix<double> For(Parameter p)
    {
        if (!state.TryGetValue(p, out Matrix<double>? m))
            state[p] = m = Matrix<double>.Build.Dense(p.RowCount, p.ColumnCount);
        return m;
    }

    public static double CheckLearningRate(double learningRate) =>
        learningRate > 0 && !double.IsInfinity(learningRate)
            ? learningRate
            : throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate,
                "The learning rate must be a positive finite number, such as 0.01.");

    public static double CheckFraction(double value, string name) =>
        value >= 0 && value < 1
            ? value
            : throw new ArgumentOutOfRangeException(name, value,
                $"{name} is a decay factor: give a number in [0, 1), such as 0.9.");
}
