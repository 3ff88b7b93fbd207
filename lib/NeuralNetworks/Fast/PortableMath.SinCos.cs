namespace NeuralNetworks.Fast;

public static partial class PortableMath
{
    /// <summary>
    /// π/2 = HalfPiHigh + HalfPiMiddle + HalfPiLow: the double nearest π/2 cut after its 33rd
    /// bit, its remaining 20 bits, and π/2 minus that double (6.1e-17, half of sin(Math.PI)).
    /// k·HalfPiHigh and k·HalfPiMiddle are exact for |k| &lt; 2²⁰.
    /// </summary>
    private static readonly double HalfPiHigh =
        BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(Math.PI / 2) & ~0xfffffL);
    private static readonly double HalfPiMiddle = Math.PI / 2 - HalfPiHigh;
    private const double HalfPiLow = 6.123233995736766e-17;
    private const double TwoOverPi = 0.63661977236758138;

    /// <summary>
    /// sin x: k = round(x / (π/2)), r = x − k·π/2 in three parts (|r| ≤ π/4), then ±sin r or
    /// ±cos r by k mod 4, each by its Taylor series (to r¹⁹ and r²⁰). Within 2 ulps of Math.Sin
    /// for |x| up to 10⁵ (the library's angles stay below 100); beyond that the reduction loses
    /// accuracy. ±∞ and NaN give NaN.
    /// </summary>
    public static double Sin(double x)
    {
        if (!double.IsFinite(x)) return double.NaN;
        (double r, int quadrant) = Reduce(x);
        return quadrant switch
        {
            0 => SinNearZero(r),
            1 => CosNearZero(r),
            2 => -SinNearZero(r),
            _ => -CosNearZero(r),
        };
    }

    /// <summary>cos x, by the reduction and the series of <see cref="Sin"/>.</summary>
    public static double Cos(double x)
    {
        if (!double.IsFinite(x)) return double.NaN;
        (double r, int quadrant) = Reduce(x);
        return quadrant switch
        {
            0 => CosNearZero(r),
            1 => -SinNearZero(r),
            2 => -CosNearZero(r),
            _ => SinNearZero(r),
        };
    }

    private static (double R, int Quadrant) Reduce(double x)
    {
        double k = Math.Floor(x * TwoOverPi + 0.5);
        double r = x - k * HalfPiHigh - k * HalfPiMiddle - k * HalfPiLow;
        return (r, (int)((long)k & 3));
    }

    /// <summary>sin r = r·Σ (−r²)ⁱ / (2i + 1)!, i = 0 … 9, for |r| ≤ π/4.</summary>
    private static double SinNearZero(double r)
    {
        double w = -(r * r), p = InverseFactorial[19];
        for (int i = 8; i >= 0; i--) p = p * w + InverseFactorial[2 * i + 1];
        return r * p;
    }

    /// <summary>cos r = Σ (−r²)ⁱ / (2i)!, i = 0 … 10, for |r| ≤ π/4.</summary>
    private static double CosNearZero(double r)
    {
        double w = -(r * r), p = InverseFactorial[20];
        for (int i = 9; i >= 0; i--) p = p * w + InverseFactorial[2 * i];
        return p;
    }
}
