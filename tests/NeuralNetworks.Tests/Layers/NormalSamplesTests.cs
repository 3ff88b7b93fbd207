using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Tests.Layers;

/// <summary>
/// The portable normal sampler draws the uniforms in the order MathNet's Normal does, so a seed
/// gives MathNet's weights up to the last bits of ln (here within 1e-15 relative, each element).
/// </summary>
public class NormalSamplesTests
{
    [Theory]
    [InlineData(1, 1, 0.01, 1)]
    [InlineData(3, 5, 1.0, 2)]
    [InlineData(4, 8, 0.5, 3)]
    [InlineData(784, 50, 0.0357, 4)]
    public void Matches_MathNet_Normal_element_by_element(int rows, int columns, double sigma, int seed)
    {
        Matrix<double> mathNet = Matrix<double>.Build.Random(rows, columns, new Normal(0, sigma, new Random(seed)));
        Matrix<double> portable = NormalSamples.Matrix(rows, columns, 0, sigma, new Random(seed));
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < columns; j++)
                Assert.True(Math.Abs(portable[i, j] - mathNet[i, j]) <= 1e-15 * Math.Abs(mathNet[i, j]),
                    $"[{i}, {j}]: {portable[i, j]:R}, MathNet {mathNet[i, j]:R}");
    }

    [Fact]
    public void Has_the_requested_mean_and_spread()
    {
        Matrix<double> W = NormalSamples.Matrix(200, 100, 1.0, 2.0, new Random(7));
        double mean = W.Enumerate().Average();
        double sd = Math.Sqrt(W.Enumerate().Select(w => (w - mean) * (w - mean)).Average());
        Assert.InRange(mean, 0.95, 1.05);
        Assert.InRange(sd, 1.95, 2.05);
    }
}
