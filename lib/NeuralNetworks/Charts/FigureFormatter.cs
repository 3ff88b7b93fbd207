using System.Collections;

namespace NeuralNetworks.Charts;

/// <summary>
/// The formatter source <see cref="Figure"/> names through
/// <see cref="TypeFormatterSourceAttribute"/>: text/html draws the figure (an HTML fragment that
/// loads plotly.js in any notebook host), application/vnd.plotly.v1+json is the figure itself
/// (data, layout, frames), which JupyterLab, VS Code's Jupyter renderers and nbviewer draw without
/// any script, and text/plain is its one-line summary.
/// </summary>
public sealed class FigureFormatterSource
{
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    public IEnumerable CreateTypeFormatters() => new[]
    {
        new FigureFormatter("text/html", f => f.ToHtml()),
        new FigureFormatter(PlotlyMimeType, FigureJson.Serialize),
        new FigureFormatter("text/plain", f => f.ToString()),
    };
}

/// <summary>
/// Writes a <see cref="Figure"/> as one MIME type; Format returns false for any other value.
/// </summary>
public sealed class FigureFormatter(string mimeType, Func<Figure, string> render)
{
    public string MimeType { get; } = mimeType;

    public Type Type => typeof(Figure);

    public bool Format(object value, TextWriter writer)
    {
        if (value is not Figure figure)
            return false;
        writer.Write(render(figure));
        return true;
    }

    public override string ToString() => $"FigureFormatter({MimeType})";
}
