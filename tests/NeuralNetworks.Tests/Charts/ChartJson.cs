using System.Text.Json;
using NeuralNetworks.Charts;

namespace NeuralNetworks.Tests.Charts;

/// <summary>Parses a figure's JSON back, the way plotly.js will read it, for the chart tests to inspect.</summary>
internal static class ChartJson
{
    public static JsonElement Parse(Figure figure) => JsonDocument.Parse(figure.ToJson()).RootElement;

    public static JsonElement Trace(Figure figure, int i) => Parse(figure).GetProperty("data")[i];

    public static string[] Types(Figure figure) =>
        Parse(figure).GetProperty("data").EnumerateArray().Select(t => t.GetProperty("type").GetString()!).ToArray();

    public static double[] Numbers(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    public static string Text(JsonElement titled) => titled.GetProperty("title").GetProperty("text").GetString()!;
}
