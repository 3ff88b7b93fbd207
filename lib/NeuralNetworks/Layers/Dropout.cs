using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Layers;

/// <summary>
/// Inverted dropout (lesson 10): while training, each element is kept with probability 1 − p and scaled by 1/(1 − p),
/// otherwise set to 0: Z = X ⊙ M / (1 − p), M a fresh random 0/1 mask each forward pass; backward dX = dZ ⊙ M / (1 − p).
/// The scaling keeps the expected value of every element unchanged, so at prediction time the layer passes X through as is.
/// Shapes: X, Z, M are all N×k. The masks come from a Random made from the seed given to the constructor.
/// </summary>
public sealed class Dropout : ILayer
{
    private readonly Random random;
    private Matrix<double>? scaledMask;

    public Dropout(double rate, int seed = 0)
    {
        if (!(rate >= 0 && rate < 1))
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "The dropout rate is the fraction of elements dropped: give a number in [0, 1), such as 0.5.");
        Rate = rate;
        random = new Random(seed);
    }

    /// <summary>p, the probability of dropping an element.</summary>
    public double Rate { get; }

    /// <summary>True while training (elements are dropped); false for prediction (the layer does nothing). Set by the network.</summary>
    public bool IsTraining { get; set; }

    public IReadOnlyList<Parameter> Parameters => [];

    public Matrix<double> Forward(Matrix<double> X)
    {
        if (!IsTraining)
        {
            scaledMask = null;
            return X;
        }
        double keep = 1 - Rate;
        scaledMask = Matrix<double>.Build.Dense(X.RowCount, X.ColumnCount, (_, _) => random.NextDouble() < keep ? 1 / keep : 0);
        return X.PointwiseMultiply(scaledMask);
    }

    public Matrix<double> Backward(Matrix<double> dZ) =>
        scaledMask is null ? dZ : dZ.PointwiseMultiply(scaledMask);

    public override string ToString() => $"Dropout({Rate.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
}
