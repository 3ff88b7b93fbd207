namespace NeuralNetworks.Activations;

public sealed partial class Activation
{
    /// <summary>
    /// Rectified linear unit: ReLU(u) = max(0, u); ReLU′(u) = 1 if u &gt; 0, else 0
    /// (we take 0 at u = 0). Range [0, ∞). The usual hidden-layer activation. Not linear:
    /// ReLU(2 + (−3)) = 0 but ReLU(2) + ReLU(−3) = 2 (lesson 03).
    /// </summary>
    public static Activation ReLU { get; } = new(
        "ReLU", "hidden", "[0, ∞)",
        u => u > 0 ? u : 0.0,
        u => u > 0 ? 1.0 : 0.0);
}
