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
    public static IReadOnlyList<Violation> Of(string assignment, JsonObject submission)
    {
        var source = CourseCopy.Load(assignment);
        var view = CourseView.For(source);
        var notebook = NotebookReader.FromDocument(Path.Combine(Path.GetDirectoryName(source.Path)!, "submission.ipynb"), submission);
        var (cells, _, refused) = SubmissionCells.Select(notebook, path => LibraryReferences.Resolve(view, path));
        var libraries = view.Files.Select(f => f.Host).Where(f => f.EndsWith(".dll", StringComparison.Ordinal));
        var rules = new OwnWorkRules(source.AnswerMembers, new Allowlist(source.Allowed), AnalysisReferences.For(KernelTool.Find(CourseCopy.Repository).Folder, libraries));
        return [.. refused, .. OwnWorkAnalysis.Find(cells, rules)];
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
