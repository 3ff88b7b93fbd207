namespace NeuralNetworks.Linearity;

/// <summary>
/// Tests the two laws that make a function linear (lesson 03) on sample points:
/// additivity f(x + y) = f(x) + f(y) and homogeneity f(a·x) = a·f(x).
/// A linear f passes both for every pair; one failing pair proves f is not linear
/// (passing only suggests it is). Without a non-linear activation, stacked layers collapse into one
/// linear map, so this is why activations matter.
/// </summary>
public static class LinearityCheck
{
    /// <summary>
    /// Checks additivity for every ordered pair (x, y) of the sample points (x outer, y inner),
    /// then homogeneity for every pair (a, x), and returns the first failure in that order.
    /// Two sides count as equal when they differ by at most tolerance · max(1, |left|, |right|).
    /// </summary>
    public static LinearityResult Check(Func<double, double> f, IEnumerable<double> samplePoints,
        double tolerance = 1e-9)
    {
        if (!(tolerance >= 0))
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance,
                "tolerance must be 0 or a small positive number, such as 1e-9.");
        double[] points = samplePoints.ToArray();
        if (points.Length == 0)
            throw new ArgumentException(
                "Give at least one sample point, such as [2, -3].", nameof(samplePoints));

        foreach (double x in points)
            foreach (double y in points)
            {
                double left = f(x + y), right = f(x) + f(y);
                if (!Same(left, right, tolerance))
                    return new LinearityResult(new LinearityCounterexample(
                        LinearityLaw.Additivity, x, y, left, f(x), f(y), right));
            }
        foreach (double a in points)
            foreach (double x in points)
            {
                double left = f(a * x), right = a * f(x);
                if (!Same(left, right, tolerance))
                    return new LinearityResult(new LinearityCounterexample(
                        LinearityLaw.Homogeneity, a, x, left, double.NaN, f(x), right));
            }
        return new LinearityResult(null);
    }

    private static bool Same(double left, double right, double tolerance)
    {
        double scale = Math.Max(1, Math.Max(Math.Abs(left), Math.Abs(right)));
        return left == right || Math.Abs(left - right) <= tolerance * scale;
    }
}
