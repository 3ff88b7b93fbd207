using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Optimizers;

/// <summary>
/// Momentum (lesson 10): a velocity v (starting at 0) remembers past steps,
/// like a ball rolling downhill:
/// v ← μv − α ∂L/∂W; W ← W + v. μ (momentum, usually 0.9) is the fraction of the velocity kept
/// each step. It speeds along a long valley and damps the zig-zag across it.
/// </summary>
public sealed class Momentum(double learningRate, double momentum = 0.9) : IOptimizer
{
    private readonly OptimizerState velocity = new();

    public double LearningRate { get; } = OptimizerState.CheckLearningRate(learningRate);

    /// <summary>μ.</summary>
    public double MomentumFactor { get; } =
        OptimizerState.CheckFraction(momentum, nameof(momentum));

    public void Step(IReadOnlyList<Parameter> parameters)
    {
        foreach (Parameter p in parameters)
        {
            Matrix<double> v = velocity.For(p);
            v.Multiply(MomentumFactor, v);
            v.Subtract(LearningRate * p.Gradient, v);
            p.Value.Add(v, p.Value);
        }
    }

    public override string ToString() => $"Momentum(α={LearningRate:G4}, μ={MomentumFactor:G4})";
}
