using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Judging;

/// <summary>
/// Which of a submission's cells run when it is graded: its C# code cells, without its copies of check cells and of the
/// answer-members cell (the grader uses the source's). A cell in another language, a cell with a magic command (#!fsharp,
/// #!time, …) and a cell that #r's anything but the files the source #r's are not run, each with a problem that says why:
/// they would run code the grader cannot read, or load another copy of the library.
/// </summary>
public static class SubmissionCells
{
    public static (List<NotebookCell> Run, List<CellProblem> Problems) Select(Notebook submission, IReadOnlySet<string> allowedReferences)
    {
        var run = new List<NotebookCell>();
        var problems = new List<CellProblem>();
        foreach (var cell in submission.Cells.Where(c => c.IsCode))
        {
            if (Markers.LooksLikeCheck(cell.Source) || Markers.IsAnswerMembers(cell.Source)) continue;
            if (!cell.IsCSharp)
            {
                problems.Add(new CellProblem(cell.Number, $"cell {cell.Number} is a {CellLanguage.DisplayName(cell.Language)} cell: only C# cells run when work is graded."));
                continue;
            }
            var lines = CellSource.Lines(cell.Source).Select(l => l.Trim()).ToList();
            var magic = lines.Skip(FirstIsSelector(lines) ? 1 : 0).FirstOrDefault(l => l.StartsWith("#!", StringComparison.Ordinal));
            var reference = lines.FirstOrDefault(l => (l.StartsWith("#r ", StringComparison.Ordinal) || l.StartsWith("#i ", StringComparison.Ordinal)) && !allowedReferences.Contains(l));
            if (magic is not null)
                problems.Add(new CellProblem(cell.Number, $"cell {cell.Number} uses the magic command {magic.Split(' ')[0]}: graded cells are plain C#, so it did not run."));
            else if (reference is not null)
                problems.Add(new CellProblem(cell.Number, $"cell {cell.Number} loads {reference}: graded work may load only the course library the assignment loads, so it did not run."));
            else
                run.Add(cell);
        }
        return (run, problems);
    }

    private static bool FirstIsSelector(List<string> lines) =>
        lines.FirstOrDefault(l => l.Length > 0) is { } first && CellLanguage.Magic(first) == "csharp";
}
