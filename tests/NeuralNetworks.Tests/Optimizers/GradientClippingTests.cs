using System.Globalization;
using NeuralNetworks.Activations;
using NeuralNetworks.Data;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;

namespace NeuralNetworks.Tests.Optimizers;

public class GradientClippingTests
{
    private static Parameter WithGradient(string name, params double[] gradient)
    {
        var p = new Parameter(name, Matrix<double>.Build.Dense(1, gradient.Length));
        p.Gradient.SetRow(0, gradient);
        return p;
    }

    [Fact]
    public void The_global_norm_spans_every_parameter()
    {
        // ‖(3, 4)‖ and ‖(12)‖ together: √(9 + 16 + 144) = 13.
        Assert.Equal(13, GradientClipping.GlobalNorm([WithGradient("W", 3, 4), WithGradient("b", 12)]), 14);
    }

    [Fact]
    public void A_large_gradient_is_scaled_to_the_limit_and_keeps_its_direction()
    {
        Parameter W = WithGradient("W", 3, 4), b = WithGradient("b", 12);
        double before = GradientClipping.ClipByNorm([W, b], maxNorm: 1);

        Assert.Equal(13, before, 14);
        Assert.Equal(1, GradientClipping.GlobalNorm([W, b]), 14);
        Assert.Equal(3.0 / 13, W.Gradient[0, 0], 14);
        Assert.Equal(4.0 / 13, W.Gradient[0, 1], 14);
        Assert.Equal(12.0 / 13, b.Gradient[0, 0], 14);
    }

    [Fact]
    public void A_gradient_within_the_limit_is_left_alone()
    {
        Parameter W = WithGradient("W", 0.3, 0.4);
        Matrix<double> held = W.Gradient;
        Assert.Equal(0.5, GradientClipping.ClipByNorm([W], maxNorm: 1), 14);
        Assert.Equal(0.3, W.Gradient[0, 0]);
        Assert.Equal(0.4, W.Gradient[0, 1]);
        Assert.Same(held, W.Gradient);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_limit_that_is_not_positive_and_finite_is_refused(double maxNorm)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            GradientClipping.ClipByNorm([WithGradient("W", 1)], maxNorm));
        Assert.Equal("maxNorm", error.ParamName);
    }

    private static string E(double value) => value.ToString("0.0E+0", CultureInfo.InvariantCulture);

    private static string Row(Network net) =>
        string.Join(" ", net.Parameters.Where(p => !p.IsBias).Select(p => E(p.Gradient.FrobeniusNorm())));

    private static Network AfterOneBackward(Initialization initialization)
    {
        var spiral = ToyData.Spirals(200, classes: 2, noise: 0.1, seed: 11);
        var net = new Network([2, 16, 16, 16, 16, 16, 16, 2], Activation.Tanh, initialization: initialization, seed: 12);
        net.Loss(spiral.Features, net.Targets(spiral.Labels));
        net.Backward();
        return net;
    }

    [Fact]
    public void In_lesson_10s_deep_tanh_network_weights_with_sigma_3_make_the_gradient_explode_towards_the_input()
    {
        Network tooLarge = AfterOneBackward(Initialization.Normal(3));
        Assert.Equal("3.0E+1 2.5E+1 1.3E+1 8.5E+0 5.9E+0 3.1E+0 9.9E-1", Row(tooLarge));
        Assert.Equal("9.0E-2 1.9E-1 1.7E-1 2.8E-1 6.4E-1 5.7E-1 4.2E-1", Row(AfterOneBackward(Initialization.Xavier)));

        double before = GradientClipping.ClipByNorm(tooLarge.Parameters, maxNorm: 1);
        Assert.Equal("120.2", before.ToString("F1", CultureInfo.InvariantCulture));
        Assert.Equal("1.0", GradientClipping.GlobalNorm(tooLarge.Parameters).ToString("F1", CultureInfo.InvariantCulture));
        Assert.Equal("2.5E-1 2.1E-1 1.1E-1 7.1E-2 4.9E-2 2.5E-2 8.3E-3", Row(tooLarge));
    }

    [Fact]
    public void In_lesson_10_W1_gets_30_times_W7s_gradient_with_sigma_3_and_3_3e_5_times_with_the_sigmoid()
    {
        var spiral = ToyData.Spirals(200, classes: 2, noise: 0.1, seed: 11);
        var sigmoid = new Network([2, 16, 16, 16, 16, 16, 16, 2], Activation.Sigmoid, seed: 11);
        sigmoid.Loss(spiral.Features, sigmoid.Targets(spiral.Labels));
        sigmoid.Backward();
        double[] Sizes(Network n) => n.Parameters.Where(p => !p.IsBias).Select(p => p.Gradient.FrobeniusNorm()).ToArray();

        double[] exploding = Sizes(AfterOneBackward(Initialization.Normal(3))), vanishing = Sizes(sigmoid);
        Assert.Equal("30", (exploding[0] / exploding[6]).ToString("F0", CultureInfo.InvariantCulture));
        Assert.Equal("3.3E-5", E(vanishing[0] / vanishing[6]));
    }
}
