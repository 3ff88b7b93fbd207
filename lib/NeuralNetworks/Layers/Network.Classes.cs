using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Data;

namespace NeuralNetworks.Layers;

public sealed partial class Network
{
    /// <summary>
    /// The predicted class of each row: the index of the largest output, or, with a single output
    /// (sigmoid), 1 when y ≥ 0.5 and 0 otherwise.
    /// </summary>
    public int[] Classify(Matrix<double> X)
    {
        Matrix<double> Y = Predict(X);
        if (Y.ColumnCount == 1)
            return Enumerable.Range(0, Y.RowCount).Select(n => Y[n, 0] >= 0.5 ? 1 : 0).ToArray();
        return OneHot.Decode(Y);
    }

    /// <summary>The fraction of rows whose predicted class equals the label, in [0, 1].</summary>
    public double Accuracy(Matrix<double> X, IReadOnlyList<int> labels)
    {
        if (labels.Count != X.RowCount)
            throw new ArgumentException(
                $"X has {X.RowCount} rows but there are {labels.Count} labels: " +
                "give one label per row.", nameof(labels));
        int[] predicted = Classify(X);
        return predicted.Where((p, n) => p == labels[n]).Count() / (double)labels.Count;
    }

    /// <summary>
    /// The target matrix for class labels: one-hot rows (N×k) for k ≥ 2 outputs, or the labels as
    /// one column (N×1) for a single output.
    /// </summary>
    public Matrix<double> Targets(IReadOnlyList<int> labels)
    {
        if (OutputCount > 1) return OneHot.Encode(labels, OutputCount);
        int bad = labels.ToList().FindIndex(label => label is not (0 or 1));
        if (bad >= 0)
            throw new ArgumentOutOfRangeException(nameof(labels), labels[bad],
                $"Label {labels[bad]} of row {bad} is not 0 or 1, " +
                "the two classes of a one-output network.");
        return Matrix<double>.Build.Dense(labels.Count, 1, (n, _) => labels[n]);
    }
}
