using System.Globalization;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Charts;

public static partial class Chart
{
    /// <summary>
    /// A network drawn as layers of nodes joined by its weights (lesson 04): layer i is the
    /// column x = i, its nodes spread evenly around y = 0. Dense layer i's weight W[r, c] joins
    /// node r of column i − 1 to node c of column i, blue when positive and red when negative;
    /// hovering an edge shows its value. Nodes are named x1, x2, … (inputs), h1, h2, … (hidden;
    /// hidden layer 2 gives h2_1, …) and y1, y2, … (outputs); each column is captioned below.
    /// </summary>
    public static Figure NetworkDiagram(Network network)
    {
        var dense = network.Layers.OfType<Dense>().ToList();
        int[] sizes = [dense[0].InputCount, .. dense.Select(d => d.OutputCount)];
        var figure = new Figure([
            Edges(dense, sizes, positive: true), Edges(dense, sizes, positive: false), Nodes(sizes),
        ]);
        for (int i = 0; i < sizes.Length; i++)
            figure = figure.WithAnnotation(ColumnCaption(network, i, sizes.Length),
                i, -sizes.Max() / 2.0 - 0.2, arrow: false);
        var plain = new Axis { ShowGrid = false, ZeroLine = false };
        return figure.WithTitle($"{network}")
            .WithLayout(l => l with
            {
                XAxis = plain with { Range = [-0.4, sizes.Length - 0.6] },
                YAxis = plain with { Range = [-sizes.Max() / 2.0 - 0.6, sizes.Max() / 2.0] },
                Legend = Legend.AboveLeft,
            });
    }

    private static double NodeY(int node, int count) => (count - 1) / 2.0 - node;

    private static Scatter Edges(List<Dense> dense, int[] sizes, bool positive)
    {
        var x = new List<double>();
        var y = new List<double>();
        var text = new List<string>();
        for (int i = 0; i < dense.Count; i++)
            for (int r = 0; r < sizes[i]; r++)
                for (int c = 0; c < sizes[i + 1]; c++)
                {
                    double w = dense[i].Weights.Value[r, c];
                    if (w > 0 != positive) continue;
                    x.AddRange([i, i + 1, double.NaN]);
                    y.AddRange([NodeY(r, sizes[i]), NodeY(c, sizes[i + 1]), double.NaN]);
                    string weight = w.ToString("G4", CultureInfo.InvariantCulture);
                    string label = $"W{i + 1}[{r},{c}] = {weight}";
                    text.AddRange([label, label, ""]);
                }
        string color = positive ? Palette.ForClass(0) : Palette.ForClass(3);
        return new Scatter
        {
            X = x, Y = y, Text = text, Mode = "lines", HoverTemplate = "%{text}<extra></extra>",
            Name = positive ? "positive weight" : "negative weight",
            Line = new Line { Color = color, Width = 2 },
        };
    }

    private static Scatter Nodes(int[] sizes)
    {
        var points = sizes
            .SelectMany((count, i) => Enumerable.Range(0, count).Select(j =>
                (X: (double)i, Y: NodeY(j, count), Name: NodeName(i, j, sizes.Length))))
            .ToList();
        return new Scatter
        {
            X = points.Select(p => p.X).ToArray(), Y = points.Select(p => p.Y).ToArray(),
            Text = points.Select(p => p.Name).ToArray(), Mode = "markers+text",
            TextPosition = "middle center", Name = "node", ShowLegend = false,
            Marker = new Marker
            {
                Color = "white", Size = 34, Line = new Line { Color = "#444", Width = 1.5 },
            },
        };
    }

    private static string NodeName(int layer, int node, int layers) =>
        layer == 0 ? $"x{node + 1}"
        : layer == layers - 1 ? $"y{node + 1}"
        : layers == 3 ? $"h{node + 1}"
        : $"h{layer}_{node + 1}";

    private static string ColumnCaption(Network network, int i, int columns)
    {
        if (i == 0) return "input layer";
        if (i == columns - 1) return $"output layer<br>({network.Output})";
        string activation = network.Layers.Skip(IndexOfDense(network, i) + 1)
            .TakeWhile(layer => layer is not Dense)
            .OfType<ActivationLayer>().Select(a => a.Activation.Name).FirstOrDefault()
            ?? "no activation";
        return $"hidden layer {i}<br>({activation})";
    }

    private static int IndexOfDense(Network network, int denseNumber) =>
        network.Layers.Select((layer, k) => (layer, k)).Where(p => p.layer is Dense)
            .ElementAt(denseNumber - 1).k;
}
