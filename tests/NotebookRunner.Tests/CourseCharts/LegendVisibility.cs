using System.Globalization;
using System.Text.Json.Nodes;

namespace NotebookRunner.Tests.CourseCharts;

/// <summary>
/// Legend entries a reader cannot see: two scatter traces listed in the legend, on the same axes, with the same x values
/// and the same style (dash, width, marker symbol, mode; colour does not count, since the later trace is drawn over the
/// earlier), whose y values coincide over nearly all of the plotted range, so that one curve hides the other.
/// Coincide: within <see cref="Tolerance"/> of the plotted y range's height (on a log axis, of its decades) at no fewer
/// than <see cref="Share"/> of the points inside the plotted x range; two points clipped beyond the same edge of the y
/// range coincide. The plotted range is the layout's, or else the span of every scatter on those axes. In an animation a
/// pair is reported only when it coincides in the first view and in every frame (paths that share a start part later).
/// </summary>
public static class LegendVisibility
{
    public const double Tolerance = 0.015;

    public const double Share = 0.95;

    /// <summary>One line per hidden pair, naming both entries and how much of the range they share; empty when all are visible.</summary>
    public static IReadOnlyList<string> HiddenEntries(string figureJson)
    {
        var figure = JsonNode.Parse(figureJson)!.AsObject();
        var layout = figure["layout"] as JsonObject ?? [];
        if (layout["showlegend"] is JsonValue show && show.TryGetValue(out bool shown) && !shown)
            return [];
        var data = (figure["data"] as JsonArray ?? []).Select(t => t!.AsObject()).ToList();
        var traces = data.Select(LegendTrace.Read).ToList();
        var hidden = CoincidingPairs(traces, layout);
        foreach (var frame in figure["frames"] as JsonArray ?? [])
        {
            var frameData = frame?["data"] as JsonArray ?? [];
            var drawn = data.Select((t, i) => LegendTrace.Read(LegendTrace.Merged(t, frameData.ElementAtOrDefault(i) as JsonObject), i)).ToList();
            var inFrame = CoincidingPairs(drawn, layout);
            hidden = hidden.Where(p => inFrame.ContainsKey(p.Key)).ToDictionary();
        }
        return hidden.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"\"{traces[p.Key.A].Name}\" and \"{traces[p.Key.B].Name}\" coincide on {p.Value:P0} of the plotted range and are styled alike " +
            $"({traces[p.Key.A].Style}), so one legend entry has no visible curve: set them apart (dash, width, marker symbol or mode)")).ToList();
    }

    /// <summary>Pairs (A, B) of legend traces that coincide, with the share of points where they do.</summary>
    private static Dictionary<(int A, int B), double> CoincidingPairs(IReadOnlyList<LegendTrace> traces, JsonObject layout)
    {
        var pairs = new Dictionary<(int, int), double>();
        for (int a = 0; a < traces.Count; a++)
            for (int b = a + 1; b < traces.Count; b++)
            {
                var (s, t) = (traces[a], traces[b]);
                if (!s.InLegend || !t.InLegend || s.XAxis != t.XAxis || s.YAxis != t.YAxis || s.Style != t.Style || !s.SharesXWith(t))
                    continue;
                var plotted = PlottedRange.Of(layout, traces, s.XAxis, s.YAxis);
                if (plotted.SharedShare(s, t, Tolerance) is double share && share >= Share)
                    pairs[(a, b)] = share;
            }
        return pairs;
    }
}
