namespace NeuralNetworks.Charts;

/// <summary>
/// A 3-D surface z = f(x, y) over a grid (plotly "surface", drawn with WebGL).
/// Shapes: X has m values, Y has n values, Z is n rows × m columns with Z[i][j] = f(X[j], Y[i]).
/// plotly.js 3+ colours surfaces with cmin/cmax (zmin/zmax were removed for this trace).
/// </summary>
public sealed record Surface : Trace
{
    public required IReadOnlyList<double> X { get; init; }

    public required IReadOnlyList<double> Y { get; init; }

    public required IReadOnlyList<IReadOnlyList<double>> Z { get; init; }

    public ColorScale? ColorScale { get; init; }

    public bool? ShowScale { get; init; }

    public double? CMin { get; init; }

    public double? CMax { get; init; }

    /// <summary>"scene", "scene2", …: the 3-D subplot this surface is drawn in.</summary>
    public string? Scene { get; init; }

    internal override bool InScene => true;

    public override Trace OnSubplot(int n) => this with { Scene = AxisId("scene", n) };
}
