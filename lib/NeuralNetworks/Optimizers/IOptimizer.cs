using NeuralNetworks.Layers;

namespace NeuralNetworks.Optimizers;

/// <summary>
/// An update rule for parameters (lessons 07, 10): each <see cref="Step"/> moves every parameter's
/// Value, in place, using its Gradient. Rules that remember past gradients keep that memory inside
/// the optimizer, one entry per Parameter object.
/// </summary>
public interface IOptimizer
{
    /// <summary>α, the learning rate.</summary>
    double LearningRate { get; }

    void Step(IReadOnlyList<Parameter> parameters);
}
