using NeuralNetworks.Charts;

namespace NeuralNetworks.Tests.Charts;

public class ChartImageTests
{
    [Fact]
    public void The_top_row_of_the_image_is_drawn_at_the_top()
    {
        // A 2×3 image: top row 1, 2, 3; bottom row 4, 5, 6. Plotly draws Z's first row at the lowest y.
        double[] pixels = [1, 2, 3, 4, 5, 6];
        var trace = ChartJson.Trace(Chart.Image(pixels, width: 3, title: "two rows"), 0);

        Assert.Equal("heatmap", trace.GetProperty("type").GetString());
        Assert.Equal([4.0, 5, 6], ChartJson.Numbers(trace.GetProperty("z")[0]));
        Assert.Equal([1.0, 2, 3], ChartJson.Numbers(trace.GetProperty("z")[1]));
        Assert.Equal([0.0, 1], ChartJson.Numbers(trace.GetProperty("y")));
        Assert.Equal(0, trace.GetProperty("zmin").GetDouble());
        Assert.Equal(6, trace.GetProperty("zmax").GetDouble());
    }

    [Fact]
    public void The_image_has_square_cells_and_its_title()
    {
        var layout = ChartJson.Parse(Chart.Image(new double[64], width: 8, title: "an 8×8 digit")).GetProperty("layout");

        Assert.Equal("x", layout.GetProperty("yaxis").GetProperty("scaleanchor").GetString());
        Assert.Equal("an 8×8 digit", ChartJson.Text(layout));
    }

    [Theory]
    [InlineData(10, 3)]
    [InlineData(8, 0)]
    public void Pixels_that_do_not_fill_whole_rows_are_refused(int count, int width)
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.Image(new double[count], width));
        Assert.Contains($"{count} pixels do not make rows of width {width}", error.Message);
    }
}
