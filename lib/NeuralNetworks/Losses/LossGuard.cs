using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Losses;

/// <summary>
/// The shape checks shared by every loss: y (the outputs) and t (the targets) must
/// have the same shape.
/// </summary>
internal static class LossGuard
{
    public static string Shape(Matrix<double> m) => $"{m.RowCount}×{m.ColumnCount}";

    public static void SameShape(Vector<double> y, Vector<double> t)
    {
        if (y.Count != t.Count)
            throw new ArgumentException(
                $"y has {y.Count} elements but t has {t.Count}: give one target per output.",
                nameof(t));
    }

    public static void SameShape(Matrix<double> y, Matrix<double> t)
    {
        if (y.RowCount != t.RowCount || y.ColumnCount != t.ColumnCount)
            throw new ArgumentException(
                $"y is {Shape(y)} but t is {Shape(t)}: " +
                "targets need the same shape as the outputs (one row per example).", nameof(t));
    }

    public static void Labels(Matrix<double> y, IReadOnlyList<int> labels)
    {
        if (labels.Count != y.RowCount)
            throw new ArgumentException(
                $"y is {Shape(y)} but there are {labels.Count} labels: " +
                "give one class index per row.", nameof(labels));
        for (int n = 0; n < labels.Count; n++)
            if (labels[n] < 0 || labels[n] >= y.ColumnCount)
                throw new ArgumentOutOfRangeException(nameof(labels), labels[n],
                    $"Label {labels[n]} of row {n} is not a class index in 0…{y.ColumnCount - 1}.");
    }
}
