using System.Globalization;
using System.Text.Json;
using NeuralNetworks.Charts;

namespace NeuralNetworks.Tests.Charts;

public class FigureJsonTests
{
    private static Figure Points(params double[] y) => Chart.Lines(Enumerable.Range(0, y.Length).Select(i => (double)i).ToArray(), ("y", y));

    [Fact]
    public void NaN_and_infinities_are_written_as_null_so_plotly_draws_a_gap()
    {
        var y = ChartJson.Trace(Points(1, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 2), 0).GetProperty("y");

        Assert.Equal([JsonValueKind.Number, JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Number],
            y.EnumerateArray().Select(e => e.ValueKind));
    }

    [Fact]
    public void A_scatter_without_points_is_written_as_one_gap_so_plotly_keeps_the_trace_and_its_style()
    {
        var empty = new Figure([new Scatter { X = [], Y = [], Name = "ring", Mode = "markers", Marker = new Marker { Size = 18 } }]);
        var trace = ChartJson.Trace(empty, 0);

        Assert.Equal([JsonValueKind.Null], trace.GetProperty("x").EnumerateArray().Select(e => e.ValueKind));
        Assert.Equal([JsonValueKind.Null], trace.GetProperty("y").EnumerateArray().Select(e => e.ValueKind));
        Assert.Equal(18, trace.GetProperty("marker").GetProperty("size").GetDouble());
    }

    [Fact]
    public void Traces_carry_their_plotly_type_once_and_no_kind_key()
    {
        var figure = Chart.Subplots(1, 2, Chart.Function(Math.Sin, 0, 1), Chart.Surface((x, y) => x * y, -1, 1, -1, 1, resolution: 3));

        Assert.DoesNotContain("\"kind\"", figure.ToJson());
        Assert.Equal(["scatter", "surface"], ChartJson.Types(figure));
        Assert.Equal(["scatter", "surface"], figure.Data.Select(t => t.Kind));
    }

    [Fact]
    public void Doubles_round_trip_exactly()
    {
        double[] values = [0.1, 1.0 / 3, Math.PI, 1e-300, -2.5e17, double.Epsilon, 123456789.123456789];

        Assert.Equal(values, ChartJson.Numbers(ChartJson.Trace(Points(values), 0).GetProperty("y")));
    }

    [Fact]
    public void Numbers_use_a_decimal_point_whatever_the_current_culture()
    {
        var before = CultureInfo.CurrentCulture;
        var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        comma.NumberFormat.NumberGroupSeparator = ".";
        try
        {
            CultureInfo.CurrentCulture = comma;
            Assert.Equal("1,5", 1.5.ToString());
            var figure = Points(1.5, 2.25).WithXRange(-0.5, 1.5);
            string json = figure.ToJson();

            Assert.Contains("[1.5,2.25]", json);
            Assert.Equal([-0.5, 1.5], ChartJson.Numbers(ChartJson.Parse(figure).GetProperty("layout").GetProperty("xaxis").GetProperty("range")));
            Assert.Contains("width:100%;height:450px", figure.ToHtml());
            Assert.Contains("width:640.5px;height:480px", figure.WithSize(640.5, 480).ToHtml());
            Assert.Equal("1.5", ChartJson.Trace(Chart.Bar(["a"], [1.5]), 0).GetProperty("text")[0].GetString());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Unset_attributes_are_left_out_rather_than_written_as_null()
    {
        string json = Points(1, 2).ToJson();

        Assert.DoesNotContain("null", json);
        Assert.DoesNotContain("frames", json);
        Assert.DoesNotContain("marker", json);
    }

    [Fact]
    public void Attribute_names_are_plotly_names()
    {
        var figure = Chart.Surface((x, y) => x * y, -1, 1, -1, 1, resolution: 3).WithTitle("t");
        var root = ChartJson.Parse(figure);
        var trace = root.GetProperty("data")[0];

        Assert.Equal("surface", trace.GetProperty("type").GetString());
        Assert.Equal("Viridis", trace.GetProperty("colorscale").GetString());
        Assert.True(root.GetProperty("layout").GetProperty("scene").TryGetProperty("aspectmode", out _));
        Assert.True(root.GetProperty("layout").GetProperty("scene").TryGetProperty("zaxis", out _));
        Assert.Equal("type", root.GetProperty("data")[0].EnumerateObject().First().Name);
    }

    [Fact]
    public void Titles_are_objects_with_text_because_plotly_4_drops_plain_strings()
    {
        var layout = ChartJson.Parse(Points(1, 2).WithTitle("Loss").WithXTitle("epoch").WithYTitle("L")).GetProperty("layout");

        Assert.Equal(JsonValueKind.Object, layout.GetProperty("title").ValueKind);
        Assert.Equal("Loss", ChartJson.Text(layout));
        Assert.Equal("epoch", ChartJson.Text(layout.GetProperty("xaxis")));
        Assert.Equal("L", ChartJson.Text(layout.GetProperty("yaxis")));
    }

    [Fact]
    public void Styling_returns_a_new_figure_and_leaves_the_old_one_unchanged()
    {
        var plain = Points(1, 2);
        var titled = plain.WithTitle("new").WithEqualAspect().WithAnnotation("min", 0, 1).WithSize(400, 300);
        var layout = ChartJson.Parse(titled).GetProperty("layout");

        Assert.Null(plain.Layout.Title);
        Assert.Equal("x", layout.GetProperty("yaxis").GetProperty("scaleanchor").GetString());
        Assert.Equal(1, layout.GetProperty("yaxis").GetProperty("scaleratio").GetDouble());
        Assert.Equal("min", layout.GetProperty("annotations")[0].GetProperty("text").GetString());
        Assert.True(layout.GetProperty("annotations")[0].GetProperty("showarrow").GetBoolean());
        Assert.Equal(400, layout.GetProperty("width").GetDouble());
    }

    [Fact]
    public void An_empty_axis_range_is_refused_naming_the_range()
    {
        var error = Assert.Throws<ArgumentException>(() => Points(1, 2).WithYRange(3, 3));

        Assert.Contains("[3, 3]", error.Message);
    }

    [Fact]
    public void ToString_summarises_traces_and_title()
    {
        var figure = Chart.Functions(-1, 1, ("a", x => x), ("b", x => -x)).WithTitle("Lines");

        Assert.Equal("Figure(2 traces: scatter, scatter; title \"Lines\")", figure.ToString());
    }
}
