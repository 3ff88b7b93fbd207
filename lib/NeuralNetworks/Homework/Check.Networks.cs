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
            throw Fail($"{what}: expected a network but got null.",
                $"{Words(what)}：ネットワークが必要ですが、nullでした。");
        if (actual.InputCount != data.FeatureCount)
            throw Fail(
                $"{what}: the network takes {actual.InputCount} inputs " +
                $"but the data has {data.FeatureCount} features.",
                $"{Words(what)}：ネットワークの入力は{actual.InputCount}個ですが、" +
                $"データの特徴量は{data.FeatureCount}個です。");
        double accuracy = actual.Accuracy(data.Features, data.Labels);
        if (accuracy < minimum)
            throw Fail(
                $"{what} is {Percent(accuracy)} on {data.Count} examples, " +
                $"below the {Percent(minimum)} this check asks for.",
                $"{Words(what)}は{data.Count}個のサンプルで{Percent(accuracy)}です。" +
                $"このチェックが求める{Percent(minimum)}に届いていません。");
    }

    /// <summary>
    /// Two networks (a training run repeated with the same seeds) classify every
    /// input the same way.
    /// </summary>
    public static void SamePredictions(Matrix<double> inputs, Network actual, Network actualAgain,
        string what)
    {
        if (actual is null || actualAgain is null)
            throw Fail($"{what}: expected two networks but got null.",
                $"{Words(what)}：ネットワークが2つ必要ですが、nullでした。");
        int[] first = actual.Classify(inputs);
        int[] second = actualAgain.Classify(inputs);
        int differ = first.Where((label, n) => label != second[n]).Count();
        if (differ > 0)
            throw Fail(
                $"{what}: the two networks disagree on {differ} of {first.Length} inputs; " +
                "give every random choice a fixed seed.",
                $"{Words(what)}：2つのネットワークの分類が、{first.Length}個の入力のうち" +
                $"{differ}個で食い違っています。" +
                "乱数を使うところには、すべて固定したシードを与えてください。");
    }

    private static string Percent(double fraction) =>
        (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
