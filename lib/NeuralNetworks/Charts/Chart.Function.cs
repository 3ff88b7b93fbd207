namespace NeuralNetworks.Charts;

public static partial class Chart
{
    /// <summary>
    /// y = f(x) drawn as a line over [from, to], sampled at <paramref name="points"/>
    /// evenly spaced x (lesson 02: activations).
    /// </summary>
    public static Figure Function(Func<double, double> f, double from, double to,
        string? name = null, int points = 200)
    {
        double[] x = Linspace(from, to, points);
        return new Figure([LineTrace(x, x.Select(f).ToArray(), name)]);
    }

    /// <summary>
    /// Several functions on one chart, one named line each, e.g. an activation and its derivative.
    /// </summary>
    public static Figure Functions(double from, double to,
        params (string Name, Func<double, double> F)[] functions) =>
        Functions(from, to, 200, functions);

    public static Figure Functions(double from, double to, int points,
        params (string Name, Func<double, double> F)[] functions)
    {
        if (functions.Length == 0)
            throw new ArgumentException(
                "No functions given: pass at least one (name, f) pair.", nameof(functions));
        double[] x = Linspace(from, to, points);
        return new Figure(functions.Select(g => LineTrace(x, x.Select(g.F).ToArray(), g.Name)));
    }

    /// <summary>Named series sharing one x, e.g. training and validation loss per epoch.</summary>
    public static Figure Lines(IReadOnlyList<double> x,
        params (string Name, IReadOnlyList<double> Y)[] series)
    {
        if (series.Length == 0)
            throw new ArgumentException(
                "No series given: pass at least one (name, y) pair.", nameof(series));
        foreach (var s in series)
            RequireSameLength(x, s.Y, $"series \"{s.Name}\"");
        return new Figure(series.Select(s => LineTrace(x, s.Y, s.Name)));
    }

    /// <summary>One series y against x = 0, 1, 2, …, e.g. the loss after each epoch.</summary>
    public static Figure Line(IReadOnlyList<double> y, string? name = null) =>
        Lines(Enumerable.Range(0, y.Count).Select(i => (double)i).ToArray(), (name ?? "y", y));

    private static Scatter LineTrace(IReadOnlyList<double> x, IReadOnlyList<double> y,
        string? name) =>
        new() { X = x, Y = y, Name = name, Mode = "lines" };
}
