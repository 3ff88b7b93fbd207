using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>Reads an nbformat 4 .ipynb file; every failure is a NotebookException that names the file.</summary>
public static class NotebookReader
{
    public static Notebook Read(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full)) throw new NotebookException($"notebook file not found: {full}", 2);
        JsonObject document;
        try
        {
            document = JsonNode.Parse(File.ReadAllText(full), documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true }) as JsonObject
                ?? throw new NotebookException($"{full} is not a notebook: the JSON is not an object.");
        }
        catch (JsonException error)
        {
            throw new NotebookException($"{full} is not valid JSON (line {error.LineNumber + 1}): fix the file or re-save it from the editor.");
        }
        return FromDocument(full, document);
    }

    public static Notebook FromDocument(string path, JsonObject document)
    {
        if ((int?)document["nbformat"] is not 4) throw new NotebookException($"{path} is nbformat {document["nbformat"]?.ToJsonString() ?? "(missing)"}: nbrun reads nbformat 4.");
        if (document["cells"] is not JsonArray cells) throw new NotebookException($"{path} has no \"cells\" array.");
        var metadata = document["metadata"] as JsonObject ?? [];
        var notebookDefault = CellLanguage.Default(metadata);
        var result = new List<NotebookCell>();
        foreach (var node in cells)
        {
            var cell = node as JsonObject ?? throw new NotebookException($"{path}: cell {result.Count + 1} is not a JSON object.");
            var type = (string?)cell["cell_type"] ?? "code";
            var source = Source(cell["source"]);
            var language = type == "code" ? CellLanguage.Of(cell["metadata"] as JsonObject, source, notebookDefault) : "markdown";
            result.Add(new NotebookCell(result.Count + 1, type, language, source));
        }
        return new Notebook(path, document, result);
    }

    /// <summary>nbformat stores source as one string or as a list of lines (each keeping its "\n").</summary>
    public static string Source(JsonNode? source) => source switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l ?? "")),
        JsonValue value => (string?)value ?? "",
        _ => "",
    };
}
