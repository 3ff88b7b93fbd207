using System.Text.Json.Nodes;
using CourseKit.Testing;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.CourseCharts;

namespace NotebookRunner.Tests.Support;

/// <summary>
/// The course as a student first meets it: `nbrun run notebooks --html --offline` over the repository's notebooks/ folder,
/// both editions, once, into a temp folder. The executed notebooks and the site it writes are read by every test of
/// <see cref="CourseRunCollection"/> (outputs, charts, the site, the comparison with Jupyter).
/// </summary>
public sealed class CourseRun
{
    public CourseRun()
    {
        Root = NodeAssets.RepositoryRoot();
        Output = Path.Combine(Nbrun.TempFolder(), "out");
        Result = Nbrun.Run(Root, "run", Path.Combine(Root, "notebooks"), "--out", Output, "--html", "--offline");
    }

    public string Root { get; }

    public string Output { get; }

    public string Site => Path.Combine(Output, "site");

    public Nbrun.Result Result { get; }

    public static string Notebooks => Path.Combine(NodeAssets.RepositoryRoot(), "notebooks");

    /// <summary>The course notebooks by path relative to notebooks/ ("02-activation-functions.ipynb", "homework/02-activation.ipynb").</summary>
    public static TheoryData<string> All() => new(NotebookFinder.Find([Notebooks]).Select(f => f.RelativePath.Replace('\\', '/')));

    /// <summary>The Japanese edition's notebooks ("02-activation-functions.ja.ipynb", "homework/02-activation.ja.ipynb").</summary>
    public static TheoryData<string> Japanese() =>
        new(NotebookFinder.Find([Notebooks], Edition.Japanese).Select(f => f.RelativePath.Replace('\\', '/')));

    public JsonObject Executed(string relative) => Nbrun.Read(Path.Combine(Output, "notebooks", relative));

    /// <summary>Every output of an executed notebook with its cell's 1-based position, as the runner's own output type.</summary>
    public IEnumerable<(int Cell, CellOutput Output)> Outputs(string relative) =>
        ((JsonArray)Executed(relative)["cells"]!).Select((cell, i) => (Cell: i + 1, Json: cell!["outputs"] as JsonArray ?? []))
            .SelectMany(c => c.Json.OfType<JsonObject>().Select(o => (c.Cell, ExecutedOutput.From(o))));

    /// <summary>
    /// The charts one notebook drew, in output order. Fails, naming the notebook, when an output draws with plotly but no
    /// figure could be read from it (so no chart escapes the checks).
    /// </summary>
    public IReadOnlyList<NotebookChart> Charts(string relative)
    {
        var charts = new List<NotebookChart>();
        foreach (var (cell, output) in Outputs(relative))
        {
            if (ChartOutput.FigureJson(output) is { } figure) charts.Add(new NotebookChart(relative, cell, figure, ChartOutput.DrawnByPlotlyNet(output)));
            else Assert.False(ChartOutput.DrawsWithPlotly(output), $"{relative} cell {cell}: an output loads plotly but holds no figure JSON that could be read");
        }
        return charts;
    }
}

/// <summary>
/// One chart output: the notebook, its cell (1-based, markdown cells counted), the figure's plotly JSON, and whether
/// Plotly.NET drew it (the appendix) rather than the course library.
/// </summary>
public sealed record NotebookChart(string Notebook, int Cell, string FigureJson, bool ByPlotlyNet)
{
    public override string ToString() => $"{Notebook} cell {Cell}";
}

/// <summary>
/// The test classes that read the course's executed notebooks and site share one run of it, and one run of the
/// homework's released versions (the browser's and the file-based apps' fidelity tests compare with both).
/// </summary>
[CollectionDefinition(Name)]
public sealed class CourseRunCollection : ICollectionFixture<CourseRun>, ICollectionFixture<Browser.ReleasedHomework>
{
    public const string Name = "course run once by nbrun";
}
