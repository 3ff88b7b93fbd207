using System.Globalization;
using NeuralNetworks.Languages;

namespace NeuralNetworks.Homework;

/// <summary>
/// Assertions for homework check cells. Each one returns quietly when the check holds and throws a
/// <see cref="CheckFailedException"/> naming what was checked, the expected value and the actual
/// one when it does not. Numbers match when |expected − actual| ≤ tolerance · max(1, |expected|):
/// an absolute tolerance near 0, a relative one for large values. NaN and ∞ never match a finite
/// expected value. Matrix and vector checks are in Check.Matrices.cs, checks of a trained network
/// in Check.Networks.cs, the honest "passed" line in Check.Passed.cs.
/// When work is graded, the grader evaluates these same methods outside the student's process:
/// a parameter whose name starts with "actual" is a value the student's code computes, every other
/// parameter belongs to the check. Messages are in the reader's language (<see cref="Fail"/>):
/// in Japanese with the same numbers, what was checked looked up in the catalog.
/// </summary>
public static partial class Check
{
    public static void Close(double expected, double actual, double tolerance, string what)
    {
        CheckTolerance(tolerance);
        if (!IsClose(expected, actual, tolerance))
            throw Fail(
                $"{what}: expected {Format(expected)} but got {Format(actual)} " +
                $"(difference {Format(Math.Abs(expected - actual))}, " +
                $"tolerance {Format(tolerance)}).",
                $"{Words(what)}：期待値は{Format(expected)}ですが、{Format(actual)}でした" +
                $"（差は{Format(Math.Abs(expected - actual))}、" +
                $"許容誤差は{Format(tolerance)}）。");
    }

    public static void Equal<T>(T expected, T actual, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
            throw Fail($"{what}: expected {Show(expected)} but got {Show(actual)}.",
                $"{Words(what)}：期待値は{Show(expected)}ですが、{Show(actual)}でした。");
    }

    public static void True(bool condition, string what)
    {
        if (!condition)
            throw Fail($"{what}: this does not hold.", $"{Words(what)}：成り立っていません。");
    }

    internal static bool IsClose(double expected, double actual, double tolerance)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual))
            return double.IsNaN(expected) && double.IsNaN(actual);
        if (double.IsInfinity(expected) || double.IsInfinity(actual))
            return expected.Equals(actual);
        return Math.Abs(expected - actual) <= tolerance * Math.Max(1.0, Math.Abs(expected));
    }

    internal static void CheckTolerance(double tolerance)
    {
        if (!(tolerance >= 0) || double.IsInfinity(tolerance))
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance,
                $"The tolerance is {tolerance}: give a finite number ≥ 0, e.g. 1e-9.");
    }

    /// <summary>
    /// A failure said in the reader's language (<see cref="Language.Pick"/>): the English as it
    /// always was, the Japanese with the same numbers.
    /// </summary>
    private static CheckFailedException Fail(string english, string japanese) =>
        new(Language.Pick(english, japanese));

    /// <summary>What the notebook says is checked, in the reader's language.</summary>
    private static string Words(string what) => Language.Words(what);

    internal static string Format(double value) =>
        value.ToString("G10", CultureInfo.InvariantCulture);

    private static string Show<T>(T value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
