using System.Text.Json.Nodes;
using NotebookRunner.Tests.Browser;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.FileApps;

/// <summary>
/// Each file-based app prints what its notebook printed on the real kernel, cell by cell (<see cref="AppText"/>), and
/// its chart page holds the notebook's figures, JSON for JSON. A lesson app runs to the end; a homework app (the
/// released version, its stubs unanswered) prints each failing check as the kernel does and goes on, or stops, saying
/// so, at a cell whose names the cells after it need.
/// </summary>
[Collection(CourseRunCollection.Name)]
[Trait(Tier.Name, Tier.Full)]
public sealed class AppOutputTests(CourseRun course, ReleasedHomework homework, AppRuns apps) : IClassFixture<AppRuns>
{
    public static TheoryData<string> Lessons() => new(NotebookRunner.Notebooks.NotebookFinder.Find([CourseRun.Notebooks])
        .Select(f => f.RelativePath.Replace('\\', '/'))
        .Where(n => !n.StartsWith("homework/", StringComparison.Ordinal) && !n.StartsWith("appendix-", StringComparison.Ordinal)));

    public static TheoryData<string> Homework() => new(Grading.CourseCopy.Names);

    [Theory]
    [MemberData(nameof(Lessons))]
    public void A_lesson_app_prints_its_notebooks_outputs_and_draws_its_charts(string notebook)
    {
        var app = Path.ChangeExtension(notebook, ".cs");
        var run = apps.Results[app];
        Assert.True(run.ExitCode == 0, $"dotnet run apps/{app} exited {run.ExitCode}:\n{run.Both}");
        var executed = course.Executed(notebook);
        var compared = Compare(executed, AppText.ByCell(run.Output), $"apps/{app}", stopsAt: null);
        Assert.True(compared > 0, $"apps/{app}: no cell compared");
        var expected = NotebookFigures(executed);
        if (expected.Count == 0) return;
        Assert.Contains($"charts: {apps.Page(app)}", run.Output, StringComparison.Ordinal);
        var drawn = AppText.PageFigures(apps.Page(app)).Select(Normal).ToList();
        Assert.Equal(expected.Count, drawn.Count);
        for (var i = 0; i < expected.Count; i++)
            if (!expected[i].Varies)
                Assert.True(expected[i].Json == drawn[i], $"apps/{app} chart {i + 1} differs from the notebook's: "
                    + OutputComparison.FirstDifference(expected[i].Json, drawn[i], "notebook", "app"));
    }

    [Theory]
    [MemberData(nameof(Homework))]
    public void A_homework_app_prints_its_released_notebooks_outputs_until_it_stops(string name)
    {
        var app = $"homework/{name}.cs";
        var run = apps.Results[app];
        var cells = AppText.ByCell(run.Output);
        var stop = cells.Where(c => c.Value.Contains("The app stops here", StringComparison.Ordinal)).Select(c => (int?)c.Key).FirstOrDefault();
        Assert.True(stop is null == (run.ExitCode == 0), $"apps/{app} exited {run.ExitCode} (stopped at cell {stop}):\n{run.Both}");
        var compared = Compare(homework.Executed(name), cells, $"apps/{app}", stop);
        Assert.True(compared > 0, $"apps/{app}: no cell compared");
    }

    /// <summary>Compares every code cell up to <paramref name="stopsAt"/>; returns how many it compared.</summary>
    private static int Compare(JsonObject executed, IReadOnlyDictionary<int, string> printed, string app, int? stopsAt)
    {
        var (charts, htmls, compared) = (0, 0, 0);
        var cells = (JsonArray)executed["cells"]!;
        for (var i = 0; i < cells.Count; i++)
        {
            var number = i + 1;
            if ((string?)cells[i]!["cell_type"] != "code") continue;
            if (stopsAt is { } stop && number > stop) break;
            var expected = AppText.Expected(cells[i]!["outputs"] as JsonArray ?? [], ref charts, ref htmls, out var cut);
            Assert.True(printed.TryGetValue(number, out var actual), $"{app} printed no header for cell {number}");
            if (OutputComparison.Varies(cells[i])) continue;
            if (number == stopsAt) actual = actual[..actual.LastIndexOf("\nThe app stops here", StringComparison.Ordinal)];
            if (cut && actual.StartsWith(expected, StringComparison.Ordinal)) actual = expected;
            Assert.True(expected == actual, $"{app} cell {number}: {OutputComparison.FirstDifference(expected, actual, "notebook", "app")}");
            compared++;
        }
        return compared;
    }

    /// <summary>The notebook's figures in order, each with whether its cell's output varies with the machine (a timing).</summary>
    private static List<(string Json, bool Varies)> NotebookFigures(JsonObject executed) =>
        ((JsonArray)executed["cells"]!).SelectMany(c => (c!["outputs"] as JsonArray ?? []).OfType<JsonObject>()
                .Select(o => (o["data"] as JsonObject)?["application/vnd.plotly.v1+json"]).OfType<JsonNode>()
                .Select(f => (Normal(OutputComparison.Json(f)), OutputComparison.Varies(c))))
            .ToList();

    private static string Normal(string json) => JsonNode.Parse(json)!.ToJsonString();
}
