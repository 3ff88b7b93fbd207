using System.Globalization;
using NeuralNetworks.Autograd;
using Edge = (NeuralNetworks.Autograd.GraphNode Node, int Input, double Local);

namespace NeuralNetworks.Charts;

/// <summary>
/// The traces of one frame of <see cref="Chart.ComputationGraph(ComputationGraph, int)"/>,
/// always the same nine in the same order (an animation replaces trace i of the figure with
/// trace i of each frame): edges, their local derivatives, the lit edges of the visited node,
/// what they pass back, inputs, operations, values, grads, the ring. A node is named by its label,
/// or by its value when it has none (a constant such as 1). A trace with nothing to show in a frame
/// (no lit edge before the first visit) holds one gap point, so plotly keeps it and its style.
/// </summary>
internal sealed class GraphDrawing(ComputationGraph graph, GraphLayout at, string format)
{
    private const string Red = "#d62728";
    private const double TextOffset = 0.36;

    private IReadOnlyList<GraphNode> Nodes => graph.Nodes;

    private static double[] OrGap(IEnumerable<double> values) =>
        values.DefaultIfEmpty(double.NaN).ToArray();

    private static string InRed(string text) => $"<span style=\"color:{Red}\">{text}</span>";

    private string Number(double value) => value.ToString(format, CultureInfo.InvariantCulture);

    private string Name(GraphNode n) => n.Label.Length > 0 ? n.Label : Number(n.Data);

    /// <summary>Every edge of the given nodes: node, one of its inputs, ∂node/∂input.</summary>
    private IEnumerable<Edge> Edges(IEnumerable<GraphNode> nodes) =>
        nodes.SelectMany(n => n.InputIds.Select((input, i) => (n, input, n.LocalDerivatives[i])));

    /// <summary>
    /// Frame 0 (no step: values only) or the frame right after <paramref name="step"/>'s visit.
    /// </summary>
    public Figure Frame(BackwardStep? step)
    {
        var all = Edges(Nodes).ToList();
        var lit = step is null ? [] : Edges([Nodes[step.Node]]).ToList();
        var visited = step is null
            ? new HashSet<int>()
            : Nodes.Select(n => n.Id).Where(id => id >= step.Node).ToHashSet();
        var leaves = Nodes.Where(n => n.InputIds.Count == 0).ToList();
        var operations = Nodes.Where(n => n.InputIds.Count > 0).ToList();
        var symbols = operations.Select(n => n.Operation);
        Trace[] traces =
        [
            Lines(all, "#9a9a9a", 1.5),
            Midpoints(all, e => Number(e.Local), "top center", 0.06),
            Lines(lit, Red, 3.5),
            Midpoints(lit, e => InRed($"+= {Number(e.Local * step!.Grads[e.Node.Id])}"),
                "bottom center", -0.08),
            Points(leaves, "input", "square", 20, "#dbe9f6", leaves.Select(Name)),
            Points(operations, "operation", "circle", 34, "white", symbols)
                with { Mode = "markers+text", TextPosition = "middle center" },
            Texts(Nodes, TextOffset,
                n => n.Label.Length > 0 ? $"{n.Label} = {Number(n.Data)}" : Number(n.Data)),
            Texts(Nodes, -TextOffset,
                n => visited.Contains(n.Id) ? InRed($"grad {Number(step!.Grads[n.Id])}") : ""),
            Ring(step),
        ];
        return new Figure(traces, FrameLayout());
    }

    private Scatter Lines(List<Edge> edges, string color, double width) => new()
    {
        X = OrGap(edges.SelectMany(e => new[] { at.X[e.Input], at.X[e.Node.Id], double.NaN })),
        Y = OrGap(edges.SelectMany(e => new[] { at.Y[e.Input], at.Y[e.Node.Id], double.NaN })),
        Mode = "lines", ShowLegend = false, HoverTemplate = "<extra></extra>",
        Line = new Line { Color = color, Width = width },
    };

    private Scatter Midpoints(List<Edge> edges,
        Func<Edge, string> text, string position, double offset) => new()
        {
            X = OrGap(edges.Select(e => (at.X[e.Input] + at.X[e.Node.Id]) / 2)),
            Y = OrGap(edges.Select(e => (at.Y[e.Input] + at.Y[e.Node.Id]) / 2 + offset)),
            Text = edges.Count == 0 ? [""] : edges.Select(text).ToArray(), Mode = "text",
            TextPosition = position, ShowLegend = false,
            HoverTemplate = "<extra></extra>",
        };

    private Scatter Points(List<GraphNode> nodes, string name, string symbol, double size,
        string fill, IEnumerable<string> text) => new()
        {
            X = nodes.Select(n => at.X[n.Id]).ToArray(),
            Y = nodes.Select(n => at.Y[n.Id]).ToArray(),
            Text = text.ToArray(), Mode = "markers", Name = name, ShowLegend = false,
            HoverTemplate = "%{text}<extra></extra>",
            Marker = new Marker
            {
                Symbol = symbol, Size = size, Color = fill,
                Line = new Line { Color = "#444", Width = 1.5 },
            },
        };

    private Scatter Texts(IReadOnlyList<GraphNode> nodes, double offset,
        Func<GraphNode, string> text) => new()
        {
            X = nodes.Select(n => at.X[n.Id]).ToArray(),
            Y = nodes.Select(n => at.Y[n.Id] + offset).ToArray(),
            Text = nodes.Select(text).ToArray(), Mode = "text", TextPosition = "middle center",
            ShowLegend = false, HoverTemplate = "<extra></extra>",
        };

    private Scatter Ring(BackwardStep? step) => new()
    {
        X = step is null ? [double.NaN] : [at.X[step.Node]],
        Y = step is null ? [double.NaN] : [at.Y[step.Node]],
        Mode = "markers", Name = "visited now", ShowLegend = false,
        HoverTemplate = "<extra></extra>",
        Marker = new Marker
        {
            Symbol = "circle-open", Size = 42, Color = Red,
            Line = new Line { Color = Red, Width = 3 },
        },
    };

    private Layout FrameLayout()
    {
        double rows = at.Y.Max() - at.Y.Min();
        var hidden = new Axis { ShowGrid = false, ZeroLine = false, ShowTickLabels = false };
        return new Layout
        {
            XAxis = hidden with { Range = [-0.6, at.X.Max() + 0.6] },
            YAxis = hidden with { Range = [at.Y.Min() - 0.8, at.Y.Max() + 0.8] },
            Height = 260 + 95 * rows, ShowLegend = false,
        };
    }
}
