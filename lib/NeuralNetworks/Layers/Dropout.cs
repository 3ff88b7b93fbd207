using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Layers;

/// <summary>
/// Inverted dropout (lesson 10): while training, each element is kept with probability 1 − p
/// and scaled by 1/(1 − p), otherwise set to 0: Z = X ⊙ M / (1 − p), M a fresh random 0/1 mask
/// each forward pass; backward, given dOut = ∂L/∂Z, dX = dOut ⊙ M / (1 − p). The scaling keeps
/// the expected value of every element unchanged, so at prediction time (training false) the
/// layer passes X through as is, and so does its backward. Shapes: X, Z, M, dOut are all N×k.
/// The masks come from a Random made from the seed given to the constructor.
/// </summary>
public sealed class Dropout : ILayer
{
    private readonly Random random;
    private Matrix<double>? scaledMask;

    public Dropout(double rate, int seed = 0)
    {
        if (!(rate >= 0 && rate < 1))
            throw new ArgumentOutOfRangeException(nameof(rate), rate,
                "The dropout rate is the fraction of elements dropped: " +
                "give a number in [0, 1), such as 0.5.");
        Rate = rate;
        random = new Random(seed);
    }

    /// <summary>p, the probability of dropping an element.</summary>
    public double Rate { get; }

    public IReadOnlyList<Parameter> Parameters => [];

    /// <summary>
    /// Drops elements while <paramref name="training"/>; otherwise returns X itself.
    /// </summary>
    public Matrix<double> Forward(Matrix<double> X, bool training = false)
    {
        if (!training)
        {
            scaledMask = null;
            return X;
        }
        double keep = 1 - Rate;
        scaledMask = Matrix<double>.Build.Dense(X.RowCount, X.ColumnCount,
            (_, _) => random.NextDouble() < keep ? 1 / keep : 0);
        return X.PointwiseMultiply(scaledMask);
    }

    public Matrix<double> Backward(Matrix<double> dOut) =>
        scaledMask is null ? dOut : dOut.PointwiseMultiply(scaledMask);

    public override string ToString() =>
        $"Dropout({Rate.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
}
