using System.Text.Json.Nodes;

namespace NotebookRunner.Tests.CourseCharts;

/// <summary>The legend check on small figures whose answer is known by construction.</summary>
public sealed class LegendVisibilityTests
{
    private static JsonObject Line(string name, double[] y, Action<JsonObject>? change = null)
    {
        var trace = new JsonObject
        {
            ["type"] = "scatter", ["name"] = name, ["mode"] = "lines",
            ["x"] = new JsonArray([.. Enumerable.Range(0, y.Length).Select(i => JsonValue.Create((double)i))]),
            ["y"] = new JsonArray([.. y.Select(v => JsonValue.Create(v))]),
        };
        change?.Invoke(trace);
        return trace;
    }

    private static string Figure(JsonObject? layout, params JsonObject[] traces) =>
        new JsonObject { ["data"] = new JsonArray(traces), ["layout"] = layout?.DeepClone() ?? new JsonObject() }.ToJsonString();

    private static JsonObject YAxis(JsonObject axis) => new() { ["yaxis"] = axis };

    [Fact]
    public void Two_alike_lines_with_the_same_values_hide_one_entry()
    {
        var hidden = LegendVisibility.HiddenEntries(Figure(null, Line("ReLU", [0, 0, 1, 2]), Line("Leaky ReLU", [0, 0, 1, 2]), Line("tanh", [-1, 0, 0.7, 0.9])));

        Assert.StartsWith("\"ReLU\" and \"Leaky ReLU\" coincide on 100 % of the plotted range", Assert.Single(hidden));
    }

    public static TheoryData<string> SetApart() => new("dash", "width", "mode", "showlegend", "yaxis");

    [Theory]
    [MemberData(nameof(SetApart))]
    public void A_second_line_styled_apart_left_out_of_the_legend_or_on_other_axes_is_not_hidden(string change)
    {
        var second = Line("b", [0, 1, 2, 3], t =>
        {
            switch (change)
            {
                case "dash": t["line"] = new JsonObject { ["dash"] = "dash" }; break;
                case "width": t["line"] = new JsonObject { ["width"] = 5 }; break;
                case "mode": t["mode"] = "lines+markers"; break;
                case "showlegend": t["showlegend"] = false; break;
                case "yaxis": t["yaxis"] = "y2"; break;
            }
        });

        Assert.Single(LegendVisibility.HiddenEntries(Figure(null, Line("a", [0, 1, 2, 3]), Line("b", [0, 1, 2, 3]))));
        Assert.Empty(LegendVisibility.HiddenEntries(Figure(null, Line("a", [0, 1, 2, 3]), second)));
    }

    [Fact]
    public void Closeness_is_measured_against_the_height_of_the_plotted_range_and_clipped_points_coincide()
    {
        var layout = YAxis(new JsonObject { ["range"] = new JsonArray(0, 10) });

        Assert.Single(LegendVisibility.HiddenEntries(Figure(layout, Line("a", [1, 2, 3, 4]), Line("b", [1.1, 2.1, 3.1, 4.1]))));
        Assert.Empty(LegendVisibility.HiddenEntries(Figure(layout, Line("a", [1, 2, 3, 4]), Line("b", [1.5, 2.5, 3.5, 4.5]))));
        Assert.Single(LegendVisibility.HiddenEntries(Figure(layout, Line("a", [1, 20, 30, 40]), Line("b", [1, 50, 60, 70]))));
    }

    [Fact]
    public void Curves_apart_on_fewer_than_five_percent_of_the_points_still_hide_an_entry()
    {
        double[] flat = [.. Enumerable.Repeat(0.69, 50)], early = [1.5, .. Enumerable.Repeat(0.69, 49)], earlier = [1.5, 1.2, 0.9, .. Enumerable.Repeat(0.69, 47)];

        Assert.Contains("coincide on 98 %", Assert.Single(LegendVisibility.HiddenEntries(Figure(null, Line("linear", flat), Line("deep linear", early)))));
        Assert.Empty(LegendVisibility.HiddenEntries(Figure(null, Line("linear", flat), Line("deep linear", earlier))));
    }

    [Fact]
    public void On_a_log_axis_closeness_is_measured_in_decades()
    {
        var layout = YAxis(new JsonObject { ["type"] = "log" });

        Assert.Single(LegendVisibility.HiddenEntries(Figure(layout, Line("a", [1e-3, 1e-2, 1e-1, 1]), Line("b", [1.01e-3, 1.01e-2, 1.01e-1, 1.01]))));
        Assert.Empty(LegendVisibility.HiddenEntries(Figure(layout, Line("a", [1e-3, 1e-2, 1e-1, 1]), Line("b", [2e-3, 2e-2, 2e-1, 2]))));
    }

    [Fact]
    public void In_an_animation_only_pairs_that_coincide_in_every_frame_are_hidden()
    {
        string Animation(double[] sgd, double[] adam)
        {
            var figure = JsonNode.Parse(Figure(null, Line("SGD", [2, 2, 2, 2]), Line("Adam", [2, 2, 2, 2])))!.AsObject();
            figure["frames"] = new JsonArray(new JsonObject
            {
                ["name"] = "1", ["data"] = new JsonArray(new JsonObject { ["y"] = new JsonArray([.. sgd.Select(v => JsonValue.Create(v))]) },
                                                         new JsonObject { ["y"] = new JsonArray([.. adam.Select(v => JsonValue.Create(v))]) }),
            });
            return figure.ToJsonString();
        }

        Assert.Empty(LegendVisibility.HiddenEntries(Animation([2, 1, 0, 0], [2, 2, 1, 1])));
        Assert.Single(LegendVisibility.HiddenEntries(Animation([2, 1, 0, 0], [2, 1, 0, 0])));
    }

    [Fact]
    public void A_chart_without_a_legend_has_no_hidden_entries()
    {
        Assert.Empty(LegendVisibility.HiddenEntries(Figure(new JsonObject { ["showlegend"] = false }, Line("a", [0, 1, 2, 3]), Line("b", [0, 1, 2, 3]))));
    }
}
