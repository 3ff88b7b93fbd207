using System.Diagnostics;
using System.Globalization;
using NotebookRunner.Execution;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Cli;

/// <summary>bench FOLDER: prints the worker's cold start (first cell), the time per cell after it, and the time to run the folder.</summary>
public static class BenchCommand
{
    private const int Cells = 50;

    public static async Task<int> RunAsync(string folder)
    {
        var limits = ExecutionLimits.Default;
        var clock = Stopwatch.StartNew();
        var folderPath = Path.GetFullPath(folder);
        using (var kernel = await Kernel.KernelConnection.StartAsync(Kernel.KernelLaunch.Direct(Kernel.KernelTool.Find(folderPath), folderPath), limits.StartTimeout))
        {
            Report("kernel ready", clock.Elapsed.TotalMilliseconds);
            await CellRunner.RunAsync(kernel, 1, "csharp", "var total = 1 + 1;", limits.CellTimeout, limits.MaxOutputCharsPerCell);
            Report("first result (kernel start and first cell)", clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            for (var cell = 2; cell <= Cells + 1; cell++) await CellRunner.RunAsync(kernel, cell, "csharp", $"total += {cell};\ntotal", limits.CellTimeout, limits.MaxOutputCharsPerCell);
            Report($"per cell (mean of {Cells})", clock.Elapsed.TotalMilliseconds / Cells);
        }
        var files = NotebookFinder.Find([folder]);
        var settings = new RunSettings([folder], limits, Write: false);
        clock.Restart();
        foreach (var file in files)
        {
            var outcome = await RunCommand.RunOneAsync(file, settings, null);
            Report($"{file.RelativePath} ({outcome.Cells} cells, {outcome.Result})", outcome.Elapsed.TotalMilliseconds);
        }
        Report($"all {files.Count} notebooks in {folder}", clock.Elapsed.TotalMilliseconds);
        return 0;
    }

    private static void Report(string what, double milliseconds) =>
        Console.WriteLine($"{milliseconds.ToString("0.0", CultureInfo.InvariantCulture),10} ms  {what}");
}
