namespace NeuralNetworks.Data;

/// <summary>
/// A data set cut into three disjoint parts (lesson 11): fit the weights on <see cref="Train"/>,
/// choose settings (learning rate, epochs, size) on <see cref="Validation"/>, and report the
/// final score once on <see cref="Test"/>. Scalers are fitted on <see cref="Train"/> only and
/// then applied to all three.
/// </summary>
public sealed record DataSplit(Dataset Train, Dataset Validation, Dataset Test)
{
    public override string ToString() =>
        $"DataSplit(train {Train.Count}, validation {Validation.Count}, test {Test.Count})";
}
