using System.Globalization;
using NeuralNetworks.Calculus;

namespace NeuralNetworks.Tests.Calculus;

/// <summary>
/// The numbers lesson 06 quotes about the error of numerical derivatives of f(x) = x³ at x = 1 (exact slope 3),
/// for h = 10⁻¹ … 10⁻¹³. Printed as the lesson prints them ("0.0E+00"), so a change here is a change in the prose.
/// </summary>
public class NumericalDerivativeErrorTests
{
    private static double Cube(double x) => x * x * x;

    private static readonly double[] Steps = Enumerable.Range(1, 13).Select(k => Math.Pow(10, -k)).ToArray();

    private static string E(double value) => value.ToString("0.0E+00", CultureInfo.InvariantCulture);

    private static double CentralError(double h) => Math.Abs(NumericalDerivative.Central(Cube, 1, h) - 3);

    private static double ForwardError(double h) => Math.Abs(NumericalDerivative.Forward(Cube, 1, h) - 3);

    [Fact]
    public void The_central_error_is_smallest_at_h_1e_minus_6()
    {
        double[] errors = Steps.Select(CentralError).ToArray();
        int best = Array.IndexOf(errors, errors.Min());

        Assert.Equal(1e-6, Steps[best]);
        Assert.Equal("2.5E-11", E(errors[best]));
        Assert.Equal("9.7E-11", E(CentralError(1e-5)));
        Assert.Equal("8.6E-11", E(CentralError(1e-7)));
    }

    [Fact]
    public void At_h_1e_minus_8_the_forward_difference_wins_because_truncation_and_rounding_cancel()
    {
        const double h = 1e-8;
        double forward = NumericalDerivative.Forward(Cube, 1, h) - 3;
        double truncation = 3 * h + h * h;           // ((1 + h)³ − 1)/h = 3 + 3h + h² exactly

        Assert.Equal("4.0E-09", E(ForwardError(h)));
        Assert.Equal("7.1E-09", E(CentralError(h)));
        Assert.Equal("3.0E-08", E(truncation));
        Assert.Equal("-2.6E-08", E(forward - truncation));
        Assert.Equal("3.0E-07", E(ForwardError(1e-7)));
        Assert.Equal("2.5E-07", E(ForwardError(1e-9)));
    }

    [Fact]
    public void Above_the_rounding_floor_the_errors_shrink_like_h_and_h_squared()
    {
        // Truncation alone: forward 3h + h², central h² (for x³ at 1); rounding is negligible for h ≥ 1e-4.
        foreach (double h in Steps.Take(4))
        {
            Assert.Equal(3 * h + h * h, ForwardError(h), 1e-3 * h);
            Assert.Equal(h * h, CentralError(h), 1e-3 * h * h);
        }
    }
}
