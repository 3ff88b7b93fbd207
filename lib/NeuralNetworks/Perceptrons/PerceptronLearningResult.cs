using System.Text;

namespace NeuralNetworks.Perceptrons;

/// <summary>
/// What perceptron learning did, epoch by epoch (lesson 01): the perceptron after each epoch
/// (to animate the moving line) and the number of mistakes made during that epoch. Converged means
/// the last epoch made no mistake.
/// </summary>
public sealed record PerceptronLearningResult(
    IReadOnlyList<Perceptron> Epochs, IReadOnlyList<int> Mistakes)
{
    /// <summary>The perceptron after the last epoch.</summary>
    public Perceptron Final => Epochs[^1];

    public bool Converged => Mistakes[^1] == 0;

    /// <summary>
    /// The number of epochs until the first one without a mistake (counting it),
    /// or null if that never happened.
    /// </summary>
    public int? EpochsToConverge => Converged ? Mistakes.Count : null;

    public override string ToString()
    {
        var text = new StringBuilder(Converged
            ? $"Converged after {Mistakes.Count} epochs: {Final}\n"
            : $"Not converged after {Mistakes.Count} epochs: {Final}\n");
        text.AppendLine("epoch  mistakes  perceptron");
        for (int e = 0; e < Epochs.Count; e++)
            text.AppendLine($"{e + 1,5}  {Mistakes[e],8}  {Epochs[e]}");
        return text.ToString();
    }
}
