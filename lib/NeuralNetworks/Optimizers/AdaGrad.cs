using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Optimizers;

/// <summary>
/// AdaGrad (lesson 10): each element gets its own learning rate, shrinking as its gradients add up:
/// h ← h + g ⊙ g; W ← W − α g / (√h + ε), with g = ∂L/∂W, h starting at 0 and ε = 1e-7 avoiding
/// division by 0. Because h only grows, the steps eventually become tiny; RMSProp forgets
/// old gradients instead.
/// </summary>
public sealed class AdaGrad(double learningRate) : IOptimizer
{
    public const double Epsilon = 1e-7;

    private readonly OptimizerState squares = new();

    public double LearningRate { get; } = OptimizerState.CheckLearningRate(learningRate);

    public void Step(IReadOnlyList<Parameter> parameters)
    {
        foreach (Parameter p in parameters)
        {
            Matrix<double> g = p.Gradient, h = squares.For(p);
            h.Add(g.PointwiseMultiply(g), h);
            Matrix<double> step = g.PointwiseDivide(h.PointwiseSqrt() + Epsilon);
            p.Value.Subtract(LearningRate * step, p.Value);
        }
    }

    public override string ToString() => $"AdaGrad(α={LearningRate:G4})";
}
