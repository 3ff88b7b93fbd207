namespace NeuralNetworks.Fast;

public static partial class PortableMath
{
    private const double ExpOverflow = 709.79, ExpUnderflow = -745.2;

    /// <summary>
    /// eˣ by the method of <see cref="VectorExp"/>, with the same constants and the same steps, so
    /// the two agree to the bit on [−708, 0]: k = round(x / ln 2), r = x − k·ln 2 (ln 2 in two
    /// parts), eʳ by its Taylor polynomial to r¹² (Horner), eˣ = 2ᵏ·eʳ. Within 2 ulps of Math.Exp.
    /// Overflows to +∞ above ln(double.MaxValue) ≈ 709.78; below −708 the result is subnormal
    /// (one rounding), and 0 below ≈ −745.13. NaN gives NaN.
    /// </summary>
    public static double Exp(double x)
    {
        if (double.IsNaN(x)) return x;
        if (x > ExpOverflow) return double.PositiveInfinity;
        if (x < ExpUnderflow) return 0.0;
        double k = Math.Floor(x * VectorExp.Log2E + 0.5);
        double r = x - k * VectorExp.Ln2High - k * VectorExp.Ln2Low;
        double p = 1.0 / 479001600 * r + 1.0 / 39916800;
        p = p * r + 1.0 / 3628800;
        p = p * r + 1.0 / 362880;
        p = p * r + 1.0 / 40320;
        p = p * r + 1.0 / 5040;
        p = p * r + 1.0 / 720;
        p = p * r + 1.0 / 120;
        p = p * r + 1.0 / 24;
        p = p * r + 1.0 / 6;
        p = p * r + 0.5;
        p = p * r + 1.0;
        p = p * r + 1.0;
        return TimesTwoToThe(p, (int)k);
    }

    /// <summary>p·2ᵏ for k in [−1075, 1024]: exact unless it overflows or is subnormal.</summary>
    private static double TimesTwoToThe(double p, int k) =>
        k > 1023 ? p * TwoToThe(k - 1) * 2.0
        : k < -1021 ? p * TwoToThe(k + 1000) * TwoToThe(-1000)
        : p * TwoToThe(k);
}
