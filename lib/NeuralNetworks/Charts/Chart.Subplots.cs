namespace NeuralNetworks.Charts;

public static partial class Chart
{
    /// <summary>
    /// Figures side by side in a rows × columns grid, filled row by row; each figure's title
    /// becomes its cell's title. Cell n (1-based) gets axes x{n}/y{n} (or scene{n} for 3-D) placed
    /// by explicit domains, so 2-D and 3-D cells mix.
    /// </summary>
    public static Figure Subplots(int rows, int columns, params Figure[] figures)
    {
        if (rows < 1 || columns < 1)
            throw new ArgumentException(
                $"A {rows}×{columns} grid has no cells: use rows ≥ 1 and columns ≥ 1.",
                nameof(rows));
        if (figures.Length > rows * columns)
            throw new ArgumentException(
                $"A {rows}×{columns} grid has {rows * columns} cells " +
                $"but {figures.Length} figures were given: add rows or columns.", nameof(figures));
        if (figures.Length == 0)
            throw new ArgumentException("No figures given: pass at least one.", nameof(figures));
        var traces = new List<Trace>();
        var subplots = new Dictionary<string, object>();
        var annotations = new List<Annotation>();
        var legendNames = new Dictionary<string, int>();
        for (int k = 0; k < figures.Length; k++)
        {
            int n = k + 1, r = k / columns, c = k % columns;
            double[] xDomain = [(c + 0.08) / columns, (c + 0.92) / columns];
            double[] yDomain = [1 - (r + 0.80) / rows, 1 - (r + 0.16) / rows];
            Layout l = figures[k].Layout;
            traces.AddRange(figures[k].Data
                .Select(t => OnceInLegend(WithoutColorBar(t).OnSubplot(n), legendNames, k)));
            if (!figures[k].OnlyInScene)
            {
                subplots[Trace.AxisId("xaxis", n)] = (l.XAxis ?? new()) with
                {
                    Domain = xDomain,
                    Anchor = Trace.AxisId("y", n),
                };
                subplots[Trace.AxisId("yaxis", n)] = (l.YAxis ?? new()) with
                {
                    Domain = yDomain,
                    Anchor = Trace.AxisId("x", n),
                    ScaleAnchor = l.YAxis?.ScaleAnchor is null ? null : Trace.AxisId("x", n),
                };
            }
            if (l.Scene is { } scene)
                subplots[Trace.AxisId("scene", n)] =
                    scene with { Domain = new SceneDomain(xDomain, yDomain) };
            if (l.Title is { } title)
                annotations.Add(CellTitle(title.Text, (xDomain[0] + xDomain[1]) / 2, yDomain[1]));
            annotations.AddRange((l.Annotations ?? [])
                .Select(a => a with { XRef = Trace.AxisId("x", n), YRef = Trace.AxisId("y", n) }));
        }
        return new Figure(traces, GridLayout(subplots, annotations, rows));
    }

    private static Annotation CellTitle(string text, double x, double y) => new()
    {
        Text = $"<b>{text}</b>", X = x, Y = y + 0.01, XRef = "paper", YRef = "paper",
        XAnchor = "center", YAnchor = "bottom", ShowArrow = false, Font = new Font { Size = 14 },
    };

    private static Layout GridLayout(Dictionary<string, object> subplots,
        List<Annotation> annotations, int rows)
    {
        var first = new Layout
        {
            XAxis = subplots.GetValueOrDefault("xaxis") as Axis,
            YAxis = subplots.GetValueOrDefault("yaxis") as Axis,
            Scene = subplots.GetValueOrDefault("scene") as Scene,
            Annotations = annotations, Height = 340 * rows, Legend = Legend.AboveLeft,
        };
        foreach (var key in new[] { "xaxis", "yaxis", "scene" })
            subplots.Remove(key);
        return first with { Subplots = subplots };
    }
}
