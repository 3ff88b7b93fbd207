using NeuralNetworks.Activations;
using NeuralNetworks.Charts;

namespace NeuralNetworks.Tests.Charts;

public class ChartFunctionTests
{
    [Fact]
    public void Function_samples_f_over_the_range_as_one_line()
    {
        var figure = Chart.Function(Activation.Sigmoid.Apply, -6, 6, name: "σ", points: 121);
        var trace = ChartJson.Trace(figure, 0);
        double[] x = ChartJson.Numbers(trace.GetProperty("x")), y = ChartJson.Numbers(trace.GetProperty("y"));

        Assert.Equal("scatter", trace.GetProperty("type").GetString());
        Assert.Equal("lines", trace.GetProperty("mode").GetString());
        Assert.Equal("σ", trace.GetProperty("name").GetString());
        Assert.Equal(121, x.Length);
        Assert.Equal(-6, x[0]);
        Assert.Equal(6, x[^1]);
        Assert.Equal(0.5, y[60], 12);
        Assert.All(x.Zip(y), p => Assert.Equal(Activation.Sigmoid.Apply(p.First), p.Second, 15));
    }

    [Fact]
    public void Functions_draws_one_named_line_per_function_over_the_same_x()
    {
        var figure = Chart.Functions(-3, 3, ("ReLU", Activation.ReLU.Apply), ("ReLU′", Activation.ReLU.Derivative));
        var data = ChartJson.Parse(figure).GetProperty("data");

        Assert.Equal(2, data.GetArrayLength());
        Assert.Equal(["ReLU", "ReLU′"], data.EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(ChartJson.Numbers(data[0].GetProperty("x")), ChartJson.Numbers(data[1].GetProperty("x")));
    }

    [Fact]
    public void Lines_keeps_each_series_with_its_name()
    {
        double[] epochs = [1, 2, 3];
        var figure = Chart.Lines(epochs, ("train", [0.9, 0.5, 0.3]), ("validation", [1.0, 0.7, 0.6]));

        Assert.Equal([1.0, 0.7, 0.6], ChartJson.Numbers(ChartJson.Trace(figure, 1).GetProperty("y")));
        Assert.Equal("validation", ChartJson.Trace(figure, 1).GetProperty("name").GetString());
    }

    [Fact]
    public void Line_plots_against_the_index()
    {
        var trace = ChartJson.Trace(Chart.Line([5.0, 4.0, 3.5], "loss"), 0);

        Assert.Equal([0.0, 1, 2], ChartJson.Numbers(trace.GetProperty("x")));
    }

    [Fact]
    public void Series_with_a_y_length_different_from_x_is_refused_naming_both_lengths()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.Lines([1, 2, 3], ("loss", [1.0, 2.0])));

        Assert.Contains("3 x values", error.Message);
        Assert.Contains("2 y values", error.Message);
        Assert.Contains("loss", error.Message);
    }

    [Fact]
    public void An_empty_series_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.Scatter([], []));

        Assert.Contains("empty (0 points)", error.Message);
    }

    [Theory]
    [InlineData(1, 2, 1, "1 were asked")]
    [InlineData(2, 2, 50, "[2, 2] is empty")]
    [InlineData(3, -3, 50, "[3, -3] is empty")]
    public void A_range_with_no_points_is_refused(double from, double to, int points, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.Function(Math.Sin, from, to, points: points));

        Assert.Contains(expected, error.Message);
    }
}
