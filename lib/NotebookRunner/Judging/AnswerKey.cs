using System.Diagnostics;
using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;
using NotebookRunner.Sandbox;

namespace NotebookRunner.Judging;

/// <summary>
/// What each check compares against, computed once per grading run from the instructor's source,
/// never from a submission: the source's code cells (its solutions included) run in a kernel of
/// their own with the course library, then each check's reference probe records every argument of
/// every Check call. The source must pass its own checks: a reference call that fails with the
/// solution's own values is an error in the source, reported before anything is graded.
/// </summary>
public static class AnswerKey
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<RecordedCall>>> BuildAsync(
        GradingEnvironment environment)
    {
        var assignment = environment.Assignment;
        var cells = assignment.Notebook.Cells.Where(c => c.IsCode
            && !Markers.LooksLikeCheck(c.Source)).ToList();
        // Warmed first, as students' kernels are, so the first cell's limit is the cell's own.
        using var session = new GradingSession(
            () => environment.StartWarmAsync(forStudent: false), environment.Limits,
            Stopwatch.StartNew());
        await session.StartAsync(cells);
        if (session.Problems.FirstOrDefault() is { } problem)
            throw new NotebookException(
                $"{assignment.Notebook.FileName} cell {problem.Cell} fails when the grader runs " +
                $"the source: {problem.Message}", 2);
        var key = new Dictionary<string, IReadOnlyList<RecordedCall>>(StringComparer.Ordinal);
        var number = assignment.Notebook.Cells.Count + 1;
        // In the order the student's probes run, so that state the checks share is the same in both
        // runs.
        foreach (var probe in assignment.GradingOrder)
        {
            var (text, failure) =
                await session.ProbeAsync(probe with { Student = probe.Reference }, number++);
            var calls = text is null ? null : ProbeRecords.Parse(text);
            if (calls is null) throw new NotebookException(
                $"{assignment.Notebook.FileName}: check {probe.Check.Name} fails on the source: " +
                $"{failure}", 2);
            foreach (var call in calls)
                if (Judge.Evaluate(call, Actual(call)) is { } wrong)
                    throw new NotebookException(
                        $"{assignment.Notebook.FileName}: the source's own solution fails check " +
                        $"{probe.Check.Name}: {wrong} Fix the source.", 2);
            key[probe.Check.Name] = calls;
        }
        return key;
    }

    /// <summary>The recorded arguments of a reference call that are its "actual" ones: the
    /// solution's own values.</summary>
    private static IReadOnlyList<System.Text.Json.Nodes.JsonNode?> Actual(RecordedCall call)
    {
        var parameters = CheckMethods.Find(call.Method, call.Arguments.Count)!.GetParameters();
        return call.Arguments.Where((_, i) => CheckMethods.IsActual(parameters[i])).ToList();
    }
}
