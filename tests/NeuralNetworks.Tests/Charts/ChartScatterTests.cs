using NeuralNetworks.Charts;
using NeuralNetworks.Data;

namespace NeuralNetworks.Tests.Charts;

public class ChartScatterTests
{
    [Fact]
    public void ScatterByClass_draws_one_trace_per_class_in_the_palette_colour()
    {
        var data = ChartData.Blobs(n: 7);
        var root = ChartJson.Parse(Chart.ScatterByClass(data));
        var traces = root.GetProperty("data").EnumerateArray().ToArray();

        Assert.Equal(3, traces.Length);
        Assert.Equal(["red", "green", "blue"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.All(traces, t => Assert.Equal(7, t.GetProperty("x").GetArrayLength()));
        Assert.Equal([Palette.ForClass(0), Palette.ForClass(1), Palette.ForClass(2)],
            traces.Select(t => t.GetProperty("marker").GetProperty("color").GetString()));
        Assert.Equal("x₁", ChartJson.Text(root.GetProperty("layout").GetProperty("xaxis")));
    }

    [Fact]
    public void ScatterByClass_puts_each_point_in_its_own_class_trace()
    {
        var data = ChartData.Blobs(n: 5);
        var blue = ChartJson.Trace(Chart.ScatterByClass(data), 2);

        Assert.Equal(data.Features.Column(0).Skip(10).ToArray(), ChartJson.Numbers(blue.GetProperty("x")));
        Assert.Equal(data.Features.Column(1).Skip(10).ToArray(), ChartJson.Numbers(blue.GetProperty("y")));
    }

    [Fact]
    public void ScatterByClass_of_a_matrix_names_classes_by_index()
    {
        var points = Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 0 }, { 1, 1 }, { 2, 0 } });
        var figure = Chart.ScatterByClass(points, [0, 1, 1]);

        Assert.Equal("class 1", ChartJson.Trace(figure, 1).GetProperty("name").GetString());
        Assert.Equal(2, ChartJson.Trace(figure, 1).GetProperty("x").GetArrayLength());
    }

    [Fact]
    public void Labels_and_points_of_different_counts_are_refused()
    {
        var points = Matrix<double>.Build.Dense(3, 2);

        var error = Assert.Throws<ArgumentException>(() => Chart.ScatterByClass(points, [0, 1]));

        Assert.Contains("3 x values but 2 y values", error.Message);
    }

    [Fact]
    public void A_feature_the_data_set_lacks_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.ScatterByClass(ChartData.Blobs(), yFeature: 5));

        Assert.Contains("Feature 5", error.Message);
        Assert.Contains("2 features", error.Message);
    }

    [Fact]
    public void Palette_light_tint_mixes_the_class_colour_with_white()
    {
        Assert.Equal("rgb(255,255,255)", Palette.Light(0, whiteness: 1));
        Assert.Equal("rgb(31,119,180)", Palette.Light(0, whiteness: 0));
        Assert.Equal(Palette.ForClass(1), Palette.ForClass(11));
    }
}
