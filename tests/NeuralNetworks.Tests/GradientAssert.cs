namespace NeuralNetworks.Tests;

/// <summary>
/// Assertions for gradient checks: an analytic derivative against a numerical one, by relative error
/// |a − b| / max(|a|, |b|, tiny). Relative, so large and small gradients are judged alike; "tiny" (1e-12) keeps
/// two zeros from dividing by zero.
/// </summary>
public static class GradientAssert
{
    public static double RelativeError(double expected, double actual) =>
        Math.Abs(expected - actual) / Math.Max(Math.Max(Math.Abs(expected), Math.Abs(actual)), 1e-12);

    public static void Close(double expected, double actual, double tolerance, string what = "gradient")
    {
        double error = RelativeError(expected, actual);
        Assert.True(error <= tolerance,
            FormattableString.Invariant($"{what}: expected {expected:R}, got {actual:R}; relative error {error:G3} > tolerance {tolerance:G3}."));
    }

    public static void Close(Vector<double> expected, Vector<double> actual, double tolerance, string what = "gradient")
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
            Close(expected[i], actual[i], tolerance, $"{what}[{i}]");
    }
}
