using MathNet.Numerics.Distributions;
using NeuralNetworks.Linearity;

namespace NeuralNetworks.Tests.Linearity;

public class AffineMapTests
{
    private static AffineMap RandomMap(int inputs, int outputs, Random random) => new(
        Matrix<double>.Build.Random(outputs, inputs, new Normal(0, 1, random)),
        Vector<double>.Build.Random(outputs, new Normal(0, 1, random)));

    [Fact]
    public void ApplyIsWxPlusB()
    {
        var map = new AffineMap(Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } }),
            Vector<double>.Build.DenseOfArray([0.5, -1, 2]));

        Assert.Equal([1 + 4 + 0.5, 3 + 8 - 1, 5 + 12 + 2], map.Apply(Vector<double>.Build.DenseOfArray([1, 2])).ToArray());
        Assert.Equal("AffineMap(2→3)", map.ToString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ComposedMapEqualsTheStackedPair(int seed)
    {
        var random = new Random(seed);
        AffineMap first = RandomMap(4, 5, random), second = RandomMap(5, 3, random);
        AffineMap both = first.Then(second);

        Assert.Equal((4, 3), (both.InputCount, both.OutputCount));
        for (int trial = 0; trial < 5; trial++)
        {
            Vector<double> x = Vector<double>.Build.Random(4, new Normal(0, 2, random));
            Vector<double> stacked = second.Apply(first.Apply(x)), composed = both.Apply(x);
            for (int i = 0; i < 3; i++)
                Assert.Equal(stacked[i], composed[i], 10);
        }
    }

    [Fact]
    public void ShapeErrorsNameBothShapes()
    {
        var random = new Random(0);
        var thenError = Assert.Throws<ArgumentException>(() => RandomMap(4, 5, random).Then(RandomMap(3, 2, random)));
        var biasError = Assert.Throws<ArgumentException>(() => new AffineMap(Matrix<double>.Build.Dense(2, 3), Vector<double>.Build.Dense(3)));
        var applyError = Assert.Throws<ArgumentException>(() => RandomMap(4, 5, random).Apply(Vector<double>.Build.Dense(2)));

        Assert.Contains("5×4", thenError.Message);
        Assert.Contains("2×3", thenError.Message);
        Assert.Contains("2×3", biasError.Message);
        Assert.Contains("x has 2 elements", applyError.Message);
    }
}
