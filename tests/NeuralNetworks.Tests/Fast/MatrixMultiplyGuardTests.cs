using MathNet.Numerics.LinearAlgebra.Double;
using NeuralNetworks.Fast;

namespace NeuralNetworks.Tests.Fast;

/// <summary>Every refused call names the shapes involved and the fix.</summary>
[Trait("Category", "Kernel")]
public class MatrixMultiplyGuardTests
{
    private static Matrix<double> Zeros(int rows, int columns) => Matrix<double>.Build.Dense(rows, columns);

    [Fact]
    public void Multiply_with_mismatched_inner_dimensions_names_both_shapes()
    {
        var e = Assert.Throws<ArgumentException>(() => MatrixMultiply.Multiply(Zeros(3, 4), Zeros(5, 2), Zeros(3, 2)));
        Assert.Contains("A is 3×4 but B is 5×2: B needs 4 rows", e.Message);
    }

    [Fact]
    public void TransposeThisAndMultiply_with_mismatched_rows_names_both_shapes()
    {
        var e = Assert.Throws<ArgumentException>(() => MatrixMultiply.TransposeThisAndMultiply(Zeros(3, 4), Zeros(5, 2), Zeros(4, 2)));
        Assert.Contains("A is 3×4 but B is 5×2: B needs 3 rows for Aᵀ·B", e.Message);
    }

    [Fact]
    public void TransposeAndMultiply_with_mismatched_columns_names_both_shapes()
    {
        var e = Assert.Throws<ArgumentException>(() => MatrixMultiply.TransposeAndMultiply(Zeros(3, 4), Zeros(2, 5), Zeros(3, 2)));
        Assert.Contains("A is 3×4 but B is 2×5: B needs 4 columns for A·Bᵀ", e.Message);
    }

    [Theory, InlineData(2, 2), InlineData(3, 3), InlineData(2, 3)]
    public void A_result_of_the_wrong_shape_names_the_shape_to_pass(int rows, int columns)
    {
        var e = Assert.Throws<ArgumentException>(() => MatrixMultiply.Multiply(Zeros(3, 4), Zeros(4, 2), Zeros(rows, columns)));
        Assert.Contains($"result is {rows}×{columns} but A·B is 3×2: pass a 3×2 matrix", e.Message);
        Assert.Equal("result", e.ParamName);
    }

    [Fact]
    public void A_result_that_is_also_an_operand_is_refused()
    {
        var a = Zeros(3, 3);
        var e = Assert.Throws<ArgumentException>(() => MatrixMultiply.Multiply(a, Zeros(3, 3), a));
        Assert.Contains("result shares its storage with A", e.Message);
    }

    [Fact]
    public void A_sparse_operand_is_refused_with_the_dense_fix()
    {
        var e = Assert.Throws<ArgumentException>(() => MatrixMultiply.Multiply(SparseMatrix.Create(3, 4, 0.0), Zeros(4, 2), Zeros(3, 2)));
        Assert.Contains("SparseMatrix (3×4)", e.Message);
        Assert.Contains("Matrix<double>.Build.Dense", e.Message);
    }

    [Fact]
    public void Zero_threads_is_out_of_range()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => MatrixMultiply.Multiply(Zeros(2, 2), Zeros(2, 2), Zeros(2, 2), threads: 0));
        Assert.Equal("threads", e.ParamName);
    }
}
