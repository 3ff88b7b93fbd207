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

    [Fact]
    public void Lesson_02s_Jacobian_entries_for_the_scores_0_3_2_9_4_0()
    {
        // Lesson 02 prints ∂y₁/∂u₁ = y₁(1 − y₁) = 0.0179 and ∂y₁/∂u₃ = −y₁y₃ = −0.0134, and ∂y₂/∂u₂ in an exercise.
        Vector<double> y = Softmax.Apply(V(0.3, 2.9, 4.0));
        Matrix<double> J = Softmax.Jacobian(y);

        Assert.Equal("0.0179", J[0, 0].ToString("F4", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("-0.0134", J[0, 2].ToString("F4", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(y[1] * (1 - y[1]), J[1, 1], 15);
        Assert.True(J.Equals(J.Transpose()), "the softmax Jacobian is symmetric");
    }

    [Property]
    public bool Each_Jacobian_column_sums_to_zero(NonEmptyArray<int> scores)
    {
        // The probabilities always sum to 1, so whatever one class gains when a score rises, the others lose.
        Matrix<double> J = Softmax.Jacobian(Softmax.Apply(V(scores.Get.Select(s => s / 100.0).ToArray())));
        return J.ColumnSums().All(sum => Math.Abs(sum) < 1e-12);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void The_Jacobian_times_the_cross_entropy_slopes_is_y_minus_t(int correctClass)
    {
        // Lesson 02: ∂L/∂u = Jᵀ(−t ⊘ y) = y − t for L = −Σ t log y.
        Vector<double> y = Softmax.Apply(V(0.3, 2.9, 4.0));
        Vector<double> t = Vector<double>.Build.Dense(3, k => k == correctClass ? 1 : 0);

        Vector<double> chained = Softmax.Jacobian(y).TransposeThisAndMultiply(-t.PointwiseDivide(y));

        for (int k = 0; k < 3; k++)
            Assert.Equal(y[k] - t[k], chained[k], 12);
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

    /// <summary>Lesson 02, section 5: "the largest column sum printed is 8.3E-17".</summary>
    [Fact]
    public void Lesson_02_the_jacobians_largest_column_sum_for_the_scores_0_3_2_9_4_0_is_8_3E_17()
    {
        Matrix<double> J = Softmax.Jacobian(Softmax.Apply(V(0.3, 2.9, 4.0)));
        double largest = J.ColumnSums().Enumerate().Max(Math.Abs);
        Assert.Equal("8.3E-17", largest.ToString("G2", System.Globalization.CultureInfo.InvariantCulture));
    }
}
