using System.Text.Json.Nodes;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Assignments;

/// <summary>
/// Submissions made from a source assignment, for tests and the benchmark: the solved one (the
/// source with its hidden checks removed and outputs cleared, as a student who did everything would
/// hand in), and one with a single solution region replaced by other statements (a deliberately
/// wrong function).
/// </summary>
public static class SubmissionVariants
{
    public static JsonObject Solved(Assignment assignment) => WithRegions(assignment, _ => null);

    /// <summary>The solved submission with region <paramref name="index"/> (0-based, in notebook
    /// order) replaced by <paramref name="body"/>.</summary>
    public static JsonObject WithRegionReplaced(Assignment assignment, int index, string body)
    {
        if (index < 0 || index >= assignment.Regions.Count)
            throw new ArgumentOutOfRangeException(nameof(index), index,
                $"{assignment.Notebook.FileName} has {assignment.Regions.Count} solution " +
                $"regions: pick 0…{assignment.Regions.Count - 1}.");
        var target = assignment.Regions[index];
        return WithRegions(assignment, r => r == target ? body : null);
    }

    /// <summary>The solved submission with several regions (0-based indexes in notebook order)
    /// replaced at once.</summary>
    public static JsonObject WithRegionsReplaced(Assignment assignment,
        IReadOnlyDictionary<int, string> bodies)
    {
        var regions = assignment.Regions;
        if (bodies.Keys.FirstOrDefault(i => i < 0 || i >= regions.Count) is var bad
            && bodies.ContainsKey(bad) && (bad < 0 || bad >= regions.Count))
            throw new ArgumentOutOfRangeException(nameof(bodies), bad,
                $"{assignment.Notebook.FileName} has {regions.Count} solution regions: pick 0…" +
                $"{regions.Count - 1}.");
        return WithRegions(assignment, r =>
            bodies.TryGetValue(regions.ToList().IndexOf(r), out var body) ? body : null);
    }

    private static JsonObject WithRegions(Assignment assignment,
        Func<SolutionRegion, string?> replacement)
    {
        var document = Releaser.Release(assignment);
        var released = (JsonArray)document["cells"]!;
        var kept = assignment.Notebook.Cells.Where(c =>
            !assignment.Checks.Any(k => k.Hidden && k.Cell == c.Number)).ToList();
        for (var i = 0; i < kept.Count; i++)
        {
            var cell = kept[i];
            var regions = assignment.Regions.Where(r => r.Cell == cell.Number).ToList();
            if (regions.Count == 0) continue;
            var lines = CellSource.Lines(cell.Source).ToList();
            foreach (var region in regions.OrderByDescending(r => r.BeginLine))
            {
                if (replacement(region) is not { } body) continue;
                var indented = CellSource.Lines(body).Select(l => region.Indent + l);
                lines.RemoveRange(region.BeginLine - 1, region.EndLine - region.BeginLine + 1);
                lines.InsertRange(region.BeginLine - 1, indented);
            }
            released[i]!["source"] = NotebookWriter.Lines(string.Join("\n", lines));
        }
        return document;
    }
}
