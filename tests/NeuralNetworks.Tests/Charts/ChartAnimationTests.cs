using NeuralNetworks.Charts;

namespace NeuralNetworks.Tests.Charts;

public class ChartAnimationTests
{
    private static Figure Step(int k) => Chart.Scatter([0, k], [0, k * k], name: "path");

    [Fact]
    public void Frames_are_named_and_the_figure_starts_with_the_first()
    {
        var figure = Chart.Animation([Step(1), Step(2), Step(3)], labels: ["a", "b", "c"]);
        var root = ChartJson.Parse(figure);
        var frames = root.GetProperty("frames");

        Assert.Equal(["a", "b", "c"], frames.EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal([0.0, 9], ChartJson.Numbers(frames[2].GetProperty("data")[0].GetProperty("y")));
        Assert.Equal([0.0, 1], ChartJson.Numbers(root.GetProperty("data")[0].GetProperty("y")));
        Assert.Equal("Figure(1 trace: scatter; 3 frames)", figure.ToString());
    }

    [Fact]
    public void The_slider_animates_to_each_frame_and_the_buttons_play_and_pause()
    {
        var layout = ChartJson.Parse(Chart.Animation([Step(1), Step(2)], frameMilliseconds: 150)).GetProperty("layout");
        var steps = layout.GetProperty("sliders")[0].GetProperty("steps");
        var buttons = layout.GetProperty("updatemenus")[0].GetProperty("buttons");

        Assert.Equal("animate", steps[1].GetProperty("method").GetString());
        Assert.Equal("1", steps[1].GetProperty("args")[0][0].GetString());
        Assert.Equal("immediate", steps[1].GetProperty("args")[1].GetProperty("mode").GetString());
        Assert.Equal("buttons", layout.GetProperty("updatemenus")[0].GetProperty("type").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, buttons[0].GetProperty("args")[0].ValueKind);
        Assert.Equal(150, buttons[0].GetProperty("args")[1].GetProperty("frame").GetProperty("duration").GetDouble());
        Assert.True(buttons[0].GetProperty("args")[1].GetProperty("fromcurrent").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, buttons[1].GetProperty("args")[0][0].ValueKind);
    }

    [Fact]
    public void Axes_are_fixed_to_the_range_of_every_frame()
    {
        var layout = ChartJson.Parse(Chart.Animation([Step(1), Step(10)])).GetProperty("layout");

        Assert.Equal([-5.0, 105], ChartJson.Numbers(layout.GetProperty("yaxis").GetProperty("range")));
    }

    [Fact]
    public void Axes_end_at_the_grid_when_a_contour_fills_the_plot()
    {
        Figure Descent(int k) => Chart.Contour((x, y) => x * x + y * y, -2, 2, -1, 1, resolution: 5).WithPath([1.5, 1.0 / k], [0.5, 0]);
        var layout = ChartJson.Parse(Chart.Animation([Descent(1), Descent(2)])).GetProperty("layout");

        Assert.Equal([-2.0, 2], ChartJson.Numbers(layout.GetProperty("xaxis").GetProperty("range")));
        Assert.Equal([-1.0, 1], ChartJson.Numbers(layout.GetProperty("yaxis").GetProperty("range")));
    }

    [Fact]
    public void Frames_with_different_trace_counts_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.Animation([Step(1), Step(2).WithPath([0, 1], [0, 1])]));

        Assert.Contains("Frame 1 has 3 traces but frame 0 has 1", error.Message);
    }

    [Fact]
    public void An_animation_without_frames_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.Animation([]));

        Assert.Contains("0 frames", error.Message);
    }

    [Fact]
    public void A_single_frame_is_refused_because_plotly_hides_a_one_step_slider()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.Animation([Step(1)]));

        Assert.Contains("has 1 frame: give at least two", error.Message);
    }
}
