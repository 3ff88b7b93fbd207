using System.Globalization;

namespace NeuralNetworks.Training;

/// <summary>
/// Thrown when the loss becomes NaN or infinite during training: the steps overshoot further each
/// time (lesson 07), almost always because the learning rate is too large.
/// </summary>
public sealed class TrainingDivergedException(int epoch, double learningRate, double loss)
    : Exception(string.Create(CultureInfo.InvariantCulture,
        $"The loss became {loss} in epoch {epoch} with learning rate {learningRate}: " +
        $"training diverged. Try a smaller learning rate, e.g. {learningRate / 10}."))
{
    public int Epoch { get; } = epoch;

    public double LearningRate { get; } = learningRate;
}
