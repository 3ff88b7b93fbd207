using NeuralNetworks.Charts;

namespace NeuralNetworks.Tests.Charts;

public class FigureLogAxesTests
{
    [Fact]
    public void WithLogY_sets_the_y_axis_type_and_keeps_its_title()
    {
        var layout = ChartJson.Parse(Chart.Line([1.0, 0.1, 0.01]).WithYTitle("loss").WithLogY()).GetProperty("layout");

        Assert.Equal("log", layout.GetProperty("yaxis").GetProperty("type").GetString());
        Assert.Equal("loss", ChartJson.Text(layout.GetProperty("yaxis")));
        Assert.False(layout.TryGetProperty("xaxis", out var x) && x.TryGetProperty("type", out _));
    }

    [Fact]
    public void WithLogX_sets_only_the_x_axis_type()
    {
        var layout = ChartJson.Parse(Chart.Line([1.0, 2.0]).WithXTitle("h").WithLogX()).GetProperty("layout");

        Assert.Equal("log", layout.GetProperty("xaxis").GetProperty("type").GetString());
        Assert.False(layout.TryGetProperty("yaxis", out var y) && y.TryGetProperty("type", out _));
    }
}
