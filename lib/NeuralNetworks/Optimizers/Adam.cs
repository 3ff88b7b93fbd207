using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Fast;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Optimizers;

/// <summary>
/// Adam (lesson 10): momentum and RMSProp together, with corrections for starting at 0.
/// At step t = 1, 2, …:
/// m ← β₁m + (1 − β₁) g; v ← β₂v + (1 − β₂) g ⊙ g; m̂ = m / (1 − β₁ᵗ); v̂ = v / (1 − β₂ᵗ);
/// W ← W − α m̂ / (√v̂ + ε), with g = ∂L/∂W, defaults α = 0.001, β₁ = 0.9, β₂ = 0.999 and ε = 1e-8
/// (Kingma and Ba, 2015).
/// </summary>
public sealed class Adam(double learningRate = 0.001, double beta1 = 0.9, double beta2 = 0.999)
    : IOptimizer
{
    public const double Epsilon = 1e-8;

    private readonly OptimizerState means = new(), squares = new();
    private int t;

    public double LearningRate { get; } = OptimizerState.CheckLearningRate(learningRate);

    public double Beta1 { get; } = OptimizerState.CheckFraction(beta1, nameof(beta1));

    public double Beta2 { get; } = OptimizerState.CheckFraction(beta2, nameof(beta2));

    public void Step(IReadOnlyList<Parameter> parameters)
    {
        t++;
        double correction1 = 1 - PortableMath.Pow(Beta1, t);
        double correction2 = 1 - PortableMath.Pow(Beta2, t);
        foreach (Parameter p in parameters)
        {
            Matrix<double> g = p.Gradient, m = means.For(p), v = squares.For(p);
            m.Multiply(Beta1, m);
            m.Add((1 - Beta1) * g, m);
            v.Multiply(Beta2, v);
            v.Add((1 - Beta2) * g.PointwiseMultiply(g), v);
            Matrix<double> mHat = m / correction1, vHat = v / correction2;
            Matrix<double> step = mHat.PointwiseDivide(vHat.PointwiseSqrt() + Epsilon);
            p.Value.Subtract(LearningRate * step, p.Value);
        }
    }

    public override string ToString() => $"Adam(α={LearningRate:G4}, β₁={Beta1:G4}, β₂={Beta2:G4})";
}
