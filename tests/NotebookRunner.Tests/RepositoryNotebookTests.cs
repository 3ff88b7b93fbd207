using NotebookRunner.Cli;
using NotebookRunner.Execution;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests;

/// <summary>Every notebook in the repository's notebooks/ folder (homework included) runs without an error output.</summary>
public sealed class RepositoryNotebookTests
{
    public static string Folder
    {
        get
        {
            var root = Path.GetDirectoryName(NotebookRunner.Export.WebAssets.FindNodeModules())!;
            return Path.Combine(root, "notebooks");
        }
    }

    public static TheoryData<string> Notebooks()
    {
        var found = Directory.Exists(Folder) ? NotebookFinder.Find([Folder]).Select(f => f.RelativePath).ToList() : [];
        return found.Count > 0 ? new TheoryData<string>(found) : new TheoryData<string>("(none)");
    }

    /// <summary>
    /// Seeded: a second run prints exactly what the first printed (charts compared without their random element ids),
    /// so the numbers a lesson's prose quotes are the numbers every reader sees.
    /// </summary>
    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Two_runs_print_the_same_outputs(string relativePath)
    {
        Assert.True(relativePath != "(none)", $"no notebooks found in {Folder}");
        var notebook = NotebookReader.Read(Path.Combine(Folder, relativePath));
        var first = Printed(await NotebookExecutor.RunAsync(notebook, ExecutionLimits.Default));
        var second = Printed(await NotebookExecutor.RunAsync(notebook, ExecutionLimits.Default));
        Assert.Equal(first.Count, second.Count);
        for (int i = 0; i < first.Count; i++)
            Assert.True(first[i] == second[i], $"{relativePath}: output {i + 1} differs between two runs:\n{first[i]}\n---\n{second[i]}");
    }

    private static List<string> Printed(NotebookRun run) => run.Results
        .SelectMany(r => r.Outputs)
        .Select(o => System.Text.RegularExpressions.Regex.Replace(
            o.Kind + ":" + o.Text + string.Concat((o.Data ?? new Dictionary<string, string>()).OrderBy(d => d.Key).Select(d => d.Key + "=" + d.Value)),
            "nn-plot-[0-9a-f]{12}", "nn-plot-ID"))
        .ToList();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Runs_clean(string relativePath)
    {
        Assert.True(relativePath != "(none)", $"no notebooks found in {Folder}");
        var notebook = NotebookReader.Read(Path.Combine(Folder, relativePath));
        var run = await NotebookExecutor.RunAsync(notebook, ExecutionLimits.Default);
        Assert.True(run.Succeeded, $"{relativePath}: {run.Summary}");
        Assert.DoesNotContain(run.Results.SelectMany(r => r.Outputs), o => o.IsError);
        if (!relativePath.StartsWith("homework", StringComparison.Ordinal))
        {
            int charts = run.Results.SelectMany(r => r.Outputs)
                .Count(o => o.Data is not null && o.Data.TryGetValue("text/html", out var html) && html.Contains("Plotly", StringComparison.Ordinal));
            Assert.True(charts >= 2, $"{relativePath}: {charts} charts drawn; every lesson draws at least two.");
        }
    }
}
