using System.Text.Json.Serialization;
using NeuralNetworks.Languages;

namespace NeuralNetworks.Charts;

/// <summary>
/// A plotly title object <c>{"text": …}</c>. plotly.js 3 and later silently drop a plain-string
/// title, so every title in a figure is one of these. Text may hold plotly's small HTML subset
/// (&lt;b&gt;, &lt;br&gt;, &lt;sub&gt;).
/// </summary>
public sealed record Title(
    [property: JsonConverter(typeof(ReaderText))] string Text)
{
    /// <summary>Horizontal position as a fraction of the paper width (0.5 centres it).</summary>
    public double? X { get; init; }

    /// <summary>
    /// Vertical position as a fraction of <see cref="YRef"/>'s height: 1 is its top.
    /// </summary>
    public double? Y { get; init; }

    /// <summary>"container" (the whole figure) or "paper" (the plot area).</summary>
    public string? YRef { get; init; }

    /// <summary>"top", "middle" or "bottom": which edge of the text sits at Y.</summary>
    public string? YAnchor { get; init; }

    /// <summary>
    /// Space in px between the title and the point Y (T: below it, when anchored at its top).
    /// </summary>
    public Margin? Pad { get; init; }

    /// <summary>
    /// The plot area moves down as far as the title needs, so a long or two-line
    /// title never covers it.
    /// </summary>
    public bool? AutoMargin { get; init; }

    public Font? Font { get; init; }

    public static implicit operator Title(string text) => new(text);
}

/// <summary>Font of a title or annotation: size in px, CSS colour, family.</summary>
public sealed record Font
{
    public double? Size { get; init; }

    public string? Color { get; init; }

    public string? Family { get; init; }
}
