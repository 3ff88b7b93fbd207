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
            throw Fail($"{what}: expected {data.FeatureCount} weights but got null.",
                $"{Words(what)}：重みが{data.FeatureCount}個必要ですが、nullでした。");
        if (actualWeights.Count != data.FeatureCount)
            throw Fail(
                $"{what}: expected {data.FeatureCount} weights, one per input, " +
                $"but got {actualWeights.Count}.",
                $"{Words(what)}：重みは入力の数と同じ{data.FeatureCount}個のはずですが、" +
                $"{actualWeights.Count}個でした。");
        if (!double.IsFinite(actualBias) || actualWeights.Any(w => !double.IsFinite(w)))
            throw Fail(
                $"{what}: the weights or the bias are not finite numbers: " +
                $"w = {Numbers(actualWeights)}, b = {Format(actualBias)}.",
                $"{Words(what)}：重みかバイアスが有限の数ではありません" +
                $"（w = {Numbers(actualWeights)}、b = {Format(actualBias)}）。");
        for (int i = 0; i < data.Count; i++)
        {
            Vector<double> x = data.Features.Row(i);
            double u = actualWeights.DotProduct(x) + actualBias;
            int o = u > 0 ? 1 : 0;
            if (o != data.Labels[i])
                throw Fail(
                    $"{what}: example {i + 1}, x = {Numbers(x)}, " +
                    $"has target {data.Labels[i]} but u = w·x + b = {Format(u)} " +
                    $"gives {o} (w = {Numbers(actualWeights)}, b = {Format(actualBias)}).",
                    $"{Words(what)}：サンプル{i + 1}（x = {Numbers(x)}）の目標値は" +
                    $"{data.Labels[i]}ですが、u = w·x + b = {Format(u)}なので出力は{o}です" +
                    $"（w = {Numbers(actualWeights)}、b = {Format(actualBias)}）。");
        }
    }

    private static string Numbers(Vector<double> v) =>
        "(" + string.Join(", ", v.Select(Format)) + ")";
}
