using System.Diagnostics;
using NotebookRunner.Assignments;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// The grader killed outright (kill -9) while submissions run: every sandbox dies with it (bubblewrap's parent-death
/// signal, and the kernel's own), and the reports folder holds only whole reports.
/// </summary>
public sealed class KillGraderTests
{
    [Fact]
    public void Killing_the_grader_stops_every_sandbox_and_leaves_no_half_written_report()
    {
        var assignment = CourseCopy.Load("02-activation");
        var folder = Nbrun.TempFolder();
        var submissions = Path.Combine(folder, "submissions");
        var reports = Path.Combine(folder, "reports");
        Directory.CreateDirectory(submissions);
        var slow = CourseCopy.WithCellBeforeChecks(SubmissionVariants.Solved(assignment), "System.Threading.Thread.Sleep(120_000);");
        for (var i = 0; i < 3; i++) CourseCopy.Save(slow, $"slow{i}.ipynb", submissions);
        var info = new ProcessStartInfo(NotebookRunner.Kernel.DotnetHost.Path) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "nbrun.dll"), "grade", submissions, "--assignment", assignment.Path, "--out", reports })
            info.ArgumentList.Add(a);
        using var grader = Process.Start(info)!;
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (HostileSubmissionTests.SandboxProcesses(grader.Id).Count(p => p.Contains("Interactive.App", StringComparison.Ordinal)) < 2 && DateTime.UtcNow < deadline) Thread.Sleep(500);
        // Killed as soon as two kernels run in sandboxes, before any submission can finish (each sleeps two minutes).
        Assert.True(HostileSubmissionTests.SandboxProcesses(grader.Id).Count > 0, "no sandbox started within 2 minutes");
        grader.Kill(entireProcessTree: false);
        grader.WaitForExit();
        Assert.Empty(HostileSubmissionTests.SandboxProcessesAfter(grader.Id, TimeSpan.FromSeconds(10)));
        var left = Directory.Exists(reports) ? Directory.EnumerateFiles(reports).Select(Path.GetFileName).ToList() : [];
        Assert.DoesNotContain(left, f => f!.EndsWith(".tmp", StringComparison.Ordinal));
        foreach (var json in left.Where(f => f!.EndsWith(".json", StringComparison.Ordinal))) Nbrun.Read(Path.Combine(reports, json!));
    }

}
