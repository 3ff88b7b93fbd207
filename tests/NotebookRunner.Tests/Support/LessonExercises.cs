using System.Text.RegularExpressions;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.Support;

/// <summary>
/// A "your turn" exercise of a lesson (notebooks/AUTHORING.md): a code cell whose first line is
/// "// YOUR TURN n · title", and the markdown cell right after it, whose collapsed "Solution" block holds the
/// whole cell solved in a ```csharp fence. Cell is the exercise's 1-based cell position; Solution is null when the
/// next cell has no such block.
/// </summary>
public sealed record LessonExercise(int Number, string Title, int Cell, string Code, string? Solution)
{
    public string FirstLine => Code.Split('\n')[0].Trim();
}

public static partial class LessonExercises
{
    /// <summary>
    /// The lessons: every notebook directly in notebooks/ but the appendices (<see cref="Appendices"/>); homework, in
    /// notebooks/homework/, has its own checks.
    /// </summary>
    public static IReadOnlyList<string> LessonFiles() =>
        Directory.GetFiles(CourseRun.Notebooks, "*.ipynb").Where(f => NotebookRunner.Notebooks.Edition.Of(f) == NotebookRunner.Notebooks.Edition.English).Where(f => !Appendices.Is(f)).Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> Lessons() => new(LessonFiles().Select(Path.GetFileName)!);

    public static Notebook Read(string file) => NotebookReader.Read(Path.Combine(CourseRun.Notebooks, file));

    public static IReadOnlyList<LessonExercise> Find(Notebook notebook)
    {
        var exercises = new List<LessonExercise>();
        for (int i = 0; i < notebook.Cells.Count; i++)
        {
            NotebookCell cell = notebook.Cells[i];
            Match header = Header().Match(cell.Source.TrimStart());
            if (!cell.IsCode || !header.Success) continue;
            string? solution = i + 1 < notebook.Cells.Count && !notebook.Cells[i + 1].IsCode
                ? SolutionIn(notebook.Cells[i + 1].Source) : null;
            exercises.Add(new LessonExercise(int.Parse(header.Groups[1].Value), header.Groups[2].Value.Trim(),
                cell.Number, cell.Source.TrimStart(), solution));
        }
        return exercises;
    }

    /// <summary>The notebook with every exercise cell replaced by its solution (cells without one stay as they are).</summary>
    public static Notebook Solved(Notebook notebook)
    {
        var solutions = Find(notebook).Where(e => e.Solution is not null).ToDictionary(e => e.Cell, e => e.Solution!);
        var cells = notebook.Cells
            .Select(c => solutions.TryGetValue(c.Number, out var solution) ? c with { Source = solution } : c)
            .ToList();
        return notebook with { Cells = cells };
    }

    /// <summary>The code of the ```csharp fence inside a "&lt;summary&gt;Solution&lt;/summary&gt;" details block, or null.</summary>
    public static string? SolutionIn(string markdown)
    {
        Match block = SolutionBlock().Match(markdown);
        return block.Success ? block.Groups[1].Value.TrimEnd() : null;
    }

    [GeneratedRegex(@"^// YOUR TURN (\d+) · (.+)")]
    private static partial Regex Header();

    [GeneratedRegex(@"<details>\s*<summary>Solution</summary>\s*```csharp\n(.*?)\n```.*?</details>", RegexOptions.Singleline)]
    private static partial Regex SolutionBlock();
}
