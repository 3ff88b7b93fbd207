using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NotebookRunner.Notebooks;

/// <summary>
/// One cell as read: Number is its 1-based position in the notebook, CellType the nbformat
/// cell_type, Language the Polyglot kernel name that runs it (csharp, fsharp, pwsh, markdown, …).
/// </summary>
public sealed record NotebookCell(int Number, string CellType, string Language, string Source)
{
    public bool IsCode => CellType == "code" && Language != "markdown";

    public bool IsCSharp => IsCode && Language == "csharp";
}

/// <summary>A notebook as read from Path; Document keeps the whole JSON so nothing is lost when it
/// is written back.</summary>
public sealed partial record Notebook(string Path, JsonObject Document,
    IReadOnlyList<NotebookCell> Cells)
{
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>The first "# " heading of a markdown cell, or the file name without
    /// extension.</summary>
    public string Title =>
        Cells.Where(c => c.CellType == "markdown" || c.Language == "markdown")
            .Select(c => Heading().Match(c.Source))
            .FirstOrDefault(m => m.Success)?.Groups[1].Value.Trim()
        ?? System.IO.Path.GetFileNameWithoutExtension(Path);

    [GeneratedRegex(@"^#\s+(.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();
}
