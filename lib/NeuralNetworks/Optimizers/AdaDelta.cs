using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Optimizers;

/// <summary>
/// AdaDelta (lesson 10; listed beside Momentum, AdaGrad and Adam in Rabbit Challenge day 1):
/// RMSProp's moving average of squared gradients, with the learning rate replaced by a moving
/// average of the squared steps themselves, so a step has the units of W (Zeiler, 2012).
/// With g = ∂L/∂W and h, s starting at 0:
/// h ← ρh + (1 − ρ) g ⊙ g; Δ = √(s + ε) / √(h + ε) ⊙ g; s ← ρs + (1 − ρ) Δ ⊙ Δ; W ← W − α Δ.
/// Defaults ρ = 0.95, ε = 1e-6 (the paper's) and α = 1 (the paper has no α; PyTorch keeps it as a
/// multiplier). The first step is about √ε / √(1 − ρ) ≈ 0.0045 per weight whatever the gradient's
/// size; the steps then grow.
/// </summary>
public sealed class AdaDelta(double learningRate = 1.0, double decay = 0.95) : IOptimizer
{
    public const double Epsilon = 1e-6;

    private readonly OptimizerState squares = new(), steps = new();

    /// <summary>α, a multiplier on the step (1 in the original method).</summary>
    public double LearningRate { get; } = OptimizerState.CheckLearningRate(learningRate);

    /// <summary>ρ, the fraction of both moving averages kept each step.</summary>
    public double Decay { get; } = OptimizerState.CheckFraction(decay, nameof(decay));

    public void Step(IReadOnlyList<Parameter> parameters)
    {
        foreach (Parameter p in parameters)
        {
            Matrix<double> g = p.Gradient, h = squares.For(p), s = steps.For(p);
            h.Multiply(Decay, h);
            h.Add((1 - Decay) * g.PointwiseMultiply(g), h);
            Matrix<double> delta = (s + Epsilon).PointwiseSqrt()
                .PointwiseDivide((h + Epsilon).PointwiseSqrt())
                .PointwiseMultiply(g);
            s.Multiply(Decay, s);
            s.Add((1 - Decay) * delta.PointwiseMultiply(delta), s);
            p.Value.Subtract(LearningRate * delta, p.Value);
        }
    }

    public override string ToString() => $"AdaDelta(α={LearningRate:G4}, ρ={Decay:G4})";
}
