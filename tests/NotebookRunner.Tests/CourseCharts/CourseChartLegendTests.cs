namespace NotebookRunner.Tests.CourseCharts;

/// <summary>
/// Every legend entry of every chart the course notebooks draw has a curve a reader can see: no two entries whose curves
/// coincide over the plotted range unless their styles set them apart (<see cref="LegendVisibility"/>).
/// </summary>
[Collection(CourseChartCollection.Name)]
public sealed class CourseChartLegendTests(CourseChartRun course)
{
    [Theory]
    [MemberData(nameof(CourseChartRun.Notebooks), MemberType = typeof(CourseChartRun))]
    public void Every_legend_entry_has_a_visible_curve(string notebook)
    {
        var hidden = course.Charts(notebook)
            .SelectMany(chart => LegendVisibility.HiddenEntries(chart.FigureJson).Select(problem => $"{chart}: {problem}"))
            .ToList();

        Assert.True(hidden.Count == 0, $"legend entries without a visible curve ({hidden.Count}):\n" + string.Join("\n", hidden));
    }
}
