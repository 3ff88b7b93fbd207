using System.Globalization;
using System.Text;

namespace NeuralNetworks.Training;

/// <summary>
/// Counts of (true class, predicted class) pairs (lesson 09): Counts[i, j] is how many examples
/// of class i were predicted as class j, so the diagonal holds the correct answers. Per class:
/// recall = Counts[i, i] / (row i's sum), precision = Counts[i, i] / (column i's sum).
/// </summary>
public sealed class ConfusionMatrix
{
    private readonly int[,] counts;

    public ConfusionMatrix(IReadOnlyList<int> actual, IReadOnlyList<int> predicted,
        IReadOnlyList<string> classNames)
    {
        if (actual.Count != predicted.Count)
            throw new ArgumentException(
                $"There are {actual.Count} labels but {predicted.Count} predictions: " +
                "give one prediction per label.", nameof(predicted));
        int k = classNames.Count;
        int bad = actual.Concat(predicted).ToList().FindIndex(c => c < 0 || c >= k);
        if (bad >= 0)
            throw new ArgumentOutOfRangeException(nameof(actual),
                $"Class {actual.Concat(predicted).ElementAt(bad)} is not in 0…{k - 1}.");
        ClassNames = classNames;
        counts = new int[k, k];
        for (int n = 0; n < actual.Count; n++)
            counts[actual[n], predicted[n]]++;
    }

    public IReadOnlyList<string> ClassNames { get; }

    public int ClassCount => ClassNames.Count;

    /// <summary>
    /// How many examples of class <paramref name="actual"/> were predicted as
    /// <paramref name="predicted"/>.
    /// </summary>
    public int this[int actual, int predicted] => counts[actual, predicted];

    public int Total => Enumerable.Range(0, ClassCount).Sum(i => RowSum(i));

    public double Accuracy =>
        Enumerable.Range(0, ClassCount).Sum(i => counts[i, i]) / (double)Total;

    /// <summary>
    /// Of the examples of class i, the fraction predicted as i (NaN if there are none).
    /// </summary>
    public double Recall(int i) => counts[i, i] / (double)RowSum(i);

    /// <summary>
    /// Of the examples predicted as class i, the fraction that are i (NaN if none were).
    /// </summary>
    public double Precision(int i) => counts[i, i] / (double)ColumnSum(i);

    private int RowSum(int i) => Enumerable.Range(0, ClassCount).Sum(j => counts[i, j]);

    private int ColumnSum(int j) => Enumerable.Range(0, ClassCount).Sum(i => counts[i, j]);

    /// <summary>
    /// The table: one row per true class, one column per predicted class, then recall.
    /// </summary>
    public override string ToString()
    {
        int width = Math.Max(6, ClassNames.Max(n => n.Length) + 1);
        int labelWidth = Math.Max("true \\ predicted".Length, ClassNames.Max(n => n.Length)) + 2;
        var text = new StringBuilder("true \\ predicted".PadRight(labelWidth));
        foreach (string name in ClassNames) text.Append(name.PadLeft(width));
        text.Append("  recall\n");
        for (int i = 0; i < ClassCount; i++)
        {
            text.Append(ClassNames[i].PadRight(labelWidth));
            for (int j = 0; j < ClassCount; j++)
                text.Append(counts[i, j].ToString(CultureInfo.InvariantCulture).PadLeft(width));
            text.Append(CultureInfo.InvariantCulture, $"  {100 * Recall(i),5:F1}%\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"accuracy {100 * Accuracy:F1}% of {Total}");
        return text.ToString();
    }
}
