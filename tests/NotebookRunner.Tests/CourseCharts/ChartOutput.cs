using System.Text;
using System.Text.Json;
using NotebookRunner.Execution;

namespace NotebookRunner.Tests.CourseCharts;

/// <summary>
/// Reads the figure a notebook output draws. The one place that knows how a chart is stored in an output: today's runner
/// writes it as text/html whose script holds <c>var figure = {…};</c> (FigureHtml's loader); the .NET Interactive kernel
/// also writes the figure itself as application/vnd.plotly.v1+json, which is read first when it is there.
/// </summary>
public static class ChartOutput
{
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    private const string FigureInScript = "var figure = ";

    /// <summary>The figure's JSON {"data", "layout", "frames"}, or null when the output draws no chart.</summary>
    public static string? FigureJson(CellOutput output)
    {
        if (output.Data is not { } data)
            return null;
        if (data.TryGetValue(PlotlyMimeType, out var bundle))
            return bundle;
        int at = data.TryGetValue("text/html", out var html) ? html.IndexOf(FigureInScript, StringComparison.Ordinal) : -1;
        if (at < 0)
            return null;
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(html![(at + FigureInScript.Length)..]));
        using var figure = JsonDocument.ParseValue(ref reader);
        return figure.RootElement.GetRawText();
    }

    /// <summary>Whether the output draws with plotly at all (a bundle, or HTML that loads plotly.js).</summary>
    public static bool DrawsWithPlotly(CellOutput output) => output.Data is { } data &&
        (data.ContainsKey(PlotlyMimeType) || data.TryGetValue("text/html", out var html) && html.Contains("Plotly", StringComparison.Ordinal));
}
