using System.Runtime.CompilerServices;
using Lanes = System.Numerics.Vector<double>;
using Vector = System.Numerics.Vector;

namespace NeuralNetworks.Fast;

/// <summary>
/// eˣ for x ≤ 0, a register of doubles at a time (softmax's e^(u − max u), where calling Math.Exp
/// once per element was most of the kernel's time). The usual reduction: k = round(x / ln 2),
/// r = x − k·ln 2 with ln 2 split in two parts so that r is exact to a few ulps, |r| ≤ ½ ln 2;
/// eʳ by its Taylor polynomial to r¹², whose first omitted term is below 2e-16 of eʳ;
/// then eˣ = 2ᵏ·eʳ, with 2ᵏ built from its exponent bits (<see cref="TwoToThe"/>).
/// Within 2 ulps of Math.Exp (tests/Fast/VectorExpTests); below −708 the result is 0
/// (Math.Exp gives a subnormal there, under 1e-307). The scalar <see cref="PortableMath.Exp"/>
/// takes the same steps and gives the same bits on [−708, 0]. Lane by lane, so every width gives
/// the same bits, and the tail runs through the same code in a padded register.
/// </summary>
internal static class VectorExp
{
    internal const double Log2E = 1.4426950408889634;
    internal const double Ln2High = 0.693145751953125, Ln2Low = 1.42860682030941723212e-6;
    private const double Lowest = -708.0;

    /// <summary>destination[i] = e^(x[i] − shift[i]) for arguments ≤ 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ExpOfDifference(ReadOnlySpan<double> x, ReadOnlySpan<double> shift,
        Span<double> destination)
    {
        int i = 0;
        for (; i <= x.Length - Lanes.Count; i += Lanes.Count)
            Exp(new Lanes(x[i..]) - new Lanes(shift[i..])).CopyTo(destination[i..]);
        if (i == x.Length) return;
        Span<double> tail = stackalloc double[Lanes.Count];
        for (int j = 0; j < x.Length - i; j++) tail[j] = x[i + j] - shift[i + j];
        Exp(new Lanes(tail)).CopyTo(tail);
        tail[..(x.Length - i)].CopyTo(destination[i..]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Lanes Exp(Lanes x)
    {
        Lanes tiny = Vector.AsVectorDouble(Vector.LessThan(x, new Lanes(Lowest)));
        x = Vector.ConditionalSelect(tiny, new Lanes(Lowest), x);
        Lanes k = Vector.Floor(x * new Lanes(Log2E) + new Lanes(0.5));
        Lanes r = x - k * new Lanes(Ln2High) - k * new Lanes(Ln2Low);
        Lanes p = new Lanes(1.0 / 479001600) * r + new Lanes(1.0 / 39916800);
        p = p * r + new Lanes(1.0 / 3628800);
        p = p * r + new Lanes(1.0 / 362880);
        p = p * r + new Lanes(1.0 / 40320);
        p = p * r + new Lanes(1.0 / 5040);
        p = p * r + new Lanes(1.0 / 720);
        p = p * r + new Lanes(1.0 / 120);
        p = p * r + new Lanes(1.0 / 24);
        p = p * r + new Lanes(1.0 / 6);
        p = p * r + new Lanes(0.5);
        p = p * r + Lanes.One;
        p = p * r + Lanes.One;
        return Vector.AndNot(p * TwoToThe(k), tiny);
    }

    /// <summary>
    /// 2ᵏ for whole k in [−1021, 0]: k + 1023 + 2⁵² holds k + 1023 in its low bits (adding 2⁵²
    /// aligns whole numbers with the last bit of the mantissa), and shifting those bits up by 52
    /// makes them the exponent of 2ᵏ. (Converting to integers directly has no AVX2 instruction.)
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Lanes TwoToThe(Lanes k)
    {
        Lanes biased = k + new Lanes(1023 + 4503599627370496.0);
        return Vector.AsVectorDouble(Vector.ShiftLeft(Vector.AsVectorInt64(biased), 52));
    }
}
