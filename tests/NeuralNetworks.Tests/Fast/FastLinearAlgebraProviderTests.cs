using MathNet.Numerics.LinearAlgebra.Factorization;
using MathNet.Numerics.Providers.LinearAlgebra;
using NeuralNetworks.Fast;

namespace NeuralNetworks.Tests.Fast;

/// <summary>
/// Loading the library routes MathNet's dense double products through the fast kernel: the plain operators give the
/// kernel's bits, and MathNet's managed numbers to rounding. Everything else reaches MathNet's managed provider unchanged.
/// The managed provider is called directly here (never by switching the process-wide provider, which other tests use).
/// </summary>
[Trait("Category", "Kernel")]
public class FastLinearAlgebraProviderTests
{
    private static readonly ManagedLinearAlgebraProvider Managed = ManagedLinearAlgebraProvider.Instance;

    private static Matrix<double> Kernel(Matrix<double> a, bool ta, Matrix<double> b, bool tb)
    {
        int m = ta ? a.ColumnCount : a.RowCount, k = ta ? a.RowCount : a.ColumnCount, n = tb ? b.RowCount : b.ColumnCount;
        var c = Matrix<double>.Build.Dense(m, n);
        MatrixMultiply.Run(GemmOperand.Of(a, ta, "a"), GemmOperand.Of(b, tb, "b"), c.AsColumnMajorArray(), m, n, k);
        return c;
    }

    [Fact]
    public void Loading_the_library_installs_the_fast_products()
    {
        Assert.True(FastProducts.Installed, FastProducts.Describe());
        Assert.IsType<FastLinearAlgebraProvider>(LinearAlgebraControl.Provider);
        Assert.Contains(GemmKernel.Best.Name, FastProducts.Describe());
    }

    [Fact]
    public void The_plain_operators_give_the_kernels_bits()
    {
        Matrix<double> X = Operands.Reals(37, 20, 1), W = Operands.Reals(20, 11, 2), dU = Operands.Reals(37, 11, 3);
        Assert.Equal(Kernel(X, false, W, false), X * W);
        Assert.Equal(Kernel(X, true, dU, false), X.TransposeThisAndMultiply(dU));
        Assert.Equal(Kernel(dU, false, W, true), dU.TransposeAndMultiply(W));
        var result = Matrix<double>.Build.Dense(37, 11);
        X.Multiply(W, result);
        Assert.Equal(Kernel(X, false, W, false), result);
    }

    [Fact]
    public void The_plain_operators_agree_with_MathNets_managed_products()
    {
        Matrix<double> a = Operands.Reals(130, 270, 4), b = Operands.Reals(270, 9, 5);
        var managed = Matrix<double>.Build.Dense(130, 9);
        Managed.MatrixMultiply(a.AsColumnMajorArray(), 130, 270, b.AsColumnMajorArray(), 270, 9, managed.AsColumnMajorArray());
        Operands.AssertCloseToProduct(a, b, ("a * b", a * b), ("MathNet managed", managed));
    }

    [Fact]
    public void A_product_with_scaling_or_update_gives_MathNets_managed_result()
    {
        var provider = new FastLinearAlgebraProvider(Managed);
        double[] a = Operands.Reals(5, 4, 6).AsColumnMajorArray(), b = Operands.Reals(4, 3, 7).AsColumnMajorArray();
        double[] fast = Operands.Reals(5, 3, 8).AsColumnMajorArray(), managed = (double[])fast.Clone();
        provider.MatrixMultiplyWithUpdate(Transpose.DontTranspose, Transpose.DontTranspose, 2.0, a, 5, 4, b, 4, 3, 0.5, fast);
        Managed.MatrixMultiplyWithUpdate(Transpose.DontTranspose, Transpose.DontTranspose, 2.0, a, 5, 4, b, 4, 3, 0.5, managed);
        Assert.Equal(managed, fast);
    }

    [Fact]
    public void Matrix_vector_products_and_everything_else_still_work()
    {
        Matrix<double> A = Matrix<double>.Build.DenseOfArray(new[,] { { 4.0, 1 }, { 2, 3 } });
        Vector<double> x = Vector<double>.Build.Dense([1.0, 2]);
        Assert.Equal(Vector<double>.Build.Dense([6.0, 8]), A * x);
        Assert.Equal(Vector<double>.Build.Dense([8.0, 7]), A.TransposeThisAndMultiply(x));
        Assert.Equal(Vector<double>.Build.Dense([0.3, 0.4]), A.Solve(Vector<double>.Build.Dense([1.6, 1.8])), (p, q) => Math.Abs(p - q) < 1e-12);
        Assert.Equal(Matrix<double>.Build.DenseOfArray(new[,] { { 8.0, 3 }, { 3, 6 } }), A + A.Transpose());
        Matrix<float> F = Matrix<float>.Build.DenseOfArray(new[,] { { 1f, 2 }, { 3, 4 } });
        Assert.Equal(Matrix<float>.Build.DenseOfArray(new[,] { { 7f, 10 }, { 15, 22 } }), F * F);
        Assert.Equal(10.0, Math.Abs(A.QR(QRMethod.Full).Determinant), 12);
    }
}
