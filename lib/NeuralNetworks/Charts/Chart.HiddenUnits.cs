using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Data;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Charts;

public static partial class Chart
{
    /// <summary>
    /// What the hidden units of a trained two-input network compute (lesson 11): the network's
    /// decision boundary, then one panel per unit of hidden layer <paramref name="layer"/>
    /// (1 = next to the inputs) showing that unit's activation z over the same input
    /// plane as a colour map, with the level where the unit switches drawn as a line
    /// (z = 0, or 0.5 for a sigmoid): white at that level, red above it, blue below, on one scale
    /// for the whole layer. A first-layer unit switches along a straight line, its u = w·x + b = 0;
    /// deeper units combine those lines. The activations are read from <see cref="Network.Trace"/>
    /// on a resolution × resolution grid covering the data.
    /// </summary>
    public static Figure HiddenUnits(Network network, Dataset data, int layer = 1,
        int resolution = 50, double margin = 0.1)
    {
        ArgumentNullException.ThrowIfNull(network);
        var (x, y, grid) = BoundaryGrid(data, resolution, margin);
        if (network.InputCount != 2)
            throw new ArgumentException(
                $"The network takes {network.InputCount} inputs; " +
                "hidden units are drawn over a plane of 2.", nameof(network));
        int[] activations = network.Layers.Select((l, i) => (l, i))
            .Where(p => p.l is ActivationLayer).Select(p => p.i).ToArray();
        if (layer < 1 || layer > activations.Length)
            throw new ArgumentOutOfRangeException(nameof(layer), layer,
                $"The network has {activations.Length} hidden layers with an activation: " +
                $"choose layer 1 to {activations.Length}.");
        var hidden = (ActivationLayer)network.Layers[activations[layer - 1]];
        Matrix<double> Z = network.Trace(grid)[activations[layer - 1] + 1].Value;   // G × units
        if (Z.ColumnCount > 16)
            throw new ArgumentException(
                $"Hidden layer {layer} has {Z.ColumnCount} units; " +
                "the panels are readable for up to 16.", nameof(layer));
        bool sigmoid = hidden.Activation.Name.Equals("sigmoid", StringComparison.OrdinalIgnoreCase);
        double level = sigmoid ? 0.5 : 0;
        double span = Math.Max(Z.Enumerate().Max(z => Math.Abs(z - level)), 1e-12);
        var panels = new List<Figure>
        {
            DecisionBoundary(data, network.Predict, resolution, margin)
                .WithTitle("decision boundary").WithEqualAspect(),
        };
        for (int j = 0; j < Z.ColumnCount; j++)
            panels.Add(UnitPanel(x, y, Z.Column(j), level, span, data)
                .WithTitle($"layer {layer}, unit {j + 1} ({hidden})"));
        int columns = Math.Min(panels.Count, 3);
        int rows = (panels.Count + columns - 1) / columns;
        return Subplots(rows, columns, [.. panels]).WithLayout(l => l with { Height = 420 * rows });
    }

    private static Figure UnitPanel(double[] x, double[] y, Vector<double> z, double level,
        double span, Dataset data)
    {
        double[][] values = Enumerable.Range(0, y.Length)
            .Select(i => Enumerable.Range(0, x.Length).Select(j => z[i * x.Length + j]).ToArray())
            .ToArray();
        var map = new Heatmap
        {
            X = x, Y = y, Z = values, ZMin = level - span, ZMax = level + span,
            ShowScale = false, Name = "activation",
            ColorScale = ColorScale.FromStops((0, "#2166ac"), (0.5, "#f7f7f7"), (1, "#b2182b")),
            HoverTemplate = "x1=%{x:.3g}<br>x2=%{y:.3g}<br>z=%{z:.3g}<extra></extra>",
        };
        var switchLine = new Contour
        {
            X = x, Y = y, Z = values, Name = "where the unit switches", ShowLegend = false,
            Contours = new ContourLevels
            {
                Coloring = "none", Start = level, End = level, Size = 1,
            },
            Line = new Line { Color = "black", Width = 2 },
        };
        return new Figure([map, switchLine])
            .WithXTitle(data.FeatureNames[0]).WithYTitle(data.FeatureNames[1])
            .WithXRange(x[0], x[^1]).WithYRange(y[0], y[^1]).WithEqualAspect();
    }
}
