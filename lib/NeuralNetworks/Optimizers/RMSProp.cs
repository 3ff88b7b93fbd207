using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Optimizers;

/// <summary>
/// RMSProp (lesson 10): like AdaGrad, but h is a moving average that forgets old gradients:
/// h ← ρh + (1 − ρ) g ⊙ g; W ← W − α g / (√h + ε), with ρ the decay (0.99 by default) and ε = 1e-7.
/// </summary>
public sealed class RMSProp(double learningRate, double decay = 0.99) : IOptimizer
{
    public const double Epsilon = 1e-7;

    private readonly OptimizerState squares = new();

    public double LearningRate { get; } = OptimizerState.CheckLearningRate(learningRate);

    /// <summary>ρ.</summary>
    public double Decay { get; } = OptimizerState.CheckFraction(decay, nameof(decay));

    public void Step(IReadOnlyList<Parameter> parameters)
    {
        foreach (Parameter p in parameters)
        {
            Matrix<double> g = p.Gradient, h = squares.For(p);
            h.Multiply(Decay, h);
            h.Add((1 - Decay) * g.PointwiseMultiply(g), h);
            Matrix<double> step = g.PointwiseDivide(h.PointwiseSqrt() + Epsilon);
            p.Value.Subtract(LearningRate * step, p.Value);
        }
    }

    public override string ToString() => $"RMSProp(α={LearningRate:G4}, ρ={Decay:G4})";
}
