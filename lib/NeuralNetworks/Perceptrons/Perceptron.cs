using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Activations;

namespace NeuralNetworks.Perceptrons;

/// <summary>
/// The perceptron (lesson 01): u = w·x + b = w₁x₁ + … + wₙxₙ + b, o = step(u)
/// (1 if u &gt; 0, else 0). The bias b can be read as a weight w₀ on a constant input x₀ = 1,
/// so u = Σᵢ wᵢxᵢ over i = 0 … n.
/// Symbols: x input, w <see cref="Weights"/>, b <see cref="Bias"/>, u weighted input,
/// o output. Immutable.
/// </summary>
public sealed class Perceptron
{
    public Perceptron(Vector<double> weights, double bias)
    {
        if (weights.Count == 0)
            throw new ArgumentException("A perceptron needs at least one weight.", nameof(weights));
        Weights = weights.Clone();
        Bias = bias;
    }

    public Perceptron(double[] weights, double bias)
        : this(Vector<double>.Build.DenseOfArray(weights), bias) { }

    /// <summary>
    /// w, one weight per input. A copy: changing it does not change the perceptron.
    /// </summary>
    public Vector<double> Weights { get; }

    /// <summary>b, equivalently w₀ on the constant input x₀ = 1.</summary>
    public double Bias { get; }

    public int InputCount => Weights.Count;

    /// <summary>u = w·x + b.</summary>
    public double WeightedInput(Vector<double> x)
    {
        if (x.Count != Weights.Count)
            throw new ArgumentException(
                $"x has {x.Count} elements but the perceptron has {Weights.Count} weights.",
                nameof(x));
        return Weights.DotProduct(x) + Bias;
    }

    /// <summary>o = step(w·x + b): 0 or 1.</summary>
    public int Predict(Vector<double> x) => (int)Activation.Step.Apply(WeightedInput(x));

    /// <summary>One prediction per row of X (N×n).</summary>
    public int[] Predict(Matrix<double> X)
    {
        if (X.ColumnCount != Weights.Count)
            throw new ArgumentException(
                $"X is {X.RowCount}×{X.ColumnCount} but the perceptron has {Weights.Count} " +
                $"weights: X needs {Weights.Count} columns.", nameof(X));
        return Enumerable.Range(0, X.RowCount).Select(i => Predict(X.Row(i))).ToArray();
    }

    /// <summary>
    /// The line w₁x₁ + w₂x₂ + b = 0 that separates the outputs 0 and 1, for a
    /// perceptron with two inputs.
    /// </summary>
    public BoundaryLine Boundary
    {
        get
        {
            if (Weights.Count != 2)
                throw new InvalidOperationException(
                    "The boundary is a line only for two inputs; " +
                    $"this perceptron has {Weights.Count}.");
            return new BoundaryLine(Weights[0], Weights[1], Bias);
        }
    }

    public override string ToString()
    {
        string weights = string.Join(", ",
            Weights.Select(w => w.ToString("G6", CultureInfo.InvariantCulture)));
        return string.Create(CultureInfo.InvariantCulture,
            $"Perceptron(w = [{weights}], b = {Bias:G6})");
    }
}
