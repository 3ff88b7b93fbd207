using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NotebookRunner.Tests.Support;

/// <summary>
/// Two runs of the same cells compared output by output, after what may differ between two faithful front ends is made
/// the same: chart element ids (random per run, the library's and Plotly.NET's), the script the kernel sends a Jupyter
/// front end on its first output, compiler warnings (the Jupyter front end prints them on stderr, VS Code in the
/// editor), JSON mime types (nbrun stores the plotly figure as JSON, the Jupyter front end as its text), and stream writes
/// split differently (nbclient keeps each write, VS Code and nbrun join them).
/// </summary>
public static partial class OutputComparison
{
    /// <summary>
    /// The first line of a cell whose output depends on the machine (a time): two faithful runs differ there, so only
    /// the kinds of its outputs are compared (see notebooks/AUTHORING.md).
    /// </summary>
    public const string VariesMarker = "// Output varies with the machine";

    /// <summary>The cell is marked as one whose output depends on the machine.</summary>
    public static bool Varies(JsonNode? cell) => Text(cell?["source"]).TrimStart().StartsWith(VariesMarker, StringComparison.Ordinal);

    /// <summary>The outputs as comparable text for a cell that <see cref="Varies"/>: their kinds and mime types only.</summary>
    public static string Kinds(JsonArray? outputs) => string.Join("\n", (outputs ?? []).OfType<JsonObject>().Select(o =>
        $"{o["output_type"]}/{o["name"]}/{string.Join(",", (o["data"] as JsonObject ?? []).Select(p => p.Key).Order(StringComparer.Ordinal))}"));

    /// <summary>The outputs as comparable text: output type, stream name and text, each mime type's value; ids normalised.</summary>
    public static string Normalized(JsonArray? outputs)
    {
        var parts = new List<string>();
        foreach (var output in (outputs ?? []).OfType<JsonObject>())
        {
            var kind = (string?)output["output_type"];
            if (kind == "stream" && (string?)output["name"] == "stderr" && CompilerWarnings().IsMatch(Text(output["text"]))) continue;
            if (kind == "stream")
            {
                var text = Text(output["text"]);
                var name = (string?)output["name"];
                if (parts.Count > 0 && parts[^1].StartsWith($"stream/{name}:", StringComparison.Ordinal)) parts[^1] += text;
                else parts.Add($"stream/{name}:{text}");
                continue;
            }
            var data = (output["data"] as JsonObject ?? []).OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => $"{p.Key}={(p.Value is JsonObject json ? json.ToJsonString() : Text(p.Value))}").ToList();
            if (data.Any(d => d.Contains("dotnet-interactive-this-cell", StringComparison.Ordinal))) continue;
            parts.Add($"{kind}:{string.Join("|", data)}:{output["ename"]}:{output["evalue"]}");
        }
        return PlotId().Replace(string.Join("\n", parts), "nn-plot-ID");
    }

    /// <summary>A JSON mime type's value, stored as JSON (nbrun) or as its text (the kernel's Jupyter front end), in one form.</summary>
    public static string Json(JsonNode? node) => (node is JsonObject or JsonArray ? node : JsonNode.Parse(Text(node)))?.ToJsonString() ?? "null";

    public static string Text(JsonNode? node) => NotebookRunner.Notebooks.NotebookReader.Source(node);

    /// <summary>Both texts around the first character where they differ.</summary>
    public static string FirstDifference(string a, string b, string first, string second)
    {
        var at = 0;
        while (at < a.Length && at < b.Length && a[at] == b[at]) at++;
        string Around(string text) => text.Substring(Math.Max(0, at - 200), Math.Min(text.Length, at + 300) - Math.Max(0, at - 200));
        return $"at character {at}:\n{first}: …{Around(a)}…\n{second}: …{Around(b)}…";
    }

    /// <summary>What the kernel's Jupyter front end prints for compiler warnings (VS Code shows them in the editor instead).</summary>
    [GeneratedRegex(@"^(\s*(\(\d+,\d+\): )?warning CS\d{4}:[^\n]*\n?)+\s*$")]
    private static partial Regex CompilerWarnings();

    /// <summary>A chart's element id: the library's nn-plot-…, or Plotly.NET's GUID (with dashes, and without in renderPlotly_…).</summary>
    [GeneratedRegex("nn-plot-[0-9a-f]{12}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?<=renderPlotly_)[0-9a-f]{32}")]
    private static partial Regex PlotId();
}
