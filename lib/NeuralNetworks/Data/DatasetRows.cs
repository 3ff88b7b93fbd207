using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Data;

public sealed partial record Dataset
{
    /// <summary>The rows at the given indices, in that order (an index may repeat).</summary>
    public Dataset Take(IEnumerable<int> rows)
    {
        int[] r = rows.ToArray();
        int bad = Array.FindIndex(r, i => i < 0 || i >= Count);
        if (bad >= 0)
            throw new ArgumentOutOfRangeException(nameof(rows), r[bad],
                $"Row {r[bad]} does not exist: the data set has rows 0…{Count - 1}.");
        Matrix<double> X =
            Matrix<double>.Build.Dense(r.Length, FeatureCount, (i, j) => Features[r[i], j]);
        return new Dataset(X, r.Select(i => Labels[i]).ToArray(), FeatureNames, ClassNames);
    }

    /// <summary>
    /// The same examples in a random order (Fisher–Yates with <c>new Random(seed)</c>):
    /// same seed, same order.
    /// </summary>
    public Dataset Shuffle(int seed) => Take(Permutation(Count, seed));

    /// <summary>
    /// Shuffles with the seed, then cuts: the first ⌊trainFraction·N⌋ rows train, the next
    /// ⌊validationFraction·N⌋ validate, the rest test. Same seed, same split.
    /// </summary>
    public DataSplit Split(double trainFraction, double validationFraction, int seed)
    {
        if (!(trainFraction > 0 && trainFraction <= 1))
            throw new ArgumentOutOfRangeException(nameof(trainFraction), trainFraction,
                "trainFraction must be in (0, 1], e.g. 0.6.");
        if (!(validationFraction >= 0 && validationFraction < 1))
            throw new ArgumentOutOfRangeException(nameof(validationFraction), validationFraction,
                "validationFraction must be in [0, 1), e.g. 0.2.");
        if (trainFraction + validationFraction > 1 + 1e-12)
            throw new ArgumentException(FormattableString.Invariant(
                $"trainFraction + validationFraction is {trainFraction + validationFraction}, ") +
                "more than 1: the test set gets 1 minus their sum.", nameof(validationFraction));
        int[] order = Permutation(Count, seed);
        int nTrain = (int)Math.Floor(trainFraction * Count + 1e-9);
        int nValidation =
            Math.Min((int)Math.Floor(validationFraction * Count + 1e-9), Count - nTrain);
        return new DataSplit(
            Take(order[..nTrain]),
            Take(order[nTrain..(nTrain + nValidation)]),
            Take(order[(nTrain + nValidation)..]));
    }

    /// <summary>
    /// The rows of this data set followed by those of <paramref name="other"/>, which must have
    /// the same features and classes (e.g. the training and validation parts of a split).
    /// </summary>
    public Dataset Concat(Dataset other)
    {
        if (!FeatureNames.SequenceEqual(other.FeatureNames)
            || !ClassNames.SequenceEqual(other.ClassNames))
            throw new ArgumentException(
                "The two data sets have different feature or class names: " +
                "only parts of one data set can be joined.", nameof(other));
        return new Dataset(Features.Stack(other.Features), [.. Labels, .. other.Labels],
            FeatureNames, ClassNames);
    }

    /// <summary>
    /// The same labels and names with new features (for example standardised ones);
    /// the row count must match.
    /// </summary>
    public Dataset WithFeatures(Matrix<double> features)
    {
        IReadOnlyList<string> names = features.ColumnCount == FeatureCount
            ? FeatureNames
            : Enumerable.Range(1, features.ColumnCount).Select(j => $"x{j}").ToArray();
        return new(features, Labels, names, ClassNames);
    }

    internal static int[] Permutation(int n, int seed)
    {
        int[] order = Enumerable.Range(0, n).ToArray();
        var random = new Random(seed);
        for (int i = n - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }
}
