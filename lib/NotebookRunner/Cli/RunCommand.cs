using System.Diagnostics;
using NotebookRunner.Execution;
using NotebookRunner.Export;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Cli;

/// <summary>
/// run and check: each notebook on its own kernel, --jobs at a time (default: one per core); a
/// failed or timed-out notebook does not stop the others. run writes out/notebooks/… (or the source
/// with --in-place) and, with --html, out/site/…, in the order of the files whatever order they
/// finish in. A .dib's executed copy is an .ipynb (.dib keeps no outputs).
/// </summary>
public static class RunCommand
{
    public static async Task<int> RunAsync(RunSettings settings)
    {
        var files = NotebookFinder.Find(settings.Paths, settings.Language);
        if (files.Count == 0)
            throw new NotebookException(
                $"no notebooks found in {string.Join(", ", settings.Paths)}", 2);
        var outputRoot = settings.Write && (!settings.InPlace || settings.Html)
            ? OutputFolder.Claim(settings.OutputFolder) : null;
        if (settings.Html && outputRoot is not null) BrowserRuntime.Prepare();
        var reporter = RunReporter.Create();
        var outcomes = await reporter.RunAllAsync(files, settings.Jobs, (file, onCell) =>
            RunOneAsync(file, settings, outputRoot, onCell));
        reporter.Summary(outcomes);
        if (settings.Html && outputRoot is not null)
        {
            var index = SiteWriter.Write(outcomes, Path.Combine(outputRoot, "site"),
                WebAssets.Choose(settings.Offline, settings.AssetsFolder));
            Console.WriteLine($"index: {index}");
        }
        return outcomes.All(o => o.Succeeded) ? 0 : 1;
    }

    public static async Task<NotebookOutcome> RunOneAsync(NotebookFile file, RunSettings settings,
        string? outputRoot, Action<int>? onCell = null)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var notebook = NotebookReader.Read(file.FullPath);
            var run = await NotebookExecutor.RunAsync(notebook, settings.Limits,
                new RunOptions(settings.AllowErrors, CellStarting: onCell));
            var executed = NotebookWriter.Executed(notebook, run.Results);
            if (settings.Write)
            {
                var target = settings.InPlace ? file.FullPath
                    : Path.Combine(outputRoot!, "notebooks",
                        Path.ChangeExtension(file.RelativePath, ".ipynb"));
                if (settings.InPlace
                    && file.FullPath.EndsWith(".dib", StringComparison.OrdinalIgnoreCase))
                    throw new NotebookException(
                        $"{file.FullPath} is a .dib file, which keeps no outputs: run it without " +
                        "--in-place.", 2);
                AtomicFile.WriteAllText(target, NotebookWriter.ToText(executed));
            }
            return new NotebookOutcome(file, run, executed, null, clock.Elapsed);
        }
        catch (Exception error)
            when (error is NotebookException or IOException or InvalidOperationException
                or UnauthorizedAccessException or TimeoutException)
        {
            return new NotebookOutcome(file, null, null, error.Message, clock.Elapsed);
        }
    }
}
