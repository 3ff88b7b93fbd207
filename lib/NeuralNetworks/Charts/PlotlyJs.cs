namespace NeuralNetworks.Charts;

/// <summary>
/// The one plotly.js version the kit uses, pinned in three places that a test keeps equal:
/// this constant, package.json (plotly.js-dist-min) and the CDN URL below. The local bundle is
/// what <c>npm ci</c> installs.
/// </summary>
public static class PlotlyJs
{
    public const string Version = "4.1.2";

    /// <summary>
    /// The first font of plotly's default family ("Open Sans", verdana, arial, sans-serif).
    /// The exported site ships it (package.json's @fontsource/open-sans) so every reader
    /// sees the charts laid out as the layout tests measure them; where it is missing
    /// (a notebook on a machine without it) plotly falls back to Verdana or Arial.
    /// </summary>
    public const string Font = "Open Sans";

    public const string CdnUrl = "https://cdn.plot.ly/plotly-" + Version + ".min.js";

    /// <summary>Where npm puts the bundle, relative to the folder holding package.json.</summary>
    public static readonly string BundleRelativePath =
        Path.Combine("node_modules", "plotly.js-dist-min", "plotly.min.js");

    /// <summary>
    /// The local bundle found by walking up from <paramref name="start"/> (default: the
    /// current directory) to a folder with node_modules/plotly.js-dist-min/plotly.min.js;
    /// null when there is none.
    /// </summary>
    public static string? FindLocalBundle(string? start = null)
    {
        var startFolder = new DirectoryInfo(start ?? Directory.GetCurrentDirectory());
        for (var dir = startFolder; dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, BundleRelativePath);
            if (File.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
