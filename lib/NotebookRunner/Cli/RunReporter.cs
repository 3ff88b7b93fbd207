using System.Globalization;
using Spectre.Console;

namespace NotebookRunner.Cli;

/// <summary>Shows progress while notebooks run (a live display on a terminal, plain lines in CI or a pipe) and the summary table.</summary>
public sealed class RunReporter(bool live)
{
    public static RunReporter Create() =>
        new(!Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is not ("true" or "1") && AnsiConsole.Profile.Capabilities.Interactive);

    public async Task<List<NotebookOutcome>> RunAllAsync(IReadOnlyList<NotebookFile> files,
        Func<NotebookFile, Action<int>, Task<NotebookOutcome>> runOne)
    {
        var outcomes = new List<NotebookOutcome>();
        if (!live)
        {
            foreach (var file in files)
            {
                Console.WriteLine($"running {file.RelativePath}");
                var outcome = await runOne(file, _ => { });
                Console.WriteLine($"  {(outcome.Succeeded ? "ok" : "FAILED")} {Seconds(outcome.Elapsed)} s: {outcome.Result}");
                outcomes.Add(outcome);
            }
            return outcomes;
        }
        await AnsiConsole.Progress().AutoClear(false).StartAsync(async context =>
        {
            foreach (var file in files)
            {
                var task = context.AddTask(Markup.Escape(file.RelativePath), maxValue: 1);
                var outcome = await runOne(file, cell => task.Description = Markup.Escape($"{file.RelativePath} · cell {cell}"));
                task.Description = Markup.Escape(file.RelativePath) + (outcome.Succeeded ? " [green]ok[/]" : " [red]failed[/]");
                task.Value = 1;
                outcomes.Add(outcome);
            }
        });
        return outcomes;
    }

    public void Summary(IReadOnlyList<NotebookOutcome> outcomes)
    {
        var table = new Table().AddColumns("notebook", "cells", "time (s)", "result");
        if (!live) table.Border(TableBorder.Ascii);
        foreach (var o in outcomes)
        {
            var result = Markup.Escape(o.Result.Length > 100 ? o.Result[..100] + "…" : o.Result);
            table.AddRow(Markup.Escape(o.File.RelativePath), o.Cells.ToString(CultureInfo.InvariantCulture), Seconds(o.Elapsed),
                o.Succeeded ? "[green]ok[/]" : $"[red]{result}[/]");
        }
        AnsiConsole.Write(table);
        var failed = outcomes.Count(o => !o.Succeeded);
        Console.WriteLine($"{outcomes.Count - failed} of {outcomes.Count} notebooks ran clean" + (failed > 0 ? $", {failed} failed" : ""));
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
}
