using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Documents;

namespace NotebookRunner.Notebooks;

/// <summary>
/// Polyglot's plain-text .dib format, read and written by the kernel's own Documents package
/// (CodeSubmission): an optional "#!meta" block with the kernelInfo JSON, then cells introduced by
/// "#!kernel" lines. As .ipynb it gets the metadata Polyglot writes, so .ipynb → .dib → .ipynb
/// keeps every cell's source and kernel and the notebook's kernelInfo.
/// </summary>
public static class DibFormat
{
    public static string FromNotebook(Notebook notebook)
    {
        var document = new InteractiveDocument(notebook.Cells
            .Select(c => new InteractiveDocumentElement(WithoutMagic(c.Source).Trim('\n'),
                c.CellType == "code" ? c.Language : "markdown"))
            .ToList());
        if (notebook.Document["metadata"]?["polyglot_notebook"]?["kernelInfo"]
            is JsonObject kernelInfo)
        {
            RefuseBadKernelNames(notebook.Path, kernelInfo);
            document.Metadata["kernelInfo"] = Parse(kernelInfo);
        }
        return CodeSubmission.ToCodeSubmissionContent(document, "\n").TrimEnd('\n') + "\n";
    }

    /// <param name="file">the file the text came from, named in an error.</param>
    public static JsonObject ToDocument(string dib, string file = "the .dib text")
    {
        InteractiveDocument document;
        try { document = CodeSubmission.Parse(dib, Kernels()); }
        catch (System.Text.Json.JsonException error) // "#!meta" followed by what is not JSON
        {
            throw new NotebookException(
                $"{file}: the JSON after its #!meta line is not valid ({OneLine(error.Message)})" +
                ": fix it, or remove the #!meta block to take the default kernels.");
        }
        catch (ArgumentException error) // a kernel name in "#!meta" that is blank or starts with #
        {
            throw new NotebookException(
                $"{file}: the kernelInfo in its #!meta block is not valid " +
                $"({OneLine(error.Message)}): give every kernel and alias a name that does not " +
                "start with #.");
        }
        var cells = new JsonArray(document.Elements
            .Select(e => (JsonNode)(e.KernelName == "markdown" ? Markdown(e.Contents)
                : Code(e.KernelName ?? "csharp", e.Contents)))
            .ToArray());
        var kernelInfo = document.Metadata.TryGetValue("kernelInfo", out var info)
            && info is not null
            ? WithAliases(JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(info)))
            : new JsonObject
            {
                ["defaultKernelName"] = "csharp",
                ["items"] =
                    new JsonArray(
                        new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" })
            };
        return new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject
                {
                    ["display_name"] = ".NET (C#)",
                    ["language"] = "C#", ["name"] = ".net-csharp"
                },
                ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
                ["polyglot_notebook"] = new JsonObject { ["kernelInfo"] = kernelInfo },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 2,
        };
    }

    /// <summary>
    /// The kernel names and aliases .dib can hold (the documents library throws on a blank one or
    /// one that starts with #), checked before a .dib is written that could not be read back.
    /// </summary>
    private static void RefuseBadKernelNames(string file, JsonObject kernelInfo)
    {
        var items = kernelInfo["items"] as JsonArray ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] as JsonObject;
            var names = new List<JsonNode?> { item?["name"] };
            names.AddRange(item?["aliases"] as JsonArray ?? []);
            foreach (var name in names)
                if (name?.GetValueKind() is not System.Text.Json.JsonValueKind.String
                    || string.IsNullOrWhiteSpace((string?)name) || ((string)name!).StartsWith('#'))
                    throw new NotebookException(
                        $"{file}: kernel {i + 1} in metadata.polyglot_notebook.kernelInfo.items " +
                        $"has the name or alias {name?.ToJsonString() ?? "(none)"}: give it a " +
                        "name that is not blank and does not start with # " +
                        "(for example \"csharp\").");
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split('\n', '\r'));

    /// <summary>Polyglot's .ipynb lists every kernel with its aliases, an empty list included;
    /// CodeSubmission leaves empty ones out.</summary>
    private static JsonNode? WithAliases(JsonNode? kernelInfo)
    {
        foreach (var item in (kernelInfo?["items"] as JsonArray ?? []).OfType<JsonObject>())
            if (item["aliases"] is null)
            {
                var name = item["name"]?.DeepClone();
                item.Remove("name");
                item["aliases"] = new JsonArray();
                item["name"] = name;
            }
        return kernelInfo;
    }

    /// <summary>The kernels a Polyglot notebook names, so CodeSubmission recognises their "#!"
    /// lines.</summary>
    private static KernelInfoCollection Kernels() => new()
    {
        new KernelInfo("csharp", "C#", ["c#", "C#", "cs"]),
            new KernelInfo("fsharp", "F#", ["f#", "F#", "fs"]),
        new KernelInfo("pwsh", "PowerShell", ["powershell"]),
        new KernelInfo("javascript", "JavaScript", ["js"]),
        new KernelInfo("html", "HTML"), new KernelInfo("markdown", "Markdown", ["md"]),
        new KernelInfo("mermaid", "Mermaid"),
        new KernelInfo("sql", "SQL"), new KernelInfo("kql", "KQL"),
        new KernelInfo("value", "Value"), new KernelInfo("http", "HTTP"),
    };

    private static object Parse(JsonObject json) =>
        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object>>(
            json.ToJsonString())!;

    private static string WithoutMagic(string source) =>
        CellLanguage.Magic(source) is null ? source : source.Split('\n', 2).ElementAtOrDefault(1)
            ?? "";

    private static JsonObject Markdown(string body) =>
        new()
        {
            ["cell_type"] = "markdown", ["metadata"] = new JsonObject(),
            ["source"] = NotebookWriter.Lines(body)
        };

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
