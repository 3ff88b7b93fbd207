namespace NeuralNetworks.Charts;

/// <summary>
/// A 2-D axis (plotly layout.xaxis, layout.yaxis2, …). Equal aspect: the y axis gets
/// ScaleAnchor = "x", ScaleRatio = 1, so one unit of y is as long on screen as one unit of x.
/// Domain places the axis on the paper, as fractions [from, to].
/// </summary>
public sealed record Axis
{
    public Title? Title { get; init; }

    /// <summary>[min, max] in data units; plotly picks one when null.</summary>
    public IReadOnlyList<double>? Range { get; init; }

    /// <summary>"linear", "log" or "category".</summary>
    public string? Type { get; init; }

    public string? ScaleAnchor { get; init; }

    public double? ScaleRatio { get; init; }

    /// <summary>"range" (default) or "domain": what equal aspect may change.</summary>
    public string? Constrain { get; init; }

    public IReadOnlyList<double>? Domain { get; init; }

    /// <summary>The axis this one crosses, e.g. "y2" for xaxis2.</summary>
    public string? Anchor { get; init; }

    public bool? ZeroLine { get; init; }

    public bool? ShowGrid { get; init; }

    /// <summary>
    /// false hides the numbers along the axis, for drawings whose coordinates mean nothing
    /// (a graph's layout).
    /// </summary>
    public bool? ShowTickLabels { get; init; }
}

/// <summary>
/// A 3-D subplot (plotly layout.scene, scene2, …): three axes, a place on the paper
/// and an aspect mode.
/// </summary>
public sealed record Scene
{
    [System.Text.Json.Serialization.JsonPropertyName("xaxis")]
    public Axis? XAxis { get; init; }

    [System.Text.Json.Serialization.JsonPropertyName("yaxis")]
    public Axis? YAxis { get; init; }

    [System.Text.Json.Serialization.JsonPropertyName("zaxis")]
    public Axis? ZAxis { get; init; }

    public SceneDomain? Domain { get; init; }

    /// <summary>"auto", "cube", "data" or "manual".</summary>
    public string? AspectMode { get; init; }
}

/// <summary>Where a scene sits on the paper: X and Y are [from, to] fractions.</summary>
public sealed record SceneDomain(IReadOnlyList<double> X, IReadOnlyList<double> Y);
