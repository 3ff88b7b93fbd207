namespace NeuralNetworks.Fast;

public static partial class PortableMath
{
    /// <summary>
    /// tanh x, odd, so computed for |x| and given x's sign. Near 0 (|x| &lt; 0.55) as
    /// E / (E + 2) with E = e²ˣ − 1 by its Taylor series to the 20th power (no cancellation, so
    /// small x keep their relative accuracy: tanh 1e-10 = 1e-10); up to 22 as
    /// 1 − 2 / (e²ˣ + 1); beyond 22 it is 1 (1 − tanh 22 ≈ 1.6e-19, below half an ulp of 1).
    /// Within 3 ulps of Math.Tanh. NaN gives NaN, ±∞ gives ±1.
    /// </summary>
    public static double Tanh(double x)
    {
        if (double.IsNaN(x)) return x;
        double a = Math.Abs(x);
        double t = a > 22 ? 1.0
            : a >= 0.55 ? 1.0 - 2.0 / (Exp(2 * a) + 1.0)
            : ExpMinusOne(2 * a) / (ExpMinusOne(2 * a) + 2.0);
        return Math.CopySign(t, x);
    }

    /// <summary>eʸ − 1 = y + y²/2! + … + y²⁰/20! for 0 ≤ y ≤ 1.1 (next term &lt; 2e-17y).</summary>
    private static double ExpMinusOne(double y)
    {
        double p = InverseFactorial[20];
        for (int n = 19; n >= 1; n--) p = p * y + InverseFactorial[n];
        return p * y;
    }
}
