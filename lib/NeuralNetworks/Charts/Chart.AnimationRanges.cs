namespace NeuralNetworks.Charts;

public static partial class Chart
{
    /// <summary>
    /// plotly keeps the axes of the first frame while animating, so a path that grows past them
    /// would leave the plot. Unless the layout sets a range, x and y get [min, max] of every
    /// frame's 2-D data, widened 5 % on each side (not widened when a heatmap or contour fills the
    /// plot: it ends exactly at its grid).
    /// </summary>
    private static Layout FixedRanges(Layout layout, IReadOnlyList<Figure> steps)
    {
        var traces = steps.SelectMany(s => s.Data).ToList();
        double widen = traces.Any(t => t is Charts.Heatmap or Charts.Contour) ? 0 : 0.05;
        var xs = traces.SelectMany(XValues).Where(double.IsFinite).ToList();
        var ys = traces.SelectMany(YValues).Where(double.IsFinite).ToList();
        var x = layout.XAxis ?? new Axis();
        var y = layout.YAxis ?? new Axis();
        if (x.Range is null && xs.Count > 0 && xs.Max() > xs.Min())
            x = x with { Range = Widened(xs.Min(), xs.Max(), widen) };
        if (y.Range is null && ys.Count > 0 && ys.Max() > ys.Min())
            y = y with { Range = Widened(ys.Min(), ys.Max(), widen) };
        return layout with { XAxis = x, YAxis = y };
    }

    private static double[] Widened(double min, double max, double f) =>
        [min - f * (max - min), max + f * (max - min)];

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
