namespace NeuralNetworks.Fast;

/// <summary>
/// eˣ, ln x, tanh x, sin x, cos x and xʸ built only from +, −, ×, ÷, floor, √ and bit
/// manipulation, each exactly rounded by IEEE 754 on every platform. Math.Exp and its kin call
/// the C library, whose last bits differ between Linux (glibc), Windows and the browser
/// (WebAssembly, musl); training amplifies those bits into different printed losses. With these,
/// a notebook prints the same numbers wherever it runs. Tests: tests/Fast/PortableMath*Tests,
/// which also pin a hash of the bits of 10,000 results of each function.
/// </summary>
public static partial class PortableMath
{
    /// <summary>1/n! for n = 0 … 22: one rounding each, as n! is exact in a double.</summary>
    private static readonly double[] InverseFactorial = InverseFactorials(22);

    private static double[] InverseFactorials(int last)
    {
        var inverse = new double[last + 1];
        double factorial = 1;
        for (int n = 0; n <= last; n++)
        {
            if (n > 0) factorial *= n;
            inverse[n] = 1.0 / factorial;
        }
        return inverse;
    }

    /// <summary>2ⁿ for whole n in [−1022, 1023], from its exponent bits.</summary>
    private static double TwoToThe(int n) => BitConverter.Int64BitsToDouble((long)(n + 1023) << 52);
}
