using System.Text.Json.Nodes;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Lessons;

/// <summary>
/// Every curve a chart's legend lists is visible (issue 14): no legend line is covered by the lines drawn after it.
/// A point of a line counts as covered when a later solid line on the same axes, at least as wide, passes within 1.5 %
/// of the y axis's range of it (about a line's width on the page; on a log axis, in log₁₀ y, as plotly draws it); a line is
/// hidden when 90 % of its points are covered.
/// A different colour does not help, since the later line is drawn on top; a wider line underneath, or a dashed or
/// dotted line on top, does. Read from the figures the solved lessons drew, frames included.
/// </summary>
[Collection(nameof(SolvedLessonsFixture))]
[Trait(Tier.Name, Tier.Full)]
public sealed class LegendVisibilityTests(SolvedLessonsFixture fixture)
{
    public static TheoryData<string> Lessons() => LessonExercises.Lessons();

    [Theory, MemberData(nameof(Lessons))]
    public void No_legend_entry_is_hidden_under_another(string file)
    {
        var run = fixture.Runs[file];
        var hidden = new List<string>();
        foreach (var result in run.Results)
            foreach (var output in result.Outputs)
                foreach (JsonObject figure in Figures(output))
                    hidden.AddRange(HiddenPairs(figure).Select(p => $"cell {result.Cell}, {Title(figure)}: {p}"));
        Assert.True(hidden.Count == 0, $"{file}: legend lines hidden under the lines drawn after them; style them apart:\n"
            + string.Join("\n", hidden));
    }

    [Fact]
    public void A_line_under_an_equal_solid_line_is_caught_and_a_line_styled_apart_is_not()
    {
        const string a = """{"type":"scatter","name":"a","mode":"lines","x":[0,1,2],"y":[2,3,4]}""";
        string B(string extra = "", string y = "[2,3,4]") =>
            $$"""{"type":"scatter","name":"b","mode":"lines","x":[0,1,2],"y":{{y}}{{extra}}}""";

        Assert.Equal(["\"a\" under \"b\""], HiddenPairs(Figure(a, B())));
        Assert.Equal(["\"a\" under \"b\""], HiddenPairs(Figure(a, B(y: "[2.01,3.01,4.01]"))));   // within a line's width
        Assert.Empty(HiddenPairs(Figure(a, B(",\"line\":{\"dash\":\"dash\"}"))));               // dashed on top
        Assert.Empty(HiddenPairs(Figure(a.Replace("\"mode\"", "\"line\":{\"width\":8},\"mode\""), B())));   // wider below
        Assert.Empty(HiddenPairs(Figure(a, B(",\"xaxis\":\"x2\",\"yaxis\":\"y2\""))));        // another panel
        Assert.Empty(HiddenPairs(Figure(a, B(y: "[2,3,9]"))));                                  // apart at one of three points
    }

    private static JsonObject Figure(params string[] traces) =>
        (JsonObject)JsonNode.Parse("{\"data\":[" + string.Join(",", traces) + "],\"layout\":{}}")!;

    private static IEnumerable<JsonObject> Figures(NotebookRunner.Notebooks.CellOutput output)
    {
        if (CourseCharts.ChartOutput.FigureJson(output) is { } json && JsonNode.Parse(json) is JsonObject figure) yield return figure;
    }

    /// <summary>"a" under "b" for each legend line a that the lines drawn after it hide, in the figure or a frame.</summary>
    private static IEnumerable<string> HiddenPairs(JsonObject figure)
    {
        var sets = new List<JsonArray?> { figure["data"] as JsonArray };
        sets.AddRange((figure["frames"] as JsonArray ?? []).Select(f => f?["data"] as JsonArray));
        var found = new HashSet<string>();
        foreach (var traces in sets.OfType<JsonArray>())
        {
            var lines = traces.OfType<JsonObject>().Where(IsLegendLine).ToList();
            for (int i = 0; i < lines.Count; i++)
            {
                var above = lines.Skip(i + 1).Where(b => Covers(b, lines[i])).ToList();
                var log = IsLogY(figure, Axes(lines[i]));
                double tolerance = 0.015 * YRange(figure, lines, Axes(lines[i]), log);
                if (above.Count > 0 && CoveredFraction(lines[i], above, tolerance, log) >= 0.9)
                    found.Add($"\"{lines[i]["name"]}\" under {string.Join(", ", above.Select(b => $"\"{b["name"]}\""))}");
            }
        }
        return found;
    }

    private static bool IsLegendLine(JsonObject t) =>
        (string?)t["type"] == "scatter" && t["name"] is not null && (bool?)t["showlegend"] != false
        && ((string?)t["mode"] ?? "lines").Contains("lines", StringComparison.Ordinal)
        && t["x"] is JsonArray && t["y"] is JsonArray { Count: > 1 };

    /// <summary>b, drawn after a, can hide a: same axes and x, solid, and at least as wide (plotly's default is 2 px).</summary>
    private static bool Covers(JsonObject b, JsonObject a) =>
        Axes(a) == Axes(b) && SameX((JsonArray)a["x"]!, (JsonArray)b["x"]!)
        && ((string?)b["line"]?["dash"] ?? "solid") == "solid" && Width(b) >= Width(a);

    private static double Width(JsonObject t) => (double?)t["line"]?["width"] ?? 2;

    private static string Axes(JsonObject t) => $"{(string?)t["xaxis"] ?? "x"}/{(string?)t["yaxis"] ?? "y"}";

    private static bool SameX(JsonArray a, JsonArray b) =>
        a.Count == b.Count && a.Zip(b).All(p => Number(p.First) is { } u && Number(p.Second) is { } v && Math.Abs(u - v) <= 1e-9 * Math.Max(1, Math.Abs(u)));

    private static double CoveredFraction(JsonObject a, List<JsonObject> above, double tolerance, bool log)
    {
        var y = (JsonArray)a["y"]!;
        int covered = Enumerable.Range(0, y.Count).Count(k => Plotted(y[k], log) is not { } v
            || above.Any(b => Plotted(((JsonArray)b["y"]!)[k], log) is { } w && Math.Abs(v - w) <= tolerance));
        return (double)covered / y.Count;
    }

    /// <summary>The y axis's fixed range if the layout sets one, else the span of every line drawn on those axes.</summary>
    /// <summary>Whether the y axis of these axes is logarithmic: then distances on the page are distances between log₁₀ y.</summary>
    private static bool IsLogY(JsonObject figure, string axes) =>
        (string?)figure["layout"]?["yaxis" + axes.Split('/')[1][1..]]?["type"] == "log";

    /// <summary>Where a value sits on the axis: y, or log₁₀ y on a log axis (where a value ≤ 0 is not drawn).</summary>
    private static double? Plotted(JsonNode? node, bool log) =>
        Number(node) is not { } v ? null : !log ? v : v > 0 ? Math.Log10(v) : null;

    private static double YRange(JsonObject figure, List<JsonObject> lines, string axes, bool log)
    {
        string yaxis = axes.Split('/')[1];
        string key = "yaxis" + yaxis[1..];
        if (figure["layout"]?[key]?["range"] is JsonArray { Count: 2 } range && Number(range[0]) is { } lo && Number(range[1]) is { } hi)
            return Math.Abs(hi - lo);
        var values = lines.Where(l => Axes(l) == axes).SelectMany(l => ((JsonArray)l["y"]!).Select(y => Plotted(y, log))).OfType<double>().ToList();
        double span = values.Count == 0 ? 0 : values.Max() - values.Min();
        return span > 0 ? span : 1;
    }

    private static double? Number(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out double d) && double.IsFinite(d) ? d : null;

    private static string Title(JsonObject figure) =>
        figure["layout"]?["title"]?["text"] is { } title ? $"\"{title}\"" : "untitled chart";
}
