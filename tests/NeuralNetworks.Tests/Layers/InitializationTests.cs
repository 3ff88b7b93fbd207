using NeuralNetworks.Activations;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Tests.Layers;

public class InitializationTests
{
    public static TheoryData<string, double> Schemes => new()
    {
        { "Normal", 0.01 },
        { "Xavier", Math.Sqrt(1.0 / 200) },
        { "He", Math.Sqrt(2.0 / 200) },
    };

    private static Initialization Get(string name) => name switch
    {
        "Normal" => Initialization.Normal(0.01),
        "Xavier" => Initialization.Xavier,
        _ => Initialization.He,
    };

    [Theory, MemberData(nameof(Schemes))]
    public void Weights_have_mean_0_and_the_scheme_s_standard_deviation(string name, double sigma)
    {
        Matrix<double> W = Get(name).Weights(200, 300, new Random(1));
        double[] w = W.Enumerate().ToArray();
        double mean = w.Average();
        double sd = Math.Sqrt(w.Sum(x => (x - mean) * (x - mean)) / (w.Length - 1));
        Assert.InRange(mean, -3 * sigma / Math.Sqrt(w.Length) * 2, 3 * sigma / Math.Sqrt(w.Length) * 2);
        Assert.InRange(sd / sigma, 0.98, 1.02);
    }

    [Theory, MemberData(nameof(Schemes))]
    public void Same_seed_gives_bit_identical_weights(string name, double sigma)
    {
        Assert.Equal(Get(name).Weights(5, 4, new Random(9)), Get(name).Weights(5, 4, new Random(9)));
        Assert.NotEqual(Get(name).Weights(5, 4, new Random(9)), Get(name).Weights(5, 4, new Random(10)));
        Assert.Equal(sigma, Get(name).StandardDeviation(200), 15);
    }

    [Fact]
    public void He_for_the_ReLU_family_and_Xavier_otherwise()
    {
        Assert.Same(Initialization.He, Initialization.For(Activation.ReLU));
        Assert.Same(Initialization.He, Initialization.For(Activation.LeakyReLU()));
        Assert.Same(Initialization.Xavier, Initialization.For(Activation.Tanh));
    }

    [Fact]
    public void Scale_must_be_positive()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Initialization.Normal(0));
        Assert.Equal("scale", error.ParamName);
    }
}
