using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Data;

namespace NeuralNetworks.Homework;

public static partial class Check
{
    /// <summary>
    /// The perceptron with weights w and bias b, o = 1 if w·x + b &gt; 0 else 0
    /// (lesson 01's boundary rule), gives every example of a two-class data set its label. The
    /// message names the first example on the wrong side, with its u. The sums are computed here,
    /// not with the library's Perceptron, so the check means the same whatever an assignment
    /// declares as its answer.
    /// </summary>
    public static void Separates(Dataset data, Vector<double> actualWeights, double actualBias,
        string what)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Labels.Any(label => label > 1))
            throw new ArgumentException(
                $"A perceptron separates two classes; the data set has {data.ClassCount}.",
                nameof(data));
        if (actualWeights is null)
            throw new CheckFailedException(
                $"{what}: expected {data.FeatureCount} weights but got null.");
        if (actualWeights.Count != data.FeatureCount)
            throw new CheckFailedException(
                $"{what}: expected {data.FeatureCount} weights, one per input, " +
                $"but got {actualWeights.Count}.");
        if (!double.IsFinite(actualBias) || actualWeights.Any(w => !double.IsFinite(w)))
            throw new CheckFailedException(
                $"{what}: the weights or the bias are not finite numbers: " +
                $"w = {Numbers(actualWeights)}, b = {Format(actualBias)}.");
        for (int i = 0; i < data.Count; i++)
        {
            Vector<double> x = data.Features.Row(i);
            double u = actualWeights.DotProduct(x) + actualBias;
            int o = u > 0 ? 1 : 0;
            if (o != data.Labels[i])
                throw new CheckFailedException(
                    $"{what}: example {i + 1}, x = {Numbers(x)}, " +
                    $"has target {data.Labels[i]} but u = w·x + b = {Format(u)} " +
                    $"gives {o} (w = {Numbers(actualWeights)}, b = {Format(actualBias)}).");
        }
    }

    private static string Numbers(Vector<double> v) =>
        "(" + string.Join(", ", v.Select(Format)) + ")";
}
