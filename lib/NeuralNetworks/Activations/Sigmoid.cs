using NeuralNetworks.Fast;

namespace NeuralNetworks.Activations;

public sealed partial class Activation
{
    /// <summary>
    /// Sigmoid (logistic) function: σ(u) = 1 / (1 + e⁻ᵘ); σ′(u) = σ(u)(1 − σ(u)). Range (0, 1).
    /// σ′ is at most 0.25 (at u = 0), which is why deep sigmoid networks suffer vanishing
    /// gradients (lesson 10).
    /// </summary>
    public static Activation Sigmoid { get; } = new(
        "Sigmoid", "hidden (classic) or output for two classes", "(0, 1)",
        Logistic,
        u => Logistic(u) * (1.0 - Logistic(u)));

    // PortableMath: the same bits on every platform, the browser too (Fast/PortableMath.cs).
    private static double Logistic(double u) => 1.0 / (1.0 + PortableMath.Exp(-u));
}
