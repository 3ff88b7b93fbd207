using System.Text.Json.Nodes;
using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Export;

/// <summary>
/// What the site shows for a homework notebook: if it is an assignment's source (it has solution
/// regions or check markers), its released student version (solutions stubbed with hints, hidden
/// checks removed, no outputs); if it cannot be released, a page that says why and shows none of
/// it. A notebook without markers is shown as it ran.
/// </summary>
public static class HomeworkPages
{
    public static JsonObject StudentVersion(string path, JsonObject executed)
    {
        var notebook = NotebookReader.FromDocument(path, executed);
        if (!notebook.Cells.Any(c => Markers.LooksLikeCheck(c.Source) || CellSource.Lines(c.Source)
            .Any(Markers.IsBegin))) return executed;
        try
        {
            return Releaser.Release(AssignmentParser.Parse(notebook));
        }
        catch (NotebookException error)
        {
            return new JsonObject
            {
                ["cells"] = new JsonArray(new JsonObject
                {
                    ["cell_type"] = "markdown", ["metadata"] = new JsonObject(),
                    ["source"] = $"# {notebook.Title}\n\nThis assignment could not be released " +
                    $"for the site, so none of it is shown: {error.Message}",
                }),
                ["metadata"] = executed["metadata"]?.DeepClone(), ["nbformat"] =
                    4, ["nbformat_minor"] = 2,
            };
        }
    }
}
