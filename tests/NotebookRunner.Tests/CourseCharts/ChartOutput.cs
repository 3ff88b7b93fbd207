using System.Text;
using System.Text.Json;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.CourseCharts;

/// <summary>
/// Reads the figure a notebook output draws. The one place that knows how a chart is stored in an output: today's runner
/// writes it as text/html whose script holds <c>var figure = {…};</c> (FigureHtml's loader); the .NET Interactive kernel
/// also writes the figure itself as application/vnd.plotly.v1+json, which is read first when it is there. Plotly.NET's
/// charts (the appendix) are text/html whose script holds <c>var data = […];</c> and <c>var layout = {…};</c>.
/// </summary>
public static class ChartOutput
{
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    private const string FigureInScript = "var figure = ";

    private const string PlotlyNetData = "var data = ";

    private const string PlotlyNetLayout = "var layout = ";

    /// <summary>The figure's JSON {"data", "layout", "frames"}, or null when the output draws no chart.</summary>
    public static string? FigureJson(CellOutput output)
    {
        if (output.Data is not { } data)
            return null;
        if (data.TryGetValue(PlotlyMimeType, out var bundle))
            return bundle;
        if (!data.TryGetValue("text/html", out var html))
            return null;
        if (JsonAfter(html, FigureInScript) is { } figure)
            return figure;
        return JsonAfter(html, PlotlyNetData) is { } traces && JsonAfter(html, PlotlyNetLayout) is { } layout
            ? $"{{\"data\":{traces},\"layout\":{layout}}}"
            : null;
    }

    /// <summary>The JSON value that follows <paramref name="prefix"/> in a script, or null when the prefix is not there.</summary>
    private static string? JsonAfter(string html, string prefix)
    {
        int at = html.IndexOf(prefix, StringComparison.Ordinal);
        if (at < 0)
            return null;
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(html[(at + prefix.Length)..]));
        using var value = JsonDocument.ParseValue(ref reader);
        return value.RootElement.GetRawText();
    }

    /// <summary>Whether Plotly.NET drew the chart (its script defines renderPlotly_…), not the course library.</summary>
    public static bool DrawnByPlotlyNet(CellOutput output) => output.Data is { } data &&
        data.TryGetValue("text/html", out var html) && html.Contains("var renderPlotly_", StringComparison.Ordinal);

    /// <summary>
    /// Whether the output draws with plotly at all: a bundle, or HTML whose script calls Plotly.newPlot (the word Plotly
    /// alone is not enough: the kernel's "Installed Packages" list names Plotly.NET).
    /// </summary>
    public static bool DrawsWithPlotly(CellOutput output) => output.Data is { } data &&
        (data.ContainsKey(PlotlyMimeType) || data.TryGetValue("text/html", out var html) && html.Contains("Plotly.newPlot", StringComparison.Ordinal));
}
