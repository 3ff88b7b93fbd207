using System.Globalization;
using NeuralNetworks.Data;

namespace NeuralNetworks.Perceptrons;

/// <summary>
/// One change made by the perceptron learning rule (lesson 01): during <see cref="Epoch"/>,
/// example <see cref="Example"/> with target t got the wrong output o, so w ← w + η(t − o)x and
/// b ← b + η(t − o) turned <see cref="Before"/> into <see cref="After"/>. Epochs and examples are
/// both counted from 1, as a reader counts them (example 4 of AND is its fourth row, (1, 1));
/// <see cref="Row"/> is the 0-based row index for code.
/// </summary>
public sealed record PerceptronUpdate(
    int Epoch, int Example, int Target, int Output, Perceptron Before, Perceptron After)
{
    /// <summary>
    /// The example's row index in the data set, Example − 1: <c>data.Features.Row(update.Row)</c>.
    /// </summary>
    public int Row => Example - 1;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"epoch {Epoch}, example {Example}: t = {Target}, o = {Output} → {After}");
}

/// <summary>
/// The perceptron learning rule one update at a time (lesson 01), to animate the line as it moves:
/// the same training as <see cref="PerceptronLearning.Train"/> (same start, same order of examples
/// for the same seed, same stopping rule), but it keeps every update instead of one perceptron per
/// epoch (Train is built on it). Correct answers change nothing, so they are not listed.
/// </summary>
public static class PerceptronLearningSteps
{
    public static IReadOnlyList<PerceptronUpdate> Trace(Dataset data, double learningRate = 0.1,
        int epochs = 20, int seed = 0, Perceptron? start = null)
    {
        if (!(learningRate > 0) || double.IsInfinity(learningRate))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate,
                "The learning rate η must be a positive number, such as 0.1.");
        if (epochs <= 0)
            throw new ArgumentOutOfRangeException(nameof(epochs), epochs,
                "epochs must be at least 1, such as 20.");
        if (data.ClassCount != 2)
            throw new ArgumentException(
                $"A perceptron separates two classes, but the data set has {data.ClassCount}: " +
                $"{string.Join(", ", data.ClassNames)}.", nameof(data));

        var p = start ?? new Perceptron(new double[data.FeatureCount], 0);
        var random = new Random(seed);
        var updates = new List<PerceptronUpdate>();
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            int before = updates.Count;
            int[] order = Enumerable.Range(0, data.Count).ToArray();
            random.Shuffle(order);
            foreach (int i in order)
            {
                var x = data.Features.Row(i);
                int t = data.Labels[i], o = p.Predict(x);
                if (t == o) continue;
                var next = new Perceptron(
                    p.Weights + learningRate * (t - o) * x, p.Bias + learningRate * (t - o));
                updates.Add(new PerceptronUpdate(epoch, i + 1, t, o, p, next));
                p = next;
            }
            if (updates.Count == before) break;
        }
        return updates;
    }
}
