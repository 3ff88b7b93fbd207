using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Homework;

public static partial class Check
{
    /// <summary>
    /// Same shape, and every element close (see <see cref="Close"/>); the message names the
    /// first element that is not.
    /// </summary>
    public static void MatricesClose(Matrix<double> expected, Matrix<double> actual,
        double tolerance, string what)
    {
        CheckTolerance(tolerance);
        if (actual is null)
            throw new CheckFailedException(
                $"{what}: expected a {Shape(expected)} matrix but got null.");
        if (expected.RowCount != actual.RowCount || expected.ColumnCount != actual.ColumnCount)
            throw new CheckFailedException(
                $"{what}: expected a {Shape(expected)} matrix but got {Shape(actual)}.");
        for (int r = 0; r < expected.RowCount; r++)
            for (int c = 0; c < expected.ColumnCount; c++)
                if (!IsClose(expected[r, c], actual[r, c], tolerance))
                    throw new CheckFailedException(
                        $"{what}: element [{r}, {c}] should be {Format(expected[r, c])} " +
                        $"but is {Format(actual[r, c])} (tolerance {Format(tolerance)}).");
    }

    /// <summary>
    /// Same length, and every element close; the message names the first element that is not.
    /// </summary>
    public static void VectorsClose(Vector<double> expected, Vector<double> actual,
        double tolerance, string what)
    {
        CheckTolerance(tolerance);
        if (actual is null)
            throw new CheckFailedException(
                $"{what}: expected a vector of length {expected.Count} but got null.");
        if (expected.Count != actual.Count)
            throw new CheckFailedException(
                $"{what}: expected a vector of length {expected.Count} " +
                $"but got length {actual.Count}.");
        for (int i = 0; i < expected.Count; i++)
            if (!IsClose(expected[i], actual[i], tolerance))
                throw new CheckFailedException(
                    $"{what}: element [{i}] should be {Format(expected[i])} " +
                    $"but is {Format(actual[i])} (tolerance {Format(tolerance)}).");
    }

    private static string Shape(Matrix<double> m) => $"{m.RowCount}×{m.ColumnCount}";
}
