using System.Text.Json.Nodes;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Assignments;

/// <summary>
/// Makes a released notebook run where it is written: each relative path the source's code names
/// ("../../lib/…/ NeuralNetworks.dll", "../../data/iris.csv") is rewritten to reach the same file
/// from the released notebook's folder. Returns the rewritten paths, old → new, so the release can
/// say what it changed; none when the folders sit at the same depth of the same tree.
/// </summary>
public static class ReleasePaths
{
    public static IReadOnlyList<(string From, string To)> Rewrite(Assignment assignment,
        JsonObject released, string targetFolder)
    {
        var sourceFolder = Path.GetDirectoryName(assignment.Path)!;
        var changes = RelativeReferences.Of(assignment)
            .Select(r => (From: r,
                To: Relative(targetFolder, Path.GetFullPath(Path.Combine(sourceFolder, r)))))
            .Where(c => c.From != c.To).ToList();
        if (changes.Count == 0) return changes;
        foreach (var cell in ((JsonArray)released["cells"]!).OfType<JsonObject>()
            .Where(c => (string?)c["cell_type"] == "code"))
        {
            var source = NotebookReader.Source(cell["source"]);
            foreach (var (from, to) in changes)
                source = source.Replace($"\"{from}\"", $"\"{to}\"", StringComparison.Ordinal);
            cell["source"] = NotebookWriter.Lines(source);
        }
        return changes;
    }

    private static string Relative(string folder, string target)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), target).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) ? relative : "./" + relative;
    }
}
