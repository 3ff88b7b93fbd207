using CourseKit.Testing;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.CourseCharts;

/// <summary>
/// plotly.js's own Plotly.validate (the pinned bundle, in headless Chromium; see tests/Shared/plotly-validate.js) has no
/// message about any chart that any course notebook draws when the runner executes it.
/// </summary>
[Collection(CourseRunCollection.Name)]
public sealed class CourseChartValidityTests(CourseRun course, PlotlyValidatorFixture validator) : IClassFixture<PlotlyValidatorFixture>
{
    [Theory]
    [MemberData(nameof(CourseRun.All), MemberType = typeof(CourseRun))]
    public async Task Every_chart_a_notebook_draws_is_valid_plotly(string notebook)
    {
        var problems = new List<string>();
        foreach (var chart in course.Charts(notebook))
            problems.AddRange((await validator.Plotly.ValidateAsync(chart.FigureJson)).Select(message => $"{chart}: {message}"));

        Assert.True(problems.Count == 0, $"plotly.js has {problems.Count} messages:\n" + string.Join("\n", problems));
    }
}
