using System.Text.Json.Serialization;
using NeuralNetworks.Languages;

namespace NeuralNetworks.Charts;

/// <summary>
/// One bar per category (plotly "bar"), e.g. the softmax probabilities of each class.
/// </summary>
public sealed record Bar : Trace
{
    [JsonConverter(typeof(ReaderTexts))]
    public required IReadOnlyList<string> X { get; init; }

    public required IReadOnlyList<double> Y { get; init; }

    public Marker? Marker { get; init; }

    /// <summary>A label on each bar, e.g. the value to three decimals.</summary>
    [JsonConverter(typeof(ReaderTexts))]
    public IReadOnlyList<string>? Text { get; init; }

    /// <summary>"inside", "outside", "auto" or "none".</summary>
    public string? TextPosition { get; init; }

    [JsonPropertyName("xaxis")]
    public string? XAxis { get; init; }

    [JsonPropertyName("yaxis")]
    public string? YAxis { get; init; }

    public override Trace OnSubplot(int n) =>
        this with { XAxis = AxisId("x", n), YAxis = AxisId("y", n) };
}
