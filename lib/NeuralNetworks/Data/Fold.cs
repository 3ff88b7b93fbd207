namespace NeuralNetworks.Data;

/// <summary>
/// One round of k-fold cross-validation (<see cref="KFold"/>, lesson 09): fit on
/// <see cref="Train"/>, the other k − 1 folds, and measure on <see cref="Validation"/>, fold
/// <see cref="Number"/> of <see cref="Count"/>. Fit scalers on <see cref="Train"/> only.
/// </summary>
public sealed record Fold(int Number, int Count, Dataset Train, Dataset Validation)
{
    public override string ToString() =>
        $"Fold {Number} of {Count} (train {Train.Count}, validation {Validation.Count})";
}
