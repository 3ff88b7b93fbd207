namespace NeuralNetworks.Charts;

public static partial class Chart
{
    /// <summary>
    /// A nerve cell (top row) above the artificial neuron that models it (bottom row), lesson 00.
    /// Each part sits above its model: signals from other cells reach the dendrites through
    /// synapses (inputs x₁, x₂ times weights w₁, w₂); the cell body adds them up
    /// (Σ: u = w₁x₁ + w₂x₂ + b, both at x = 2); the cell fires a spike or not (f, both at x = 3);
    /// the axon carries the output on to other cells (o, at x = 4). Traces: 0 the cell,
    /// 1 the signals coming in, 2 synapses, 3 cell body, 4 spike, 5 the unit's edges,
    /// 6 its values (squares), 7 its operations (circles), 8 the labels. Nothing is in a legend;
    /// the axes are hidden.
    /// </summary>
    public static Figure NeuronModel()
    {
        var hidden = new Axis { ShowGrid = false, ZeroLine = false, ShowTickLabels = false };
        return new Figure([
            SketchLines("nerve cell", "#ff7f0e", 4, [
                [(2, 2.4), (1.2, 3.0), (0.95, 3.1)], [(1.2, 3.0), (0.95, 3.4)],
                [(2, 2.4), (1.2, 1.8), (0.95, 1.7)], [(1.2, 1.8), (0.95, 1.4)],
                [(2, 2.4), (3.7, 2.4)], [(3.7, 2.4), (4.15, 2.75)], [(3.7, 2.4), (4.2, 2.4)],
                [(3.7, 2.4), (4.15, 2.05)]]),
            SketchLines("signal from another cell", "#9a9a9a", 2,
                [[(-0.2, 3.1), (0.85, 3.1)], [(-0.2, 1.7), (0.85, 1.7)]]),
            SketchDots("synapse", [0.9, 0.9], [3.1, 1.7], "circle", 14, "#d62728"),
            SketchDots("cell body", [2], [2.4], "circle", 64, "#fdd0a2"),
            SketchLines("spike", "#d62728", 2.5,
                [[(2.65, 2.6), (2.92, 2.6), (3, 3.0), (3.08, 2.6), (3.35, 2.6)]]),
            SketchLines("edge", "#444", 1.5, [[(0.3, 0.7), (2, 0)], [(0.3, -0.7), (2, 0)],
                [(2, -1.1), (2, 0)], [(2, 0), (4, 0)]]),
            SketchDots("value", [0.3, 0.3, 2, 4], [0.7, -0.7, -1.1, 0], "square", 30, "#dbe9f6",
                ["x₁", "x₂", "b", "o"]),
            SketchDots("operation", [2, 3], [0, 0], "circle", 40, "white", ["Σ", "f"]),
            NeuronLabels(),
        ]).WithTitle("A nerve cell and its model<br><sup>top: a nerve cell · bottom: the " +
                "artificial neuron u = w₁x₁ + w₂x₂ + b, o = f(u)</sup>")
            .WithLayout(l => l with
            {
                XAxis = hidden with { Range = [-0.6, 5.0] },
                YAxis = hidden with { Range = [-1.45, 3.6] },
                Height = 480,
                ShowLegend = false,
            });
    }

    private static Scatter SketchLines(string name, string color, double width,
        (double X, double Y)[][] pieces) => new()
        {
            X = pieces.SelectMany(p => p.Select(q => q.X).Append(double.NaN)).ToArray(),
            Y = pieces.SelectMany(p => p.Select(q => q.Y).Append(double.NaN)).ToArray(),
            Mode = "lines", Name = name, ShowLegend = false,
            HoverTemplate = name + "<extra></extra>",
            Line = new Line { Color = color, Width = width },
        };

    private static Scatter SketchDots(string name, double[] x, double[] y, string symbol,
        double size, string fill, string[]? text = null) => new()
        {
            X = x, Y = y, Name = name, ShowLegend = false, Text = text,
            Mode = text is null ? "markers" : "markers+text",
            TextPosition = text is null ? null : "middle center",
            HoverTemplate = name + "<extra></extra>",
            Marker = new Marker
            {
                Symbol = symbol, Size = size, Color = fill,
                Line = new Line { Color = "#444", Width = 1.5 },
            },
        };

    private static Scatter NeuronLabels()
    {
        (double X, double Y, string Text)[] labels =
        [
            (0.15, 2.4, "signals from<br>other cells"), (0.9, 2.4, "synapses"),
            (1.35, 3.45, "dendrites"), (2, 1.6, "cell body:<br>adds up"),
            (3, 3.2, "fires"), (3, 2.22, "axon"), (4.6, 2.4, "to other<br>cells"),
            (1.15, 0.58, "w₁"), (1.15, -0.58, "w₂"), (2, 0.5, "u = w₁x₁ + w₂x₂ + b"),
            (2.5, 0.16, "u"), (3.5, 0.3, "o = f(u)"), (4.5, 0, "output"),
        ];
        return new Scatter
        {
            X = labels.Select(l => l.X).ToArray(), Y = labels.Select(l => l.Y).ToArray(),
            Text = labels.Select(l => l.Text).ToArray(), Mode = "text",
            TextPosition = "middle center", Name = "label", ShowLegend = false,
            HoverTemplate = "<extra></extra>",
        };
    }
}
