using System.Globalization;
using NeuralNetworks.Data;

namespace NeuralNetworks.Perceptrons;

/// <summary>
/// A brute-force look for a separating line (lesson 01): try every perceptron whose w₁,
/// w₂ and b lie on a grid, and return the first that classifies every example correctly.
/// For AND one turns up at once; for XOR the whole grid fails, which illustrates (not proves)
/// that no line separates XOR. The proof: (0,1) and (1,0) need w₂ + b &gt; 0 and w₁ + b &gt; 0,
/// so w₁ + w₂ + 2b &gt; 0; (0,0) and (1,1) need b ≤ 0 and w₁ + w₂ + b ≤ 0, so w₁ + w₂ + 2b ≤ 0.
/// The grid is counted in decimal steps, so a printed weight such as 0.1 is the double 0.1 itself,
/// and a candidate passes only by the step's rule (output 1 when u &gt; 0, so u = 0 answers 0),
/// never by a rounding error.
/// </summary>
public static class LinearSeparability
{
    /// <summary>
    /// Tries w₁, w₂, b each in <see cref="Grid"/>(min, max, step), b varying fastest. Returns the
    /// first perceptron with no mistake, or null if none on the grid separates the data.
    /// </summary>
    public static Perceptron? Search(Dataset data, double min = -1, double max = 1,
        double step = 0.1)
    {
        if (data.FeatureCount != 2 || data.ClassCount != 2)
            throw new ArgumentException(
                "The grid search is for two features and two classes, but the data set has " +
                $"{data.FeatureCount} features and {data.ClassCount} classes.", nameof(data));

        double[] grid = Grid(min, max, step);
        foreach (double w1 in grid)
            foreach (double w2 in grid)
                foreach (double b in grid)
                {
                    var candidate = new Perceptron([w1, w2], b);
                    if (candidate.Predict(data.Features).SequenceEqual(data.Labels))
                        return candidate;
                }
        return null;
    }

    /// <summary>
    /// min, min + step, …, max, each the double nearest to its decimal value
    /// (−1, −0.9, …, 1 by default): the k-th value is computed as the decimal min + k·step,
    /// not by adding a double step k times, which drifts (0.1 + 0.2 ≠ 0.3).
    /// </summary>
    public static double[] Grid(double min = -1, double max = 1, double step = 0.1)
    {
        decimal from = Decimal(min, nameof(min)), to = Decimal(max, nameof(max));
        decimal by = Decimal(step, nameof(step));
        if (by <= 0 || decimal.Round(by, 6) != by)
            throw new ArgumentOutOfRangeException(nameof(step), step,
                "The grid step must be positive with at most six decimals, " +
                "such as 0.1, 0.05 or 0.25.");
        if (to <= from)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"max ({max}) must be greater than min ({min})."), nameof(max));
        decimal count = (to - from) / by;
        if (count != decimal.Truncate(count))
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"max − min = {to - from} is not a whole number of steps of {step}: " +
                $"choose a step that divides it, such as 0.1."), nameof(step));
        if (count > 1000)
            throw new ArgumentOutOfRangeException(nameof(step), step,
                string.Create(CultureInfo.InvariantCulture,
                    $"The grid would hold {count + 1} values (cubed for w₁, w₂ and b): " +
                    $"use a larger step or a smaller range."));
        return Enumerable.Range(0, (int)count + 1)
            .Select(k => (double)(from + k * by) + 0.0)   // + 0.0: no −0
            .ToArray();
    }

    private static decimal Decimal(double value, string name) =>
        double.IsFinite(value) && Math.Abs(value) <= 1e6
            ? decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture),
                NumberStyles.Float, CultureInfo.InvariantCulture)
            : throw new ArgumentOutOfRangeException(name, value,
                $"{name} must be a finite number between −1e6 and 1e6, such as 1.");
}
