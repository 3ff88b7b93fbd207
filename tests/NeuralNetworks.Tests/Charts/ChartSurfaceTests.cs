using NeuralNetworks.Charts;

namespace NeuralNetworks.Tests.Charts;

public class ChartSurfaceTests
{
    private static double F(double x, double y) => x * x + 10 * y;

    [Fact]
    public void Surface_z_has_one_row_per_y_and_one_column_per_x()
    {
        var trace = ChartJson.Trace(Chart.Surface(F, 0, 2, 0, 1, resolution: 3), 0);
        double[] x = ChartJson.Numbers(trace.GetProperty("x")), y = ChartJson.Numbers(trace.GetProperty("y"));
        var z = trace.GetProperty("z");

        Assert.Equal("surface", trace.GetProperty("type").GetString());
        Assert.Equal([0.0, 1, 2], x);
        Assert.Equal([0.0, 0.5, 1], y);
        Assert.Equal(3, z.GetArrayLength());
        for (int i = 0; i < 3; i++)
            Assert.Equal(x.Select(xj => F(xj, y[i])).ToArray(), ChartJson.Numbers(z[i]));
    }

    [Fact]
    public void Surface_titles_its_three_scene_axes()
    {
        var layout = ChartJson.Parse(Chart.Surface(F, -1, 1, -1, 1).WithXTitle("w₁").WithZTitle("L")).GetProperty("layout");
        var scene = layout.GetProperty("scene");

        Assert.Equal("w₁", ChartJson.Text(scene.GetProperty("xaxis")));
        Assert.Equal("y", ChartJson.Text(scene.GetProperty("yaxis")));
        Assert.Equal("L", ChartJson.Text(scene.GetProperty("zaxis")));
        Assert.False(layout.TryGetProperty("xaxis", out _), "a surface has no 2-D x axis for plotly to draw");
        Assert.False(layout.TryGetProperty("yaxis", out _), "a surface has no 2-D y axis for plotly to draw");
    }

    [Fact]
    public void Contour_with_a_descent_path_adds_the_path_and_its_end_markers()
    {
        double[] px = [2, 1, 0.5], py = [1, 0.5, 0.25];
        var figure = Chart.Contour(F, -2, 2, -1, 1, resolution: 30, levels: 15).WithPath(px, py, name: "SGD");
        var data = ChartJson.Parse(figure).GetProperty("data");

        Assert.Equal(["contour", "scatter", "scatter"], ChartJson.Types(figure));
        Assert.Equal(30, data[0].GetProperty("z").GetArrayLength());
        Assert.Equal(30, data[0].GetProperty("z")[0].GetArrayLength());
        Assert.Equal(15, data[0].GetProperty("ncontours").GetInt32());
        Assert.Equal("SGD", data[1].GetProperty("name").GetString());
        Assert.Equal(px, ChartJson.Numbers(data[1].GetProperty("x")));
        Assert.Equal([2, 0.5], ChartJson.Numbers(data[2].GetProperty("x")));
    }

    [Fact]
    public void Heatmap_samples_f_on_the_grid()
    {
        var trace = ChartJson.Trace(Chart.Heatmap(F, 0, 1, 0, 1, resolution: 2), 0);

        Assert.Equal("heatmap", trace.GetProperty("type").GetString());
        Assert.Equal([10.0, 11.0], ChartJson.Numbers(trace.GetProperty("z")[1]));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_grid_with_no_area_is_refused_naming_the_resolution(int resolution)
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.Surface(F, 0, 1, 0, 1, resolution));

        Assert.Contains($"{resolution}×{resolution}", error.Message);
    }

    [Fact]
    public void A_grid_over_an_empty_range_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.Contour(F, 0, 1, 2, 2));

        Assert.Contains("[2, 2] is empty", error.Message);
    }

    [Fact]
    public void A_path_with_x_and_y_of_different_lengths_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.Contour(F, 0, 1, 0, 1).WithPath([1, 2], [1]));

        Assert.Contains("2 x values but 1 y values", error.Message);
    }
}
