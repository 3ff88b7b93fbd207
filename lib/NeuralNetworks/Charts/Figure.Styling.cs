namespace NeuralNetworks.Charts;

/// <summary>
/// Fluent styling: each method returns a new figure with one layout setting changed.
/// </summary>
public sealed partial record Figure
{
    /// <summary>
    /// The chart's title, centred, its top <see cref="TitleTop"/> px below the figure's top edge:
    /// below the strip where plotly's mode bar (zoom, pan, download) is drawn, so a long title
    /// never runs under it. The plot area moves down as far as the title needs.
    /// </summary>
    public Figure WithTitle(string title) => WithLayout(l => l with
    {
        Title = new Title(title)
        {
            X = 0.5, Y = 1, YRef = "container", YAnchor = "top",
            Pad = new Margin(0, 0, TitleTop, 0), AutoMargin = true,
        },
    });

    /// <summary>
    /// plotly's mode bar fills about the top 25 px of a figure; a title 34 px down clears it
    /// (ChartLayoutBrowserTests measures both).
    /// </summary>
    public const double TitleTop = 34;

    /// <summary>
    /// Title of the x axis: of the 2-D axes, and of the 3-D scene when the figure has one.
    /// A figure drawn only in a scene (a surface) gets no 2-D axis, which plotly would not draw.
    /// </summary>
    public Figure WithXTitle(string title) => WithLayout(l => l with
    {
        XAxis = OnlyInScene ? l.XAxis : X(l) with { Title = title },
        Scene = SceneOrNull(l, s => s with { XAxis = (s.XAxis ?? new()) with { Title = title } }),
    });

    public Figure WithYTitle(string title) => WithLayout(l => l with
    {
        YAxis = OnlyInScene ? l.YAxis : Y(l) with { Title = title },
        Scene = SceneOrNull(l, s => s with { YAxis = (s.YAxis ?? new()) with { Title = title } }),
    });

    /// <summary>Title of the z axis of the 3-D scene.</summary>
    public Figure WithZTitle(string title) => WithLayout(l => l with
    {
        Scene = (l.Scene ?? new()) with
        {
            ZAxis = (l.Scene?.ZAxis ?? new()) with { Title = title },
        },
    });

    public Figure WithXRange(double min, double max) =>
        WithLayout(l => l with { XAxis = X(l) with { Range = CheckedRange(min, max, "x") } });

    public Figure WithYRange(double min, double max) =>
        WithLayout(l => l with { YAxis = Y(l) with { Range = CheckedRange(min, max, "y") } });

    /// <summary>
    /// One unit of y is as long on screen as one unit of x (y axis: scaleanchor "x", scaleratio 1).
    /// Both axes have constrain "domain": plotly narrows the plot area to keep the aspect instead
    /// of widening an axis's range, so a shaded region (a decision boundary's background)
    /// still fills the plot.
    /// </summary>
    public Figure WithEqualAspect() =>
        WithLayout(l => l with
        {
            XAxis = X(l) with { Constrain = "domain" },
            YAxis = Y(l) with { ScaleAnchor = "x", ScaleRatio = 1, Constrain = "domain" },
        });

    /// <summary>
    /// Text at data point (x, y), with an arrow pointing at it unless
    /// <paramref name="arrow"/> is false.
    /// </summary>
    public Figure WithAnnotation(string text, double x, double y, bool arrow = true)
    {
        var annotation = new Annotation { Text = text, X = x, Y = y, ShowArrow = arrow };
        return WithLayout(l => l with { Annotations = [.. l.Annotations ?? [], annotation] });
    }

    /// <summary>Fixed size in px; without it the figure fills the width of its cell.</summary>
    public Figure WithSize(double width, double height) =>
        WithLayout(l => l with { Width = width, Height = height });

    public Figure WithLegend(bool show = true) => WithLayout(l => l with { ShowLegend = show });

    /// <summary>Every trace is drawn in a 3-D scene, so the figure has no 2-D axes.</summary>
    internal bool OnlyInScene => Data.Count > 0 && Data.All(t => t.InScene);

    private static Axis X(Layout l) => l.XAxis ?? new Axis();

    private static Axis Y(Layout l) => l.YAxis ?? new Axis();

    private static Scene? SceneOrNull(Layout l, Func<Scene, Scene> change) =>
        l.Scene is null ? null : change(l.Scene);

    private static double[] CheckedRange(double min, double max, string axis)
    {
        if (!(min < max))
            throw new ArgumentException(
                $"The {axis} range [{min}, {max}] is empty: give min < max.");
        return [min, max];
    }
}
