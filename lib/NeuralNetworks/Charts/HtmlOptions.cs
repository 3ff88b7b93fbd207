namespace NeuralNetworks.Charts;

/// <summary>
/// How a figure becomes HTML. <see cref="Fragment"/> (for notebooks) loads plotly.js
/// from the CDN and keeps plotly's mode bar; <see cref="Page"/> (for SaveHtml) hides it.
/// <see cref="EmbedPlotlyFrom"/> inlines a local bundle so the page works offline;
/// <see cref="Offline"/> finds node_modules' bundle.
/// </summary>
public sealed record HtmlOptions
{
    /// <summary>
    /// Shows the mode bar (zoom, pan, download) on hover; false hides it
    /// (plotly config displayModeBar).
    /// </summary>
    public bool DisplayModeBar { get; init; } = true;

    /// <summary>The plot resizes with its container (plotly config responsive).</summary>
    public bool Responsive { get; init; } = true;

    /// <summary>Where the script loads plotly.js from when it is not on the page already.</summary>
    public string PlotlyUrl { get; init; } = PlotlyJs.CdnUrl;

    /// <summary>
    /// A plotly.min.js file to inline into the HTML instead of loading <see cref="PlotlyUrl"/>;
    /// null to load it.
    /// </summary>
    public string? EmbedPlotlyFrom { get; init; }

    /// <summary>Height of the plot's div when the layout gives none, as CSS.</summary>
    public string DefaultHeight { get; init; } = "450px";

    public static HtmlOptions Fragment { get; } = new();

    public static HtmlOptions Page { get; } = new() { DisplayModeBar = false };

    /// <summary>
    /// A page that inlines the bundle at <paramref name="bundlePath"/>, or the one under
    /// node_modules found from the current directory.
    /// </summary>
    public static HtmlOptions Offline(string? bundlePath = null) => Page with
    {
        EmbedPlotlyFrom = bundlePath ?? PlotlyJs.FindLocalBundle()
            ?? throw new FileNotFoundException(
                $"No {PlotlyJs.BundleRelativePath} above {Directory.GetCurrentDirectory()}: " +
                "run `npm ci` or pass the bundle's path."),
    };
}
