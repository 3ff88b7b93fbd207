using System.CommandLine;
using NotebookRunner.Execution;
using NotebookRunner.Judging;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Cli;

/// <summary>The verbs release, grade and bench-grade, added to nbrun's command line.</summary>
public static class GradingVerbs
{
    public static IEnumerable<Command> All() => [Release(), Grade(), BenchGrade()];

    private static Command Release()
    {
        var source = new Argument<string>(
            "source")
        { Description = "A source assignment (.ipynb) or a folder of them" };
        var output = new Option<string>("--out")
        {
            Required = true,
            Description = "Folder for the student versions"
        };
        var force = new Option<bool>(
            "--force")
        { Description = "Overwrite files that already exist in --out" };
        var keepPaths = new Option<bool>("--keep-paths")
        {
            Description = "Keep relative paths (#r, data files) as the source has them: --out is " +
                "the same place in another copy of the course",
        };
        var command = new Command("release",
            "Write the student version of assignments: solutions stubbed, hidden checks removed, " +
            "outputs cleared.")
            { source, output, force, keepPaths };
        command.SetAction(result =>
            ReleaseCommand.Run(result.GetValue(source)!, result.GetValue(output)!,
                result.GetValue(force), result.GetValue(keepPaths)));
        return command;
    }

    private static Command Grade()
    {
        var submission = new Argument<string>(
            "submission")
        { Description = "A submitted notebook, or a folder of them" };
        var assignment = new Option<string>("--assignment")
        {
            Required = true,
            Description = "The source assignment (with solutions and hidden checks)"
        };
        var output = new Option<string?>(
            "--out")
        {
            Description =
                "Folder for the reports (required for a folder of submissions)"
        };
        var timeout = new Option<double>("--timeout")
        {
            DefaultValueFactory = _ => 60,
            Description = "Seconds a cell may run"
        };
        var total = new Option<double>("--submission-timeout")
        {
            DefaultValueFactory = _ => 600,
            Description = "Seconds a whole submission may run"
        };
        var memory = new Option<int>("--memory-mb")
        {
            DefaultValueFactory = _ => 1024,
            Description =
                "GC heap of each submission's kernel, in MiB (its address space: twice that plus " +
                "5 GiB)"
        };
        var jobs = new Option<int>("--jobs")
        {
            DefaultValueFactory = _ =>
            Environment.ProcessorCount, Description =
                "Submissions graded at once (default: one per core)"
        };
        var noIsolation = new Option<bool>("--no-isolation")
        {
            Description = "Grade without the bubblewrap sandbox (only where it cannot run " +
                "and you trust the submissions); every report says so"
        };
        var classroom = new Option<string?>(
            "--classroom")
        {
            Description =
                "Also write the result GitHub Classroom's grading reporter reads to this file " +
                "(one submission)"
        };
        var instructor = new Option<bool>("--instructor")
        {
            Description = "Print one submission's hidden checks in full (inputs, expected " +
                "values), as its JSON report has them; by default the console shows what the " +
                "student may see",
        };
        var command = new Command("grade",
            "Grade submissions against a source assignment, each in its own sandbox; prints " +
            "'Points N/M' and exits 0 only with full marks.")
            { submission, assignment, output, timeout, total, memory, jobs, noIsolation, classroom,
                instructor };
        command.SetAction(async (result, _) =>
        {
            var limits = Limits(result.GetValue(timeout), result.GetValue(total),
                result.GetValue(memory));
            if (result.GetValue(jobs) < 1)
                throw new NotebookException($"--jobs is {result.GetValue(jobs)}: give 1 or more.",
                    2);
            var settings = new GradeSettings(result.GetValue(assignment)!, limits,
                result.GetValue(jobs), Isolate: !result.GetValue(noIsolation),
                ClassroomResult: result.GetValue(classroom) is { } file ? Path.GetFullPath(file)
                    : null, Instructor: result.GetValue(instructor));
            return await GradeCommand.RunAsync(result.GetValue(submission)!,
                result.GetValue(output), settings);
        });
        return command;
    }

    private static Command BenchGrade()
    {
        var assignment = new Option<string>("--assignment")
        {
            Required = true,
            Description = "The source assignment"
        };
        var count = new Option<int>("--count")
        {
            DefaultValueFactory = _ => 30,
            Description = "How many submissions to make and grade"
        };
        var jobs = new Option<int>("--jobs")
        {
            DefaultValueFactory = _ =>
            Environment.ProcessorCount, Description = "Submissions graded at once"
        };
        var command = new Command("bench-grade",
            "Time grading a folder of made-up submissions (solved, wrong, released).") { assignment,
            count, jobs };
        command.SetAction(async (result, _) =>
            await BenchGradeCommand.RunAsync(result.GetValue(assignment)!, result.GetValue(count),
                result.GetValue(jobs)));
        return command;
    }

    public static ExecutionLimits Limits(double cellSeconds, double submissionSeconds, int memoryMb)
    {
        foreach (var (value, name) in new[] { (cellSeconds, "--timeout"),
            (submissionSeconds, "--submission-timeout") })
            if (!(value > 0) || double.IsInfinity(value))
                throw new NotebookException(
                    $"{name} is {value} s: give a positive number of seconds.", 2);
        if (memoryMb < 256) throw new NotebookException(
            $"--memory-mb is {memoryMb}: the compiler alone needs about 256 MiB; give 256 or more.",
            2);
        return SubmissionGrader.DefaultLimits with
        {
            CellTimeout = TimeSpan.FromSeconds(cellSeconds),
            NotebookTimeout = TimeSpan.FromSeconds(submissionSeconds),
            MemoryLimitBytes = memoryMb * (1L << 20),
        };
    }
}
