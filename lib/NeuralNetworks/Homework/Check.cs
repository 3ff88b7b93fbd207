using System.Globalization;

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
/// parameter belongs to the check.
/// </summary>
public static partial class Check
{
    public static void Close(double expected, double actual, double tolerance, string what)
    {
        CheckTolerance(tolerance);
        if (!IsClose(expected, actual, tolerance))
            throw new CheckFailedException(
                $"{what}: expected {Format(expected)} but got {Format(actual)} " +
                $"(difference {Format(Math.Abs(expected - actual))}, " +
                $"tolerance {Format(tolerance)}).");
    }

    public static void Equal<T>(T expected, T actual, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
            throw new CheckFailedException(
                $"{what}: expected {Show(expected)} but got {Show(actual)}.");
    }

    public static void True(bool condition, string what)
    {
        if (!condition) throw new CheckFailedException($"{what}: this does not hold.");
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
