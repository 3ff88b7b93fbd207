using CourseKit.Testing;
using NotebookRunner.Cli;
using NotebookRunner.Execution;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.CourseCharts;

/// <summary>
/// Every notebook in the repository's notebooks/ folder (lessons and homework) run once with the runner, and the charts
/// its outputs draw, for all the chart tests of <see cref="CourseChartCollection"/>.
/// </summary>
public sealed class CourseChartRun : IAsyncLifetime
{
    private readonly Dictionary<string, NotebookRun> runs = [];

    private static string Folder => Path.Combine(NodeAssets.RepositoryRoot(), "notebooks");

    /// <summary>The notebooks, by path relative to notebooks/ ("02-activation-functions.ipynb", "homework/01-activation.ipynb").</summary>
    public static TheoryData<string> Notebooks() => new(NotebookFinder.Find([Folder]).Select(f => f.RelativePath));

    public async Task InitializeAsync()
    {
        foreach (var file in NotebookFinder.Find([Folder]))
            runs[file.RelativePath] = await NotebookExecutor.RunAsync(NotebookReader.Read(file.FullPath), ExecutionLimits.Default);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>
    /// The charts one notebook drew, in output order. Fails, naming the notebook, when it did not run clean, and when an
    /// output draws with plotly but no figure could be read from it (so no chart escapes the checks).
    /// </summary>
    public IReadOnlyList<NotebookChart> Charts(string relativePath)
    {
        var run = runs[relativePath];
        Assert.True(run.Succeeded, $"{relativePath} did not run clean: {run.Summary}");
        var charts = new List<NotebookChart>();
        foreach (var cell in run.Results)
            foreach (var output in cell.Outputs)
            {
                string? figure = ChartOutput.FigureJson(output);
                if (figure is not null)
                    charts.Add(new NotebookChart(relativePath, cell.Cell, figure));
                else
                    Assert.False(ChartOutput.DrawsWithPlotly(output), $"{relativePath} cell {cell.Cell}: an output loads plotly but holds no figure JSON that could be read");
            }
        return charts;
    }
}

/// <summary>One chart output: the notebook, its cell (1-based, markdown cells counted) and the figure's plotly JSON.</summary>
public sealed record NotebookChart(string Notebook, int Cell, string FigureJson)
{
    public override string ToString() => $"{Notebook} cell {Cell}";
}

/// <summary>The test classes that read <see cref="CourseChartRun"/> share one run of the notebooks.</summary>
[CollectionDefinition(Name)]
public sealed class CourseChartCollection : ICollectionFixture<CourseChartRun>
{
    public const string Name = "course notebooks run once for the chart checks";
}
