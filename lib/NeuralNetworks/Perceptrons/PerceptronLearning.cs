using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Data;

namespace NeuralNetworks.Perceptrons;

/// <summary>
/// The perceptron learning rule (lesson 01). For each example x with target t ∈ {0, 1} and output o = step(w·x + b):
/// w ← w + η(t − o)x, b ← b + η(t − o). A correct answer (t = o) changes nothing; a wrong one tilts the line toward
/// the example. If a line separates the two classes the rule finds one in a finite number of steps (the perceptron
/// convergence theorem); if none does (XOR) it never stops making mistakes.
/// </summary>
public static class PerceptronLearning
{
    /// <summary>
    /// Trains from w = 0, b = 0 (or <paramref name="start"/>), visiting the examples in a new order each epoch,
    /// shuffled with <c>new Random(seed)</c>. Stops after the first epoch with no mistake (converged) or after
    /// <paramref name="epochs"/> epochs.
    /// </summary>
    public static PerceptronLearningResult Train(Dataset data, double learningRate = 0.1, int epochs = 20, int seed = 0, Perceptron? start = null)
    {
        if (!(learningRate > 0) || double.IsInfinity(learningRate))
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate η must be a positive number, such as 0.1.");
        if (epochs <= 0)
            throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "epochs must be at least 1, such as 20.");
        if (data.ClassCount != 2)
            throw new ArgumentException($"A perceptron separates two classes, but the data set has {data.ClassCount}: {string.Join(", ", data.ClassNames)}.", nameof(data));

        Vector<double> w = start?.Weights.Clone() ?? Vector<double>.Build.Dense(data.FeatureCount);
        double b = start?.Bias ?? 0.0;
        var random = new Random(seed);
        var snapshots = new List<Perceptron>();
        var mistakes = new List<int>();
        for (int epoch = 0; epoch < epochs && (mistakes.Count == 0 || mistakes[^1] > 0); epoch++)
        {
            mistakes.Add(Epoch(data, w, ref b, learningRate, Order(data.Count, random)));
            snapshots.Add(new Perceptron(w, b));
        }
        return new PerceptronLearningResult(snapshots, mistakes);
    }

    /// <summary>One pass over the data in the given order, updating w in place; returns the number of mistakes.</summary>
    private static int Epoch(Dataset data, Vector<double> w, ref double b, double eta, int[] order)
    {
        int mistakes = 0;
        foreach (int i in order)
        {
            Vector<double> x = data.Features.Row(i);
            int t = data.Labels[i];
            int o = new Perceptron(w, b).Predict(x);
            if (t == o) continue;
            mistakes++;
            w.Add(eta * (t - o) * x, w);
            b += eta * (t - o);
        }
        return mistakes;
    }

    private static int[] Order(int n, Random random)
    {
        int[] order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        return order;
    }
}
