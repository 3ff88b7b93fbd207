using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Data;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Homework;

public static partial class Check
{
    /// <summary>
    /// The network classifies at least <paramref name="minimum"/> (a fraction, 0.9 for 90 %)
    /// of the examples right.
    /// </summary>
    public static void AccuracyAtLeast(double minimum, Dataset data, Network actual, string what)
    {
        if (!(minimum >= 0 && minimum <= 1))
            throw new ArgumentOutOfRangeException(nameof(minimum), minimum,
                "The minimum accuracy is a fraction in [0, 1], e.g. 0.9 for 90 %.");
        if (actual is null)
            throw new CheckFailedException($"{what}: expected a network but got null.");
        if (actual.InputCount != data.FeatureCount)
            throw new CheckFailedException(
                $"{what}: the network takes {actual.InputCount} inputs " +
                $"but the data has {data.FeatureCount} features.");
        double accuracy = actual.Accuracy(data.Features, data.Labels);
        if (accuracy < minimum)
            throw new CheckFailedException(
                $"{what} is {Percent(accuracy)} on {data.Count} examples, " +
                $"below the {Percent(minimum)} this check asks for.");
    }

    /// <summary>
    /// Two networks (a training run repeated with the same seeds) classify every
    /// input the same way.
    /// </summary>
    public static void SamePredictions(Matrix<double> inputs, Network actual, Network actualAgain,
        string what)
    {
        if (actual is null || actualAgain is null)
            throw new CheckFailedException($"{what}: expected two networks but got null.");
        int[] first = actual.Classify(inputs);
        int[] second = actualAgain.Classify(inputs);
        int differ = first.Where((label, n) => label != second[n]).Count();
        if (differ > 0)
            throw new CheckFailedException(
                $"{what}: the two networks disagree on {differ} of {first.Length} inputs; " +
                "give every random choice a fixed seed.");
    }

    private static string Percent(double fraction) =>
        (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
