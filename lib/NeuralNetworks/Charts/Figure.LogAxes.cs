namespace NeuralNetworks.Charts;

/// <summary>
/// Logarithmic axes, for numbers that span several powers of ten (lesson 10: gradients per
/// layer, losses that fall from 1 to 0.001, errors that explode with the polynomial degree).
/// Equal steps on the axis are equal ratios.
/// </summary>
public sealed partial record Figure
{
    /// <summary>The x axis on a log scale (every x must be positive).</summary>
    public Figure WithLogX() =>
        WithLayout(l => l with { XAxis = (l.XAxis ?? new Axis()) with { Type = "log" } });

    /// <summary>The y axis on a log scale (every y must be positive).</summary>
    public Figure WithLogY() =>
        WithLayout(l => l with { YAxis = (l.YAxis ?? new Axis()) with { Type = "log" } });
}
