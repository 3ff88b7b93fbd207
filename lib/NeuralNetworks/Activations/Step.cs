namespace NeuralNetworks.Activations;

public sealed partial class Activation
{
    /// <summary>
    /// Step function: f(u) = 1 if u &gt; 0, else 0. Range {0, 1}. The perceptron's activation
    /// (lessons 01, 02). f′(u) = 0 for every u ≠ 0 and is undefined at 0 (we return 0):
    /// a gradient carries no information through it, which is why networks trained by gradients
    /// use smooth activations instead.
    /// </summary>
    public static Activation Step { get; } = new(
        "Step", "perceptron (hidden, historical)", "{0, 1}",
        StepOf,
        u => 0.0);

    private static double StepOf(double u) => u > 0 ? 1.0 : 0.0;
}
