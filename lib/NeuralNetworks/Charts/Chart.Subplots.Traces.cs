namespace NeuralNetworks.Charts;

/// <summary>
/// How a cell's traces change when <see cref="Chart.Subplots"/> puts them in the grid:
/// one legend, no colour bars.
/// </summary>
public static partial class Chart
{
    /// <summary>
    /// A name already in the legend from an earlier cell (the classes of side-by-side decision
    /// boundaries, f and f′ in every cell) is listed once: later copies are hidden from the legend,
    /// and all copies share a legend group so one click toggles every cell. A line without a colour
    /// of its own gets the palette colour of its name, so a name has one colour in every cell,
    /// as its single legend entry promises (the line's and the marker's colour only where the trace
    /// draws them: plotly ignores a marker on a plain line).
    /// </summary>
    private static Trace OnceInLegend(Trace t, Dictionary<string, int> firstCell, int cell)
    {
        if (t.Name is not { } name || t.ShowLegend == false) return t;
        int first = firstCell.TryAdd(name, cell) ? cell : firstCell[name];
        var grouped = t with { LegendGroup = t.LegendGroup ?? name };
        if (grouped is Scatter { Line: null or { Color: null }, Marker: null or { Color: null } } s)
        {
            string color = Palette.ForClass(firstCell.Keys.ToList().IndexOf(name));
            grouped = s with
            {
                Line = Draws(s, "lines") ? (s.Line ?? new Line()) with { Color = color } : s.Line,
                Marker = Draws(s, "markers")
                    ? (s.Marker ?? new Marker()) with { Color = color }
                    : s.Marker,
            };
        }
        return first == cell ? grouped : grouped with { ShowLegend = false };
    }

    /// <summary>
    /// Whether the scatter draws lines or markers; without a mode plotly draws lines+markers
    /// below 20 points, lines from 20.
    /// </summary>
    private static bool Draws(Scatter s, string part)
    {
        string mode = s.Mode ?? (s.X.Count < 20 ? "lines+markers" : "lines");
        return mode.Contains(part, StringComparison.Ordinal);
    }

    /// <summary>
    /// One colour bar would span the whole grid and cover the legend, so cells go without
    /// (a contour coloured "none" has none to hide, and plotly ignores showscale on it).
    /// </summary>
    private static Trace WithoutColorBar(Trace t) => t switch
    {
        Surface s => s with { ShowScale = false },
        Contour { Contours.Coloring: "none" } c => c,
        Contour c => c with { ShowScale = false },
        Heatmap h => h with { ShowScale = false },
        _ => t,
    };
}
