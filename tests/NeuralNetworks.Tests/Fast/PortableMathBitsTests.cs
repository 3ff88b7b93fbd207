using System.Security.Cryptography;
using NeuralNetworks.Fast;

namespace NeuralNetworks.Tests.Fast;

/// <summary>
/// The bits of 10,000 seeded results of each PortableMath function, hashed (SHA-256, first 16 hex
/// digits). PortableMath uses only IEEE-exact operations, so these hashes are the same on every
/// platform (Linux, Windows, macOS, the browser): a change to any step of an algorithm that moves
/// even one bit fails here, and then the course's printed numbers must be checked again.
/// </summary>
public class PortableMathBitsTests
{
    private static string Hash(Func<double, double> f, double low, double high)
    {
        double[] x = PortableMathTests.Arguments(2026, 10_000, low, high);
        byte[] bits = x.SelectMany(xi => BitConverter.GetBytes(BitConverter.DoubleToInt64Bits(f(xi)))).ToArray();
        return Convert.ToHexString(SHA256.HashData(bits))[..16];
    }

    [Theory]
    [InlineData("Exp", -50.0, 50.0, "A6F1DE0D6FA43D9E")]
    [InlineData("Log", 1e-6, 1e6, "48F74DA83E7CC084")]
    [InlineData("Tanh", -5.0, 5.0, "9B2EF5B31F82ABAA")]
    [InlineData("Sin", -20.0, 20.0, "AB68A80D04FF54ED")]
    [InlineData("Cos", -20.0, 20.0, "7EF7904EAF5AC690")]
    [InlineData("PowOfBeta", 0.9, 1.0, "C81F439FF03FECED")]
    public void The_bits_of_10000_results_are_pinned(string function, double low, double high, string expected)
    {
        Func<double, double> f = function switch
        {
            "Exp" => PortableMath.Exp,
            "Log" => PortableMath.Log,
            "Tanh" => PortableMath.Tanh,
            "Sin" => PortableMath.Sin,
            "Cos" => PortableMath.Cos,
            _ => beta => PortableMath.Pow(beta, Math.Floor(1000 * beta)) + PortableMath.Pow(beta, 1.5),
        };
        Assert.Equal(expected, Hash(f, low, high));
    }
}
