using System.Diagnostics;
using System.Text.Json.Nodes;
using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// A student who wants full marks without solving, or to harm the grader or the class: one folder of hostile submissions
/// (homework 1) beside honest ones, graded by `nbrun grade FOLDER` as an instructor runs it. Each attack gets the points its
/// real work deserves (0 for nothing solved), every other submission keeps its score, the source and the other
/// submissions are byte-identical afterwards, no process of a submission survives, and the grader exits normally.
/// </summary>
public sealed class HostileSubmissionTests(HostileSubmissionTests.Graded graded) : IClassFixture<HostileSubmissionTests.Graded>
{
    public sealed class Graded
    {
        public Graded()
        {
            Assignment = CourseCopy.Load("02-activation");
            var folder = Nbrun.TempFolder();
            Submissions = Path.Combine(folder, "submissions");
            Reports = Path.Combine(folder, "reports");
            Directory.CreateDirectory(Submissions);
            foreach (var (name, document) in Attacks.Make(Assignment, Submissions, Reports)) CourseCopy.Save(document, name + ".ipynb", Submissions);
            Attacks.WriteSpecialFiles(Assignment, Submissions);
            HashBefore = Nbrun.Hash(CourseCopy.Homework);
            SubmissionsBefore = Nbrun.Hash(Submissions);
            Result = Nbrun.Run(folder, "grade", Submissions, "--assignment", Assignment.Path, "--out", Reports,
                "--timeout", "15", "--submission-timeout", "120");
            var summary = Path.Combine(Reports, "summary.csv");
            SummaryRightAfter = File.Exists(summary) ? File.ReadAllText(summary) : "";
            Survivors = SandboxProcessesAfter(Result.ProcessId, TimeSpan.FromSeconds(8));
            HashAfter = Nbrun.Hash(CourseCopy.Homework);
            SubmissionsAfter = Nbrun.Hash(Submissions);
        }

        public Assignment Assignment { get; }

        public string Submissions { get; }

        public string Reports { get; }

        public string HashBefore { get; }

        public string HashAfter { get; }

        public string SubmissionsBefore { get; }

        public string SubmissionsAfter { get; }

        public string SummaryRightAfter { get; }

        public IReadOnlyList<string> Survivors { get; }

        public Nbrun.Result Result { get; }

        public JsonObject Report(string name) => Nbrun.Read(Path.Combine(Reports, name + ".json"));

        public int Earned(string name) => (int)Report(name)["earned"]!;

        public string Messages(string name) => Report(name).ToJsonString();
    }

    /// <summary>
    /// The sandbox processes of the grader with this process id (its block of uids, see Identity; other graders on the
    /// machine have blocks of their own) still alive once <paramref name="grace"/> has passed, polled: an empty list is
    /// final at once, since a sandbox whose processes are all gone has none left to start another.
    /// </summary>
    public static IReadOnlyList<string> SandboxProcessesAfter(int graderProcessId, TimeSpan grace)
    {
        var until = DateTime.UtcNow + grace;
        var left = SandboxProcesses(graderProcessId);
        while (left.Count > 0 && DateTime.UtcNow < until)
        {
            Thread.Sleep(200);
            left = SandboxProcesses(graderProcessId);
        }
        return left;
    }

    public static IReadOnlyList<string> SandboxProcesses(int graderProcessId)
    {
        var first = NotebookRunner.Sandbox.Identity.FirstUidOf(graderProcessId);
        var ps = Process.Start(new ProcessStartInfo("ps", "-eo uid=,pid=,args=") { RedirectStandardOutput = true })!;
        var lines = ps.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        ps.WaitForExit();
        return lines.Where(l => int.TryParse(l.Trim().Split(' ')[0], out var uid) && uid >= first && uid < first + 64).ToList();
    }

    [Fact]
    public void The_grader_exits_normally_and_reports_every_submission()
    {
        Assert.True(graded.Result.ExitCode == 0, graded.Result.Output + graded.Result.Error);
        var rows = File.ReadAllLines(Path.Combine(graded.Reports, "summary.csv")).Skip(1).Select(r => r.Split(',')[0]).ToList();
        foreach (var name in Attacks.Expected.Keys)
        {
            Assert.True(File.Exists(Path.Combine(graded.Reports, name + ".json")), name);
            Assert.True(File.Exists(Path.Combine(graded.Reports, name + ".md")), name);
        }
        Assert.Equal(Attacks.Expected.Count, rows.Count);
    }

    public static TheoryData<string> Names() => new(Attacks.Expected.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_submission_earns_what_its_real_work_deserves(string name)
    {
        Assert.True(Attacks.Expected[name].Points == graded.Earned(name), $"{name}: {graded.Messages(name)}");
        if (Attacks.Expected[name].Says is { } says) Assert.Contains(says, graded.Messages(name));
    }

    [Fact]
    public void The_source_and_every_submission_are_byte_identical_afterwards()
    {
        Assert.Equal(graded.HashBefore, graded.HashAfter);
        Assert.Equal(graded.SubmissionsBefore, graded.SubmissionsAfter);
    }

    [Fact]
    public void No_process_of_a_submission_outlives_grading_and_nothing_rewrites_the_reports_later()
    {
        Assert.Empty(graded.Survivors);
        Assert.Equal(graded.SummaryRightAfter, File.ReadAllText(Path.Combine(graded.Reports, "summary.csv")));
        Assert.Contains("correct.ipynb,10,10,", graded.SummaryRightAfter);
    }

    [Fact]
    public void No_report_or_log_holds_the_source_solutions()
    {
        var solutions = graded.Assignment.Regions.Select(r => CellSource.Lines(graded.Assignment.Notebook.Cells[r.Cell - 1].Source)[r.BeginLine + 1].Trim())
            .Where(l => l.Length > 12).ToList();
        Assert.NotEmpty(solutions);
        var everything = graded.Result.Output + graded.Result.Error
            + string.Concat(Directory.EnumerateFiles(graded.Reports).Select(File.ReadAllText));
        foreach (var line in solutions) Assert.DoesNotContain(line, everything);
        Assert.DoesNotContain("BEGIN SOLUTION", everything);
    }

    [Fact]
    public void The_disk_filler_wrote_nothing_outside_its_sandbox()
    {
        Assert.False(File.Exists("/tmp/nbrun-hostile-fill.bin"));
        Assert.False(File.Exists("/tmp/detached-was-here"));
    }

    [Fact]
    public void Limits_are_enforced_by_the_kernel_of_the_operating_system()
    {
        Assert.Contains("OutOfMemoryException", graded.Messages("native-memory"));
        Assert.Contains("dd could not allocate", graded.Messages("native-memory-child"));
        Assert.Contains("OutOfMemoryException", graded.Messages("gc-memory"));
    }
}
