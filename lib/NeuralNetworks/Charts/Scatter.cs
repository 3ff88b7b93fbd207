using System.Text.Json.Serialization;
using NeuralNetworks.Languages;

namespace NeuralNetworks.Charts;

/// <summary>
/// Points (x[i], y[i]) drawn as lines, markers or both (plotly "scatter"). x and y have the same
/// length; a NaN in y is written as null, which plotly draws as a gap in the line.
/// A trace with no points (a boundary line that does not exist, an animation frame with nothing to
/// mark yet) is written as one gap point, x = y = [null]: plotly hides a trace with no points and
/// drops its style, so it would not be the same trace, in the same legend entry, in every frame.
/// The gap draws nothing.
/// </summary>
public sealed record Scatter : Trace
{
    private static readonly IReadOnlyList<double> Gap = [double.NaN];

    [JsonIgnore]
    public required IReadOnlyList<double> X { get; init; }

    [JsonIgnore]
    public required IReadOnlyList<double> Y { get; init; }

    [JsonInclude, JsonPropertyName("x")]
    internal IReadOnlyList<double> XJson => X.Count == 0 && Y.Count == 0 ? Gap : X;

    [JsonInclude, JsonPropertyName("y")]
    internal IReadOnlyList<double> YJson => X.Count == 0 && Y.Count == 0 ? Gap : Y;

    /// <summary>"lines", "markers", "lines+markers" or "text".</summary>
    public string? Mode { get; init; }

    public Line? Line { get; init; }

    public Marker? Marker { get; init; }

    /// <summary>
    /// One label per point, shown on hover (or beside the point when Mode has "text").
    /// </summary>
    [JsonConverter(typeof(ReaderTexts))]
    public IReadOnlyList<string>? Text { get; init; }

    /// <summary>Where Text sits when Mode has "text", e.g. "top center".</summary>
    [JsonIgnore]
    public string? TextPosition { get; init; }

    /// <summary>
    /// One position per point, instead of <see cref="TextPosition"/> for all, e.g. a path's "start"
    /// above its point and "end" below.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<string>? TextPositions { get; init; }

    [JsonInclude, JsonPropertyName("textposition")]
    internal object? TextPositionJson => (object?)TextPositions ?? TextPosition;

    /// <summary>"x", "x2", …: the x axis of the subplot this trace is drawn in.</summary>
    [JsonPropertyName("xaxis")]
    public string? XAxis { get; init; }

    [JsonPropertyName("yaxis")]
    public string? YAxis { get; init; }

    public override Trace OnSubplot(int n) =>
        this with { XAxis = AxisId("x", n), YAxis = AxisId("y", n) };
}
