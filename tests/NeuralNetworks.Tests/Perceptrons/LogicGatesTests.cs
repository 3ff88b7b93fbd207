using NeuralNetworks.Data;
using NeuralNetworks.Perceptrons;

namespace NeuralNetworks.Tests.Perceptrons;

public class LogicGatesTests
{
    public static TheoryData<string, Perceptron, Dataset> Gates => new()
    {
        { "AND", LogicGates.And, ToyData.And() },
        { "OR", LogicGates.Or, ToyData.Or() },
        { "NAND", LogicGates.Nand, ToyData.Nand() },
    };

    [Theory]
    [MemberData(nameof(Gates))]
    public void SingleGatesMatchTheirTruthTables(string name, Perceptron gate, Dataset truth)
    {
        Assert.True(gate.Predict(truth.Features).SequenceEqual(truth.Labels), name);
        Assert.Equal(truth.Labels, LogicGates.TruthTable(gate).Select(r => r.Output));
    }

    [Fact]
    public void XorNeedsTwoLayersAndShowsItsHiddenOutputs()
    {
        IReadOnlyList<TruthTableRow> rows = LogicGates.TruthTable(LogicGates.Xor);

        Assert.Equal([0, 1, 1, 0], rows.Select(r => r.Output));
        Assert.Equal([1, 1, 1, 0], rows.Select(r => r.Hidden[0])); // NAND
        Assert.Equal([0, 1, 1, 1], rows.Select(r => r.Hidden[1])); // OR
        Assert.Equal("1 0 → h = (1, 1) → 1", rows[2].ToString());
        Assert.Equal(ToyData.Xor().Labels, LogicGates.Xor.Predict(ToyData.Xor().Features));
    }

    [Fact]
    public void OutputMustHaveOneWeightPerHiddenPerceptron()
    {
        var error = Assert.Throws<ArgumentException>(() => new TwoLayerPerceptron([LogicGates.And], LogicGates.Or));
        Assert.Contains("2 weights but there are 1 hidden", error.Message);
    }
}
