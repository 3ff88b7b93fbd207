using NotebookRunner.Notebooks;

namespace NotebookRunner.Assignments;

/// <summary>
/// Finds the check cells and solution regions of a source assignment and rejects a broken structure
/// with a message that names the file, the cell and the line: an unclosed or nested BEGIN SOLUTION,
/// an END SOLUTION without a BEGIN, a solution inside a check cell, a malformed or repeated check
/// name, a check the grader cannot split, a notebook with no checks at all, a check's empty hint,
/// and a missing, repeated or unknown answer-members declaration.
/// </summary>
public static class AssignmentParser
{
    public static Assignment Parse(Notebook notebook)
    {
        var checks = new List<CheckCell>();
        var regions = new List<SolutionRegion>();
        foreach (var cell in notebook.Cells.Where(c => c.IsCode))
        {
            var check = CheckOf(notebook, cell);
            var found = RegionsOf(notebook, cell);
            if (check is not null && found.Count > 0)
                throw Error(notebook, cell.Number, found[0].BeginLine,
                    "a check cell holds a solution region: move the solution to its own cell " +
                    "before the check.");
            if (check is not null && checks.Any(c => c.Name == check.Name))
                throw Error(notebook, cell.Number, 1,
                    $"the check name '{check.Name}' is used twice: give each check its own name.");
            if (check is not null) checks.Add(check);
            regions.AddRange(found);
        }
        if (checks.Count == 0)
            throw new NotebookException(
                $"{notebook.FileName} has no check cells: start a code cell with '// CHECK name " +
                "(N points)' or '// HIDDEN CHECK name (N points)'.", 2);
        var probes = checks.Select(c => CheckProbe.Build(notebook, c)).ToList();
        var (answers, allowed) = AnswerMembersDeclaration.Read(notebook);
        return new Assignment(notebook, checks, regions, answers, probes) { Allowed = allowed };
    }

    private static CheckCell? CheckOf(Notebook notebook, NotebookCell cell)
    {
        if (!Markers.LooksLikeCheck(cell.Source)) return null;
        var (line, text) = Markers.FirstLine(cell.Source)!.Value;
        var parsed = Markers.ParseCheck(text)
            ?? throw Error(notebook, cell.Number, line,
                $"'{text.Trim()}' is not a check marker: write '// CHECK name (2 points)' or '// " +
                "HIDDEN CHECK name (2 points)'.");
        return new CheckCell(cell.Number, parsed.Name, parsed.Points, parsed.Hidden,
            cell.Source)
        { Hint = HintOf(notebook, cell, line) };
    }

    /// <summary>The hint on the line after a check's header, if that line is a <c>// HINT:</c>
    /// line; an empty one is an error.</summary>
    private static string? HintOf(Notebook notebook, NotebookCell cell, int headerLine)
    {
        var lines = CellSource.Lines(cell.Source);
        var hint = headerLine < lines.Length ? Markers.HintOf(lines[headerLine]) : null;
        if (hint is { Length: 0 })
            throw Error(notebook, cell.Number, headerLine + 1,
                "the check's // HINT: line is empty: write the idea a student who fails it " +
                "should look at.");
        return hint;
    }

    private static List<SolutionRegion> RegionsOf(Notebook notebook, NotebookCell cell)
    {
        var lines = CellSource.Lines(cell.Source);
        var regions = new List<SolutionRegion>();
        int? open = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (Markers.IsBegin(lines[i]))
            {
                if (open is { } outer)
                    throw Error(notebook, cell.Number, i + 1,
                        $"BEGIN SOLUTION inside the region opened on line {outer + 1}: close " +
                        "that one with // END SOLUTION first.");
                open = i;
            }
            else if (Markers.IsEnd(lines[i]))
            {
                if (open is not { } begin)
                    throw Error(notebook, cell.Number, i + 1,
                        "END SOLUTION without a BEGIN SOLUTION before it in the same cell.");
                var hint = begin + 1 < i ? Markers.HintOf(lines[begin + 1]) : null;
                var indent = lines[begin][..(lines[begin].Length - lines[begin].TrimStart()
                    .Length)];
                regions.Add(new SolutionRegion(cell.Number, begin + 1, i + 1, hint
                    ?? Markers.DefaultHint, indent));
                open = null;
            }
        }
        if (open is { } unclosed)
            throw Error(notebook, cell.Number, unclosed + 1,
                "BEGIN SOLUTION is never closed: add // END SOLUTION after the solution, in the " +
                "same cell.");
        return regions;
    }

    private static NotebookException Error(Notebook notebook, int cell, int line, string message) =>
        new($"{notebook.FileName} cell {cell}, line {line}: {message}", 2);
}
