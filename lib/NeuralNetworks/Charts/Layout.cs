using System.Text.Json.Serialization;

namespace NeuralNetworks.Charts;

/// <summary>
/// plotly's layout: titles, axes, legend, size, annotations, and the animation controls (sliders,
/// updatemenus). Subplots beyond the first use numbered keys (xaxis2, yaxis2, scene2, …): they live
/// in <see cref="Subplots"/> and are written inline beside xaxis and yaxis, as plotly expects.
/// </summary>
public sealed record Layout
{
    public Title? Title { get; init; }

    [JsonPropertyName("xaxis")]
    public Axis? XAxis { get; init; }

    [JsonPropertyName("yaxis")]
    public Axis? YAxis { get; init; }

    public Scene? Scene { get; init; }

    public bool? ShowLegend { get; init; }

    public Legend? Legend { get; init; }

    public double? Width { get; init; }

    public double? Height { get; init; }

    public Margin? Margin { get; init; }

    public IReadOnlyList<Annotation>? Annotations { get; init; }

    public IReadOnlyList<Slider>? Sliders { get; init; }

    public IReadOnlyList<UpdateMenu>? UpdateMenus { get; init; }

    /// <summary>
    /// Numbered subplot axes and scenes: key "xaxis2" → <see cref="Axis"/>,
    /// "scene3" → <see cref="Scene"/>.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, object> Subplots { get; init; } =
        new Dictionary<string, object>();

    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, object>? SubplotsJson => Subplots.Count == 0 ? null : new(Subplots);
}

/// <summary>Space around the plot area, in px (l, r, t, b).</summary>
public sealed record Margin(double L, double R, double T, double B);
