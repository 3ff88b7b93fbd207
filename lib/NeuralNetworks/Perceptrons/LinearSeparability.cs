using NeuralNetworks.Data;

namespace NeuralNetworks.Perceptrons;

/// <summary>
/// A brute-force look for a separating line (lesson 01): try every perceptron whose w₁, w₂ and b lie on a grid,
/// and return the first that classifies every example correctly. For AND one turns up at once; for XOR the whole grid
/// fails, which illustrates (not proves) that no line separates XOR. The proof: (0,1) and (1,0) need w₂ + b &gt; 0 and
/// w₁ + b &gt; 0, so w₁ + w₂ + 2b &gt; 0; (0,0) and (1,1) need b ≤ 0 and w₁ + w₂ + b ≤ 0, so w₁ + w₂ + 2b ≤ 0.
/// </summary>
public static class LinearSeparability
{
    /// <summary>
    /// Tries w₁, w₂, b each in {min, min + Δ, …, max} with <paramref name="steps"/> values (Δ = (max − min)/(steps − 1)),
    /// b varying fastest. Returns the first perceptron with no mistake, or null if none on the grid separates the data.
    /// </summary>
    public static Perceptron? Search(Dataset data, double min = -1, double max = 1, int steps = 21)
    {
        if (data.FeatureCount != 2 || data.ClassCount != 2)
            throw new ArgumentException($"The grid search is for two features and two classes, but the data set has {data.FeatureCount} features and {data.ClassCount} classes.", nameof(data));
        if (steps < 2)
            throw new ArgumentOutOfRangeException(nameof(steps), steps, "steps must be at least 2, such as 21.");
        if (!(max > min))
            throw new ArgumentException(FormattableString.Invariant($"max ({max}) must be greater than min ({min})."), nameof(max));

        double[] grid = Enumerable.Range(0, steps).Select(i => min + (max - min) * i / (steps - 1)).ToArray();
        foreach (double w1 in grid)
            foreach (double w2 in grid)
                foreach (double b in grid)
                {
                    var candidate = new Perceptron([w1, w2], b);
                    if (candidate.Predict(data.Features).SequenceEqual(data.Labels)) return candidate;
                }
        return null;
    }
}
