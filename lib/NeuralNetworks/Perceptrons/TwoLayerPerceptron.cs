using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Perceptrons;

/// <summary>
/// Perceptrons in two layers (lesson 01): the hidden perceptrons all read the input x,
/// and the output perceptron reads their outputs h = (h₁, …, hₖ): o = step(w·h + b).
/// Each hidden perceptron draws one line, and the output combines the half-planes, which is how
/// XOR = AND(NAND(x₁, x₂), OR(x₁, x₂)) becomes possible.
/// </summary>
public sealed class TwoLayerPerceptron
{
    public TwoLayerPerceptron(IReadOnlyList<Perceptron> hidden, Perceptron output)
    {
        if (hidden.Count == 0)
            throw new ArgumentException(
                "The hidden layer needs at least one perceptron.", nameof(hidden));
        if (output.InputCount != hidden.Count)
            throw new ArgumentException(
                $"The output perceptron has {output.InputCount} weights " +
                $"but there are {hidden.Count} hidden perceptrons: " +
                "give it one weight per hidden output.", nameof(output));
        if (hidden.Any(p => p.InputCount != hidden[0].InputCount))
            throw new ArgumentException(
                "Every hidden perceptron must take the same number of inputs.", nameof(hidden));
        Hidden = hidden.ToArray();
        Output = output;
    }

    public IReadOnlyList<Perceptron> Hidden { get; }

    public Perceptron Output { get; }

    /// <summary>
    /// h, the hidden outputs (each 0 or 1) for input x: the middle columns of the truth table.
    /// </summary>
    public Vector<double> HiddenOutputs(Vector<double> x) =>
        Vector<double>.Build.Dense(Hidden.Count, j => Hidden[j].Predict(x));

    /// <summary>o = step(w·h + b) with h = <see cref="HiddenOutputs"/>(x).</summary>
    public int Predict(Vector<double> x) => Output.Predict(HiddenOutputs(x));

    /// <summary>One prediction per row of X.</summary>
    public int[] Predict(Matrix<double> X) =>
        Enumerable.Range(0, X.RowCount).Select(i => Predict(X.Row(i))).ToArray();

    public override string ToString() =>
        $"TwoLayerPerceptron(hidden: {string.Join("; ", Hidden)} → output: {Output})";
}
