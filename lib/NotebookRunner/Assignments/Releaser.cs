using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.CSharp;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Assignments;

/// <summary>
/// Makes the student version of an assignment: each solution region (markers included) becomes a
/// comment and a <c>throw new NotImplementedException("hint");</c> at the region's indentation,
/// hidden check cells are removed, and every output and execution count is cleared. A throw
/// statement is valid wherever the region's statements were, and "=> throw …;" is valid in an
/// expression-bodied member, so the stub compiles as long as the region is whole statements that
/// end their method body (or the whole expression of an expression-bodied member).
/// </summary>
public static class Releaser
{
    public static JsonObject Release(Assignment assignment)
    {
        var document = (JsonObject)assignment.Notebook.Document.DeepClone();
        var cells = (JsonArray)document["cells"]!;
        var hidden = assignment.Checks.Where(c => c.Hidden).Select(c => c.Cell).ToHashSet();
        foreach (var cell in assignment.Notebook.Cells.Where(c => c.CellType == "code"))
        {
            var json = (JsonObject)cells[cell.Number - 1]!;
            var regions = assignment.Regions.Where(r => r.Cell == cell.Number).ToList();
            if (regions.Count > 0)
                json["source"] = NotebookWriter.Lines(Stub(cell.Source, regions));
            json["outputs"] = new JsonArray();
            json["execution_count"] = null;
        }
        foreach (var number in hidden.OrderDescending()) cells.RemoveAt(number - 1);
        return document;
    }

    /// <summary>The cell's source with every region replaced by its stub; lines outside the regions
    /// are kept as they are.</summary>
    public static string Stub(string source, IReadOnlyList<SolutionRegion> regions)
    {
        var lines = CellSource.Lines(source);
        var kept = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var region = regions.FirstOrDefault(r => r.BeginLine == i + 1);
            if (region is null)
            {
                kept.Add(lines[i]);
                continue;
            }
            kept.Add($"{region.Indent}// YOUR CODE HERE");
            kept.Add($"{region.Indent}throw new NotImplementedException(" +
                $"{SymbolDisplay.FormatLiteral(region.Hint, quote: true)});");
            i = region.EndLine - 1;
        }
        return string.Join("\n", kept);
    }
}
