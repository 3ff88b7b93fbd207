using System.Globalization;
using NotebookRunner.Assignments;
using NotebookRunner.Judging;
using NotebookRunner.Notebooks;
using NotebookRunner.Reports;
using NotebookRunner.Sandbox;
using Spectre.Console;

namespace NotebookRunner.Cli;

/// <summary>
/// grade SUBMISSION|FOLDER --assignment SOURCE [--out DIR]. One submission: prints each check as
/// its student may see it (--instructor: in full), writes NAME.json and NAME.md into --out when
/// given, ends with "Points N/M", and exits 0 only with full marks (GitHub Classroom's command
/// grader awards its max-score on exit code 0). A folder: grades every .ipynb and .dib below it,
/// --jobs at a time (default: one per core), writes a report pair per submission and summary.csv
/// into --out (required), prints a table for the instructor, and exits 0 when every report was
/// written. Reports are written by nbrun, after the submission's kernel has stopped, atomically.
/// --classroom FILE (one submission) also writes the result GitHub Classroom's grading reporter
/// reads (docs/classroom/). A submission's names and messages reach the console only through
/// <see cref="ConsoleText"/>.
/// </summary>
public static class GradeCommand
{
    public static async Task<int> RunAsync(string path, string? outputFolder,
        GradeSettings settings)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full) && !Directory.Exists(full) && new FileInfo(full).LinkTarget is null)
            throw new NotebookException($"submission not found: {full}", 2);
        if (Directory.Exists(full) && new FileInfo(full).LinkTarget is null)
        {
            if (settings.ClassroomResult is not null)
                throw new NotebookException(
                    "--classroom writes one submission's result: grade one notebook with it, not " +
                    "a folder.", 2);
            if (outputFolder is null)
                throw new NotebookException(
                    "grading a folder writes a report per submission: pass --out with a folder " +
                    "for them.", 2);
            var output = OutputFolder.Claim(outputFolder);
            var reports = await GradeFolderAsync(full, settings, output, Console.WriteLine);
            PrintTable(reports);
            return 0;
        }
        var one = outputFolder is null ? null : OutputFolder.Claim(outputFolder);
        var report = (await GradeAllAsync([Submissions.One(full)], settings, one, _ => { }))[0];
        if (settings.ClassroomResult is { } classroom)
            AtomicFile.WriteAllText(classroom, ReportWriter.ToClassroom(report));
        foreach (var line in ConsoleReport.Lines(report, settings.Instructor))
            Console.WriteLine(line);
        return report.FullMarks ? 0 : 1;
    }

    public static Task<List<GradeReport>> GradeFolderAsync(string folder, GradeSettings settings,
        string output, Action<string> progress)
    {
        var submissions = Submissions.In(folder, settings.AssignmentPath);
        if (submissions.Count == 0)
            throw new NotebookException($"no submissions (.ipynb or .dib files) found in {folder}",
                2);
        return GradeAllAsync(submissions, settings, output, progress, summary: true);
    }

    private static async Task<List<GradeReport>> GradeAllAsync(
        IReadOnlyList<Submission> submissions, GradeSettings settings,
        string? output, Action<string> progress, bool summary = false)
    {
        var assignment = Assignment.Load(settings.AssignmentPath);
        var environment = GradingEnvironment.Create(assignment, settings.Limits, settings.Isolate);
        if (!environment.Isolated)
            progress("warning: grading WITHOUT isolation (--no-isolation); every report says so.");
        var key = AnswerKey.BuildAsync(environment);
        using var pool = new KernelPool(environment);
        var reports = new GradeReport?[submissions.Count];
        var next = -1;
        async Task Worker(int slot)
        {
            for (var i = Interlocked.Increment(ref next); i < submissions.Count;
                i = Interlocked.Increment(ref next))
            {
                // A spare kernel is warmed only while submissions still wait for a worker.
                bool Waiting() => Volatile.Read(ref next) < submissions.Count - 1;
                var report = await GradeOneAsync(submissions[i], environment, key, () =>
                    pool.TakeAsync(slot, prepareNext: Waiting()));
                if (output is not null) Write(report, submissions[i].ReportName, output);
                reports[i] = report;
                progress($"graded {ConsoleText.Escape(report.Submission)}: " +
                    $"{report.Earned}/{report.Possible} in {Seconds(report.Elapsed)} s");
            }
        }
        await Task.WhenAll(Enumerable.Range(0, Math.Clamp(settings.Jobs, 1, submissions.Count))
            .Select(slot => Task.Run(() => Worker(slot))));
        await key;
        var done = reports.Select(r => r!).ToList();
        if (summary && output is not null)
            AtomicFile.WriteAllText(Path.Combine(output, "summary.csv"),
                ReportWriter.ToCsv(done, assignment));
        return done;
    }

    /// <summary>
    /// A submission is untrusted input: whatever goes wrong while grading it ends in its own
    /// report, never in the grader's exit. An error in the source (the answer key) still stops
    /// everything, since no submission can be graded without it.
    /// </summary>
    private static async Task<GradeReport> GradeOneAsync(Submission submission,
        GradingEnvironment environment,
        Task<IReadOnlyDictionary<string, IReadOnlyList<RecordedCall>>> key,
        Func<Task<GradingKernel>> startKernel)
    {
        try
        {
            return await SubmissionGrader.GradeAsync(submission, environment, key, startKernel);
        }
        catch (Exception error) when (error is not NotebookException && !key.IsFaulted)
        {
            return GradeReport.NotGraded(submission.Name, environment.Assignment,
                Say.In(Edition.Of(environment.Assignment.Path),
                $"the grader failed on this submission ({error.GetType().Name}: " +
                $"{error.Message}); please report it with the notebook.",
                $"採点プログラムがこの提出物の採点中に失敗しました（{error.GetType().Name}: {error.Message}）。" +
                "ノートブックを添えて報告してください。"),
                TimeSpan.Zero);
        }
    }

    /// <summary>The report pair, named after the submission with its controls made visible (a
    /// listing of --out is read on a terminal).</summary>
    private static void Write(GradeReport report, string name, string output)
    {
        var safe = ConsoleText.Escape(name);
        AtomicFile.WriteAllText(Path.Combine(output, safe + ".json"), ReportWriter.ToJson(report));
        AtomicFile.WriteAllText(Path.Combine(output, safe + ".md"),
            ReportWriter.ToMarkdown(report));
    }

    private static void PrintTable(IReadOnlyList<GradeReport> reports)
    {
        var table = new Table().AddColumns("submission", "points", "time (s)", "first failure");
        if (Console.IsOutputRedirected || Environment.GetEnvironmentVariable("CI") is "true" or "1")
            table.Border(TableBorder.Ascii);
        foreach (var r in reports)
        {
            var failure = r.Checks.FirstOrDefault(c => !c.Passed) is { } f
                ? ConsoleText.Escape($"{f.Name}: {f.Message}") : "";
            if (failure.Length > 80) failure = failure[..80] + "…";
            table.AddRow(Markup.Escape(ConsoleText.Escape(r.Submission)),
                $"{r.Earned}/{r.Possible}", Seconds(r.Elapsed), Markup.Escape(failure));
        }
        AnsiConsole.Write(table);
        Console.WriteLine($"graded {reports.Count} submissions: " +
            $"{reports.Count(r => r.FullMarks)} with full marks");
    }

    public static string Seconds(TimeSpan time) =>
        time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
}
