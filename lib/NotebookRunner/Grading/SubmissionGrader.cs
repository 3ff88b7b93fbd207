using System.Diagnostics;
using NotebookRunner.Execution;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Grading;

/// <summary>
/// Grades one submission against a source assignment. The submission's own code cells run in order in one worker
/// (its check cells, recognised by their marker line, are dropped), in a <see cref="Sandbox"/>; a failing cell is
/// reported and the next one still runs. Then each check of the SOURCE runs as its own cell in the same state, so one
/// failure does not stop the others. A check that kills the worker (endless loop, Environment.Exit, stack overflow)
/// fails, and a new worker replays the cells that ran clean before the remaining checks run.
/// </summary>
public static class SubmissionGrader
{
    /// <summary>60 s a cell, 10 min a submission, 100,000 output characters a cell, a 1 GiB GC heap.</summary>
    public static ExecutionLimits DefaultLimits { get; } = new(TimeSpan.FromSeconds(60), TimeSpan.FromMinutes(10),
        MaxOutputCharsPerCell: 100_000, MaxOutputCharsPerNotebook: 1_000_000, MemoryLimitBytes: 1L << 30);

    public static async Task<GradeReport> GradeAsync(string submissionPath, Assignment assignment, ExecutionLimits limits)
    {
        var clock = Stopwatch.StartNew();
        var name = Path.GetFileName(submissionPath);
        Notebook submission;
        try
        {
            submission = NotebookReader.Read(submissionPath);
        }
        catch (NotebookException error)
        {
            return GradeReport.NotGraded(name, assignment, $"the submission could not be read: {error.Message}", clock.Elapsed);
        }
        using var sandbox = Sandbox.Create(assignment, submission.Path);
        var cells = submission.Cells.Where(c => c.IsCode && !Markers.LooksLikeCheck(c.Source)).ToList();
        using var session = new GradingSession(sandbox, Path.GetFileNameWithoutExtension(name), limits, clock);
        try
        {
            await session.StartAsync(cells);
        }
        catch (Exception error) when (error is InvalidOperationException or TimeoutException or IOException)
        {
            return GradeReport.NotGraded(name, assignment, $"the grader could not start a worker: {error.Message}", clock.Elapsed);
        }
        var outcomes = new List<CheckOutcome>();
        var next = submission.Cells.Count + 1;
        foreach (var check in assignment.Checks) outcomes.Add(await session.RunCheckAsync(check, next++));
        return new GradeReport(name, assignment.Name, outcomes, session.Problems, clock.Elapsed);
    }
}
