using NeuralNetworks.Activations;
using NeuralNetworks.Linearity;

namespace NeuralNetworks.Tests.Linearity;

public class LinearityCheckTests
{
    private static readonly double[] Points = [2, -3, 0.5, 1.25, -0.1, 0];

    [Fact]
    public void TwoXIsLinear()
    {
        LinearityResult result = LinearityCheck.Check(x => 2 * x, Points);

        Assert.True(result.IsLinear);
        Assert.Null(result.Counterexample);
    }

    public static TheoryData<string, Func<double, double>> NonLinear => new()
    {
        { "x²", x => x * x },
        { "eˣ", Math.Exp },
        { "sin x", Math.Sin },
        { "ReLU", Activation.ReLU.Apply },
        { "2x + 1", x => 2 * x + 1 },
        { "sigmoid", Activation.Sigmoid.Apply },
    };

    [Theory]
    [MemberData(nameof(NonLinear))]
    public void NonLinearFunctionsFailWithAGenuineCounterexample(string name, Func<double, double> f)
    {
        LinearityCounterexample? c = LinearityCheck.Check(f, Points).Counterexample;

        Assert.True(c is not null, name);
        double left = c.Law == LinearityLaw.Additivity ? f(c.First + c.Second) : f(c.First * c.Second);
        double right = c.Law == LinearityLaw.Additivity ? f(c.First) + f(c.Second) : c.First * f(c.Second);
        Assert.Equal(left, c.Left);
        Assert.Equal(right, c.Right);
        Assert.True(Math.Abs(left - right) > 1e-6, name);
    }

    [Fact]
    public void ReluCounterexampleIsTheLecturesOne()
    {
        // hirotask 2024: ReLU(2 + (−3)) = 0 but ReLU(2) + ReLU(−3) = 2 + 0 = 2.
        LinearityResult result = LinearityCheck.Check(Activation.ReLU.Apply, [2, -3]);

        Assert.False(result.IsLinear);
        Assert.Equal(LinearityLaw.Additivity, result.Counterexample!.Law);
        Assert.Equal((2.0, -3.0, 0.0, 2.0), (result.Counterexample.First, result.Counterexample.Second, result.Counterexample.Left, result.Counterexample.Right));
        Assert.Equal("f(2 + (-3)) = 0 but f(2) + f(-3) = 2", result.Counterexample.ToString());
    }

    [Fact]
    public void MixedSignsBreakAdditivityFirst()
    {
        // f(x) = x for x ≥ 0, 2x below. Pairs in order: (1, 1) holds, then (1, −1): f(0) = 0 but f(1) + f(−1) = 1 − 2 = −1.
        LinearityCounterexample c = LinearityCheck.Check(x => x >= 0 ? x : 2 * x, [1, -1]).Counterexample!;

        Assert.Equal(LinearityLaw.Additivity, c.Law);
        Assert.Equal("f(1 + (-1)) = 0 but f(1) + f(-1) = -1", c.ToString());
    }

    [Fact]
    public void HomogeneityFailureWhenAdditivityHoldsOnTheSamples()
    {
        // f(x) = |x| on {−1}: additivity f(−2) = 2 = f(−1) + f(−1) holds, homogeneity f((−1)·(−1)) = 1 but (−1)·f(−1) = −1 fails.
        LinearityCounterexample c = LinearityCheck.Check(Math.Abs, [-1]).Counterexample!;

        Assert.Equal(LinearityLaw.Homogeneity, c.Law);
        Assert.Equal((1.0, -1.0), (c.Left, c.Right));
        Assert.Equal("f(-1 · (-1)) = 1 but -1 · f(-1) = -1", c.ToString());
    }

    [Fact]
    public void NeedsPoints()
    {
        Assert.Throws<ArgumentException>(() => LinearityCheck.Check(x => x, []));
    }
}
