namespace NeuralNetworks.Charts;

/// <summary>
/// One-line figures for what the lessons draw. Each helper lives in its own file
/// (Chart.Function.cs, Chart.Scatter.cs, …); this file holds the guards and the grid sampling they
/// share. Every helper returns a <see cref="Figure"/> to style with With… methods.
/// </summary>
public static partial class Chart
{
    /// <summary>n evenly spaced values from a to b inclusive: xᵢ = a + i·(b − a)/(n − 1).</summary>
    public static double[] Linspace(double from, double to, int count)
    {
        if (count < 2)
            throw new ArgumentException(
                $"A range needs at least 2 points but {count} were asked for: use points ≥ 2.",
                nameof(count));
        if (!(from < to) || !double.IsFinite(from) || !double.IsFinite(to))
            throw new ArgumentException(
                $"The range [{from}, {to}] is empty: give from < to, both finite.", nameof(to));
        var x = new double[count];
        for (int i = 0; i < count; i++)
            x[i] = from + i * (to - from) / (count - 1);
        x[^1] = to;
        return x;
    }

    /// <summary>
    /// Z[i][j] = f(x[j], y[i]): one row per y, one column per x, as plotly's surface,
    /// contour and heatmap expect.
    /// </summary>
    public static double[][] Grid(Func<double, double, double> f,
        IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var z = new double[y.Count][];
        for (int i = 0; i < y.Count; i++)
        {
            z[i] = new double[x.Count];
            for (int j = 0; j < x.Count; j++)
                z[i][j] = f(x[j], y[i]);
        }
        return z;
    }

    internal static void RequireSameLength<T>(IReadOnlyList<double> x, IReadOnlyList<T> y,
        string what)
    {
        if (x.Count != y.Count)
            throw new ArgumentException(
                $"The {what} has {x.Count} x values but {y.Count} y values: give one y per x.");
        if (x.Count == 0)
            throw new ArgumentException(
                $"The {what} is empty (0 points): give at least one point.");
    }

    internal static void RequireResolution(int resolution)
    {
        if (resolution < 2)
            throw new ArgumentException(
                $"A grid of resolution {resolution}×{resolution} has no area to draw: " +
                "use resolution ≥ 2.", nameof(resolution));
    }
}
