using NeuralNetworks.Charts;
using NeuralNetworks.Data;
using NeuralNetworks.Perceptrons;

namespace NeuralNetworks.Tests.Charts;

public class FigureBoundaryLineTests
{
    [Fact]
    public void The_line_spans_the_x_range_and_its_ends_satisfy_the_equation()
    {
        var and = ToyData.And();
        var figure = Chart.DecisionBoundary(and, X => LogicGates.And.Predict(X), resolution: 20)
            .WithBoundaryLine(LogicGates.And.Boundary, name: "AND line");
        var line = ChartJson.Trace(figure, figure.Data.Count - 1);
        double[] x = ChartJson.Numbers(line.GetProperty("x")), y = ChartJson.Numbers(line.GetProperty("y"));

        Assert.Equal("AND line", line.GetProperty("name").GetString());
        Assert.Equal("lines", line.GetProperty("mode").GetString());
        Assert.Equal(figure.Layout.XAxis!.Range!, x);
        for (int i = 0; i < 2; i++)
            Assert.Equal(0, 0.5 * x[i] + 0.5 * y[i] - 0.7, 12);
    }

    [Fact]
    public void A_vertical_line_spans_the_y_range()
    {
        var figure = Chart.Scatter([0.0, 1.0], [0.0, 1.0]).WithXRange(-1, 2).WithYRange(-3, 4)
            .WithBoundaryLine(new BoundaryLine(2, 0, -1));
        var line = ChartJson.Trace(figure, 1);

        Assert.Equal([0.5, 0.5], ChartJson.Numbers(line.GetProperty("x")));
        Assert.Equal([-3.0, 4.0], ChartJson.Numbers(line.GetProperty("y")));
    }

    [Fact]
    public void No_line_gives_a_trace_without_points_so_animation_frames_keep_their_traces()
    {
        var figure = Chart.Scatter([0.0], [0.0]).WithXRange(-1, 1).WithYRange(-1, 1)
            .WithBoundaryLine(new BoundaryLine(0, 0, 0.5));

        Assert.Equal(2, figure.Data.Count);
        Assert.Empty(((Scatter)figure.Data[1]).X);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, ChartJson.Trace(figure, 1).GetProperty("x").EnumerateArray().Single().ValueKind);
    }

    [Fact]
    public void Without_axis_ranges_it_says_how_to_set_them()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Chart.Scatter([0.0], [0.0]).WithXRange(-1, 1).WithBoundaryLine(LogicGates.Or.Boundary));

        Assert.Contains("no y range", error.Message);
        Assert.Contains("WithYRange", error.Message);
    }
}
