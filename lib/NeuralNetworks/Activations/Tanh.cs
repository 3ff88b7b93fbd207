using NeuralNetworks.Fast;

namespace NeuralNetworks.Activations;

public sealed partial class Activation
{
    /// <summary>
    /// Hyperbolic tangent: tanh(u) = (eᵘ − e⁻ᵘ) / (eᵘ + e⁻ᵘ); tanh′(u) = 1 − tanh²(u). Range
    /// (−1, 1). A sigmoid stretched to be centred on zero: tanh(u) = 2σ(2u) − 1.
    /// </summary>
    // PortableMath: the same bits on every platform, the browser too (Fast/PortableMath.cs).
    public static Activation Tanh { get; } = new(
        "Tanh", "hidden", "(−1, 1)",
        PortableMath.Tanh,
        u => 1.0 - PortableMath.Tanh(u) * PortableMath.Tanh(u));
}
