using NeuralNetworks.Autograd;

namespace NeuralNetworks.Tests.Autograd;

public class ComputationGraphTests
{
    [Fact]
    public void GraphListsNodesInTopologicalOrderWithLocalDerivatives()
    {
        var a = new Value(2, "a");
        var b = new Value(-3, "b");
        Value c = (a * b).Named("c");
        Value d = (c + a).Named("d");
        d.Backward();

        ComputationGraph graph = d.Graph();

        Assert.Equal(["a", "b", "c", "d"], graph.Nodes.Select(n => n.Label));
        GraphNode mul = graph.Nodes[2];
        Assert.Equal(("×", -6.0, 1.0), (mul.Operation, mul.Data, mul.Grad));
        Assert.Equal([0, 1], mul.InputIds);
        Assert.Equal([-3.0, 2.0], mul.LocalDerivatives); // ∂(ab)/∂a = b, ∂(ab)/∂b = a
        Assert.Equal([2, 0], graph.Nodes[3].InputIds);
        Assert.Equal(-3 + 1, graph.Nodes[0].Grad); // a reaches d twice: through c (b) and directly (1)
    }

    [Fact]
    public void TablePrintsOneLinePerNode()
    {
        var x = new Value(0.5, "x");
        Value y = x.Tanh().Named("y");
        y.Backward();

        string[] lines = y.Graph().ToTable().TrimEnd().Split('\n');

        Assert.Equal(3, lines.Length);
        Assert.Contains("input", lines[1]);
        Assert.Contains("tanh", lines[2]);
        Assert.Contains("0.462117", lines[2]); // tanh(0.5)
        Assert.Contains("0.786448", lines[2]); // 1 − tanh²(0.5)
    }
}
