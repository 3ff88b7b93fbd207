using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Activations;

namespace NeuralNetworks.Layers;

/// <summary>
/// How a Dense layer's first weights are drawn (lessons 09, 10): every element of W (in×out) from a
/// normal distribution with mean 0 and standard deviation σ; biases start at 0.
/// Normal: σ = scale (Namba, Hijiyama.R uses 0.01 × standard normal noise). Xavier: σ = √(1/n_in),
/// suited to sigmoid and tanh; strictly LeCun's rule, the simplified "Xavier" of the textbook
/// ゼロから作るDeep Learning (Glorot and Bengio's own has variance 2/(n_in + n_out), the same
/// when n_in = n_out).
/// He: σ = √(2/n_in), suited to ReLU, which zeroes half its inputs.
/// n_in is the number of inputs of the layer. The numbers come only from the Random passed in:
/// the same seed gives bit-identical weights.
/// </summary>
public sealed class Initialization
{
    private readonly Func<int, double> standardDeviation;

    private Initialization(string name, Func<int, double> standardDeviation)
    {
        Name = name;
        this.standardDeviation = standardDeviation;
    }

    public string Name { get; }

    /// <summary>σ = scale, whatever the layer size.</summary>
    public static Initialization Normal(double scale = 0.01)
    {
        if (!(scale > 0) || double.IsInfinity(scale))
            throw new ArgumentOutOfRangeException(nameof(scale), scale,
                "The scale is a standard deviation: give a small positive number such as 0.01.");
        return new($"Normal({scale.ToString(CultureInfo.InvariantCulture)})", _ => scale);
    }

    /// <summary>σ = √(1/n_in): LeCun's rule, named Xavier (see the class summary).</summary>
    public static Initialization Xavier { get; } = new("Xavier", n => Math.Sqrt(1.0 / n));

    /// <summary>σ = √(2/n_in).</summary>
    public static Initialization He { get; } = new("He", n => Math.Sqrt(2.0 / n));

    /// <summary>He for the ReLU family, Xavier otherwise.</summary>
    public static Initialization For(Activation activation) =>
        activation.Name.Contains("ReLU", StringComparison.Ordinal) ? He : Xavier;

    /// <summary>
    /// The standard deviation used for a layer with <paramref name="inputs"/> inputs.
    /// </summary>
    public double StandardDeviation(int inputs) => standardDeviation(inputs);

    /// <summary>A fresh in×out weight matrix.</summary>
    public Matrix<double> Weights(int inputs, int outputs, Random random)
    {
        if (inputs < 1 || outputs < 1)
            throw new ArgumentOutOfRangeException(nameof(inputs),
                $"A layer needs at least one input and one output, not {inputs}→{outputs}.");
        return NormalSamples.Matrix(inputs, outputs, 0, StandardDeviation(inputs), random);
    }

    public override string ToString() => Name;
}
