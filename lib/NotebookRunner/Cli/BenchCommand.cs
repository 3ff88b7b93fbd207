using System.Diagnostics;
using System.Globalization;
using NotebookRunner.Execution;
using NotebookRunner.Kernel;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Cli;

/// <summary>
/// bench FOLDER [--jobs N]: a benchmark, not a test (it prints figures and asserts nothing). It
/// prints the machine (cores, load), the kernel's start (ready, first result of a one-line cell,
/// time per cell after it), then runs every notebook of the folder as `run` does, N at a time, and
/// prints each notebook's time and the wall time of the whole folder; with --serial also one at a
/// time, for comparison.
/// </summary>
public static class BenchCommand
{
    private const int Cells = 30;

    public static async Task<int> RunAsync(string folder, int jobs, bool serial)
    {
        var limits = ExecutionLimits.Default;
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average " +
            $"{LoadAverage()}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
        var path = Path.GetFullPath(folder);
        var tool = KernelTool.Find(path);
        Console.WriteLine($"kernel: Microsoft.dotnet-interactive {tool.Version}");
        var clock = Stopwatch.StartNew();
        using (var kernel = await KernelConnection.StartAsync(KernelLaunch.Direct(tool, path),
            limits.StartTimeout))
        {
            Report("kernel ready (process start to KernelReady)", clock.Elapsed.TotalMilliseconds);
            await CellRunner.RunAsync(kernel, 1, "csharp", "var total = 1 + 1;", limits.CellTimeout,
                limits.CellCaps());
            Report("first result (process start to the first cell's result)",
                clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            for (var cell = 2; cell <= Cells + 1; cell++)
                await CellRunner.RunAsync(kernel, cell, "csharp", $"total += {cell};\ntotal",
                    limits.CellTimeout, limits.CellCaps());
            Report($"per cell after that (mean of {Cells})",
                clock.Elapsed.TotalMilliseconds / Cells);
        }
        var files = NotebookFinder.Find([folder]);
        if (serial) await Course(files, folder, limits, 1);
        await Course(files, folder, limits, jobs);
        return 0;
    }

    private static async Task Course(IReadOnlyList<NotebookFile> files, string folder,
        ExecutionLimits limits, int jobs)
    {
        var settings = new RunSettings([folder], limits, Write: false, Jobs: jobs);
        var clock = Stopwatch.StartNew();
        var outcomes = await new RunReporter(live: false)
            .RunAllAsync(files, jobs, (file, _) => RunCommand.RunOneAsync(file, settings, null));
        var wall = clock.Elapsed.TotalMilliseconds;
        Console.WriteLine($"all {files.Count} notebooks in {folder}, {jobs} at a time:");
        foreach (var outcome in outcomes)
            Report($"  {outcome.File.RelativePath} ({outcome.Cells} cells, {outcome.Result})",
                outcome.Elapsed.TotalMilliseconds);
        Report($"  wall time, {jobs} at a time (load average after: {LoadAverage()})", wall);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg")
            ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static void Report(string what, double milliseconds) =>
        Console.WriteLine($"{milliseconds.ToString("0", CultureInfo.InvariantCulture),9} ms  " +
            $"{what}");
}
