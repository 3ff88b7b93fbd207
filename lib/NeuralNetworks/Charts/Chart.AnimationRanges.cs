namespace NeuralNetworks.Charts;

public static partial class Chart
{
    /// <summary>
    /// plotly keeps the axes of the first frame while animating, so a path that grows past them would leave the plot.
    /// Unless the layout sets a range, x and y get [min, max] of every frame's 2-D data, widened 5 % on each side.
    /// </summary>
    private static Layout FixedRanges(Layout layout, IReadOnlyList<Figure> steps)
    {
        var traces = steps.SelectMany(s => s.Data).ToList();
        var xs = traces.SelectMany(XValues).Where(double.IsFinite).ToList();
        var ys = traces.SelectMany(YValues).Where(double.IsFinite).ToList();
        var x = layout.XAxis ?? new Axis();
        var y = layout.YAxis ?? new Axis();
        if (x.Range is null && xs.Count > 0 && xs.Max() > xs.Min())
            x = x with { Range = Widened(xs.Min(), xs.Max()) };
        if (y.Range is null && ys.Count > 0 && ys.Max() > ys.Min())
            y = y with { Range = Widened(ys.Min(), ys.Max()) };
        return layout with { XAxis = x, YAxis = y };
    }

    private static double[] Widened(double min, double max) => [min - 0.05 * (max - min), max + 0.05 * (max - min)];

    private static IEnumerable<double> XValues(Trace t) => t switch
    {
        Scatter s => s.X,
        Heatmap h => h.X,
        Contour c => c.X,
        _ => [],
    };

    private static IEnumerable<double> YValues(Trace t) => t switch
    {
        Scatter s => s.Y,
        Heatmap h => h.Y,
        Contour c => c.Y,
        Bar b => b.Y.Append(0),
        _ => [],
    };
}
