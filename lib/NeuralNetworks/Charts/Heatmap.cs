using System.Text.Json.Serialization;

namespace NeuralNetworks.Charts;

/// <summary>
/// A colour per grid cell (plotly "heatmap"); shapes as in <see cref="Surface"/>: Z is one row per
/// y, one column per x. A decision boundary is a heatmap of the predicted class with a stepped
/// <see cref="ColorScale"/>.
/// </summary>
public sealed record Heatmap : Trace
{
    public required IReadOnlyList<double> X { get; init; }

    public required IReadOnlyList<double> Y { get; init; }

    public required IReadOnlyList<IReadOnlyList<double>> Z { get; init; }

    public ColorScale? ColorScale { get; init; }

    public bool? ShowScale { get; init; }

    public double? ZMin { get; init; }

    public double? ZMax { get; init; }

    /// <summary>false (cells as blocks) or "best" (interpolated); written as given.</summary>
    public string? ZSmooth { get; init; }

    [JsonPropertyName("xaxis")]
    public string? XAxis { get; init; }

    [JsonPropertyName("yaxis")]
    public string? YAxis { get; init; }

    public override Trace OnSubplot(int n) =>
        this with { XAxis = AxisId("x", n), YAxis = AxisId("y", n) };
}
