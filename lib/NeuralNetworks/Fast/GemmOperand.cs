using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Storage;

namespace NeuralNetworks.Fast;

/// <summary>
/// One factor of a product as the kernels see it: op(M), which is M or Mᵀ, read straight
/// from MathNet's dense column-major storage without copying. Element (i, p) of op(M)
/// is Data[p·Ld + i] when M is used as it is, and Data[i·Ld + p] when it is transposed
/// (Ld = the stored matrix's row count, the "leading dimension").
/// </summary>
internal readonly record struct GemmOperand(double[] Data, int Ld, bool Transposed)
{
    public double this[int i, int p] => Transposed ? Data[i * Ld + p] : Data[p * Ld + i];

    /// <summary>
    /// The column-major array behind a dense matrix; other storages are refused with the fix.
    /// </summary>
    public static double[] DenseData(Matrix<double> matrix, string name) =>
        matrix.Storage is DenseColumnMajorMatrixStorage<double> dense
            ? dense.Data
            : throw new ArgumentException(
                $"{name} is a {matrix.GetType().Name} ({matrix.RowCount}×{matrix.ColumnCount}); " +
                "the fast multiply works on dense matrices only: " +
                "build it with Matrix<double>.Build.Dense(...) or copy it with " +
                "Matrix<double>.Build.DenseOfMatrix(...).", name);

    public static GemmOperand Of(Matrix<double> matrix, bool transposed, string name) =>
        new(DenseData(matrix, name), matrix.RowCount, transposed);
}
