using System.Text.Json.Serialization;
using NeuralNetworks.Languages;

namespace NeuralNetworks.Charts;

/// <summary>
/// plotly layout.sliders[i]: one step per frame; moving the slider calls Plotly.animate with that
/// frame's name. CurrentValue shows "Prefix + label" above the slider.
/// </summary>
public sealed record Slider
{
    public required IReadOnlyList<SliderStep> Steps { get; init; }

    public int? Active { get; init; }

    public SliderCurrentValue? CurrentValue { get; init; }

    public double? X { get; init; }

    public double? Y { get; init; }

    public double? Len { get; init; }

    public Margin? Pad { get; init; }
}

/// <summary>
/// One slider stop: a label and the Plotly.animate call it makes (method "animate",
/// args [[frame], options]).
/// </summary>
public sealed record SliderStep
{
    [JsonConverter(typeof(ReaderText))]
    public required string Label { get; init; }

    public string Method { get; init; } = "animate";

    public required IReadOnlyList<object?> Args { get; init; }
}

public sealed record SliderCurrentValue
{
    [JsonConverter(typeof(ReaderText))]
    public string? Prefix { get; init; }

    public bool? Visible { get; init; }

    public string? XAnchor { get; init; }
}
