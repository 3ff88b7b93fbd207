using System.Text.Json.Serialization;
using NeuralNetworks.Languages;

namespace NeuralNetworks.Charts;

/// <summary>
/// plotly layout.updatemenus[i] of type "buttons": the Play and Pause buttons of an animation.
/// </summary>
public sealed record UpdateMenu
{
    public string Type { get; init; } = "buttons";

    public required IReadOnlyList<MenuButton> Buttons { get; init; }

    public bool? ShowActive { get; init; }

    /// <summary>"left" puts the buttons in a row.</summary>
    public string? Direction { get; init; }

    public double? X { get; init; }

    public double? Y { get; init; }

    public string? XAnchor { get; init; }

    public string? YAnchor { get; init; }

    public Margin? Pad { get; init; }
}

/// <summary>A button that calls a plotly method ("animate") with the given arguments.</summary>
public sealed record MenuButton
{
    [JsonConverter(typeof(ReaderText))]
    public required string Label { get; init; }

    public string Method { get; init; } = "animate";

    public required IReadOnlyList<object?> Args { get; init; }
}
