using System.Text.Json.Nodes;

namespace NotebookRunner.Tests.CourseCharts;

/// <summary>
/// The part of one subplot a reader sees: x from XFrom to XTo and y from YFrom to YTo, in axis units (log₁₀ of the value
/// on a log axis, as plotly gives a log axis's range). Each comes from the layout's axis range, or else from the span of
/// every trace drawn on those axes.
/// </summary>
internal sealed record PlottedRange(double XFrom, double XTo, bool LogX, double YFrom, double YTo, bool LogY)
{
    public static PlottedRange Of(JsonObject layout, IReadOnlyList<LegendTrace> traces, string xAxis, string yAxis)
    {
        var x = layout["xaxis" + xAxis[1..]] as JsonObject;
        var y = layout["yaxis" + yAxis[1..]] as JsonObject;
        bool logX = (string?)x?["type"] == "log", logY = (string?)y?["type"] == "log";
        var onAxes = traces.Where(t => t.XAxis == xAxis && t.YAxis == yAxis).ToList();
        var (x0, x1) = Range(x, onAxes.SelectMany(t => t.X), logX);
        var (y0, y1) = Range(y, onAxes.SelectMany(t => t.Y), logY);
        return new PlottedRange(x0, x1, logX, y0, y1, logY);
    }

    /// <summary>
    /// The share of the points inside the x range where the two traces' y coincide: within tolerance × the y range's height,
    /// or both clipped beyond the same edge. Points where both have no value are left out; null when no point is left.
    /// </summary>
    public double? SharedShare(LegendTrace s, LegendTrace t, double tolerance)
    {
        double height = YTo > YFrom ? YTo - YFrom : 1;
        int points = 0, shared = 0;
        for (int i = 0; i < s.X.Length; i++)
        {
            if (Axis(s.X[i], LogX) is not double x || x < XFrom || x > XTo)
                continue;
            double? p = Axis(s.Y[i], LogY), q = Axis(t.Y[i], LogY);
            if (p is null && q is null)
                continue;
            points++;
            if (p is double a && q is double b && (a > YTo && b > YTo || a < YFrom && b < YFrom || Math.Abs(a - b) <= tolerance * height))
                shared++;
        }
        return points == 0 ? null : (double)shared / points;
    }

    private static (double From, double To) Range(JsonObject? axis, IEnumerable<double?> values, bool log)
    {
        if (axis?["range"] is JsonArray { Count: 2 } r && r[0] is JsonValue a && a.TryGetValue(out double from) && r[1] is JsonValue b && b.TryGetValue(out double to))
            return (Math.Min(from, to), Math.Max(from, to));
        var seen = values.Select(v => Axis(v, log)).OfType<double>().ToList();
        return seen.Count == 0 ? (0, 0) : (seen.Min(), seen.Max());
    }

    /// <summary>A value in axis units: itself, or log₁₀ of it on a log axis (none for a value ≤ 0 there).</summary>
    private static double? Axis(double? value, bool log) => value is not double v ? null : !log ? v : v > 0 ? Math.Log10(v) : null;
}
