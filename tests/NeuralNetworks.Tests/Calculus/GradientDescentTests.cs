using NeuralNetworks.Calculus;

namespace NeuralNetworks.Tests.Calculus;

public class GradientDescentTests
{
    private static Vector<double> V(params double[] x) => Vector<double>.Build.DenseOfArray(x);

    // Lecture seed 003: L = w², ∂L/∂w = 2w, α = 0.1; w₁₀ = 1.5 (slope 3) → w₁₁ = 1.2, and w₁₀ = −1.5 (slope −3) → −1.2.
    [Theory]
    [InlineData(1.5, 1.2)]
    [InlineData(-1.5, -1.2)]
    public void OneStepMatchesTheLecture(double start, double expected)
    {
        DescentPath path = GradientDescent.Minimize(w => 2 * w, start, learningRate: 0.1, steps: 1);

        Assert.Equal(1, path.Steps);
        Assert.Equal([start, expected], path.Xs);
    }

    [Fact]
    public void EachStepShrinksWByTheSameFactorOnTheParabola()
    {
        // x ← x − α·2x = (1 − 2α)x, so after k steps x = (0.8)ᵏ · 1.5.
        DescentPath path = GradientDescent.Minimize(w => 2 * w, 1.5, 0.1, steps: 20, f: w => w * w);

        for (int k = 0; k <= 20; k++)
            Assert.Equal(1.5 * Math.Pow(0.8, k), path.Xs[k], 12);
        Assert.Equal(path.Xs.Select(w => w * w), path.Values!);
        Assert.False(path.StoppedEarly);
    }

    [Fact]
    public void ConvergesToTheBottomOfABowl()
    {
        // f(x, y) = (x − 1)² + 3(y + 2)², ∇f = (2(x − 1), 6(y + 2)), minimum at (1, −2).
        Func<Vector<double>, double> f = p => Math.Pow(p[0] - 1, 2) + 3 * Math.Pow(p[1] + 2, 2);
        Vector<double> start = V(4, 3);

        DescentPath path = GradientDescent.Minimize(p => V(2 * (p[0] - 1), 6 * (p[1] + 2)), start, 0.1, steps: 200, f: f);

        Assert.Equal(1, path.Last[0], 9);
        Assert.Equal(-2, path.Last[1], 9);
        Assert.Equal([4.0, 3.0], start.ToArray());
        Assert.True(path.Values!.Zip(path.Values!.Skip(1)).All(p => p.Second <= p.First), "f should never increase with α = 0.1");
    }

    [Fact]
    public void NumericalGradientWorksWhenNoFormulaIsAtHand()
    {
        Func<Vector<double>, double> f = p => Math.Pow(p[0] - 1, 2) + 3 * Math.Pow(p[1] + 2, 2);

        DescentPath path = GradientDescent.Minimize(p => NumericalGradient.Of(f, p), V(0, 0), 0.1, steps: 200);

        Assert.Equal(1, path.Last[0], 6);
        Assert.Equal(-2, path.Last[1], 6);
    }

    [Fact]
    public void StopsEarlyWhenTheStepIsTiny()
    {
        DescentPath path = GradientDescent.Minimize(w => 2 * w, 1.5, 0.1, steps: 10_000, minStep: 1e-6);

        Assert.True(path.StoppedEarly);
        Assert.True(path.Steps < 100, $"took {path.Steps} steps");
        Assert.True(Math.Abs(path.Xs[^2] - path.Xs[^1]) < 1e-6);
    }

    [Fact]
    public void DivergenceNamesStepAndLearningRateAndKeepsThePath()
    {
        // α = 10: x ← (1 − 20)x = −19x, which passes 1.8e308 after about 240 steps.
        var error = Assert.Throws<GradientDescentDivergedException>(() =>
            GradientDescent.Minimize(w => 2 * w, 1.5, learningRate: 10, steps: 1000));

        Assert.IsAssignableFrom<ArithmeticException>(error);
        Assert.Contains($"step {error.Step}", error.Message);
        Assert.Contains("learning rate 10", error.Message);
        Assert.Contains("smaller learning rate", error.Message);
        Assert.Equal(error.Step - 1, error.PathSoFar.Steps);
        Assert.True(error.PathSoFar.Xs.All(double.IsFinite));
        Assert.Equal(-19 * 1.5, error.PathSoFar.Xs[1]);
    }

    [Theory]
    [InlineData(0.0, 10, "learningRate")]
    [InlineData(-0.1, 10, "learningRate")]
    [InlineData(0.1, 0, "steps")]
    public void BadSettingsAreNamed(double learningRate, int steps, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => GradientDescent.Minimize(w => 2 * w, 1, learningRate, steps));
        Assert.Equal(name, error.ParamName);
    }

    [Fact]
    public void PathPrintsAsATable()
    {
        string text = GradientDescent.Minimize(w => 2 * w, 1.5, 0.1, steps: 2, f: w => w * w).ToString();

        Assert.Contains("DescentPath(2 steps)", text);
        Assert.Contains("1  [1.2]  f = 1.44", text);
    }
}
