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

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Runs_clean(string relativePath)
    {
        Assert.True(relativePath != "(none)", $"no notebooks found in {Folder}");
        var notebook = NotebookReader.Read(Path.Combine(Folder, relativePath));
        var run = await NotebookExecutor.RunAsync(notebook, ExecutionLimits.Default);
        Assert.True(run.Succeeded, $"{relativePath}: {run.Summary}");
        Assert.DoesNotContain(run.Results.SelectMany(r => r.Outputs), o => o.IsError);
    }
}
