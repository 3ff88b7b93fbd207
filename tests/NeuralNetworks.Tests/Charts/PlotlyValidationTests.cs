using CourseKit.Testing;

namespace NeuralNetworks.Tests.Charts;

/// <summary>
/// plotly.js's own Plotly.validate (the pinned bundle, in headless Chromium) finds nothing to say about any figure a
/// Chart helper makes, each called with the options the lessons use (<see cref="LessonFigures"/>): every key is in the
/// schema of its trace type, and set only where plotly applies it. The first test shows the validator does report.
/// </summary>
public class PlotlyValidationTests(PlotlyValidatorFixture validator) : IClassFixture<PlotlyValidatorFixture>
{
    [Fact]
    public async Task The_validator_reports_stray_keys_in_traces_legends_and_frames_and_real_resets()
    {
        const string json = """
            {"data": [{"type": "scatter", "x": [1], "y": [1], "mode": "lines", "kind": "scatter"}],
             "layout": {"legend": {"orientation": "sideways", "colour": "red", "x": 0}, "xaxis": {"tickmode": "array"},
                        "sliders": [{"steps": [{"label": "0", "method": "animate", "args": [["0"], {"mode": "immediate"}]},
                                               {"label": "1", "method": "animate", "args": [["1"], {"mode": "immediate"}]}]}]},
             "frames": [{"name": "0", "data": [{"type": "bar", "x": ["a"], "y": [1], "zsmooth": false}], "speed": 1},
                        {"name": "1", "data": [{"type": "bar", "x": ["a"], "y": [2]}]}]}
            """;

        var messages = await validator.Plotly.ValidateAsync(json);

        Assert.Contains(messages, m => m.Contains("key kind is not part of the schema", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("legend.colour is not part of the schema", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("legend.orientation is set to an invalid value", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("frame 0 (\"0\"), key speed is not part of the schema", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("frame 0 (\"0\"), in data trace 0, key zsmooth", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("key xaxis.tickmode (set to 'array') got reset to 'auto'", StringComparison.Ordinal));
        Assert.True(messages.Count == 6, "the slider's args are valid, yet plotly said:\n" + string.Join("\n", messages));
    }

    [Theory]
    [MemberData(nameof(LessonFigures.Names), MemberType = typeof(LessonFigures))]
    public async Task Every_chart_helper_makes_a_figure_plotly_finds_valid(string name)
    {
        var messages = await validator.Plotly.ValidateAsync(LessonFigures.All[name]().ToJson());

        Assert.True(messages.Count == 0, $"{name}: plotly.js says\n" + string.Join("\n", messages));
    }
}
