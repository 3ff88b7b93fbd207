using System.Text.Json;
using System.Text.Json.Serialization;

namespace NeuralNetworks.Charts;

/// <summary>
/// Writes a figure as plotly.js JSON with System.Text.Json: {"data": [...], "layout": {...},
/// "frames": [...]}. Names: plotly's attribute names are C# property names in lower case
/// (ShowLegend → showlegend, XAxis → xaxis), so one naming policy covers them. Nulls are left out
/// (plotly then uses its default). Doubles are written in their shortest round-trip form,
/// always with '.' (JSON does not depend on the culture); NaN and ±∞ have no JSON form and are
/// written as null, which plotly draws as a gap.
/// </summary>
public static class FigureJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(Figure figure) => JsonSerializer.Serialize(figure, Options);

    /// <summary>Any part of a figure (a trace, a layout), written the same way.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = new LowerCaseNamingPolicy(),
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new NonFiniteAsNullConverter() },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class LowerCaseNamingPolicy : JsonNamingPolicy
    {
        public override string ConvertName(string name) => name.ToLowerInvariant();
    }

    /// <summary>A double as a JSON number, or null when it is NaN or ±∞.</summary>
    private sealed class NonFiniteAsNullConverter : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert,
            JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value,
            JsonSerializerOptions options)
        {
            if (double.IsFinite(value))
                writer.WriteNumberValue(value);
            else
                writer.WriteNullValue();
        }
    }
}
