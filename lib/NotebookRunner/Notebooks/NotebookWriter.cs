using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>
/// Builds the executed copy of a notebook: the original JSON with each code cell's execution_count
/// and nbformat 4 outputs (stream, display_data, execute_result, error) filled in; everything else,
/// metadata included, is kept.
/// </summary>
public static class NotebookWriter
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true, IndentSize = 1, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject Executed(Notebook notebook, IEnumerable<CellResult> results)
    {
        var document = (JsonObject)notebook.Document.DeepClone();
        var byCell = results.ToDictionary(r => r.Cell);
        var cells = (JsonArray)document["cells"]!;
        var count = 0;
        foreach (var cell in notebook.Cells.Where(c => c.CellType == "code"))
        {
            var json = (JsonObject)cells[cell.Number - 1]!;
            var ran = byCell.TryGetValue(cell.Number, out var result)
                && result.Status != CellStatus.NotRun;
            int? executionCount = ran ? ++count : null;
            json["execution_count"] = executionCount;
            json["outputs"] = new JsonArray(ran
                ? result!.Outputs.Select(o => ToJson(o, executionCount)).ToArray() : []);
        }
        return document;
    }

    public static string ToText(JsonObject document) => document.ToJsonString(Indented) + "\n";

    public static JsonNode ToJson(CellOutput output, int? executionCount) => output.Kind switch
    {
        "stream" => new JsonObject
        {
            ["output_type"] = "stream", ["name"] = output.Name,
            ["text"] = Lines(output.Text ?? "")
        },
        "error" => new JsonObject
        {
            ["output_type"] = "error", ["ename"] = output.ErrorName, ["evalue"] = output.ErrorValue,
            ["traceback"] = new JsonArray((output.Traceback ?? [])
                .Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
        },
        "execute_result" => new JsonObject
        {
            ["output_type"] = "execute_result", ["execution_count"] = executionCount, ["data"] =
                Data(output), ["metadata"] = new JsonObject(),
        },
        _ => new JsonObject
        {
            ["output_type"] = "display_data", ["data"] = Data(output),
            ["metadata"] = new JsonObject()
        },
    };

    /// <summary>
    /// nbformat's mime bundle: text as a list of lines, and a JSON mime type (application/json,
    /// application/…+json, such as the plotly figure) as the JSON value itself, which is how
    /// JupyterLab, VS Code and nbviewer read it.
    /// </summary>
    private static JsonObject Data(CellOutput output) =>
        new((output.Data ?? new Dictionary<string, string>())
            .Select(p => KeyValuePair.Create(p.Key, Value(p.Key, p.Value))));

    private static JsonNode? Value(string mimeType, string value)
    {
        if (!IsJson(mimeType)) return Lines(value);
        try { return JsonNode.Parse(value); }
        catch (System.Text.Json.JsonException) { return Lines(value); }
    }

    public static bool IsJson(string mimeType) =>
        mimeType == "application/json"
        || (mimeType.StartsWith("application/", StringComparison.Ordinal)
            && mimeType.EndsWith("+json", StringComparison.Ordinal));

    /// <summary>nbformat's multiline string: a list of lines, each keeping its "\n".</summary>
    public static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }
}
