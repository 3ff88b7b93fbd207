using NeuralNetworks.Fast;

namespace NeuralNetworks.Tests.Fast;

/// <summary>
/// PortableMath against System.Math over seeded random arguments (ulps apart, measured by the
/// distance between the bit patterns), its special values, and its agreement with VectorExp.
/// </summary>
public class PortableMathTests
{
    internal static long Ulps(double a, double b) =>
        a == b ? 0 : Math.Abs(BitConverter.DoubleToInt64Bits(a) - BitConverter.DoubleToInt64Bits(b));

    internal static double[] Arguments(int seed, int count, double low, double high)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => low + (high - low) * random.NextDouble()).ToArray();
    }

    private static void AssertWithin(long ulps, Func<double, double> portable, Func<double, double> reference,
        IEnumerable<double> x)
    {
        foreach (double xi in x)
        {
            double got = portable(xi), expected = reference(xi);
            Assert.True(Ulps(got, expected) <= ulps, $"x = {xi:R}: {got:R}, System.Math {expected:R}");
        }
    }

    [Fact]
    public void Exp_is_within_2_ulps_of_Math_Exp_and_matches_VectorExp_bit_for_bit()
    {
        double[] x = [.. Arguments(1, 20_000, -708, 709.78), .. Arguments(2, 20_000, -2, 2), 0, 1, -1, 1e-300, 709.78];
        AssertWithin(2, PortableMath.Exp, Math.Exp, x);
        double[] negative = [.. Arguments(3, 5_000, -708, 0), .. Arguments(4, 5_000, -3, 0), 0, -708];
        var vector = new double[negative.Length];
        VectorExp.ExpOfDifference(negative, new double[negative.Length], vector);
        Assert.Equal(negative.Select(PortableMath.Exp).ToArray(), vector);
    }

    [Fact]
    public void Exp_special_values()
    {
        Assert.Equal(1.0, PortableMath.Exp(0));
        Assert.Equal(double.PositiveInfinity, PortableMath.Exp(709.8));
        Assert.Equal(double.PositiveInfinity, PortableMath.Exp(double.PositiveInfinity));
        Assert.Equal(0.0, PortableMath.Exp(-746));
        Assert.Equal(0.0, PortableMath.Exp(double.NegativeInfinity));
        Assert.True(double.IsNaN(PortableMath.Exp(double.NaN)));
        Assert.True(double.IsFinite(PortableMath.Exp(709.78)));
        AssertWithin(1, PortableMath.Exp, Math.Exp, [-710, -720, -740, -745]);
    }

    [Fact]
    public void Log_is_within_1_ulp_of_Math_Log()
    {
        var random = new Random(5);
        double[] wide = Enumerable.Range(0, 20_000)
            .Select(_ => Math.Pow(2, 2000 * random.NextDouble() - 1000) * (1 + random.NextDouble())).ToArray();
        double[] x = [.. wide, .. Arguments(6, 20_000, 0.5, 2), .. Arguments(7, 5_000, 0, 1e-7), 1e-320, 5e-324,
            double.Epsilon * 3, double.MaxValue, 1 + 1e-15, 1 - 1e-16, 2, 0.5];
        AssertWithin(1, PortableMath.Log, Math.Log, x);
    }

    [Fact]
    public void Log_special_values()
    {
        Assert.Equal(0.0, PortableMath.Log(1));
        Assert.Equal(double.NegativeInfinity, PortableMath.Log(0));
        Assert.Equal(double.NegativeInfinity, PortableMath.Log(-0.0));
        Assert.Equal(double.PositiveInfinity, PortableMath.Log(double.PositiveInfinity));
        Assert.True(double.IsNaN(PortableMath.Log(-1)));
        Assert.True(double.IsNaN(PortableMath.Log(double.NegativeInfinity)));
        Assert.True(double.IsNaN(PortableMath.Log(double.NaN)));
    }

    [Fact]
    public void Tanh_is_within_3_ulps_of_Math_Tanh_also_near_0()
    {
        double[] x = [.. Arguments(8, 20_000, -25, 25), .. Arguments(9, 20_000, -1, 1), .. Arguments(10, 5_000, -1e-6, 1e-6),
            1e-10, -1e-300, 0.55, 0.5499999999999999, 22, 21.9];
        AssertWithin(3, PortableMath.Tanh, Math.Tanh, x);
        Assert.Equal(1e-10, PortableMath.Tanh(1e-10));
        Assert.Equal(-1.0, PortableMath.Tanh(double.NegativeInfinity));
        Assert.Equal(1.0, PortableMath.Tanh(30));
        Assert.True(double.IsNegative(PortableMath.Tanh(-0.0)));
        Assert.True(double.IsNaN(PortableMath.Tanh(double.NaN)));
    }

    [Fact]
    public void Sin_and_Cos_are_within_2_ulps_of_Math_away_from_their_zeros()
    {
        double[] x = [.. Arguments(11, 20_000, -100, 100), .. Arguments(12, 20_000, -Math.PI, Math.PI), 0.5, 1, 3];
        foreach (double xi in x)
        {
            foreach ((double got, double expected) in new[] { (PortableMath.Sin(xi), Math.Sin(xi)), (PortableMath.Cos(xi), Math.Cos(xi)) })
            {
                bool close = Math.Abs(expected) > 1e-3 ? Ulps(got, expected) <= 2 : Math.Abs(got - expected) <= 2.3e-19;
                Assert.True(close, $"x = {xi:R}: {got:R}, System.Math {expected:R}");
            }
        }
        Assert.True(double.IsNegative(PortableMath.Sin(-0.0)));
        Assert.Equal(1.0, PortableMath.Cos(0));
        Assert.Equal(Math.Sin(Math.PI), PortableMath.Sin(Math.PI), 1e-30);
        Assert.True(double.IsNaN(PortableMath.Sin(double.PositiveInfinity)));
        Assert.True(double.IsNaN(PortableMath.Cos(double.NaN)));
    }

    [Fact]
    public void Pow_with_whole_exponents_is_within_1_ulp_of_Math_Pow()
    {
        var random = new Random(13);
        for (int i = 0; i < 20_000; i++)
        {
            double x = 0.5 + random.NextDouble(), beta = 0.9 + 0.1 * random.NextDouble();
            int n = random.Next(0, 200), t = random.Next(1, 20_000);
            Assert.True(Ulps(PortableMath.Pow(x, n), Math.Pow(x, n)) <= 1, $"{x:R}^{n}");
            Assert.True(Ulps(PortableMath.Pow(beta, t), Math.Pow(beta, t)) <= 1, $"{beta:R}^{t}");
            Assert.True(Ulps(PortableMath.Pow(x, -n), Math.Pow(x, -n)) <= 2, $"{x:R}^-{n}");
        }
        Assert.Equal(9.0, PortableMath.Pow(3, 2));
        Assert.Equal(0.001, PortableMath.Pow(10, -3));
        Assert.Equal(-0.0, PortableMath.Pow(-0.0, 3));
        Assert.Equal(double.PositiveInfinity, PortableMath.Pow(0, -1));
        Assert.Equal(double.PositiveInfinity, PortableMath.Pow(1e200, 2));
        Assert.Equal(-8.0, PortableMath.Pow(-2, 3));
    }

    [Fact]
    public void Pow_with_other_exponents()
    {
        double[] x = Arguments(14, 5_000, 0.01, 10);
        foreach (double xi in x)
            foreach (double y in new[] { 1.5, -0.5, 0.3, 2.5 })
            {
                double bound = 2 + 3 * Math.Abs(y * Math.Log(xi));
                Assert.True(Ulps(PortableMath.Pow(xi, y), Math.Pow(xi, y)) <= bound, $"{xi:R}^{y}");
            }
        Assert.Equal(2.0, PortableMath.Pow(4, 0.5));
        Assert.Equal(1.0, PortableMath.Pow(double.NaN, 0));
        Assert.Equal(1.0, PortableMath.Pow(1, double.NaN));
        Assert.True(double.IsNaN(PortableMath.Pow(-2, 0.5)));
    }

    [Fact]
    public void Each_function_is_monotonic_where_it_should_be()
    {
        double[] x = Arguments(15, 2_000, -20, 20).Order().ToArray();
        foreach (Func<double, double> f in new Func<double, double>[] { PortableMath.Exp, PortableMath.Tanh })
            for (int i = 1; i < x.Length; i++)
                Assert.True(f(x[i - 1]) <= f(x[i]), $"at {x[i - 1]:R}, {x[i]:R}");
        double[] positive = Arguments(16, 2_000, 1e-3, 1e3).Order().ToArray();
        for (int i = 1; i < positive.Length; i++)
            Assert.True(PortableMath.Log(positive[i - 1]) <= PortableMath.Log(positive[i]));
        for (double a = 1 - 1e-12; a < 1 + 1e-12; a = Math.BitIncrement(a))
            if (Math.Abs(a - 1) < 3e-16)
                Assert.True(PortableMath.Log(a) < PortableMath.Log(Math.BitIncrement(a)));
    }
}
