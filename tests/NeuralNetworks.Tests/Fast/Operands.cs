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
        double[] A = a.ToColumnMajorArray(), B = b.ToColumnMajorArray();
        int m = a.RowCount, k = a.ColumnCount, n = b.ColumnCount;
        var c = new double[m * n];
        for (int j = 0; j < n; j++)
            for (int i = 0; i < m; i++)
            {
                double sum = 0;
                for (int p = 0; p < k; p++)
                    sum += absolute ? Math.Abs(A[p * m + i]) * Math.Abs(B[j * k + p]) : A[p * m + i] * B[j * k + p];
                c[j * m + i] = sum;
            }
        return Matrix<double>.Build.Dense(m, n, c);
    }

    /// <summary>|a·b − actual| ≤ 1e-13 · (|a|·|b|) element by element for each named result, naming the first element that is not.</summary>
    public static void AssertCloseToProduct(Matrix<double> a, Matrix<double> b, params (string What, Matrix<double> Actual)[] results)
    {
        Matrix<double> expected = Product(a, b), bound = Product(a, b, absolute: true);
        foreach (var (what, actual) in results)
            for (int i = 0; i < expected.RowCount; i++)
                for (int j = 0; j < expected.ColumnCount; j++)
                    Assert.True(Math.Abs(expected[i, j] - actual[i, j]) <= 1e-13 * bound[i, j],
                        $"{what}: C[{i},{j}] reference {expected[i, j]:R}, fast {actual[i, j]:R}");
    }
}
