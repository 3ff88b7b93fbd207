using NeuralNetworks.Layers;

namespace NeuralNetworks.Optimizers;

/// <summary>
/// Stochastic gradient descent with a learning rate that changes (lesson 10):
/// W ← W − αₜ ∂L/∂W, where αₜ comes from a <see cref="StepDecay"/> schedule and t counts this
/// optimizer's steps from 0. With γ = 1 it walks the same path as <see cref="SGD"/>.
/// </summary>
public sealed class ScheduledSGD(StepDecay schedule) : IOptimizer
{
    public StepDecay Schedule { get; } =
        schedule ?? throw new ArgumentNullException(nameof(schedule));

    /// <summary>t, the number of steps taken so far.</summary>
    public int StepsTaken { get; private set; }

    /// <summary>αₜ, the rate the next <see cref="Step"/> uses.</summary>
    public double LearningRate => Schedule.RateAt(StepsTaken);

    public void Step(IReadOnlyList<Parameter> parameters)
    {
        double rate = LearningRate;
        foreach (Parameter p in parameters)
            p.Value.Subtract(rate * p.Gradient, p.Value);
        StepsTaken++;
    }

    public override string ToString() => $"SGD({Schedule})";
}
