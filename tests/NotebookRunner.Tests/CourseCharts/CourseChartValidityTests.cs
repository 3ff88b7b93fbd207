using CourseKit.Testing;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.CourseCharts;

/// <summary>
/// plotly.js's own Plotly.validate (the pinned bundle, in headless Chromium; see tests/Shared/plotly-validate.js) has no
/// message about any chart that the course library draws in any course notebook when the runner executes it. The
/// appendix's Plotly.NET charts are Plotly.NET's JSON, not the course's (it writes an empty "marker" on a line trace,
/// which Plotly.validate reports as not coerced): PlotlyNetAppendixBrowserTests checks that each of them draws.
/// </summary>
[Collection(CourseRunCollection.Name)]
[Trait(Tier.Name, Tier.Full)]
public sealed class CourseChartValidityTests(CourseRun course, PlotlyValidatorFixture validator) : IClassFixture<PlotlyValidatorFixture>
{
    [Theory]
    [MemberData(nameof(CourseRun.All), MemberType = typeof(CourseRun))]
    [MemberData(nameof(CourseRun.Japanese), MemberType = typeof(CourseRun))]
    public async Task Every_chart_a_notebook_draws_is_valid_plotly(string notebook)
    {
        var problems = new List<string>();
        foreach (var chart in course.Charts(notebook).Where(c => !c.ByPlotlyNet))
            problems.AddRange((await validator.Plotly.ValidateAsync(chart.FigureJson)).Select(message => $"{chart}: {message}"));

        Assert.True(problems.Count == 0, $"plotly.js has {problems.Count} messages:\n" + string.Join("\n", problems));
    }
}
