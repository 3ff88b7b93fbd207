using System.Globalization;
using NotebookRunner.Cli;
using NotebookRunner.Execution;
using NotebookRunner.Notebooks;
using Spectre.Console;

namespace NotebookRunner.Grading;

/// <summary>
/// grade SUBMISSION|FOLDER --assignment SOURCE [--out DIR]. One submission: prints each check, writes NAME.json and
/// NAME.md into --out when given, ends with "Points N/M", and exits 0 only with full marks (GitHub Classroom's command
/// grader awards its max-score on exit code 0). A folder: grades every .ipynb in it one after another, writes a report
/// pair per submission and summary.csv into --out (required), prints a table, and exits 0 when every report was written.
/// </summary>
public static class GradeCommand
{
    public static async Task<int> RunAsync(string path, string assignmentPath, string? outputFolder, ExecutionLimits limits)
    {
        var assignment = Assignment.Load(assignmentPath);
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            var output = outputFolder is null ? null : OutputFolder.Claim(outputFolder);
            var report = await SubmissionGrader.GradeAsync(full, assignment, limits);
            if (output is not null) Write(report, output);
            PrintOne(report);
            return report.FullMarks ? 0 : 1;
        }
        if (!Directory.Exists(full)) throw new NotebookException($"submission not found: {full}", 2);
        if (outputFolder is null) throw new NotebookException("grading a folder writes a report per submission: pass --out with a folder for them.", 2);
        var reports = await GradeFolderAsync(full, assignment, limits, OutputFolder.Claim(outputFolder), Console.WriteLine);
        PrintTable(reports);
        return 0;
    }

    public static async Task<List<GradeReport>> GradeFolderAsync(string folder, Assignment assignment, ExecutionLimits limits, string output, Action<string> progress)
    {
        var files = NotebookFinder.Find([folder]).Where(f => Path.GetFullPath(f.FullPath) != assignment.Path).ToList();
        if (files.Count == 0) throw new NotebookException($"no submissions (.ipynb files) found in {folder}", 2);
        var reports = new List<GradeReport>();
        foreach (var file in files)
        {
            var report = await SubmissionGrader.GradeAsync(file.FullPath, assignment, limits);
            Write(report, output);
            reports.Add(report);
            progress($"graded {report.Submission}: {report.Earned}/{report.Possible} in {Seconds(report.Elapsed)} s");
        }
        AtomicFile.WriteAllText(Path.Combine(output, "summary.csv"), ReportWriter.ToCsv(reports, assignment));
        return reports;
    }

    private static void Write(GradeReport report, string output)
    {
        var stem = Path.GetFileNameWithoutExtension(report.Submission);
        AtomicFile.WriteAllText(Path.Combine(output, stem + ".json"), ReportWriter.ToJson(report));
        AtomicFile.WriteAllText(Path.Combine(output, stem + ".md"), ReportWriter.ToMarkdown(report));
    }

    private static void PrintOne(GradeReport report)
    {
        foreach (var p in report.Problems) Console.WriteLine($"problem in cell {p.Cell}: {p.Message}");
        foreach (var c in report.Checks)
        {
            var kind = c.Hidden ? " (hidden)" : "";
            Console.WriteLine($"{(c.Passed ? "✓" : "✗")} {c.Name}{kind} {c.Earned}/{c.Points}" + (c.Passed ? "" : $": {c.Message}"));
        }
        Console.WriteLine(report.PointsLine);
    }

    private static void PrintTable(IReadOnlyList<GradeReport> reports)
    {
        var table = new Table().AddColumns("submission", "points", "time (s)", "first failure");
        if (Console.IsOutputRedirected || Environment.GetEnvironmentVariable("CI") is "true" or "1") table.Border(TableBorder.Ascii);
        foreach (var r in reports)
        {
            var failure = r.Checks.FirstOrDefault(c => !c.Passed) is { } f ? $"{f.Name}: {f.Message}" : "";
            if (failure.Length > 80) failure = failure[..80] + "…";
            table.AddRow(Markup.Escape(r.Submission), $"{r.Earned}/{r.Possible}", Seconds(r.Elapsed), Markup.Escape(failure));
        }
        AnsiConsole.Write(table);
        Console.WriteLine($"graded {reports.Count} submissions: {reports.Count(r => r.FullMarks)} with full marks");
    }

    public static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
}
