using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Homework;
using NeuralNetworks.Languages;

namespace NeuralNetworks.Exercises;

/// <summary>
/// The self-check under a lesson's "your turn" cell. It prints "✓ what: value" when the
/// answer is right and "✗ what: expected … but got …" when it is not (in Japanese "✓ what：value"
/// and "✗ what：期待値は…ですが、…でした。", the ✓ and ✗ first in both), and never throws,
/// so a lesson still runs from top to bottom before the reader has tried the exercise.
/// Numbers compare as in the homework checks: |expected − actual| ≤ tolerance · max(1, |expected|).
/// Each method returns whether the answer was right.
/// </summary>
public static class SelfCheck
{
    public static bool Close(string what, double expected, double actual,
        double tolerance = 1e-9) =>
        Report(what, () => Check.Close(expected, actual, tolerance, what),
            Check.Format(actual), double.IsNaN(actual));

    public static bool VectorsClose(string what, Vector<double> expected, Vector<double>? actual,
        double tolerance = 1e-9) =>
        Report(what, () => Check.VectorsClose(expected, actual!, tolerance, what),
            Show(actual), actual is null);

    public static bool MatricesClose(string what, Matrix<double> expected, Matrix<double>? actual,
        double tolerance = 1e-9) =>
        Report(what, () => Check.MatricesClose(expected, actual!, tolerance, what),
            Shape(actual), actual is null);

    public static bool Equal<T>(string what, T expected, T actual) =>
        Report(what, () => Check.Equal(expected, actual, what),
            actual?.ToString() ?? "null", actual is null);

    public static bool True(string what, bool condition) =>
        Report(what, () => Check.True(condition, what), Language.Pick("true", "成り立ちます"),
            isPlaceholder: false);

    private static bool Report(string what, Action check, string shown, bool isPlaceholder)
    {
        try
        {
            check();
            Console.WriteLine(Language.Pick($"✓ {what}: {shown}",
                $"✓ {Language.Words(what)}：{shown}"));
            return true;
        }
        catch (CheckFailedException failure)
        {
            string hint = !isPlaceholder ? ""
                : Language.Pick(
                    " Your answer is still the placeholder: replace it with your own code.",
                    "答えはまだ仮の値（プレースホルダー）のままです。自分のコードに置き換えてください。");
            Console.WriteLine($"✗ {failure.Message}{hint}");
            return false;
        }
    }

    private static string Show(Vector<double>? v) =>
        v is null ? "null" : $"[{string.Join(", ", v.Select(Check.Format))}]";

    private static string Shape(Matrix<double>? m) =>
        m is null ? "null" : Language.Pick($"a {m.RowCount}×{m.ColumnCount} matrix",
            $"{m.RowCount}×{m.ColumnCount}の行列");
}
