namespace NeuralNetworks.Tests.Fast;

/// <summary>
/// Seeded test matrices and the reference product the fast kernels are checked against: the textbook triple loop
/// cᵢⱼ = Σₚ aᵢₚ·bₚⱼ, summed in order p = 0, 1, … with a multiply and an add per term, independent of MathNet and of
/// the library's products. With small integer entries every partial sum is an exact double, so any order gives the
/// same bits and the oracle is exact equality; with real entries the bound is 1e-13 · Σₚ |aᵢₚ||bₚⱼ|.
/// </summary>
internal static class Operands
{
    public static Matrix<double> Integers(int rows, int columns, int seed)
    {
        var rng = new Random(seed);
        return Matrix<double>.Build.Dense(rows, columns, (_, _) => rng.Next(-8, 9));
    }

    public static Matrix<double> Reals(int rows, int columns, int seed)
    {
        var rng = new Random(seed);
        return Matrix<double>.Build.Dense(rows, columns, (_, _) => 2 * rng.NextDouble() - 1);
    }

    /// <summary>The reference product a·b, or with <paramref name="absolute"/> |a|·|b| (the rounding bound's scale).</summary>
    public static Matrix<double> Product(Matrix<double> a, Matrix<double> b, bool absolute = false)
    {
        var c = Matrix<double>.Build.Dense(a.RowCount, b.ColumnCount);
        for (int i = 0; i < a.RowCount; i++)
            for (int j = 0; j < b.ColumnCount; j++)
            {
                double sum = 0;
                for (int p = 0; p < a.ColumnCount; p++)
                    sum += absolute ? Math.Abs(a[i, p]) * Math.Abs(b[p, j]) : a[i, p] * b[p, j];
                c[i, j] = sum;
            }
        return c;
    }

    /// <summary>|expected − actual| ≤ 1e-13 · (|a|·|b|) element by element, naming the first element that is not.</summary>
    public static void AssertCloseToProduct(Matrix<double> a, Matrix<double> b, Matrix<double> actual, string what)
    {
        Matrix<double> expected = Product(a, b), bound = Product(a, b, absolute: true);
        for (int i = 0; i < expected.RowCount; i++)
            for (int j = 0; j < expected.ColumnCount; j++)
                Assert.True(Math.Abs(expected[i, j] - actual[i, j]) <= 1e-13 * bound[i, j],
                    $"{what}: C[{i},{j}] reference {expected[i, j]:R}, fast {actual[i, j]:R}");
    }
}
