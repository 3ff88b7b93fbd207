namespace NeuralNetworks.Charts;

public static partial class Chart
{
    /// <summary>
    /// Figures played as an animation (lesson 05: descent steps; lesson 07: the boundary over
    /// epochs), with a slider and Play/Pause buttons. Frame i shows steps[i]'s traces under
    /// the layout of steps[0]; axes are fixed to the range of all frames so they do not jump.
    /// Labels default to "0", "1", …. At least two frames: plotly hides a slider with one step.
    /// </summary>
    public static Figure Animation(IReadOnlyList<Figure> steps,
        IReadOnlyList<string>? labels = null, double frameMilliseconds = 300,
        string prefix = "step ")
    {
        if (steps.Count < 2)
            throw new ArgumentException(
                $"The animation has {steps.Count} frame{(steps.Count == 1 ? "" : "s")}: " +
                "give at least two figures (show a single figure as it is).", nameof(steps));
        var names = labels ?? Enumerable.Range(0, steps.Count)
            .Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (names.Count != steps.Count)
            throw new ArgumentException(
                $"There are {steps.Count} frames but {names.Count} labels: " +
                "give one label per frame.", nameof(labels));
        int bad = steps.ToList().FindIndex(s => s.Data.Count != steps[0].Data.Count);
        if (bad >= 0)
            throw new ArgumentException(
                $"Frame {bad} has {steps[bad].Data.Count} traces " +
                $"but frame 0 has {steps[0].Data.Count}: every frame needs the same traces.",
                nameof(steps));
        var frames = steps.Select((s, i) => new Frame { Name = names[i], Data = s.Data }).ToList();
        var layout = FixedRanges(steps[0].Layout, steps) with
        {
            Sliders = [AnimationSlider(names, frameMilliseconds, prefix)],
            UpdateMenus = [PlayPause(frameMilliseconds)],
            Margin = new Margin(60, 30, TopMargin(steps[0]), 110),
        };
        return new Figure(steps[0].Data, layout) { Frames = frames };
    }

    /// <summary>
    /// The top margin: 60 px without a legend above the plot area; with one
    /// (<see cref="Legend.AboveLeft"/>), room below the title (<see cref="Figure.WithTitle"/>
    /// puts its top 34 px down, 20 px tall) for the legend on as many rows as it has entries,
    /// 24 px each: where the animation keeps an equal aspect the plot area is narrow,
    /// and a phone-width cell or a wide font (DejaVu Sans, Verdana) wraps the horizontal legend
    /// onto one row per entry, which then grows up into the title.
    /// </summary>
    private static int TopMargin(Figure first)
    {
        if (first.Layout.Legend is not { Y: > 1 } || first.Layout.ShowLegend == false) return 60;
        int entries = first.Data.Where(t => t.ShowLegend != false && t.Name is not null)
            .Select(t => t.LegendGroup ?? t.Name).Distinct().Count();
        return 64 + 24 * Math.Max(1, entries);
    }

    private static Slider AnimationSlider(IReadOnlyList<string> names, double ms,
        string prefix) => new()
        {
            Active = 0, X = 0.12, Y = 0, Len = 0.88, Pad = new Margin(0, 0, 45, 0),
            CurrentValue = new SliderCurrentValue
            {
                Prefix = prefix, Visible = true, XAnchor = "left",
            },
            Steps = names
                .Select(name => new SliderStep { Label = name, Args = [new[] { name }, Jump(ms)] })
                .ToList(),
        };

    private static UpdateMenu PlayPause(double ms) => new()
    {
        ShowActive = false, Direction = "left",
        X = 0.1, Y = 0, XAnchor = "right", YAnchor = "top", Pad = new Margin(0, 10, 55, 0),
        Buttons =
        [
            new MenuButton { Label = "▶ Play", Args = [null, Play(ms)] },
            new MenuButton { Label = "❚❚ Pause", Args = [new object?[] { null }, Jump(0)] },
        ],
    };

    private static AnimationOptions Play(double ms) =>
        new() { Frame = new(ms, true), Transition = new(0), FromCurrent = true };

    private static AnimationOptions Jump(double ms) =>
        new() { Mode = "immediate", Frame = new(ms, true), Transition = new(0) };
}
