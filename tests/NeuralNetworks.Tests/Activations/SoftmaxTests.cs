using FsCheck;
using FsCheck.Xunit;
using NeuralNetworks.Activations;
using NeuralNetworks.Calculus;

namespace NeuralNetworks.Tests.Activations;

public class SoftmaxTests
{
    private static Vector<double> V(params double[] x) => Vector<double>.Build.DenseOfArray(x);

    [Property]
    public bool RowsSumToOneAndEveryElementIsAProbability(NonEmptyArray<int> scores, PositiveInt temperature)
    {
        Vector<double> u = V(scores.Get.Select(s => s / 100.0).ToArray());
        Vector<double> y = Softmax.Apply(u, temperature.Get / 10.0);
        return Math.Abs(y.Sum() - 1) < 1e-12 && y.All(p => p >= 0 && p <= 1);
    }

    [Fact]
    public void KnownValue()
    {
        // e⁰, e¹, e² normalised: 1 / (1 + e + e²) = 0.09003057…
        Vector<double> y = Softmax.Apply(V(0, 1, 2));

        Assert.Equal(1 / (1 + Math.E + Math.E * Math.E), y[0], 15);
        Assert.Equal(0.0900305731703804, y[0], 15);
    }

    [Fact]
    public void LargeScoresDoNotOverflow()
    {
        Assert.Equal([0.5, 0.5], Softmax.Apply(V(1000, 1000)).ToArray());
        Assert.Equal([1.0, 0.0], Softmax.Apply(V(1000, -1000)).ToArray());
        Assert.Equal([0.5, 0.5], Softmax.Apply(V(-1000, -1000)).ToArray());
        Assert.Equal(Softmax.Apply(V(1, 2, 3)), Softmax.Apply(V(1001, 1002, 1003)));
    }

    [Fact]
    public void TemperatureFlattensOrSharpens()
    {
        Vector<double> u = V(1, 2, 4);

        Vector<double> scaled = Softmax.Apply(u / 2.5), tempered = Softmax.Apply(u, temperature: 2.5);
        for (int k = 0; k < 3; k++)
            Assert.Equal(scaled[k], tempered[k], 14);
        Assert.True(Softmax.Apply(u, 100).Maximum() - Softmax.Apply(u, 100).Minimum() < 0.02, "high T is nearly uniform");
        Assert.True(Softmax.Apply(u, 0.05)[2] > 0.999, "low T is nearly one-hot at the largest score");
    }

    [Fact]
    public void MatrixFormIsRowWise()
    {
        Matrix<double> U = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2, 3 }, { 1000, 0, -1000 } });
        Matrix<double> Y = Softmax.Apply(U);

        Assert.Equal(Softmax.Apply(U.Row(0)), Y.Row(0));
        Assert.Equal(Softmax.Apply(U.Row(1)), Y.Row(1));
    }

    [Fact]
    public void JacobianMatchesTheCentralDifference()
    {
        Vector<double> u = V(0.3, -1.2, 2.0, 0.5);
        Matrix<double> J = Softmax.Jacobian(Softmax.Apply(u));

        for (int i = 0; i < u.Count; i++)
            for (int j = 0; j < u.Count; j++)
            {
                int row = i, column = j;
                double numerical = NumericalDerivative.Central(t =>
                {
                    Vector<double> shifted = u.Clone();
                    shifted[column] = t;
                    return Softmax.Apply(shifted)[row];
                }, u[j]);
                GradientAssert.Close(numerical, J[i, j], 1e-7, $"∂y{i}/∂u{j}");
            }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.PositiveInfinity)]
    public void TemperatureMustBePositiveAndFinite(double temperature)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Softmax.Apply(V(1, 2), temperature));
        Assert.Equal("temperature", error.ParamName);
    }

    [Fact]
    public void EmptyScoresAreRejected()
    {
        Assert.Throws<ArgumentException>(() => Softmax.Apply(Vector<double>.Build.Dense(0)));
        Assert.Throws<ArgumentException>(() => Softmax.Apply(Matrix<double>.Build.Dense(2, 0)));
    }
}
