using System.Globalization;

namespace NeuralNetworks.Activations;

public sealed partial class Activation
{
    /// <summary>
    /// Leaky ReLU with slope a (0 &lt; a &lt; 1): f(u) = u if u &gt; 0, else a·u;
    /// f′(u) = 1 if u &gt; 0, else a. Range (−∞, ∞). Keeps a small gradient for negative inputs,
    /// so a unit cannot "die" (lesson 10).
    /// </summary>
    /// <param name="slope">a, the slope for u ≤ 0; usually 0.01.</param>
    public static Activation LeakyReLU(double slope = 0.01)
    {
        if (!(slope > 0 && slope < 1))
            throw new ArgumentOutOfRangeException(nameof(slope), slope,
                "Leaky ReLU's slope must be between 0 and 1 (exclusive), " +
                $"but was {slope.ToString(CultureInfo.InvariantCulture)}; 0.01 is usual.");
        return new Activation(
            FormattableString.Invariant($"Leaky ReLU (a = {slope})"), "hidden", "(−∞, ∞)",
            u => u > 0 ? u : slope * u,
            u => u > 0 ? 1.0 : slope);
    }
}
