using NeuralNetworks.Activations;
using NeuralNetworks.Homework;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Tests.Homework;

public class CheckLinearityTests
{
    private static Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);

    /// <summary>f(x) = ReLU(x) summed with weight 1 per input, no biases: ReLU(x1) + ReLU(x2).</summary>
    private static Network ReluSum() => new(
        [new Dense(Matrix<double>.Build.Dense(2, 2, (i, j) => i == j ? 1 : 0), Matrix<double>.Build.Dense(1, 2), 1),
         new ActivationLayer(Activation.ReLU),
         new Dense(Matrix<double>.Build.Dense(2, 1, 1.0), Matrix<double>.Build.Dense(1, 1), 2)],
        new IdentityWithLoss());

    private static Network Linear() => new(
        [new Dense(Matrix<double>.Build.DenseOfArray(new[,] { { 0.3, -1.7 }, { 2.1, 0.4 } }), Matrix<double>.Build.Dense(1, 2), 1)],
        new IdentityWithLoss());

    [Fact]
    public void The_lectures_pair_breaks_additivity_for_relu()
    {
        // ReLU(2 + (−3)) = 0 but ReLU(2) + ReLU(−3) = 2 (hirotask 2024), here in the first input.
        Check.BreaksAdditivity(ReluSum(), V(2, 0), V(-3, 0), "additivity");
    }

    [Fact]
    public void A_pair_on_the_same_side_of_every_corner_breaks_nothing_and_the_message_shows_both_sides()
    {
        var error = Assert.Throws<CheckFailedException>(() => Check.BreaksAdditivity(ReluSum(), V(1, 2), V(3, 4), "additivity"));
        Assert.Equal("additivity: f(x + y) = (10) and f(x) + f(y) = (10) agree for x = (1, 2), y = (3, 4), so this pair breaks nothing.",
            error.Message);
    }

    [Fact]
    public void Homogeneity_breaks_only_for_a_negative_a_because_relu_is_positively_homogeneous()
    {
        Check.BreaksHomogeneity(ReluSum(), -1, V(1, 0), "homogeneity");
        Assert.Throws<CheckFailedException>(() => Check.BreaksHomogeneity(ReluSum(), 2.5, V(1, -3), "homogeneity"));
    }

    [Fact]
    public void A_linear_function_passes_both_laws_up_to_rounding()
    {
        // 0.1 + 0.2 is not 0.3 in binary: the allowance keeps rounding from counting as a counterexample.
        Assert.Throws<CheckFailedException>(() => Check.BreaksAdditivity(Linear(), V(0.1, 1e8), V(0.2, -3e-7), "linear"));
        Assert.Throws<CheckFailedException>(() => Check.BreaksHomogeneity(Linear(), -0.3, V(1e6, 7.1), "linear"));
    }

    [Fact]
    public void Inputs_of_the_wrong_length_null_or_not_finite_fail_with_a_sentence()
    {
        Assert.Contains("x has 3 elements but f takes 2",
            Assert.Throws<CheckFailedException>(() => Check.BreaksAdditivity(ReluSum(), V(1, 2, 3), V(1, 2), "c")).Message);
        Assert.Contains("got null", Assert.Throws<CheckFailedException>(() => Check.BreaksAdditivity(ReluSum(), V(1, 2), null!, "c")).Message);
        Assert.Contains("not finite",
            Assert.Throws<CheckFailedException>(() => Check.BreaksAdditivity(ReluSum(), V(double.PositiveInfinity, 0), V(-1, 0), "c")).Message);
        Assert.Contains("a = NaN", Assert.Throws<CheckFailedException>(() => Check.BreaksHomogeneity(ReluSum(), double.NaN, V(1, 0), "c")).Message);
        Assert.Contains("overflows",
            Assert.Throws<CheckFailedException>(() => Check.BreaksAdditivity(ReluSum(), V(1e308, 0), V(1e308, 0), "c")).Message);
    }
}
