using System.Globalization;
using System.Text.Json.Nodes;

namespace NotebookRunner.Tests.Browser;

/// <summary>
/// The one place that says where a cell's outputs in the browser may differ from the kernel's, and why.
/// <list type="bullet">
/// <item>Chart numbers are compared to 12 significant digits. WebAssembly's exp, log and tanh come from a different C
/// math library than the native runtime's, and differ from it in the last bit now and then; the chart data carries every
/// bit (lesson 09's loss curve: 0.8383218532654078 native, 0.8383218532654079 in the page). Printed text, which the
/// lessons format to a few digits, is compared exactly.</item>
/// <item>A chart's text/html is its figure JSON inside a loader script; the figure JSON itself is compared.</item>
/// <item>An exception is compared by its type and message, not its stack trace: the kernel runs a cell through Roslyn's
/// scripting host, the page through its own loader, so the frames below the cell differ.</item>
/// <item>The cells listed in <see cref="Listed"/> (counted among the notebook's code cells, from 1).</item>
/// </list>
/// </summary>
public static class BrowserDifferences
{
    private const string Plotly = "application/vnd.plotly.v1+json";

    private static readonly Dictionary<(string Notebook, int CodeCell), string> Listed = new()
    {
    };

    public static string? Reason(string notebook, int codeCell) => Listed.GetValueOrDefault((notebook, codeCell));

    /// <summary>A copy of the outputs with chart numbers rounded and a chart's loader HTML left out.</summary>
    public static JsonArray? Comparable(JsonArray? outputs) => outputs is null ? null : new JsonArray(outputs.Select(output =>
    {
        var copy = output!.DeepClone();
        if (copy["evalue"] is JsonValue evalue && evalue.TryGetValue<string>(out var value) && value.IndexOf("\n   at ", StringComparison.Ordinal) is > 0 and var at)
            copy["evalue"] = value[..at];
        if (copy["data"] is JsonObject data && data[Plotly] is { } figure)
        {
            data.Remove("text/html");
            data[Plotly] = Rounded(figure is JsonValue text && text.TryGetValue<string>(out var json) ? JsonNode.Parse(json) : figure.DeepClone());
        }
        return copy;
    }).ToArray());

    private static JsonNode? Rounded(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Rounded(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Rounded).ToArray()),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.Number =>
            JsonValue.Create(double.Parse(v.GetValue<double>().ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)),
        _ => node?.DeepClone(),
    };
}
