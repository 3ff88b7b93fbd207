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
        Assert.Null(LinearSeparability.Search(ToyData.Xor(), min: -2, max: 2, steps: 41));
    }

    [Fact]
    public void OnlyTwoFeaturesAndTwoClasses()
    {
        Assert.Throws<ArgumentException>(() => LinearSeparability.Search(ToyData.Spirals(30, 3, 0, 1)));
        Assert.Equal("steps", Assert.Throws<ArgumentOutOfRangeException>(() => LinearSeparability.Search(ToyData.And(), steps: 1)).ParamName);
    }
}
