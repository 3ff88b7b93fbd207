using System.Diagnostics;
using System.Globalization;
using NotebookRunner.Assignments;
using NotebookRunner.Judging;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Cli;

/// <summary>
/// bench-grade --assignment SOURCE [--count 30]: makes a folder of submissions in a temp folder (a
/// third solved, a third with one wrong function, a third as released) and grades it as `grade
/// FOLDER` does, printing the time of each submission and the total. A benchmark, not a test: it
/// prints numbers and asserts nothing.
/// </summary>
public static class BenchGradeCommand
{
    public static async Task<int> RunAsync(string assignmentPath, int count, int jobs)
    {
        if (count < 1) throw new NotebookException(
            $"--count is {count}: give 1 or more submissions.", 2);
        var assignment = Assignment.Load(assignmentPath);
        var root = Path.Combine(Path.GetTempPath(), "nbrun-bench-grade", Guid.NewGuid()
            .ToString("N"));
        var folder = Path.Combine(root, "submissions");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            var (kind, document) = (i % 3) switch
            {
                0 => ("solved", SubmissionVariants.Solved(assignment)),
                1 => ("wrong", SubmissionVariants.WithRegionReplaced(assignment,
                    i % assignment.Regions.Count,
                    "throw new InvalidOperationException(\"deliberately wrong\");")),
                _ => ("released", Releaser.Release(assignment)),
            };
            File.WriteAllText(Path.Combine(folder, $"student{i + 1:00}-{kind}.ipynb"),
                NotebookWriter.ToText(document));
        }
        var clock = Stopwatch.StartNew();
        var settings = new GradeSettings(assignment.Path, SubmissionGrader.DefaultLimits, jobs);
        var reports = await GradeCommand.GradeFolderAsync(folder, settings,
            Path.Combine(root, "reports"), Console.WriteLine);
        var total = clock.Elapsed;
        var per = reports.Select(r => r.Elapsed.TotalMilliseconds).Order().ToList();
        Console.WriteLine($"{assignment.Notebook.FileName}: graded {reports.Count} submissions " +
            $"with {jobs} jobs in {GradeCommand.Seconds(total)} s " +
                          $"(per submission: median {Ms(per[per.Count / 2])} ms, min " +
                          $"{Ms(per[0])} ms, max {Ms(per[^1])} ms)");
        Directory.Delete(root, recursive: true);
        return 0;
    }

    private static string Ms(double value) => value.ToString("0", CultureInfo.InvariantCulture);
}
