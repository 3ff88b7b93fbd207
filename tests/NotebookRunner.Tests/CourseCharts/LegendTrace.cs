using System.Text.Json.Nodes;

namespace NotebookRunner.Tests.CourseCharts;

/// <summary>
/// What <see cref="LegendVisibility"/> needs of one plotly trace: whether it is a scatter listed in the legend, its axes,
/// the style that can set it apart (dash, width, marker symbol, mode, with plotly's defaults filled in) and its points.
/// </summary>
internal sealed record LegendTrace(string Name, bool InLegend, string XAxis, string YAxis, string Style, double?[] X, double?[] Y)
{
    public static LegendTrace Read(JsonObject t, int index)
    {
        double?[] x = Numbers(t["x"]), y = Numbers(t["y"]);
        bool inLegend = (string?)t["type"] is "scatter" or null && Flag(t["showlegend"]) != false && Flag(t["visible"]) != false;
        string mode = (string?)t["mode"] ?? (x.Length < 20 ? "lines+markers" : "lines");
        string style = string.Join(" / ", (string?)t["line"]?["dash"] ?? "solid", Number(t["line"]?["width"]) ?? 2,
            (string?)t["marker"]?["symbol"] ?? "circle", mode);
        return new LegendTrace((string?)t["name"] ?? $"trace {index}", inLegend, (string?)t["xaxis"] ?? "x", (string?)t["yaxis"] ?? "y", style, x, y);
    }

    /// <summary>A frame's trace drawn over the figure's: the frame's keys replace the figure's (frames here carry whole traces).</summary>
    public static JsonObject Merged(JsonObject figureTrace, JsonObject? frameTrace)
    {
        var merged = figureTrace.DeepClone().AsObject();
        foreach (var (key, value) in frameTrace ?? [])
            merged[key] = value?.DeepClone();
        return merged;
    }

    /// <summary>The same points: both have the same x values, in the same order.</summary>
    public bool SharesXWith(LegendTrace other) => X.SequenceEqual(other.X);

    private static double?[] Numbers(JsonNode? array) => array is JsonArray a ? a.Select(Number).ToArray() : [];

    private static double? Number(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue(out double d) && double.IsFinite(d) ? d : null;

    private static bool? Flag(JsonNode? node) => node is JsonValue v && v.TryGetValue(out bool b) ? b : null;
}
