namespace NeuralNetworks.Charts;

/// <summary>
/// How a trace's line is drawn: a CSS colour ("#1f77b4", "rgba(0,0,0,0.5)"), width in px,
/// dash ("solid", "dash", "dot").
/// </summary>
public sealed record Line
{
    public string? Color { get; init; }

    public double? Width { get; init; }

    public string? Dash { get; init; }

    /// <summary>"linear" or "spline".</summary>
    public string? Shape { get; init; }
}
