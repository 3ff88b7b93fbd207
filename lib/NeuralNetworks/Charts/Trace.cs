using System.Text.Json.Serialization;
using NeuralNetworks.Languages;

namespace NeuralNetworks.Charts;

/// <summary>
/// One plotly.js trace: a set of data drawn one way. The JSON discriminator is plotly's
/// <c>type</c> ("scatter", "bar", "surface", "contour", "heatmap"), written first,
/// so <see cref="FigureJson"/> needs no custom code. Attribute names follow the plotly.js reference
/// (https://plotly.com/javascript/reference/).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(Scatter), "scatter")]
[JsonDerivedType(typeof(Bar), "bar")]
[JsonDerivedType(typeof(Surface), "surface")]
[JsonDerivedType(typeof(Contour), "contour")]
[JsonDerivedType(typeof(Heatmap), "heatmap")]
public abstract record Trace
{
    /// <summary>The name shown in the legend and on hover.</summary>
    [JsonConverter(typeof(ReaderText))]
    public string? Name { get; init; }

    public bool? ShowLegend { get; init; }

    /// <summary>Traces with the same group toggle together in the legend.</summary>
    public string? LegendGroup { get; init; }

    /// <summary>0 (invisible) … 1 (opaque).</summary>
    public double? Opacity { get; init; }

    /// <summary>A plotly hover template, e.g. "x=%{x}&lt;br&gt;y=%{y}".</summary>
    [JsonConverter(typeof(ReaderText))]
    public string? HoverTemplate { get; init; }

    /// <summary>
    /// The plotly type name, e.g. "scatter": this type's discriminator in the [JsonDerivedType]
    /// list above, the one place it is written. The JSON carries it only as "type"
    /// (plotly has no key "kind").
    /// </summary>
    [JsonIgnore]
    public string Kind => typeof(Trace)
        .GetCustomAttributes(typeof(JsonDerivedTypeAttribute), inherit: false)
        .Cast<JsonDerivedTypeAttribute>()
        .Single(a => a.DerivedType == GetType()).TypeDiscriminator as string
        ?? throw new InvalidOperationException(
            $"{GetType().Name} has no [JsonDerivedType] on Trace: " +
            "add one with its plotly type name.");

    /// <summary>Drawn in a 3-D scene (surface) rather than on 2-D x and y axes.</summary>
    internal virtual bool InScene => false;

    /// <summary>
    /// This trace moved to subplot n (1-based) of a grid: 2-D traces to axes x{n}/y{n},
    /// 3-D traces to scene{n}. Subplot 1 uses plotly's unnumbered names (x, y, scene).
    /// </summary>
    public abstract Trace OnSubplot(int n);

    internal static string AxisId(string letter, int n) => n == 1 ? letter : letter + n;
}
