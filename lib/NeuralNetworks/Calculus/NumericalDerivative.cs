namespace NeuralNetworks.Calculus;

/// <summary>
/// The derivative estimated from two nearby values of f (lesson 06).
/// Central difference: f′(x) ≈ (f(x + h) − f(x − h)) / 2h, error shrinking like h².
/// Forward difference: f′(x) ≈ (f(x + h) − f(x)) / h, error shrinking like h
/// (shown for comparison). h should be small but not tiny: below about 1e-8 rounding errors
/// in f(x ± h) dominate.
/// </summary>
public static class NumericalDerivative
{
    /// <summary>The central-difference estimate of f′(x).</summary>
    public static double Central(Func<double, double> f, double x, double h = 1e-5)
    {
        CheckStep(h);
        return (f(x + h) - f(x - h)) / (2 * h);
    }

    /// <summary>The forward-difference estimate of f′(x).</summary>
    public static double Forward(Func<double, double> f, double x, double h = 1e-5)
    {
        CheckStep(h);
        return (f(x + h) - f(x)) / h;
    }

    internal static void CheckStep(double h)
    {
        if (!(h > 0) || double.IsInfinity(h))
            throw new ArgumentOutOfRangeException(nameof(h), h,
                "The step h must be a small positive number, such as 1e-5.");
    }
}
