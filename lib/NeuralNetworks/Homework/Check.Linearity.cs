using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Homework;

public static partial class Check
{
    /// <summary>
    /// x and y are a counterexample to additivity for the function f that
    /// <paramref name="network"/> computes (its output for one input row, lesson 03):
    /// f(x + y) differs from f(x) + f(y) in some element by more than
    /// 1e-9 · max(1, |f(x + y)|, |f(x) + f(y)|), so rounding never makes a linear f look nonlinear.
    /// </summary>
    public static void BreaksAdditivity(Network network, Vector<double> actualX,
        Vector<double> actualY, string what)
    {
        ArgumentNullException.ThrowIfNull(network);
        CheckInput(network, actualX, "x", what);
        CheckInput(network, actualY, "y", what);
        Vector<double> left = Apply(network, actualX + actualY);
        Vector<double> right = Apply(network, actualX) + Apply(network, actualY);
        if (Agree(left, right, what))
            throw Fail(
                $"{what}: f(x + y) = {Numbers(left)} and f(x) + f(y) = {Numbers(right)} " +
                $"agree for x = {Numbers(actualX)}, y = {Numbers(actualY)}, " +
                "so this pair breaks nothing.",
                $"{Words(what)}：x = {Numbers(actualX)}、y = {Numbers(actualY)}では" +
                $"f(x + y) = {Numbers(left)}とf(x) + f(y) = {Numbers(right)}が一致するので、" +
                "この組は何も破っていません。");
    }

    /// <summary>
    /// a and x are a counterexample to homogeneity for the function <paramref name="network"/>
    /// computes: f(a·x) differs from a·f(x) by more than the rounding allowance of
    /// <see cref="BreaksAdditivity"/>.
    /// </summary>
    public static void BreaksHomogeneity(Network network, double actualA, Vector<double> actualX,
        string what)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (!double.IsFinite(actualA))
            throw Fail($"{what}: a = {Format(actualA)} is not a finite number.",
                $"{Words(what)}：a = {Format(actualA)}は有限の数ではありません。");
        CheckInput(network, actualX, "x", what);
        Vector<double> left = Apply(network, actualA * actualX);
        Vector<double> right = actualA * Apply(network, actualX);
        if (Agree(left, right, what))
            throw Fail(
                $"{what}: f(a·x) = {Numbers(left)} and a·f(x) = {Numbers(right)} " +
                $"agree for a = {Format(actualA)}, x = {Numbers(actualX)}, " +
                "so this pair breaks nothing.",
                $"{Words(what)}：a = {Format(actualA)}、x = {Numbers(actualX)}では" +
                $"f(a·x) = {Numbers(left)}とa·f(x) = {Numbers(right)}が一致するので、" +
                "この組は何も破っていません。");
    }

    private static void CheckInput(Network network, Vector<double> x, string name, string what)
    {
        if (x is null)
            throw Fail(
                $"{what}: expected a vector {name} of length {network.InputCount} but got null.",
                $"{Words(what)}：長さ{network.InputCount}のベクトル{name}が必要ですが、nullでした。");
        if (x.Count != network.InputCount)
            throw Fail(
                $"{what}: {name} has {x.Count} elements but f takes {network.InputCount}.",
                $"{Words(what)}：{name}の要素は{x.Count}個ですが、" +
                $"fが受け取るのは{network.InputCount}個です。");
        if (x.Any(v => !double.IsFinite(v)))
            throw Fail($"{what}: {name} = {Numbers(x)} holds a number that is not finite.",
                $"{Words(what)}：{name} = {Numbers(x)}に有限でない数が含まれています。");
    }

    private static Vector<double> Apply(Network network, Vector<double> x) =>
        network.Predict(x.ToRowMatrix()).Row(0);

    /// <summary>
    /// True when the two sides agree to rounding; sides that are not finite are the
    /// input's fault and fail.
    /// </summary>
    private static bool Agree(Vector<double> left, Vector<double> right, string what)
    {
        if (left.Concat(right).Any(v => !double.IsFinite(v)))
            throw Fail(
                $"{what}: f overflows for these inputs ({Numbers(left)}, {Numbers(right)}): " +
                "pick smaller numbers.",
                $"{Words(what)}：この入力ではfがオーバーフローします" +
                $"（{Numbers(left)}、{Numbers(right)}）。もっと小さな数を選んでください。");
        double scale = Math.Max(1, Math.Max(left.AbsoluteMaximum(), right.AbsoluteMaximum()));
        return (left - right).AbsoluteMaximum() <= 1e-9 * scale;
    }
}
