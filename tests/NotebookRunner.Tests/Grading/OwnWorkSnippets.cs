using System.Text.Json.Nodes;
using NotebookRunner.Assignments;
using NotebookRunner.Judging;
using NotebookRunner.Kernel;
using NotebookRunner.Notebooks;
using NotebookRunner.Sandbox;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// Reads submissions as the grader does before it runs anything (SubmissionCells, then OwnWorkAnalysis against the kernel
/// tool's and the course library's assemblies), with no kernel: the fast half of the own-work tests.
/// </summary>
public static class OwnWorkSnippets
{
    /// <summary>Every violation in a submission of <paramref name="assignment"/>: the directives refused and the code's own.</summary>
    /// <param name="kernel">False to read as a grader would that cannot find the kernel tool's assemblies.</param>
    public static IReadOnlyList<Violation> Of(string assignment, JsonObject submission, bool kernel = true)
    {
        var (cells, refused) = Cells(assignment, submission);
        return [.. refused, .. OwnWorkAnalysis.Find(cells, Rules(assignment, kernel))];
    }

    /// <summary>The analysis of a submission and the cells as the grader would run them.</summary>
    public static OwnWorkReading Read(string assignment, JsonObject submission) =>
        OwnWorkAnalysis.Read(Cells(assignment, submission).Cells, Rules(assignment, kernel: true));

    /// <summary>The violations in cells already selected (for instance, the cells a reading gives back).</summary>
    public static IReadOnlyList<Violation> Analyse(string assignment, IReadOnlyList<NotebookCell> cells) =>
        OwnWorkAnalysis.Find(cells, Rules(assignment, kernel: true));

    private static (IReadOnlyList<NotebookCell> Cells, IReadOnlyList<Violation> Refused) Cells(string assignment, JsonObject submission)
    {
        var source = CourseCopy.Load(assignment);
        var view = CourseView.For(source);
        var notebook = NotebookReader.FromDocument(Path.Combine(Path.GetDirectoryName(source.Path)!, "submission.ipynb"), submission);
        var (cells, _, refused) = SubmissionCells.Select(notebook, path => LibraryReferences.Resolve(view, path));
        return (cells, refused);
    }

    private static OwnWorkRules Rules(string assignment, bool kernel)
    {
        var source = CourseCopy.Load(assignment);
        var libraries = CourseView.For(source).Files.Select(f => f.Host).Where(f => f.EndsWith(".dll", StringComparison.Ordinal));
        var folder = kernel ? KernelTool.Find(CourseCopy.Repository).Folder : null;
        return new OwnWorkRules(source.AnswerMembers, new Allowlist(source.Allowed), AnalysisReferences.For(folder, libraries));
    }

    /// <summary>The solved submission with one region (0-based; none when negative) replaced, and cells added after the answer-members cell.</summary>
    public static IReadOnlyList<Violation> Solved(string assignment, int region, string body, params string[] extraCells) =>
        Of(assignment, Submission(assignment, region, body, extraCells));

    public static JsonObject Submission(string assignment, int region, string body, params string[] extraCells)
    {
        var source = CourseCopy.Load(assignment);
        var document = region < 0 ? SubmissionVariants.Solved(source) : SubmissionVariants.WithRegionReplaced(source, region, body);
        var declaration = ((JsonArray)document["cells"]!).Select((c, i) => (c, i)).First(x => Markers.IsAnswerMembers(NotebookReader.Source(x.c!["source"]))).i;
        foreach (var cell in extraCells.Reverse()) document = CourseCopy.WithCellAt(document, declaration + 1, cell);
        return document;
    }

    /// <summary>The violations charged to a function (null: the top level).</summary>
    public static IEnumerable<Violation> In(this IReadOnlyList<Violation> violations, string? function) =>
        violations.Where(v => v.Function == function);

    public static string Show(IReadOnlyList<Violation> violations) =>
        string.Join("\n", violations.Select(v => $"[{v.Kind}] cell {v.Cell}, {v.Function ?? "top level"}: {v.What}"));
}
