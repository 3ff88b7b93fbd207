namespace NeuralNetworks.Charts;

/// <summary>
/// Where the legend sits (plotly layout.legend). plotly puts both the legend and a colour bar
/// at the right edge, where they overlap; charts with a colour bar use <see cref="AboveLeft"/>,
/// a horizontal legend just above the plot area.
/// </summary>
public sealed record Legend
{
    /// <summary>"v" (a column, plotly's default) or "h" (a row).</summary>
    public string? Orientation { get; init; }

    public double? X { get; init; }

    public double? Y { get; init; }

    public string? XAnchor { get; init; }

    public string? YAnchor { get; init; }

    public static Legend AboveLeft { get; } = new()
    {
        Orientation = "h", X = 0, Y = 1.02, XAnchor = "left", YAnchor = "bottom",
    };
}
