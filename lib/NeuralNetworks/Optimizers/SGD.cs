using NeuralNetworks.Layers;

namespace NeuralNetworks.Optimizers;

/// <summary>
/// Stochastic gradient descent (lesson 07): W ← W − α ∂L/∂W. The Medical AI lecture's numbers:
/// W = 1.5, slope 3, α = 0.1 gives 1.2. "Stochastic" because the gradient comes from a random
/// mini-batch, not from the whole data set.
/// </summary>
public sealed class SGD(double learningRate) : IOptimizer
{
    public double LearningRate { get; } = OptimizerState.CheckLearningRate(learningRate);

    public void Step(IReadOnlyList<Parameter> parameters)
    {
        foreach (Parameter p in parameters)
            p.Value.Subtract(LearningRate * p.Gradient, p.Value);
    }

    public override string ToString() => $"SGD(α={LearningRate:G4})";
}
