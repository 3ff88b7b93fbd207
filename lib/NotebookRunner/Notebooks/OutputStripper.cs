using System.Text;
using System.Text.Json;

namespace NotebookRunner.Notebooks;

/// <summary>
/// Removes what running a notebook adds: each cell's "outputs" becomes [] and its "execution_count"
/// null. Every other byte stays as it was (key order, indentation, CRLF or LF, cell ids, metadata,
/// a UTF-8 BOM), so it works on the raw bytes: System.Text.Json's Utf8JsonReader gives each value's
/// byte span, and only the spans of cells[*].outputs and cells[*].execution_count are replaced.
/// Parsing and re-serializing (nbformat, JsonNode) would rewrite the whole file in its own style,
/// which is why this is written by hand over the reader. Idempotent: a stripped notebook comes back
/// byte for byte. Bad JSON throws a NotebookException naming the file.
/// </summary>
public static class OutputStripper
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    /// <summary>Trailing commas are read, as <see cref="NotebookReader"/> reads them (and kept,
    /// like every other byte).</summary>
    private static readonly JsonReaderOptions Options =
        new() { MaxDepth = 1024, AllowTrailingCommas = true };

    public static StrippedNotebook Strip(byte[] notebook, string name)
    {
        var start = notebook.AsSpan().StartsWith(Bom) ? Bom.Length : 0;
        var found = new Found();
        try
        {
            var reader = new Utf8JsonReader(notebook.AsSpan(start), Options);
            Root(ref reader, name, found);
        }
        catch (JsonException error)
        {
            throw new NotebookException(
                $"{name} is not valid JSON (line {error.LineNumber + 1}, byte " +
                $"{error.BytePositionInLine + 1}): " +
                "nothing was changed; fix the file (a merge may have left <<<<<<< markers) or " +
                "re-save it from the editor.");
        }
        return new StrippedNotebook(Apply(notebook, start, found.Edits), found.Outputs,
            found.ExecutionCounts);
    }

    private static void Root(ref Utf8JsonReader reader, string name, Found found)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            throw NotANotebook(name, "the JSON is not an object");
        var sawCells = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isCells = reader.ValueTextEquals("cells");
            reader.Read();
            if (!isCells) { reader.Skip(); continue; }
            if (reader.TokenType != JsonTokenType.StartArray)
                throw NotANotebook(name, "\"cells\" is not a list");
            sawCells = true;
            for (var cell = 1; reader.Read() && reader.TokenType != JsonTokenType.EndArray; cell++)
                Cell(ref reader, name, cell, found);
        }
        if (!sawCells) throw NotANotebook(name,
            "it has no \"cells\" list (nbformat 4 keeps its cells there)");
        while (reader.Read()) { }
    }

    private static void Cell(ref Utf8JsonReader reader, string name, int cell, Found found)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw NotANotebook(name, $"cell {cell} is not an object");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isOutputs = reader.ValueTextEquals("outputs");
            var isCount = reader.ValueTextEquals("execution_count");
            reader.Read();
            var valueStart = reader.TokenStartIndex;
            if (isOutputs) Outputs(ref reader, name, cell, found, valueStart);
            else if (isCount) ExecutionCount(ref reader, name, cell, found, valueStart);
            else reader.Skip();
        }
    }

    private static void Outputs(ref Utf8JsonReader reader, string name, int cell, Found found,
        long valueStart)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
            throw NotANotebook(name, $"cell {cell}'s \"outputs\" is not a list");
        var count = 0;
        while (reader.Read()
            && reader.TokenType != JsonTokenType.EndArray) { count++; reader.Skip(); }
        if (count == 0) return;
        found.Outputs += count;
        found.Edits.Add((valueStart, reader.BytesConsumed, "[]"));
    }

    private static void ExecutionCount(ref Utf8JsonReader reader, string name, int cell,
        Found found, long valueStart)
    {
        if (reader.TokenType == JsonTokenType.Null) return;
        if (reader.TokenType != JsonTokenType.Number)
            throw NotANotebook(name,
                $"cell {cell}'s \"execution_count\" is {reader.TokenType}, not a number or null");
        found.ExecutionCounts++;
        found.Edits.Add((valueStart, reader.BytesConsumed, "null"));
    }

    private static byte[] Apply(byte[] notebook, int offset,
        List<(long Start, long End, string With)> edits)
    {
        if (edits.Count == 0) return notebook;
        using var result = new MemoryStream(notebook.Length);
        var copied = 0;
        foreach (var (start, end, with) in edits)
        {
            result.Write(notebook, copied, offset + (int)start - copied);
            result.Write(Encoding.ASCII.GetBytes(with));
            copied = offset + (int)end;
        }
        result.Write(notebook, copied, notebook.Length - copied);
        return result.ToArray();
    }

    private static NotebookException NotANotebook(string name, string why) =>
        new($"{name} is not an nbformat 4 notebook: {why}; nothing was changed.");

    private sealed class Found
    {
        public List<(long Start, long End, string With)> Edits { get; } = [];
        public int Outputs { get; set; }
        public int ExecutionCounts { get; set; }
    }
}
