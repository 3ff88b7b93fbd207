using System.Text.Json;
using System.Text.Json.Serialization;

namespace NeuralNetworks.Charts;

/// <summary>
/// A plotly colorscale: either a built-in name ("Viridis", "RdBu") or stops [[fraction, colour], …]
/// with fractions rising from 0 to 1. <see cref="Stepped"/> gives each of k classes one
/// flat band, for class maps.
/// </summary>
[JsonConverter(typeof(ColorScaleJsonConverter))]
public sealed record ColorScale
{
    private ColorScale(string? name, IReadOnlyList<(double Fraction, string Color)>? stops)
    {
        Name = name;
        Stops = stops;
    }

    public string? Name { get; }

    public IReadOnlyList<(double Fraction, string Color)>? Stops { get; }

    public static ColorScale Named(string name) => new(name, null);

    public static ColorScale FromStops(params (double Fraction, string Color)[] stops) =>
        new(null, stops);

    public static ColorScale Viridis { get; } = Named("Viridis");

    /// <summary>
    /// k flat bands: values in [i − ½, i + ½] get colours[i], for z in 0 … k − 1 with
    /// zmin = −½, zmax = k − ½.
    /// </summary>
    public static ColorScale Stepped(IReadOnlyList<string> colors)
    {
        if (colors.Count == 0)
            throw new ArgumentException(
                "A stepped colour scale needs at least one colour.", nameof(colors));
        var stops = new List<(double, string)>();
        for (int i = 0; i < colors.Count; i++)
        {
            stops.Add(((double)i / colors.Count, colors[i]));
            stops.Add(((double)(i + 1) / colors.Count, colors[i]));
        }
        return new(null, stops);
    }
}

internal sealed class ColorScaleJsonConverter : JsonConverter<ColorScale>
{
    public override ColorScale Read(ref Utf8JsonReader reader, Type typeToConvert,
        JsonSerializerOptions options) =>
        throw new NotSupportedException("Figures are written to JSON, not read back.");

    public override void Write(Utf8JsonWriter writer, ColorScale value,
        JsonSerializerOptions options)
    {
        if (value.Stops is null)
        {
            writer.WriteStringValue(value.Name);
            return;
        }
        writer.WriteStartArray();
        foreach (var (fraction, color) in value.Stops)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(fraction);
            writer.WriteStringValue(color);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
    }
}
