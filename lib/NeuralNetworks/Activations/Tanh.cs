namespace NeuralNetworks.Activations;

public sealed partial class Activation
{
    /// <summary>
    /// Hyperbolic tangent: tanh(u) = (eᵘ − e⁻ᵘ) / (eᵘ + e⁻ᵘ); tanh′(u) = 1 − tanh²(u). Range
    /// (−1, 1). A sigmoid stretched to be centred on zero: tanh(u) = 2σ(2u) − 1.
    /// </summary>
    public static Activation Tanh { get; } = new(
        "Tanh", "hidden", "(−1, 1)",
        Math.Tanh,
        u => 1.0 - Math.Tanh(u) * Math.Tanh(u));
}
