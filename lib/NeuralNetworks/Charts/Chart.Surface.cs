namespace NeuralNetworks.Charts;

public static partial class Chart
{
    /// <summary>
    /// z = f(x, y) as a 3-D surface over [xFrom, xTo] × [yFrom, yTo], sampled on a
    /// resolution × resolution grid (lesson 05: a loss surface). Axis titles default to x, y, z.
    /// </summary>
    public static Figure Surface(Func<double, double, double> f,
        double xFrom, double xTo, double yFrom, double yTo,
        int resolution = 50, string? name = null)
    {
        RequireResolution(resolution);
        double[] x = Linspace(xFrom, xTo, resolution), y = Linspace(yFrom, yTo, resolution);
        var surface = new Surface
        {
            X = x, Y = y, Z = Grid(f, x, y), Name = name, ColorScale = ColorScale.Viridis,
        };
        var layout = new Layout
        {
            Scene = new Scene { AspectMode = "cube" }, Margin = new Margin(20, 20, 60, 20),
        };
        return new Figure([surface], layout)
            .WithXTitle("x").WithYTitle("y").WithZTitle("z");
    }

    /// <summary>
    /// Level curves of z = f(x, y) over a grid, filled with a colour scale
    /// (lesson 05: gradient descent seen from above). Add the descent with
    /// <see cref="Figure.WithPath(IReadOnlyList{double}, IReadOnlyList{double}, string, string)"/>.
    /// </summary>
    public static Figure Contour(Func<double, double, double> f,
        double xFrom, double xTo, double yFrom, double yTo,
        int resolution = 60, int levels = 20, string? name = null)
    {
        RequireResolution(resolution);
        double[] x = Linspace(xFrom, xTo, resolution), y = Linspace(yFrom, yTo, resolution);
        var contour = new Contour
        {
            X = x, Y = y, Z = Grid(f, x, y), Name = name ?? "f(x, y)", NContours = levels,
            ColorScale = ColorScale.Viridis,
            Contours = new ContourLevels { Coloring = "fill", ShowLabels = false },
        };
        return new Figure([contour], new Layout { Legend = Legend.AboveLeft })
            .WithXTitle("x").WithYTitle("y");
    }

    /// <summary>
    /// z = f(x, y) as coloured cells over a grid, e.g. a loss landscape or a weight matrix.
    /// </summary>
    public static Figure Heatmap(Func<double, double, double> f,
        double xFrom, double xTo, double yFrom, double yTo,
        int resolution = 60, string? name = null)
    {
        RequireResolution(resolution);
        double[] x = Linspace(xFrom, xTo, resolution), y = Linspace(yFrom, yTo, resolution);
        var heatmap = new Heatmap
        {
            X = x, Y = y, Z = Grid(f, x, y), Name = name ?? "f(x, y)",
            ColorScale = ColorScale.Viridis,
        };
        return new Figure([heatmap], new Layout { Legend = Legend.AboveLeft })
            .WithXTitle("x").WithYTitle("y");
    }
}
