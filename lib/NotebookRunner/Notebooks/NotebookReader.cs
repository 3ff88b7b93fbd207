using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>
/// Reads a notebook: nbformat 4 .ipynb, or Polyglot's .dib (through <see cref="DibFormat"/>). Every
/// failure is a NotebookException that names the file and, for a field of the wrong type, the
/// field, so a mistyped notebook is reported, never thrown as another exception. The .ipynb JSON is
/// kept whole, so an executed copy keeps every field of the source (the kernel's Documents package
/// rewrites raw cells as code cells and bumps nbformat_minor to 5 without cell ids, so it is not
/// used for .ipynb).
/// </summary>
public static class NotebookReader
{
    public static Notebook Read(string path, long maxBytes = long.MaxValue)
    {
        var full = Checked(path, maxBytes);
        return FromText(full, File.ReadAllText(full));
    }

    /// <summary>The full path of a notebook file that exists and is at most
    /// <paramref name="maxBytes"/> long.</summary>
    public static string Checked(string path, long maxBytes)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full)) throw new NotebookException($"notebook file not found: {full}", 2);
        var length = new FileInfo(full).Length;
        if (length > maxBytes)
            throw new NotebookException(
                $"{full} is {length / (1 << 20)} MiB, over the {maxBytes / (1 << 20)} MiB a " +
                "notebook may be here.");
        return full;
    }

    /// <summary>A notebook from its text, read as the extension of <paramref name="full"/> says
    /// (.dib or .ipynb).</summary>
    public static Notebook FromText(string full, string text)
    {
        if (full.EndsWith(".dib", StringComparison.OrdinalIgnoreCase))
            return FromDocument(full, DibFormat.ToDocument(text, full));
        JsonObject document;
        try
        {
            document = JsonNode.Parse(text,
                documentOptions: new JsonDocumentOptions
                {
                    AllowTrailingCommas = true,
                    MaxDepth = 256
                }) as JsonObject
                ?? throw new NotebookException(
                    $"{full} is not a notebook: the JSON is not an object.");
        }
        catch (JsonException error)
        {
            throw new NotebookException(
                $"{full} is not valid JSON (line {error.LineNumber + 1}): fix the file or " +
                "re-save it from the editor.");
        }
        return FromDocument(full, document);
    }

    public static Notebook FromDocument(string path, JsonObject document)
    {
        if (document["nbformat"] is not JsonValue format || !format.TryGetValue(out int version)
            || version != 4)
            throw new NotebookException(
                $"{path}: \"nbformat\" is {document["nbformat"]?.ToJsonString() ?? "missing"}; " +
                "nbrun reads nbformat 4 (the number 4).");
        if (document["cells"] is not JsonArray cells)
            throw new NotebookException($"{path} has no \"cells\" array.");
        if (document["metadata"] is not (null or JsonObject))
            throw new NotebookException($"{path}: \"metadata\" is not an object.");
        var metadata = document["metadata"] as JsonObject ?? [];
        var notebookDefault = CellLanguage.Default(metadata);
        var result = new List<NotebookCell>();
        foreach (var node in cells)
        {
            var number = result.Count + 1;
            var cell = node as JsonObject
                ?? throw new NotebookException($"{path}: cell {number} is not a JSON object.");
            var type = Text(cell["cell_type"], path, number, "cell_type") ?? "code";
            var source = Source(cell["source"], path, number);
            if (cell["metadata"] is not (null or JsonObject))
                throw new NotebookException(
                    $"{path}: cell {number}'s \"metadata\" is not an object.");
            var language = type == "code"
                ? CellLanguage.Of(cell["metadata"] as JsonObject, source, notebookDefault)
                : "markdown";
            result.Add(new NotebookCell(number, type, language, source));
        }
        return new Notebook(path, document, result);
    }

    /// <summary>nbformat stores source as one string or as a list of lines (each keeping its
    /// "\n").</summary>
    public static string Source(JsonNode? source, string path = "", int cell = 0) => source switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => Text(l, path, cell, "source") ?? "")),
        JsonValue value => Text(value, path, cell, "source") ?? "",
        _ => throw new NotebookException($"{path}: cell {cell}'s \"source\" is not text."),
    };

    private static string? Text(JsonNode? node, string path, int cell, string field) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue(out string? text) => text,
        _ => throw new NotebookException(
            $"{path}: cell {cell}'s \"{field}\" is {node.ToJsonString()}, not text."),
    };
}
