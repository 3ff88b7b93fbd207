using MathNet.Numerics.LinearAlgebra.Double;
using NeuralNetworks.Fast;

namespace NeuralNetworks.Tests.Fast;

/// <summary>
/// The fast products against MathNet's own. With small integer entries every product and partial sum is an
/// exact double, so any summation order gives the same bits and the oracle is exact equality; with real
/// entries the two orders round differently and the tolerance is 1e-13 relative to Σₚ|aᵢₚ||bₚⱼ|.
/// Shapes cover one element, odd sizes, and blocks crossing MR = 16, NR = 8, MC = 128, KC = 256 and NC = 2048.
/// </summary>
public class MatrixMultiplyTests
{
    public static TheoryData<int, int, int> Shapes => new()
    {
        { 1, 1, 1 }, { 7, 13, 5 }, { 100, 64, 1000 }, { 257, 129, 300 }, { 16, 8, 1 }, { 3, 5, 2100 }, { 100, 10, 100 },
    };

    private static Matrix<double> Integers(int rows, int columns, int seed)
    {
        var rng = new Random(seed);
        return Matrix<double>.Build.Dense(rows, columns, (_, _) => rng.Next(-8, 9));
    }

    private static Matrix<double> Reals(int rows, int columns, int seed)
    {
        var rng = new Random(seed);
        return Matrix<double>.Build.Dense(rows, columns, (_, _) => 2 * rng.NextDouble() - 1);
    }

    [Theory, MemberData(nameof(Shapes))]
    public void Multiply_equals_MathNet_exactly_on_integers(int m, int k, int n)
    {
        Matrix<double> a = Integers(m, k, 1), b = Integers(k, n, 2), c = Matrix<double>.Build.Dense(m, n, double.NaN);
        MatrixMultiply.Multiply(a, b, c);
        Assert.Equal(a * b, c);
    }

    [Theory, MemberData(nameof(Shapes))]
    public void TransposeThisAndMultiply_equals_MathNet_exactly_on_integers(int m, int k, int n)
    {
        Matrix<double> a = Integers(k, m, 3), b = Integers(k, n, 4), c = Matrix<double>.Build.Dense(m, n, double.NaN);
        MatrixMultiply.TransposeThisAndMultiply(a, b, c);
        Assert.Equal(a.TransposeThisAndMultiply(b), c);
    }

    [Theory, MemberData(nameof(Shapes))]
    public void TransposeAndMultiply_equals_MathNet_exactly_on_integers(int m, int k, int n)
    {
        Matrix<double> a = Integers(m, k, 5), b = Integers(n, k, 6), c = Matrix<double>.Build.Dense(m, n, double.NaN);
        MatrixMultiply.TransposeAndMultiply(a, b, c);
        Assert.Equal(a.TransposeAndMultiply(b), c);
    }

    [Theory, MemberData(nameof(Shapes))]
    public void All_three_products_agree_with_MathNet_on_reals(int m, int k, int n)
    {
        Matrix<double> a = Reals(m, k, 7), b = Reals(k, n, 8), c = Matrix<double>.Build.Dense(m, n);
        var bound = a.PointwiseAbs() * b.PointwiseAbs();
        MatrixMultiply.Multiply(a, b, c);
        AssertClose(a * b, c, bound);
        MatrixMultiply.TransposeThisAndMultiply(a.Transpose(), b, c);
        AssertClose(a * b, c, bound);
        MatrixMultiply.TransposeAndMultiply(a, b.Transpose(), c);
        AssertClose(a * b, c, bound);
    }

    private static void AssertClose(Matrix<double> expected, Matrix<double> actual, Matrix<double> bound)
    {
        for (int i = 0; i < expected.RowCount; i++)
            for (int j = 0; j < expected.ColumnCount; j++)
                Assert.True(Math.Abs(expected[i, j] - actual[i, j]) <= 1e-13 * bound[i, j],
                    $"C[{i},{j}]: MathNet {expected[i, j]:R}, fast {actual[i, j]:R}");
    }

    [Theory, InlineData(257, 129, 300), InlineData(100, 128, 1000), InlineData(128, 100, 1000)]
    public void Two_threads_give_the_same_bits_as_one(int m, int k, int n)
    {
        Matrix<double> a = Reals(k, m, 9), b = Reals(k, n, 10);
        Matrix<double> one = Matrix<double>.Build.Dense(m, n), two = Matrix<double>.Build.Dense(m, n);
        MatrixMultiply.TransposeThisAndMultiply(a, b, one, threads: 1);
        MatrixMultiply.TransposeThisAndMultiply(a, b, two, threads: 2);
        Assert.Equal(one, two);
    }

    [Fact]
    public void An_empty_inner_dimension_gives_zeros()
    {
        Matrix<double> c = Matrix<double>.Build.Dense(3, 2, 7.0);
        MatrixMultiply.Multiply(Matrix<double>.Build.Dense(3, 0), Matrix<double>.Build.Dense(0, 2), c);
        Assert.Equal(Matrix<double>.Build.Dense(3, 2), c);
    }
}
