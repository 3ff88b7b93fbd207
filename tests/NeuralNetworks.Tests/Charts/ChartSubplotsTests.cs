using NeuralNetworks.Activations;
using NeuralNetworks.Charts;

namespace NeuralNetworks.Tests.Charts;

public class ChartSubplotsTests
{
    private static Figure F(string title) => Chart.Function(Math.Sin, 0, 1).WithTitle(title).WithXTitle("x of " + title);

    [Fact]
    public void Each_cell_gets_its_own_numbered_axes_placed_by_domains()
    {
        var figure = Chart.Subplots(2, 2, F("a"), F("b"), F("c"));
        var root = ChartJson.Parse(figure);
        var layout = root.GetProperty("layout");

        Assert.Equal(["x", "x2", "x3"], root.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("xaxis").GetString()));
        Assert.Equal(["y", "y2", "y3"], root.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("yaxis").GetString()));
        Assert.Equal("x of b", ChartJson.Text(layout.GetProperty("xaxis2")));
        Assert.Equal("y3", layout.GetProperty("xaxis3").GetProperty("anchor").GetString());
        double[] d1 = ChartJson.Numbers(layout.GetProperty("xaxis").GetProperty("domain")), d2 = ChartJson.Numbers(layout.GetProperty("xaxis2").GetProperty("domain"));
        Assert.True(d1[1] <= 0.5 && d2[0] >= 0.5, "cells 1 and 2 sit side by side");
        Assert.True(ChartJson.Numbers(layout.GetProperty("yaxis3").GetProperty("domain"))[1] <= 0.5, "cell 3 is on the second row");
        Assert.False(layout.TryGetProperty("xaxis4", out _));
    }

    [Fact]
    public void A_name_repeated_in_later_cells_is_listed_once_in_the_legend_and_toggles_every_cell()
    {
        var data = ChartData.Blobs();
        var left = Chart.DecisionBoundary(data, ChartData.NearestCentre, resolution: 5).WithTitle("left");
        var right = Chart.DecisionBoundary(data, ChartData.NearestCentre, resolution: 5).WithTitle("right")
            .WithTrace(new Scatter { X = [0.0, 1.0], Y = [0.0, 1.0], Name = "only right", Mode = "lines" });

        var traces = ChartJson.Parse(Chart.Subplots(1, 2, left, right)).GetProperty("data").EnumerateArray().ToList();
        bool Listed(System.Text.Json.JsonElement t) => !t.TryGetProperty("showlegend", out var s) || s.GetBoolean();
        var red = traces.Where(t => t.TryGetProperty("name", out var n) && n.GetString() == "red").ToList();

        Assert.Equal(2, red.Count);
        Assert.True(Listed(red[0]));
        Assert.False(Listed(red[1]));
        Assert.All(red, t => Assert.Equal("red", t.GetProperty("legendgroup").GetString()));
        Assert.True(Listed(traces.Single(t => t.TryGetProperty("name", out var n) && n.GetString() == "only right")));
    }

    [Fact]
    public void A_line_without_a_colour_has_its_names_colour_in_every_cell()
    {
        Figure Cell(string title) => Chart.Functions(-1, 1, ("f", Math.Sin), ("f′", Math.Cos)).WithTitle(title);

        var traces = ChartJson.Parse(Chart.Subplots(1, 2, Cell("a"), Cell("b"))).GetProperty("data").EnumerateArray()
            .Select(t => (Name: t.GetProperty("name").GetString(), Color: t.GetProperty("line").GetProperty("color").GetString())).ToList();

        Assert.Equal([("f", Palette.ForClass(0)), ("f′", Palette.ForClass(1)), ("f", Palette.ForClass(0)), ("f′", Palette.ForClass(1))], traces);
    }

    [Fact]
    public void Cell_titles_become_paper_annotations()
    {
        var annotations = ChartJson.Parse(Chart.Subplots(1, 2, F("left"), F("right"))).GetProperty("layout").GetProperty("annotations");

        Assert.Equal(["<b>left</b>", "<b>right</b>"], annotations.EnumerateArray().Select(a => a.GetProperty("text").GetString()));
        Assert.All(annotations.EnumerateArray(), a => Assert.Equal("paper", a.GetProperty("xref").GetString()));
    }

    [Fact]
    public void A_3d_cell_gets_a_numbered_scene_and_equal_aspect_follows_its_cell()
    {
        var surface = Chart.Surface((x, y) => x * y, -1, 1, -1, 1, resolution: 5);
        var square = Chart.Function(Activation.Tanh.Apply, -2, 2).WithEqualAspect();
        var root = ChartJson.Parse(Chart.Subplots(1, 2, square, surface));
        var layout = root.GetProperty("layout");

        Assert.Equal("scene2", root.GetProperty("data")[1].GetProperty("scene").GetString());
        Assert.False(root.GetProperty("data")[1].GetProperty("showscale").GetBoolean());
        Assert.Equal(2, layout.GetProperty("scene2").GetProperty("domain").GetProperty("x").GetArrayLength());
        Assert.Equal("x", layout.GetProperty("yaxis").GetProperty("scaleanchor").GetString());
        Assert.False(layout.TryGetProperty("xaxis2", out _), "the 3-D cell has no 2-D axes");
    }

    [Fact]
    public void A_line_keeps_its_palette_colour_on_the_line_only_and_markers_on_the_marker_only()
    {
        var root = ChartJson.Parse(Chart.Subplots(1, 2, Chart.Function(Math.Sin, 0, 1, name: "sin"), Chart.Scatter([0.0, 1], [1.0, 0], name: "points")));
        var line = root.GetProperty("data")[0];
        var points = root.GetProperty("data")[1];

        Assert.Equal(Palette.ForClass(0), line.GetProperty("line").GetProperty("color").GetString());
        Assert.False(line.TryGetProperty("marker", out _), "plotly ignores a marker on a plain line");
        Assert.Equal(Palette.ForClass(1), points.GetProperty("marker").GetProperty("color").GetString());
        Assert.False(points.TryGetProperty("line", out _), "plotly ignores a line on plain markers");
    }

    [Fact]
    public void More_figures_than_cells_are_refused_naming_the_grid_and_the_count()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.Subplots(1, 2, F("a"), F("b"), F("c")));

        Assert.Contains("1×2 grid has 2 cells but 3 figures", error.Message);
    }

    [Fact]
    public void A_grid_without_cells_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Chart.Subplots(0, 3, F("a")));

        Assert.Contains("0×3", error.Message);
    }
}
