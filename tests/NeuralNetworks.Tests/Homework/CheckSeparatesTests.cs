using NeuralNetworks.Data;
using NeuralNetworks.Homework;

namespace NeuralNetworks.Tests.Homework;

public class CheckSeparatesTests
{
    private static Vector<double> W(params double[] values) => Vector<double>.Build.DenseOfArray(values);

    [Fact]
    public void Accepts_a_perceptron_that_gets_every_corner_right()
    {
        Check.Separates(ToyData.And(), W(0.5, 0.5), -0.7, "AND");
        Check.Separates(ToyData.Or(), W(0.5, 0.5), -0.2, "OR");
    }

    [Fact]
    public void A_corner_on_the_line_answers_0_because_the_rule_is_u_greater_than_0()
    {
        // u = 0.1 + 0.1 − 0.2 = 0 exactly at (1, 1): the output is 0, so this is not an AND gate.
        var error = Assert.Throws<CheckFailedException>(() => Check.Separates(ToyData.And(), W(0.1, 0.1), -0.2, "AND"));
        Assert.Equal("AND: example 4, x = (1, 1), has target 1 but u = w·x + b = 0 gives 0 (w = (0.1, 0.1), b = -0.2).", error.Message);
    }

    [Fact]
    public void Names_the_first_example_on_the_wrong_side()
    {
        var error = Assert.Throws<CheckFailedException>(() => Check.Separates(ToyData.Xor(), W(1, 1), -0.5, "XOR"));
        Assert.StartsWith("XOR: example 4, x = (1, 1), has target 0 but u = w·x + b = 1.5 gives 1", error.Message);
    }

    [Fact]
    public void Rejects_the_wrong_number_of_weights_null_and_numbers_that_are_not_finite()
    {
        Assert.Contains("expected 2 weights, one per input, but got 3",
            Assert.Throws<CheckFailedException>(() => Check.Separates(ToyData.And(), W(1, 1, 1), -1, "AND")).Message);
        Assert.Contains("got null", Assert.Throws<CheckFailedException>(() => Check.Separates(ToyData.And(), null!, -1, "AND")).Message);
        // NaN makes u > 0 false everywhere, which would pass on data whose labels are all 0: refused instead.
        var zeros = new Dataset(Matrix<double>.Build.Dense(2, 2), [0, 0], ["x1", "x2"], ["0", "1"]);
        Assert.Contains("not finite", Assert.Throws<CheckFailedException>(() => Check.Separates(zeros, W(double.NaN, 0), 0, "zeros")).Message);
    }

    [Fact]
    public void A_data_set_with_more_than_two_classes_is_the_checks_mistake()
    {
        var three = new Dataset(Matrix<double>.Build.Dense(3, 1, (i, _) => i), [0, 1, 2], ["x"], ["a", "b", "c"]);
        Assert.Throws<ArgumentException>(() => Check.Separates(three, W(1), 0, "three"));
    }
}
