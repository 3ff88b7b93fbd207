using NeuralNetworks.Data;

namespace NeuralNetworks.Perceptrons;

/// <summary>
/// The perceptron learning rule (lesson 01). For each example x with target t ∈ {0, 1} and
/// output o = step(w·x + b):
/// w ← w + η(t − o)x, b ← b + η(t − o). A correct answer (t = o) changes nothing; a wrong one
/// tilts the line toward the example. If a line separates the two classes the rule finds one
/// in a finite number of steps (the perceptron convergence theorem); if none does (XOR) it
/// never stops making mistakes.
/// </summary>
public static class PerceptronLearning
{
    /// <summary>
    /// Trains from w = 0, b = 0 (or <paramref name="start"/>), visiting the examples in a new order
    /// each epoch, shuffled with <c>new Random(seed)</c>. Stops after the first epoch with no
    /// mistake (converged) or after <paramref name="epochs"/> epochs.
    /// </summary>
    public static PerceptronLearningResult Train(Dataset data, double learningRate = 0.1,
        int epochs = 20, int seed = 0, Perceptron? start = null)
    {
        IReadOnlyList<PerceptronUpdate> updates =
            PerceptronLearningSteps.Trace(data, learningRate, epochs, seed, start);
        int lastEpochWithMistakes = updates.Count == 0 ? 0 : updates[^1].Epoch;
        int epochsRun = Math.Min(epochs, lastEpochWithMistakes + 1);

        Perceptron current = start ?? new Perceptron(new double[data.FeatureCount], 0);
        var snapshots = new List<Perceptron>();
        var mistakes = new List<int>();
        for (int epoch = 1; epoch <= epochsRun; epoch++)
        {
            var inEpoch = updates.Where(u => u.Epoch == epoch).ToList();
            if (inEpoch.Count > 0) current = inEpoch[^1].After;
            snapshots.Add(current);
            mistakes.Add(inEpoch.Count);
        }
        return new PerceptronLearningResult(snapshots, mistakes);
    }
}
