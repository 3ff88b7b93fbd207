using System.Globalization;
using System.Text.Json.Nodes;
using NotebookRunner.Assignments;
using NotebookRunner.Judging;
using NotebookRunner.Tests.Support;
using Xunit.Abstractions;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// Submissions that flood every stream from the sandbox to the grader (200,000 printed lines, stdout without end,
/// 400 MB of stderr without a newline, 1 GB of forged kernel events, probe values too large to read), beside correct
/// functions and an honest neighbour, graded by `nbrun grade FOLDER --jobs 2` as a process whose memory and CPU are read
/// from /proc: its peak stays under the bound SubmissionGrader states, each submission earns what its functions earn (output
/// is cut, not fatal), the neighbour's report is an honest one, and every report is written.
/// </summary>
[Collection(FloodCollection.Name)]
[Trait(Tier.Name, Tier.Full)]
public sealed class FloodTests(FloodTests.Graded graded, ITestOutputHelper output) : IClassFixture<FloodTests.Graded>
{
    public const int Jobs = 2;

    public sealed class Graded
    {
        public Graded()
        {
            Assignment = CourseCopy.Load("02-activation");
            var folder = Nbrun.TempFolder();
            var submissions = Path.Combine(folder, "submissions");
            Reports = Path.Combine(folder, "reports");
            Directory.CreateDirectory(submissions);
            foreach (var (name, document) in Floods.Make(Assignment)) CourseCopy.Save(document, name + ".ipynb", submissions);
            Result = Nbrun.Watched(folder, Grader.Watch, "grade", submissions, "--assignment", Assignment.Path, "--out", Reports,
                "--jobs", Jobs.ToString(CultureInfo.InvariantCulture), "--timeout", "120", "--submission-timeout", "300");
        }

        public Assignment Assignment { get; }

        public string Reports { get; }

        public ProcessPeak Grader { get; } = new();

        public Nbrun.Result Result { get; }

        public JsonObject Report(string name) => Nbrun.Read(Path.Combine(Reports, name + ".json"));
    }

    [Fact]
    public void The_grader_exits_normally_and_writes_every_report()
    {
        Assert.True(graded.Result.ExitCode == 0, graded.Result.Output + graded.Result.Error);
        foreach (var name in Floods.Expected.Keys)
        {
            Assert.True(File.Exists(Path.Combine(graded.Reports, name + ".json")), name);
            Assert.True(File.Exists(Path.Combine(graded.Reports, name + ".md")), name);
        }
        Assert.Equal(Floods.Expected.Count, File.ReadAllLines(Path.Combine(graded.Reports, "summary.csv")).Length - 1);
    }

    [Fact]
    public void The_graders_peak_memory_stays_under_the_stated_bound()
    {
        var bound = SubmissionGrader.GraderMemoryBound(Jobs);
        // CPU is a figure to read, not a limit: it grows with the machine's load (51 s at load 15, 2 cores).
        output.WriteLine($"grader peak {graded.Grader.PeakBytes >> 20} MiB (bound {bound >> 20} MiB), CPU {graded.Grader.Cpu.TotalSeconds:0.0} s, {graded.Grader.Samples} samples");
        foreach (var name in Floods.Expected.Keys) output.WriteLine($"{name}: {graded.Report(name)["earned"]}/10 in {graded.Report(name)["seconds"]} s");
        Assert.True(graded.Grader.Samples > 10, $"only {graded.Grader.Samples} samples of the grader's memory");
        Assert.True(graded.Grader.PeakBytes < bound, $"the grader peaked at {graded.Grader.PeakBytes >> 20} MiB, over its bound of {bound >> 20} MiB");
    }

    public static TheoryData<string> Names() => new(Floods.Expected.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_submission_earns_what_its_functions_earn(string name)
    {
        var report = graded.Report(name);
        Assert.True(Floods.Expected[name].Points == (int)report["earned"]!, $"{name}: {report.ToJsonString()}");
        if (Floods.Expected[name].Says is { } says) Assert.Contains(says, report.ToJsonString());
    }

    [Fact]
    public void Probe_values_too_large_to_read_fail_their_own_checks_and_say_so()
    {
        var checks = ((JsonArray)graded.Report("huge-probe-value")["checks"]!).ToDictionary(c => (string)c!["name"]!, c => c!);
        foreach (var name in new[] { "sigmoid-large-inputs", "sigmoid-derivative-numerical" })
        {
            Assert.False((bool)checks[name]["passed"]!, name);
            Assert.Contains("too large for the grader to read", (string)checks[name]["message"]!);
        }
        Assert.Matches(@"\(1,5\d\d,\d\d\d characters; at most 1,048,576\)", (string)checks["sigmoid-derivative-numerical"]["message"]!);
    }

    [Fact]
    public void The_honest_neighbour_gets_the_honest_report()
    {
        var report = graded.Report("honest");
        Assert.Empty((JsonArray)report["problems"]!);
        var checks = (JsonArray)report["checks"]!;
        Assert.Equal(graded.Assignment.Checks.Select(c => c.Name), checks.Select(c => (string)c!["name"]!));
        Assert.All(checks, c => Assert.True((bool)c!["passed"]! && (string)c["message"]! == "", c!.ToJsonString()));
    }
}

/// <summary>
/// FloodTests run alone, after the tests that run in parallel: their grader's CPU time is measured, and their floods would
/// slow other tests' kernels. (Not the grading collection: its fixture grades every assignment first.)
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FloodCollection
{
    public const string Name = "floods";
}
