using System.Globalization;
using NeuralNetworks.Autograd;

namespace NeuralNetworks.Charts;

public static partial class Chart
{
    /// <summary>
    /// Backpropagation drawn (lesson 08): the graph behind <paramref name="output"/>,
    /// forward left to right, as an animation. Frame 0 shows every node with its value
    /// (inputs as squares, operations as circles holding their symbol) and every edge with
    /// its local derivative ∂node/∂input. Each later frame is one visit of the backward
    /// sweep (<see cref="BackwardSweep"/>), output first: the visited node is ringed,
    /// its grad ∂output/∂node appears in red, and its edges light up with what they pass back,
    /// local derivative × grad. Works on any Value graph of up to 60 nodes, whether or
    /// not Backward was called.
    /// </summary>
    public static Figure ComputationGraph(Value output, int digits = 4)
    {
        ArgumentNullException.ThrowIfNull(output);
        return ComputationGraph(output.Graph(), digits);
    }

    /// <summary>The same, from a graph snapshot (<c>value.Graph()</c>).</summary>
    public static Figure ComputationGraph(ComputationGraph graph, int digits = 4)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.Nodes.Count is 0 or > 60)
            throw new ArgumentException(
                $"The graph has {graph.Nodes.Count} nodes; a drawing is readable with 1 to 60: " +
                "draw a smaller expression, such as one neuron.", nameof(graph));
        if (digits is < 1 or > 15)
            throw new ArgumentOutOfRangeException(nameof(digits), digits,
                "Show 1 to 15 significant digits, such as 4.");
        var drawing = new GraphDrawing(graph, GraphLayout.Of(graph), $"G{digits}");
        IReadOnlyList<BackwardStep> steps = BackwardSweep.Steps(graph);
        var frames = new List<Figure> { drawing.Frame(null) };
        frames.AddRange(steps.Select(drawing.Frame));
        var labels = Enumerable.Range(0, frames.Count)
            .Select(k => k.ToString(CultureInfo.InvariantCulture)).ToList();
        return Animation(frames, labels, frameMilliseconds: 900, prefix: "backward step ")
            .WithTitle("Forward values, then backpropagation node by node<br>" +
                "<sup>squares: inputs · circles: operations · on each edge: ∂node/∂input · " +
                "red: grad = ∂output/∂node</sup>");
    }
}
