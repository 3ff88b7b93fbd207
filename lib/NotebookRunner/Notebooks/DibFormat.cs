using System.Text;
using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>
/// Polyglot's plain-text .dib format: an optional "#!meta" block holding the kernelInfo JSON, then cells, each
/// introduced by a "#!kernel" line (#!markdown, #!csharp, …). To .ipynb it writes exactly the metadata Polyglot
/// writes, so .ipynb → .dib → .ipynb keeps every cell's source and kernel and the notebook's kernelInfo.
/// </summary>
public static class DibFormat
{
    public static string FromNotebook(Notebook notebook)
    {
        var text = new StringBuilder();
        var kernelInfo = notebook.Document["metadata"]?["polyglot_notebook"]?["kernelInfo"];
        if (kernelInfo is not null) text.Append("#!meta\n\n").Append(new JsonObject { ["kernelInfo"] = kernelInfo.DeepClone() }.ToJsonString()).Append("\n\n");
        foreach (var cell in notebook.Cells)
        {
            var source = CellLanguage.Magic(cell.Source) is null ? cell.Source : cell.Source.Split('\n', 2).ElementAtOrDefault(1) ?? "";
            text.Append("#!").Append(cell.CellType == "code" ? cell.Language : "markdown").Append("\n\n").Append(source.Trim('\n')).Append("\n\n");
        }
        return text.ToString().TrimEnd('\n') + "\n";
    }

    public static JsonObject ToDocument(string dib)
    {
        JsonNode? kernelInfo = null;
        var cells = new JsonArray();
        foreach (var (kernel, body) in Split(dib))
        {
            if (kernel == "meta") kernelInfo = JsonNode.Parse(body)?["kernelInfo"]?.DeepClone();
            else cells.Add(kernel == "markdown" ? Markdown(body) : Code(kernel, body));
        }
        kernelInfo ??= new JsonObject { ["defaultKernelName"] = "csharp", ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }) };
        return new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
                ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
                ["polyglot_notebook"] = new JsonObject { ["kernelInfo"] = kernelInfo },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 2,
        };
    }

    private static IEnumerable<(string Kernel, string Body)> Split(string dib)
    {
        string? kernel = null;
        var body = new List<string>();
        foreach (var line in dib.Replace("\r\n", "\n").Split('\n'))
        {
            var name = line.StartsWith("#!", StringComparison.Ordinal) ? (line.Trim() == "#!meta" ? "meta" : CellLanguage.Magic(line)) : null;
            if (name is null)
            {
                body.Add(line);
                continue;
            }
            if (kernel is not null) yield return (kernel, string.Join("\n", body).Trim('\n'));
            kernel = name;
            body.Clear();
        }
        if (kernel is not null) yield return (kernel, string.Join("\n", body).Trim('\n'));
    }

    private static JsonObject Markdown(string body) =>
        new() { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = NotebookWriter.Lines(body) };

    private static JsonObject Code(string kernel, string body) => new()
    {
        ["cell_type"] = "code",
        ["execution_count"] = null,
        ["metadata"] = new JsonObject
        {
            ["dotnet_interactive"] = new JsonObject { ["language"] = kernel },
            ["polyglot_notebook"] = new JsonObject { ["kernelName"] = kernel },
        },
        ["outputs"] = new JsonArray(),
        ["source"] = NotebookWriter.Lines(body),
    };
}
