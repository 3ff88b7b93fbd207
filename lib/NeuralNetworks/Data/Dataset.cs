using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Data;

/// <summary>
/// A labelled classification data set: one example per row of <see cref="Features"/> (N×d) and,
/// for row i, its class index <see cref="Labels"/>[i] in 0 … ClassCount − 1. Immutable:
/// transformations return new data sets.
/// </summary>
public sealed partial record Dataset
{
    public Dataset(Matrix<double> features, IReadOnlyList<int> labels,
        IReadOnlyList<string> featureNames, IReadOnlyList<string> classNames)
    {
        if (features.RowCount != labels.Count)
            throw new ArgumentException(
                $"Features have {features.RowCount} rows but there are {labels.Count} labels: " +
                "give one label per row.", nameof(labels));
        if (featureNames.Count != features.ColumnCount)
            throw new ArgumentException(
                $"Features have {features.ColumnCount} columns " +
                $"but there are {featureNames.Count} feature names.", nameof(featureNames));
        int bad = labels.ToList().FindIndex(l => l < 0 || l >= classNames.Count);
        if (bad >= 0)
            throw new ArgumentException(
                $"Label {labels[bad]} of row {bad} " +
                $"is not a class index in 0…{classNames.Count - 1}.", nameof(labels));
        Features = features;
        Labels = labels;
        FeatureNames = featureNames;
        ClassNames = classNames;
    }

    /// <summary>X, N×d: one example per row.</summary>
    public Matrix<double> Features { get; init; }

    /// <summary>The class index of each row.</summary>
    public IReadOnlyList<int> Labels { get; init; }

    public IReadOnlyList<string> FeatureNames { get; init; }

    public IReadOnlyList<string> ClassNames { get; init; }

    /// <summary>N, the number of examples.</summary>
    public int Count => Features.RowCount;

    public int FeatureCount => Features.ColumnCount;

    public int ClassCount => ClassNames.Count;

    public override string ToString() =>
        $"Dataset({Count} examples, {FeatureCount} features, {ClassCount} classes: " +
        $"{string.Join(", ", ClassNames)})";
}
