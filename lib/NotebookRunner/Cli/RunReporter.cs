using System.Globalization;
using NotebookRunner.Execution;
using NotebookRunner.Notebooks;
using Spectre.Console;

namespace NotebookRunner.Cli;

/// <summary>
/// Runs notebooks a few at a time and shows progress (a live display on a terminal, plain lines in
/// CI or a pipe), then the summary table. Outcomes come back in the order of the files, whatever
/// order they finished in.
/// </summary>
public sealed class RunReporter(bool live)
{
    public static RunReporter Create() =>
        new(!Console.IsOutputRedirected
            && Environment.GetEnvironmentVariable("CI") is not ("true" or "1")
            && AnsiConsole.Profile.Capabilities.Interactive);

    public async Task<List<NotebookOutcome>> RunAllAsync(IReadOnlyList<NotebookFile> files,
        int jobs,
        Func<NotebookFile, Action<int>, Task<NotebookOutcome>> runOne)
    {
        var outcomes = new NotebookOutcome[files.Count];
        if (!live)
        {
            var gate = new object();
            await ForEachAsync(files, jobs, async (file, i) =>
            {
                var outcome = await runOne(file, _ => { });
                lock (gate) Console.WriteLine(
                    $"{(outcome.Succeeded ? "ok    " : "FAILED")} {file.RelativePath} " +
                    $"({Seconds(outcome.Elapsed)} s): {outcome.Result}");
                outcomes[i] = outcome;
            });
            return [.. outcomes];
        }
        await AnsiConsole.Progress().AutoClear(false).StartAsync(async context =>
        {
            await ForEachAsync(files, jobs, async (file, i) =>
            {
                var task = context.AddTask(Markup.Escape(file.RelativePath), maxValue: 1);
                var outcome = await runOne(file, cell =>
                    task.Description = Markup.Escape($"{file.RelativePath} · cell {cell}"));
                task.Description = Markup.Escape(file.RelativePath) +
                    (outcome.Succeeded ? " [green]ok[/]" : " [red]failed[/]");
                task.Value = 1;
                outcomes[i] = outcome;
            });
        });
        return [.. outcomes];
    }

    private static Task ForEachAsync(IReadOnlyList<NotebookFile> files, int jobs,
        Func<NotebookFile, int, Task> body)
    {
        var next = -1;
        async Task Worker()
        {
            for (var i = Interlocked.Increment(ref next); i < files.Count;
                i = Interlocked.Increment(ref next))
                await body(files[i], i);
        }
        return Task.WhenAll(Enumerable.Range(0, Math.Clamp(jobs, 1, Math.Max(1, files.Count)))
            .Select(_ => Task.Run(Worker)));
    }

    public void Summary(IReadOnlyList<NotebookOutcome> outcomes)
    {
        var table = new Table().AddColumns("notebook", "cells", "time (s)", "result");
        if (!live) table.Border(TableBorder.Ascii);
        foreach (var o in outcomes)
        {
            var result = Markup.Escape(o.Result.Length > 100 ? o.Result[..100] + "…" : o.Result);
            table.AddRow(Markup.Escape(o.File.RelativePath),
                o.Cells.ToString(CultureInfo.InvariantCulture), Seconds(o.Elapsed),
                o.Succeeded ? "[green]ok[/]" : $"[red]{result}[/]");
        }
        AnsiConsole.Write(table);
        var failed = outcomes.Count(o => !o.Succeeded);
        Console.WriteLine($"{outcomes.Count - failed} of {outcomes.Count} notebooks ran clean" +
            (failed > 0 ? $", {failed} failed" : ""));
    }

    private static string Seconds(TimeSpan time) =>
        time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
}
