namespace NeuralNetworks.Charts;

/// <summary>
/// How points or bars are drawn: a CSS colour, a size in px, a symbol ("circle", "x", "diamond"),
/// an outline.
/// </summary>
public sealed record Marker
{
    public string? Color { get; init; }

    public double? Size { get; init; }

    public string? Symbol { get; init; }

    public Line? Line { get; init; }
}
