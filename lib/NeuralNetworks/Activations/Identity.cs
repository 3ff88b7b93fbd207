namespace NeuralNetworks.Activations;

public sealed partial class Activation
{
    /// <summary>
    /// Identity: f(u) = u; f′(u) = 1. Range (−∞, ∞). The output activation for
    /// regression (lesson 04).
    /// </summary>
    public static Activation Identity { get; } = new(
        "Identity", "output (regression)", "(−∞, ∞)",
        u => u,
        u => 1.0);
}
