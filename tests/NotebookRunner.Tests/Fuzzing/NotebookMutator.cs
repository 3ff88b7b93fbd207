using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookRunner.Tests.Fuzzing;

/// <summary>
/// Makes a damaged copy of a notebook from a seed, the way files really arrive damaged or hostile: its JSON structure
/// (a field dropped, given another type, a cell duplicated, nesting thousands deep), its cells (types, languages, markers
/// and directives written into sources, control characters, lone surrogates, huge lines) and its bytes (truncated, bytes
/// flipped, a BOM, UTF-16, NUL). The same seed always gives the same bytes, so a failing case can be replayed.
/// </summary>
internal static class NotebookMutator
{
    private static readonly string[] Lines =
    [
        "// BEGIN SOLUTION", "// END SOLUTION", "// HINT: x", "// CHECK c (2 points)", "// HIDDEN CHECK c (3 points)",
        "// CHECK c (-1 points)", "// CHECK  (999999999999 points)", "// ANSWER MEMBERS", "AnswerMembers.Declare(\"No.Such\");",
        "#r \"../../lib/NeuralNetworks/bin/Debug/net8.0/NeuralNetworks.dll\"", "#r\t\"nuget: Evil, 1.0.0\"", "#load \"/tmp/x.csx\"",
        "#!fsharp", "#!time", "#i \"nuget:https://example.invalid\"", "Check.Passed(\"c\", 1, 1);", "}", "{", "\"\"\"", "$$",
        "\u0000", "\u001b[2J", "\u202e", "\ud800", "\r", new string('x', 100_000),
    ];

    private static readonly string[] CellTypes = ["code", "markdown", "raw", "", "CODE", "html", "\u0000"];

    public static byte[] Mutate(byte[] original, int seed)
    {
        var random = new Random(seed);
        var document = JsonNode.Parse(original)!.AsObject();
        int rounds = 1 + random.Next(3);
        for (int i = 0; i < rounds; i++) MutateStructure(document, random);
        var bytes = Encoding.UTF8.GetBytes(document.ToJsonString(new JsonSerializerOptions { MaxDepth = 4096, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return random.Next(4) == 0 ? MutateBytes(bytes, random) : bytes;
    }

    private static readonly string[] DibLines =
    [
        "#!meta", "#!meta\n\n{\"kernelInfo\":{\"items\":[{\"name\":\"\"}]}}", "#!meta\n\n[1,2", "#!meta\n\nnull",
        "#!meta\n\n{\"kernelInfo\":{\"defaultKernelName\":7,\"items\":[{\"name\":\"#x\",\"aliases\":[\" \"]}]}}",
        "#!meta\n\n{\"kernelInfo\":{\"items\":{\"name\":\"csharp\"}}}", "{\"kernelInfo\":", "#!", "#!#", "#! ",
        "#!csharp", "#!fsharp", "#!markdown", "#!nosuch", "#!value --name x", "#!set --name x --value 1", "\u0000", "\ud800",
    ];

    /// <summary>
    /// A damaged copy of a .dib text: one to three "#!" lines (kernels real, unknown and blank, #!meta blocks with
    /// broken JSON or bad kernel names) written in at random lines, and, one time in four, its bytes damaged as a
    /// notebook's are. The same seed always gives the same bytes.
    /// </summary>
    public static byte[] MutateDib(string dib, int seed)
    {
        var random = new Random(seed);
        var lines = dib.Split('\n').ToList();
        for (int i = 0, n = 1 + random.Next(3); i < n; i++)
            lines.Insert(random.Next(lines.Count + 1), DibLines[random.Next(DibLines.Length)]);
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        return random.Next(4) == 0 ? MutateBytes(bytes, random) : bytes;
    }

    private static void MutateStructure(JsonObject document, Random random)
    {
        var cells = document["cells"] as JsonArray;
        switch (random.Next(12))
        {
            case 0: document.Remove(Pick(random, "cells", "metadata", "nbformat", "nbformat_minor")); break;
            case 1: document[Pick(random, "cells", "metadata", "nbformat")] = AnyValue(random); break;
            case 2 when cells is { Count: > 0 }: cells[random.Next(cells.Count)] = AnyValue(random); break;
            case 3 when cells is { Count: > 0 }: Cell(cells, random)[Pick(random, "cell_type", "source", "metadata", "outputs", "execution_count")] = AnyValue(random); break;
            case 4 when cells is { Count: > 0 }: Cell(cells, random)["cell_type"] = CellTypes[random.Next(CellTypes.Length)]; break;
            case 5 when cells is { Count: > 0 }: Cell(cells, random)["metadata"] = JsonNode.Parse($"{{\"dotnet_interactive\":{{\"language\":\"{Pick(random, "fsharp", "pwsh", "html", "csharp", "javascript", "")}\"}}}}"); break;
            case 6 when cells is { Count: > 0 }: InsertLine(Cell(cells, random), random); break;
            case 7 when cells is { Count: > 0 }: cells.Insert(random.Next(cells.Count), cells[random.Next(cells.Count)]?.DeepClone()); break;
            case 8 when cells is { Count: > 0 }: cells.RemoveAt(random.Next(cells.Count)); break;
            case 9 when cells is { Count: > 0 }: Cell(cells, random)["source"] = Nested(random.Next(2) == 0 ? 100 : 2000); break;
            case 10 when cells is { Count: > 0 }: Cell(cells, random)["outputs"] = JsonNode.Parse("[{\"output_type\":\"stream\",\"name\":\"stdout\",\"text\":[\"\\u001b[32mPoints 10/10\\n\"]}]"); break;
            default: InsertLine(cells is { Count: > 0 } ? Cell(cells, random) : document, random); break;
        }
    }

    private static JsonObject Cell(JsonArray cells, Random random) =>
        cells[random.Next(cells.Count)] as JsonObject ?? (JsonObject)(cells[0] = new JsonObject { ["cell_type"] = "code", ["source"] = "" })!;

    /// <summary>A marker, directive or hostile line written into the cell's source at a random line.</summary>
    private static void InsertLine(JsonObject cell, Random random)
    {
        var source = cell["source"] switch
        {
            JsonArray lines => string.Concat(lines.Select(l => l is JsonValue v && v.TryGetValue(out string? s) ? s : "")),
            JsonValue value when value.TryGetValue(out string? s) => s,
            _ => "",
        };
        var lines2 = source.Split('\n').ToList();
        lines2.Insert(random.Next(lines2.Count + 1), Lines[random.Next(Lines.Length)]);
        cell["source"] = random.Next(2) == 0 ? string.Join('\n', lines2) : new JsonArray(lines2.Select(l => (JsonNode?)(l + "\n")).ToArray());
    }

    private static JsonNode? AnyValue(Random random) => random.Next(8) switch
    {
        0 => null,
        1 => random.Next(-5, 10),
        2 => "",
        3 => new JsonArray(1, "two", null),
        4 => new JsonObject { ["x"] = 1 },
        5 => true,
        6 => 1e308,
        _ => new string('\u00e9', random.Next(1, 50)),
    };

    private static JsonNode Nested(int depth)
    {
        JsonNode node = "x";
        for (int i = 0; i < depth; i++) node = new JsonArray(node);
        return node;
    }

    private static byte[] MutateBytes(byte[] bytes, Random random) => random.Next(5) switch
    {
        0 => bytes[..random.Next(bytes.Length)],
        1 => Flip(bytes, random),
        2 => [0xEF, 0xBB, 0xBF, .. bytes],
        3 => Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(bytes)),
        _ => [.. bytes[..(bytes.Length / 2)], 0, 0xFF, 0xC3, .. bytes[(bytes.Length / 2)..]],
    };

    private static byte[] Flip(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        for (int i = 0, n = 1 + random.Next(8); i < n; i++) copy[random.Next(copy.Length)] = (byte)random.Next(256);
        return copy;
    }

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];
}
