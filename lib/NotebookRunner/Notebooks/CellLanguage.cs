using System.Text.Json.Nodes;

namespace NotebookRunner.Notebooks;

/// <summary>
/// Which Polyglot kernel runs a cell, in the order Polyglot decides it: a first-line magic
/// (#!csharp, #!fsharp, #!markdown, …), the cell's metadata.polyglot_notebook.kernelName, the older
/// metadata.dotnet_interactive.language, then the notebook's default
/// (metadata.polyglot_notebook.kernelInfo.defaultKernelName, or the kernelspec).
/// </summary>
public static class CellLanguage
{
    private static readonly Dictionary<string, string> Aliases =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["csharp"] = "csharp", ["c#"] = "csharp", ["cs"] = "csharp",
            ["fsharp"] = "fsharp", ["f#"] = "fsharp", ["fs"] = "fsharp",
            ["pwsh"] = "pwsh", ["powershell"] = "pwsh",
            ["javascript"] = "javascript", ["js"] = "javascript",
            ["markdown"] = "markdown", ["md"] = "markdown",
            ["sql"] = "sql", ["kql"] = "kql", ["html"] = "html", ["mermaid"] = "mermaid",
            ["value"] = "value", ["http"] = "http", ["python"] = "python",
            [".net-csharp"] = "csharp",
            [".net-fsharp"] = "fsharp", [".net-pwsh"] = "pwsh", [".net-powershell"] = "pwsh",
        };

    public static string Default(JsonObject metadata) =>
        Normalize(Text(metadata, "polyglot_notebook", "kernelInfo", "defaultKernelName"))
        ?? Normalize(Text(metadata, "kernelspec", "language"))
        ?? Normalize(Text(metadata, "kernelspec", "name"))
        ?? "csharp";

    public static string Of(JsonObject? cellMetadata, string source, string notebookDefault) =>
        Magic(source)
        ?? Normalize(Text(cellMetadata, "polyglot_notebook", "kernelName"))
        ?? Normalize(Text(cellMetadata, "dotnet_interactive", "language"))
        ?? notebookDefault;

    /// <summary>A string at a path of objects, or null where any step is missing or of another type
    /// (a mistyped field is ignored).</summary>
    private static string? Text(JsonNode? node, params string[] path)
    {
        foreach (var key in path) node = node is JsonObject json ? json[key] : null;
        return node is JsonValue value && value.TryGetValue(out string? text) ? text : null;
    }

    /// <summary>The kernel named by a first line such as "#!fsharp"; null for other magics (#!time)
    /// or none.</summary>
    public static string? Magic(string source)
    {
        var first = source.TrimStart('\uFEFF').Split('\n', 2)[0].Trim();
        return first.StartsWith("#!", StringComparison.Ordinal) ? Normalize(first[2..]) : null;
    }

    public static string DisplayName(string language) => language switch
    {
        "csharp" => "C#",
        "fsharp" => "F#",
        "pwsh" => "PowerShell",
        "javascript" => "JavaScript",
        "sql" => "SQL",
        "kql" => "KQL",
        "html" => "HTML",
        _ => language,
    };

    private static string? Normalize(string? name) =>
        name is not null && Aliases.TryGetValue(name.Trim(), out var kernel) ? kernel : null;
}
