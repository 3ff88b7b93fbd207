namespace NeuralNetworks.Charts;

/// <summary>
/// One animation frame (plotly figure.frames[i]): the traces to show at this step, by name,
/// so the slider and the play button can jump to it. Data replaces the figure's traces in order
/// (trace i of the frame → trace i of the figure).
/// </summary>
public sealed record Frame
{
    public required string Name { get; init; }

    public required IReadOnlyList<Trace> Data { get; init; }

    public Layout? Layout { get; init; }
}
