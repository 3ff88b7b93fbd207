namespace NeuralNetworks.Charts;

/// <summary>
/// A path drawn over a chart: the points (x₀, y₀), (x₁, y₁), … visited by gradient descent,
/// joined by lines, with the start and the end marked: "start" above its point and "end" below,
/// so the two labels never cover each other, even where the path ends where it began
/// (the first frame of an animated descent).
/// </summary>
public sealed partial record Figure
{
    public Figure WithPath(IReadOnlyList<double> x, IReadOnlyList<double> y,
        string name = "path", string color = "#d62728")
    {
        Chart.RequireSameLength(x, y, "path");
        var path = new Scatter
        {
            X = x, Y = y, Name = name, Mode = "lines+markers",
            Line = new Line { Color = color, Width = 2 },
            Marker = new Marker { Color = color, Size = 5 },
        };
        var ends = new Scatter
        {
            X = [x[0], x[^1]], Y = [y[0], y[^1]], Name = name + " start/end", Mode = "markers+text",
            Text = ["start", "end"], TextPositions = ["top center", "bottom center"],
            ShowLegend = false,
            Marker = new Marker { Color = color, Size = 10, Symbol = "x" },
        };
        return WithTrace(path).WithTrace(ends);
    }

    /// <summary>
    /// The path through points given as (x, y) pairs, e.g. the positions a descent loop recorded.
    /// </summary>
    public Figure WithPath(IEnumerable<(double X, double Y)> points, string name = "path",
        string color = "#d62728")
    {
        var list = points.ToList();
        return WithPath(list.Select(p => p.X).ToList(), list.Select(p => p.Y).ToList(),
            name, color);
    }
}
