using System.Text.Json.Serialization;
using NeuralNetworks.Languages;

namespace NeuralNetworks.Charts;

/// <summary>
/// Text placed on a chart (plotly layout.annotations[i]). X and Y are data coordinates of
/// the axes XRef/YRef ("x", "y2"), or fractions of the whole figure when the ref is "paper".
/// With ShowArrow an arrow points at (X, Y).
/// </summary>
public sealed record Annotation
{
    [JsonConverter(typeof(ReaderText))]
    public required string Text { get; init; }

    public required double X { get; init; }

    public required double Y { get; init; }

    public string? XRef { get; init; }

    public string? YRef { get; init; }

    public bool? ShowArrow { get; init; }

    /// <summary>"left", "center" or "right": which side of the text sits at X.</summary>
    public string? XAnchor { get; init; }

    /// <summary>"top", "middle" or "bottom".</summary>
    public string? YAnchor { get; init; }

    public Font? Font { get; init; }
}
