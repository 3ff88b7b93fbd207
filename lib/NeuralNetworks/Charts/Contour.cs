using System.Text.Json.Serialization;

namespace NeuralNetworks.Charts;

/// <summary>
/// Level curves of z = f(x, y) over a grid (plotly "contour"); shapes as in <see cref="Surface"/>:
/// Z is n rows (one per y) × m columns (one per x).
/// </summary>
public sealed record Contour : Trace
{
    public required IReadOnlyList<double> X { get; init; }

    public required IReadOnlyList<double> Y { get; init; }

    public required IReadOnlyList<IReadOnlyList<double>> Z { get; init; }

    public ColorScale? ColorScale { get; init; }

    public bool? ShowScale { get; init; }

    /// <summary>The largest number of levels plotly may choose.</summary>
    public int? NContours { get; init; }

    public ContourLevels? Contours { get; init; }

    public Line? Line { get; init; }

    [JsonPropertyName("xaxis")]
    public string? XAxis { get; init; }

    [JsonPropertyName("yaxis")]
    public string? YAxis { get; init; }

    public override Trace OnSubplot(int n) =>
        this with { XAxis = AxisId("x", n), YAxis = AxisId("y", n) };
}

/// <summary>
/// plotly's contour.contours: how levels are coloured ("fill", "lines", "heatmap", "none")
/// and labelled.
/// </summary>
public sealed record ContourLevels
{
    public string? Coloring { get; init; }

    public bool? ShowLabels { get; init; }

    public double? Start { get; init; }

    public double? End { get; init; }

    public double? Size { get; init; }
}
