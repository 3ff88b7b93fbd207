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
            throw Fail($"{what}: expected a {Shape(expected)} matrix but got null.",
                $"{Words(what)}：期待値は{Shape(expected)}の行列ですが、nullでした。");
        if (expected.RowCount != actual.RowCount || expected.ColumnCount != actual.ColumnCount)
            throw Fail($"{what}: expected a {Shape(expected)} matrix but got {Shape(actual)}.",
                $"{Words(what)}：期待値は{Shape(expected)}の行列ですが、" +
                $"{Shape(actual)}の行列でした。");
        for (int r = 0; r < expected.RowCount; r++)
            for (int c = 0; c < expected.ColumnCount; c++)
                if (!IsClose(expected[r, c], actual[r, c], tolerance))
                    throw Fail(
                        $"{what}: element [{r}, {c}] should be {Format(expected[r, c])} " +
                        $"but is {Format(actual[r, c])} (tolerance {Format(tolerance)}).",
                        $"{Words(what)}：要素[{r}, {c}]は{Format(expected[r, c])}のはずですが、" +
                        $"{Format(actual[r, c])}です（許容誤差は{Format(tolerance)}）。");
    }

    /// <summary>
    /// Same length, and every element close; the message names the first element that is not.
    /// </summary>
    public static void VectorsClose(Vector<double> expected, Vector<double> actual,
        double tolerance, string what)
    {
        CheckTolerance(tolerance);
        if (actual is null)
            throw Fail($"{what}: expected a vector of length {expected.Count} but got null.",
                $"{Words(what)}：期待値は長さ{expected.Count}のベクトルですが、nullでした。");
        if (expected.Count != actual.Count)
            throw Fail(
                $"{what}: expected a vector of length {expected.Count} " +
                $"but got length {actual.Count}.",
                $"{Words(what)}：期待値は長さ{expected.Count}のベクトルですが、" +
                $"長さ{actual.Count}のベクトルでした。");
        for (int i = 0; i < expected.Count; i++)
            if (!IsClose(expected[i], actual[i], tolerance))
                throw Fail(
                    $"{what}: element [{i}] should be {Format(expected[i])} " +
                    $"but is {Format(actual[i])} (tolerance {Format(tolerance)}).",
                    $"{Words(what)}：要素[{i}]は{Format(expected[i])}のはずですが、" +
                    $"{Format(actual[i])}です（許容誤差は{Format(tolerance)}）。");
    }

    private static string Shape(Matrix<double> m) => $"{m.RowCount}×{m.ColumnCount}";
}
