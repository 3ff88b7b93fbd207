using NeuralNetworks.Layers;

namespace NeuralNetworks.Optimizers;

/// <summary>
/// Gradient clipping by the global norm (lesson 10), a guard against exploding gradients:
/// ‖g‖ = √(Σ over every parameter P of Σᵢⱼ (∂L/∂Pᵢⱼ)²); if ‖g‖ &gt; c, every gradient is multiplied
/// by c / ‖g‖, so the whole gradient keeps its direction and its norm becomes c. Call it between
/// the backward pass and the optimizer's Step.
/// </summary>
public static class GradientClipping
{
    /// <summary>‖g‖ over all the gradients of <paramref name="parameters"/>.</summary>
    public static double GlobalNorm(IReadOnlyList<Parameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Math.Sqrt(parameters.Sum(p => p.Gradient.Enumerate().Sum(g => g * g)));
    }

    /// <summary>
    /// Scales the gradients, in place, so that their global norm is at most
    /// <paramref name="maxNorm"/> (c), and returns the norm they had before.
    /// </summary>
    public static double ClipByNorm(IReadOnlyList<Parameter> parameters, double maxNorm)
    {
        if (!(maxNorm > 0) || double.IsInfinity(maxNorm))
            throw new ArgumentOutOfRangeException(nameof(maxNorm), maxNorm,
                "The largest allowed norm must be a positive finite number, such as 1.");
        double norm = GlobalNorm(parameters);
        if (norm > maxNorm)
            foreach (Parameter p in parameters)
                p.Gradient.Multiply(maxNorm / norm, p.Gradient);
        return norm;
    }
}
