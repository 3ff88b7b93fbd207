namespace NeuralNetworks.Training;

/// <summary>Accuracy of predicted class indices against true labels (lesson 09).</summary>
public static class Metrics
{
    /// <summary>The fraction of positions where predicted equals actual, in [0, 1].</summary>
    public static double Accuracy(IReadOnlyList<int> predicted, IReadOnlyList<int> actual)
    {
        if (predicted.Count != actual.Count)
            throw new ArgumentException(
                $"There are {predicted.Count} predictions but {actual.Count} labels: " +
                "give one prediction per label.", nameof(predicted));
        if (actual.Count == 0)
            throw new ArgumentException("Accuracy needs at least one example.", nameof(actual));
        return predicted.Where((p, i) => p == actual[i]).Count() / (double)actual.Count;
    }
}
