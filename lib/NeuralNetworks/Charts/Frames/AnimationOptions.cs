namespace NeuralNetworks.Charts;

/// <summary>
/// The options object of Plotly.animate (the second element of a button's or slider step's args):
/// how long each frame shows, whether to redraw (needed for heatmaps, contours and surfaces),
/// and where to start.
/// </summary>
public sealed record AnimationOptions
{
    /// <summary>"immediate" interrupts a running animation (for slider steps and Pause).</summary>
    public string? Mode { get; init; }

    public FrameTiming? Frame { get; init; }

    public TransitionTiming? Transition { get; init; }

    /// <summary>Play continues from the frame shown, not from the first.</summary>
    public bool? FromCurrent { get; init; }
}

/// <summary>
/// Duration of each frame in ms; Redraw re-renders the whole plot (slower, needed beyond scatter).
/// </summary>
public sealed record FrameTiming(double Duration, bool Redraw);

public sealed record TransitionTiming(double Duration);
