using System.Globalization;
using NeuralNetworks.Data;
using NeuralNetworks.Perceptrons;

namespace NeuralNetworks.Tests.Perceptrons;

public class LinearSeparabilityTests
{
    [Theory]
    [InlineData("AND")]
    [InlineData("OR")]
    [InlineData("NAND")]
    public void FindsALineForSeparableGates(string gate)
    {
        Dataset data = gate switch { "AND" => ToyData.And(), "OR" => ToyData.Or(), _ => ToyData.Nand() };

        Perceptron? line = LinearSeparability.Search(data);

        Assert.NotNull(line);
        Assert.Equal(data.Labels, line.Predict(data.Features));
    }

    [Fact]
    public void NoLineOnTheGridSeparatesXor()
    {
        Assert.Null(LinearSeparability.Search(ToyData.Xor(), min: -2, max: 2, step: 0.1));
    }

    [Fact]
    public void The_grid_holds_the_doubles_its_decimals_name()
    {
        double[] grid = LinearSeparability.Grid();

        // Adding 0.1 twenty times to −1 drifts (the old grid held 0.10000000000000009 and −0.19999999999999996).
        Assert.Equal(Enumerable.Range(-10, 21).Select(k => k / 10.0), grid);
        Assert.All(grid, w => Assert.Matches(@"^-?\d(\.\d)?$", w.ToString("R", CultureInfo.InvariantCulture)));
        Assert.Equal([0, 0.25, 0.5, 0.75, 1], LinearSeparability.Grid(0, 1, 0.25));
        Assert.Equal("0", grid[10].ToString(CultureInfo.InvariantCulture));   // −1 + 10·0.1 is 0, not −0
    }

    [Fact]
    public void Lesson_01s_AND_perceptron_is_printed_as_it_is_used_and_relies_on_u_0_answering_0()
    {
        Perceptron and = LinearSeparability.Search(ToyData.And())!;

        Assert.Equal("Perceptron(w = [0.1, 0.1], b = -0.1)", and.ToString());
        Assert.Equal([0.1, 0.1], and.Weights.ToArray());
        Assert.Equal(-0.1, and.Bias);
        // At (1, 0) and (0, 1) the weighted input is exactly 0: the step answers 0 there because its rule is u > 0.
        var corner = ToyData.And().Features.Row(2);
        Assert.Equal(0.0, and.WeightedInput(corner));
        Assert.Equal(0, and.Predict(corner));
    }

    [Fact]
    public void The_old_printed_answer_is_not_an_AND_gate_with_exact_weights()
    {
        // w = [0.1, 0.1], b = −0.2 passed before only through rounding; with exact values u(1, 1) = 0, so it answers 0.
        var printedBefore = new Perceptron([0.1, 0.1], -0.2);
        var corner = ToyData.And().Features.Row(3);

        Assert.Equal(0.0, printedBefore.WeightedInput(corner));
        Assert.NotEqual(ToyData.And().Labels, printedBefore.Predict(ToyData.And().Features));
    }

    [Fact]
    public void OnlyTwoFeaturesAndTwoClasses()
    {
        Assert.Throws<ArgumentException>(() => LinearSeparability.Search(ToyData.Spirals(30, 3, 0, 1)));
    }

    [Fact]
    public void Grids_whose_printed_values_would_not_be_the_values_used_are_refused()
    {
        var thirds = Assert.Throws<ArgumentOutOfRangeException>(() => LinearSeparability.Grid(0, 1, 1.0 / 3));
        Assert.Contains("six decimals", thirds.Message);
        var uneven = Assert.Throws<ArgumentException>(() => LinearSeparability.Grid(-1, 1, 0.3));
        Assert.Contains("whole number of steps", uneven.Message);
        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => LinearSeparability.Grid(step: 0)).ParamName);
        Assert.Equal("max", Assert.Throws<ArgumentException>(() => LinearSeparability.Grid(1, -1)).ParamName);
        Assert.Contains("larger step", Assert.Throws<ArgumentOutOfRangeException>(() => LinearSeparability.Grid(-1, 1, 0.0001)).Message);
        Assert.Equal("min", Assert.Throws<ArgumentOutOfRangeException>(() => LinearSeparability.Grid(double.NaN)).ParamName);
    }
}
