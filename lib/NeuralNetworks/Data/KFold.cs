namespace NeuralNetworks.Data;

/// <summary>
/// k-fold cross-validation (交差検証, lesson 09; named in HN410 2022). The N rows are shuffled
/// with <c>new Random(seed)</c> and cut into k folds of ⌈N/k⌉ or ⌊N/k⌋ rows (the first N mod k
/// folds get the extra row). Round i trains on the other k − 1 folds and measures on fold i, so
/// every row is held out exactly once. A setting's score is the mean of the k scores, and their
/// standard deviation shows how much it depends on which rows were held out. Give it the data
/// without the test set: the test set is used once, at the end.
/// </summary>
public static class KFold
{
    /// <summary>The k rounds, fold 1 held out first. Same seed, same folds.</summary>
    public static IReadOnlyList<Fold> Split(Dataset data, int k, int seed)
    {
        if (k < 2 || k > data.Count)
            throw new ArgumentOutOfRangeException(nameof(k), k,
                $"k must be from 2 to the number of rows, {data.Count}: e.g. 5.");
        int[] order = Dataset.Permutation(data.Count, seed);
        var folds = new List<Fold>(k);
        int start = 0;
        for (int i = 0; i < k; i++)
        {
            int size = data.Count / k + (i < data.Count % k ? 1 : 0);
            int[] heldOut = order[start..(start + size)];
            int[] rest = [.. order[..start], .. order[(start + size)..]];
            folds.Add(new Fold(i + 1, k, data.Take(rest), data.Take(heldOut)));
            start += size;
        }
        return folds;
    }
}
