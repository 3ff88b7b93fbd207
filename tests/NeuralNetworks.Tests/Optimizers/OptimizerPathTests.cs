using NeuralNetworks.Calculus;
using NeuralNetworks.Optimizers;

namespace NeuralNetworks.Tests.Optimizers;

public class OptimizerPathTests
{
    private static Vector<double> V(params double[] x) => Vector<double>.Build.DenseOfArray(x);

    // The narrow valley of lesson 10: f(x, y) = x²/20 + y², ∇f = (x/10, 2y).
    private static double F(Vector<double> p) => p[0] * p[0] / 20 + p[1] * p[1];

    private static Vector<double> Gradient(Vector<double> p) => V(p[0] / 10, 2 * p[1]);

    [Fact]
    public void SGD_walks_the_same_path_as_gradient_descent()
    {
        DescentPath sgd = OptimizerPath.Run(new SGD(0.9), Gradient, V(-7, 2), steps: 25, f: F);
        DescentPath plain = GradientDescent.Minimize(Gradient, V(-7, 2), learningRate: 0.9, steps: 25, f: F);

        Assert.Equal(26, sgd.Points.Count);
        for (int k = 0; k <= 25; k++)
        {
            Assert.Equal(plain.Points[k][0], sgd.Points[k][0], 12);
            Assert.Equal(plain.Points[k][1], sgd.Points[k][1], 12);
            Assert.Equal(plain.Values![k], sgd.Values![k], 12);
        }
    }

    [Fact]
    public void Momentum_first_two_steps_by_hand()
    {
        // v₁ = −0.1·(−0.7, 4) = (0.07, −0.4) → (−6.93, 1.6); v₂ = 0.9·v₁ − 0.1·(−0.693, 3.2) = (0.1323, −0.68) → (−6.7977, 0.92).
        DescentPath path = OptimizerPath.Run(new Momentum(0.1, 0.9), Gradient, V(-7, 2), steps: 2);

        Assert.Equal(-6.93, path.Points[1][0], 12);
        Assert.Equal(1.6, path.Points[1][1], 12);
        Assert.Equal(-6.7977, path.Points[2][0], 12);
        Assert.Equal(0.92, path.Points[2][1], 12);
        Assert.Null(path.Values);
    }

    // Lesson 10's race: 30 steps from (−7, 2), each optimizer with the learning rate the lesson gives it.
    [Theory]
    [InlineData("SGD", "0.0133")]
    [InlineData("Momentum", "0.0479")]
    [InlineData("AdaGrad", "0.0007")]
    [InlineData("RMSProp", "0.0586")]
    [InlineData("Adam", "0.1022")]
    [InlineData("AdaDelta", "5.8184")]
    public void The_lesson_10_race_ends_where_the_lesson_says(string name, string f)
    {
        IOptimizer optimizer = name switch
        {
            "SGD" => new SGD(0.95),
            "Momentum" => new Momentum(0.1, 0.9),
            "AdaGrad" => new AdaGrad(1.5),
            "RMSProp" => new RMSProp(0.2, 0.9),
            "Adam" => new Adam(0.3),
            _ => new AdaDelta(),
        };
        DescentPath path = OptimizerPath.Run(optimizer, Gradient, V(-7, 2), steps: 30, f: F);
        Assert.Equal(f, path.Values![^1].ToString("F4", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void In_the_race_Adam_with_rate_0_7_ends_below_SGD_and_AdaDelta_barely_moves()
    {
        DescentPath adam = OptimizerPath.Run(new Adam(0.7), Gradient, V(-7, 2), steps: 30, f: F);
        DescentPath sgd = OptimizerPath.Run(new SGD(0.95), Gradient, V(-7, 2), steps: 30, f: F);
        DescentPath adaDelta = OptimizerPath.Run(new AdaDelta(), Gradient, V(-7, 2), steps: 1);

        Assert.Equal(0.0098, adam.Values![^1], 4);
        Assert.True(adam.Values[^1] < sgd.Values![^1]);
        // First step √ε·g/√((1 − ρ)g² + ε) per coordinate: about 0.0045 towards the minimum in both x and y.
        Assert.Equal(0.0045, adaDelta.Points[1][0] - (-7), 4);
        Assert.Equal(-0.0045, adaDelta.Points[1][1] - 2, 4);
    }

    // Lesson 10's schedules: SGD from α₀ = 0.95, the rate multiplied by γ every 10 steps, the same 30 steps from (−7, 2).
    [Theory]
    [InlineData(1.0, "0.9500 0.9500 0.9500", "-0.350", "8.5E-2", "0.0133")]
    [InlineData(0.9, "0.9500 0.8550 0.7695", "-0.474", "4.7E-5", "0.0112")]
    [InlineData(0.5, "0.9500 0.4750 0.2375", "-1.247", "1.1E-16", "0.0777")]
    public void The_lesson_10_step_decay_race_ends_where_the_lesson_says(
        double factor, string rates, string x, string y, string f)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var schedule = new StepDecay(0.95, factor, every: 10);
        DescentPath path = OptimizerPath.Run(new ScheduledSGD(schedule), Gradient, V(-7, 2), steps: 30, f: F);

        Assert.Equal(rates, string.Join(" ", new[] { 0, 10, 20 }.Select(t => schedule.RateAt(t).ToString("F4", invariant))));
        Assert.Equal(x, path.Last[0].ToString("F3", invariant));
        Assert.Equal(y, path.Last[1].ToString("0.0E+0", invariant));
        Assert.Equal(f, path.Values![^1].ToString("F4", invariant));
    }

    [Fact]
    public void The_start_vector_is_left_unchanged()
    {
        Vector<double> start = V(-7, 2);
        OptimizerPath.Run(new Adam(0.3), Gradient, start, steps: 10);
        Assert.Equal(V(-7, 2), start);
    }

    [Fact]
    public void A_learning_rate_that_overshoots_is_reported_with_the_path_so_far()
    {
        // On f = y² the step is y ← (1 − 2α)y: α = 1e200 makes |y| overflow to ∞ within a few steps.
        var error = Assert.Throws<GradientDescentDivergedException>(() =>
            OptimizerPath.Run(new SGD(1e200), p => V(0, 2 * p[1]), V(0, 1), steps: 10));

        Assert.Contains("learning rate", error.Message);
        Assert.Equal(error.Step, error.PathSoFar.Points.Count);
    }

    [Fact]
    public void A_gradient_of_the_wrong_length_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => OptimizerPath.Run(new SGD(0.1), _ => V(1, 2, 3), V(0, 0), steps: 1));
        Assert.Contains("3 elements but the point has 2", error.Message);
    }

    [Fact]
    public void Zero_steps_are_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => OptimizerPath.Run(new SGD(0.1), Gradient, V(0, 0), steps: 0));
        Assert.Equal("steps", error.ParamName);
    }
}
