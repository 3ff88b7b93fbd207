namespace NeuralNetworks.Fast;

public static partial class PortableMath
{
    /// <summary>ln 2 = Ln2High + Ln2Low; Ln2High has 32 bits, so k·Ln2High is exact.</summary>
    private const double Ln2High = 6.93147180369123816490e-01, Ln2Low = 1.90821492927058770002e-10;

    /// <summary>The bits of √½: x is split as 2ᵏ·m with m in [√½, √2).</summary>
    private const long SqrtHalfBits = 0x3fe6a09e667f3bcd;

    private const double SmallestNormal = 2.2250738585072014e-308;

    /// <summary>
    /// ln x. x = 2ᵏ·m with m in [√½, √2) from the exponent bits (subnormals scaled by 2⁵⁴ first);
    /// f = m − 1, s = f / (2 + f), and ln m = 2 artanh s = 2s + s·R with
    /// R = Σ 2s²ⁱ / (2i + 1), i = 1 … 11 (|s| ≤ 0.172, so the next term is below 1e-19 of ln m).
    /// ln x = k·ln 2 + f − f²/2 + s·(f²/2 + R), summed smallest first (the arrangement of
    /// fdlibm's log). Within 1 ulp of Math.Log. ln 0 = −∞, ln x = NaN for x &lt; 0 or NaN,
    /// ln ∞ = ∞.
    /// </summary>
    public static double Log(double x)
    {
        if (double.IsNaN(x) || x < 0) return double.NaN;
        if (x == 0) return double.NegativeInfinity;
        if (double.IsPositiveInfinity(x)) return x;
        int k = 0;
        if (x < SmallestNormal)
        {
            x *= 18014398509481984.0;
            k = -54;
        }
        long bits = BitConverter.DoubleToInt64Bits(x), shifted = bits - SqrtHalfBits;
        k += (int)(shifted >> 52);
        long exponent = shifted & unchecked((long)0xfff0000000000000);
        double f = BitConverter.Int64BitsToDouble(bits - exponent) - 1.0;
        double hfsq = 0.5 * f * f, s = f / (2.0 + f), z = s * s;
        double R = 2.0 / 23 * z + 2.0 / 21;
        R = R * z + 2.0 / 19;
        R = R * z + 2.0 / 17;
        R = R * z + 2.0 / 15;
        R = R * z + 2.0 / 13;
        R = R * z + 2.0 / 11;
        R = R * z + 2.0 / 9;
        R = R * z + 2.0 / 7;
        R = R * z + 2.0 / 5;
        R = (R * z + 2.0 / 3) * z;
        return s * (hfsq + R) + k * Ln2Low - hfsq + f + k * Ln2High;
    }
}
