using NeuralNetworks.Calculus;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;

namespace NeuralNetworks.Tests.Optimizers;

public class StepDecayTests
{
    private static Vector<double> V(params double[] x) => Vector<double>.Build.DenseOfArray(x);

    [Theory]
    [InlineData(0, 0.95)]
    [InlineData(9, 0.95)]
    [InlineData(10, 0.475)]
    [InlineData(19, 0.475)]
    [InlineData(20, 0.2375)]
    [InlineData(29, 0.2375)]
    public void The_rate_halves_every_ten_steps(int step, double expected)
    {
        Assert.Equal(expected, new StepDecay(0.95, 0.5, every: 10).RateAt(step), 14);
    }

    [Fact]
    public void A_factor_of_one_keeps_the_rate_constant()
    {
        var constant = new StepDecay(0.3, 1, every: 1);
        Assert.All(Enumerable.Range(0, 50), t => Assert.Equal(0.3, constant.RateAt(t)));
    }

    [Fact]
    public void Scheduled_SGD_steps_with_the_rate_of_each_step_by_hand()
    {
        // w = 1, gradient 2 at every step; rates 0.1, 0.1, 0.05: w = 1 − 0.2 − 0.2 − 0.1 = 0.5.
        var p = new Parameter("w", Matrix<double>.Build.Dense(1, 1, 1.0));
        var sgd = new ScheduledSGD(new StepDecay(0.1, 0.5, every: 2));
        for (int t = 0; t < 3; t++)
        {
            p.Gradient[0, 0] = 2;
            sgd.Step([p]);
        }
        Assert.Equal(0.5, p.Value[0, 0], 14);
        Assert.Equal(3, sgd.StepsTaken);
        Assert.Equal(0.05, sgd.LearningRate, 14);
    }

    [Fact]
    public void With_a_factor_of_one_it_walks_the_same_path_as_SGD()
    {
        Vector<double> Gradient(Vector<double> p) => V(p[0] / 10, 2 * p[1]);
        DescentPath plain = OptimizerPath.Run(new SGD(0.95), Gradient, V(-7, 2), steps: 30);
        DescentPath scheduled = OptimizerPath.Run(
            new ScheduledSGD(new StepDecay(0.95, 1, every: 10)), Gradient, V(-7, 2), steps: 30);
        for (int k = 0; k <= 30; k++)
            Assert.Equal(plain.Points[k], scheduled.Points[k]);
    }

    [Fact]
    public void It_prints_its_schedule()
    {
        Assert.Equal("SGD(α₀=0.95, ×0.5 every 10 steps)",
            new ScheduledSGD(new StepDecay(0.95, 0.5, every: 10)).ToString());
    }

    [Theory]
    [InlineData(0.0, 0.5, 10, "initialRate")]
    [InlineData(0.1, 0.0, 10, "factor")]
    [InlineData(0.1, 1.5, 10, "factor")]
    [InlineData(0.1, 0.5, 0, "every")]
    public void Bad_settings_are_refused(double rate, double factor, int every, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new StepDecay(rate, factor, every));
        Assert.Equal(name, error.ParamName);
    }

    [Fact]
    public void A_negative_step_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StepDecay(0.1, 0.5, 10).RateAt(-1));
    }
}
