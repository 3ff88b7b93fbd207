namespace NeuralNetworks.Charts;

/// <summary>
/// Points (x[i], y[i]) drawn as lines, markers or both (plotly "scatter"). x and y have the same length;
/// a NaN in y is written as null, which plotly draws as a gap in the line.
/// </summary>
public sealed record Scatter : Trace
{
    public required IReadOnlyList<double> X { get; init; }

    public required IReadOnlyList<double> Y { get; init; }

    /// <summary>"lines", "markers", "lines+markers" or "text".</summary>
    public string? Mode { get; init; }

    public Line? Line { get; init; }

    public Marker? Marker { get; init; }

    /// <summary>One label per point, shown on hover (or beside the point when Mode has "text").</summary>
    public IReadOnlyList<string>? Text { get; init; }

    /// <summary>Where Text sits when Mode has "text", e.g. "top center".</summary>
    public string? TextPosition { get; init; }

    /// <summary>"x", "x2", …: the x axis of the subplot this trace is drawn in.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("xaxis")]
    public string? XAxis { get; init; }

    [System.Text.Json.Serialization.JsonPropertyName("yaxis")]
    public string? YAxis { get; init; }

    public override string Kind => "scatter";

    public override Trace OnSubplot(int n) => this with { XAxis = AxisId("x", n), YAxis = AxisId("y", n) };
}
