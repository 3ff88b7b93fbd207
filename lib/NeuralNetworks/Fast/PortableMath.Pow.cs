namespace NeuralNetworks.Fast;

public static partial class PortableMath
{
    /// <summary>
    /// xʸ. For whole y (Adam's βᵗ, a step decay's γᵏ, an autograd x²): binary powering in
    /// double-double arithmetic (each product kept as hi + lo by Dekker's exact product), so the
    /// result is xⁿ rounded once, within 1 ulp; x⁻ⁿ = 1 / xⁿ adds one rounding. For y = ½, √x.
    /// Otherwise e^(y·ln x) for x &gt; 0 (NaN for x &lt; 0), whose error grows with |y·ln x|:
    /// at most (2 + 3|y·ln x|) ulps. x⁰ = 1 and 1ʸ = 1 for every x and y.
    /// </summary>
    public static double Pow(double x, double y)
    {
        if (y == 0 || x == 1) return 1.0;
        if (y == Math.Floor(y) && Math.Abs(y) <= 1 << 30)
            return y > 0 ? WholePower(x, (long)y) : 1.0 / WholePower(x, (long)-y);
        if (y == 0.5) return Math.Sqrt(x);
        return x < 0 ? double.NaN : Exp(y * Log(x));
    }

    private static double WholePower(double x, long n)
    {
        if (x == 0 || !double.IsFinite(x) || Math.Abs(x) > 1e150 || Math.Abs(x) < 1e-150)
            return PlainPower(x, n);
        (double Hi, double Lo) result = (1.0, 0.0), square = (x, 0.0);
        for (long m = n; m > 0; m >>= 1)
        {
            if ((m & 1) != 0) result = Times(result, square);
            if (m > 1) square = Times(square, square);
        }
        double value = result.Hi + result.Lo;
        return double.IsFinite(value) ? value : PlainPower(x, n);
    }

    private static double PlainPower(double x, long n)
    {
        double result = 1.0;
        for (; n > 0; n >>= 1, x *= x)
            if ((n & 1) != 0) result *= x;
        return result;
    }

    /// <summary>(a.Hi + a.Lo)(b.Hi + b.Lo) as a normalised hi + lo, to about 2⁻¹⁰⁴.</summary>
    private static (double Hi, double Lo) Times((double Hi, double Lo) a, (double Hi, double Lo) b)
    {
        double p = a.Hi * b.Hi;
        double e = ProductError(a.Hi, b.Hi, p) + (a.Hi * b.Lo + a.Lo * b.Hi);
        double s = p + e;
        return (s, e - (s - p));
    }

    /// <summary>a·b − p exactly, for p = a·b rounded (Dekker: factors split in halves).</summary>
    private static double ProductError(double a, double b, double p)
    {
        (double aHigh, double aLow) = Split(a);
        (double bHigh, double bLow) = Split(b);
        return aHigh * bHigh - p + aHigh * bLow + aLow * bHigh + aLow * bLow;
    }

    private static (double High, double Low) Split(double a)
    {
        double c = 134217729.0 * a;
        double high = c - (c - a);
        return (high, a - high);
    }
}
