using NeuralNetworks.Fast;

namespace NeuralNetworks.Tests.Fast;

/// <summary>
/// The three products a layer needs, with the kernel this machine uses, against the reference product of
/// <see cref="Operands"/>: exact on integers, within 1e-13·|a|·|b| on reals. Shapes cover one element, odd sizes, and
/// blocks crossing MR, NR = 6, MC = 128, KC = 256 and NC = 2040; 100×64·64×1000 is the benchmark's largest training product.
/// </summary>
[Trait("Category", "Kernel")]
public class MatrixMultiplyTests
{
    public static TheoryData<int, int, int> Shapes => new()
    {
        { 1, 1, 1 }, { 7, 13, 5 }, { 100, 64, 1000 }, { 257, 40, 30 }, { 20, 300, 31 }, { 16, 6, 1 }, { 3, 5, 2100 }, { 100, 10, 100 },
    };

    [Theory, MemberData(nameof(Shapes))]
    public void All_three_products_are_exact_on_integers(int m, int k, int n)
    {
        Matrix<double> a = Operands.Integers(m, k, 1), b = Operands.Integers(k, n, 2), expected = Operands.Product(a, b);
        Matrix<double> c = Matrix<double>.Build.Dense(m, n, double.NaN);
        MatrixMultiply.Multiply(a, b, c);
        Assert.Equal(expected, c);
        c.Clear();
        MatrixMultiply.TransposeThisAndMultiply(a.Transpose(), b, c);
        Assert.Equal(expected, c);
        c.Clear();
        MatrixMultiply.TransposeAndMultiply(a, b.Transpose(), c);
        Assert.Equal(expected, c);
    }

    [Theory, MemberData(nameof(Shapes))]
    public void All_three_products_agree_with_the_reference_on_reals(int m, int k, int n)
    {
        Matrix<double> a = Operands.Reals(m, k, 7), b = Operands.Reals(k, n, 8);
        Matrix<double> ab = Matrix<double>.Build.Dense(m, n), aTb = Matrix<double>.Build.Dense(m, n), abT = Matrix<double>.Build.Dense(m, n);
        MatrixMultiply.Multiply(a, b, ab);
        MatrixMultiply.TransposeThisAndMultiply(a.Transpose(), b, aTb);
        MatrixMultiply.TransposeAndMultiply(a, b.Transpose(), abT);
        Operands.AssertCloseToProduct(a, b, [("A·B", ab), ("Aᵀ·B", aTb), ("A·Bᵀ", abT)]);
    }

    [Theory, InlineData(257, 129, 300), InlineData(100, 128, 1000), InlineData(128, 100, 1000)]
    public void Two_threads_give_the_same_bits_as_one(int m, int k, int n)
    {
        Matrix<double> a = Operands.Reals(k, m, 9), b = Operands.Reals(k, n, 10);
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
