using NeuralNetworks.Fast;

namespace NeuralNetworks.Tests.Fast;

/// <summary>
/// The 2-thread schedule: C's columns cut into panels taken from a shared counter. Whichever thread computes a panel,
/// and however many panels the helper gets (none when it wakes too late), the bits equal the 1-thread product.
/// </summary>
[Trait("Category", "Kernel")]
public class GemmThreadsTests
{
    [Theory, InlineData(6), InlineData(64), InlineData(100), InlineData(1000), InlineData(1024), InlineData(3000)]
    public void Panels_cover_every_column_once_in_multiples_of_NR(int n)
    {
        int w = GemmThreads.Width(n), units = GemmThreads.Units(n, w);
        Assert.Equal(0, w % GemmKernel.NR);
        Assert.InRange(w, GemmThreads.MinimumWidth, GemmBlocking.NC);
        Assert.True((units - 1) * w < n && n <= units * w, $"n = {n}, w = {w}, {units} panels");
    }

    [Fact]
    public void The_bit_equality_tests_use_products_that_are_really_shared()
    {
        Assert.True(100L * 128 * 1000 >= GemmThreads.Threshold);
        Assert.True(257L * 129 * 300 >= GemmThreads.Threshold);
        Assert.True(100L * 64 * 100 < GemmThreads.Threshold, "the digits network's H = 100 products stay on one thread");
    }

    [Fact]
    public void Many_products_in_a_row_give_the_same_bits_as_one_thread()
    {
        Matrix<double> a = Operands.Reals(100, 128, 1), b = Operands.Reals(128, 1000, 2); // 12.8 million multiply-adds: above GemmThreads.Threshold
        Matrix<double> one = Matrix<double>.Build.Dense(100, 1000), two = Matrix<double>.Build.Dense(100, 1000);
        MatrixMultiply.Multiply(a, b, one, threads: 1);
        for (int s = 0; s < 40; s++)
        {
            two.Clear();
            MatrixMultiply.Multiply(a, b, two, threads: 2);
            Assert.Equal(one, two);
        }
    }

    [Fact]
    public void Two_callers_at_once_both_get_the_one_thread_bits()
    {
        Matrix<double> a = Operands.Reals(200, 150, 3), b = Operands.Reals(150, 700, 4), one = Matrix<double>.Build.Dense(200, 700);
        MatrixMultiply.Multiply(a, b, one, threads: 1);
        var results = Enumerable.Range(0, 4).Select(_ => Matrix<double>.Build.Dense(200, 700)).ToArray();
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            for (int s = 0; s < 5; s++) MatrixMultiply.Multiply(a, b, results[i], threads: 2);
        });
        foreach (var r in results) Assert.Equal(one, r);
    }
}
