using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Data;

namespace NeuralNetworks.Charts;

public static partial class Chart
{
    /// <summary>
    /// Where a classifier puts each class, over the plane of a two-feature data set
    /// (lessons 01, 07): the predicted class on a resolution × resolution grid covering the data
    /// plus a margin, as pale class colours, with the data on top. The classifier sees the whole
    /// grid as one batch (one point per row, G×2), so <c>network.Classify</c> fits directly.
    /// </summary>
    public static Figure DecisionBoundary(Dataset data,
        Func<Matrix<double>, IReadOnlyList<int>> classify,
        int resolution = 100, double margin = 0.1)
    {
        var (x, y, grid) = BoundaryGrid(data, resolution, margin);
        IReadOnlyList<int> predicted = classify(grid);
        if (predicted.Count != grid.RowCount)
            throw new ArgumentException(
                $"The classifier returned {predicted.Count} classes " +
                $"for {grid.RowCount} grid points: return one per row.", nameof(classify));
        var z = Enumerable.Range(0, y.Length)
            .Select(i => Enumerable.Range(0, x.Length)
                .Select(j => (double)predicted[i * x.Length + j]).ToArray())
            .ToArray();
        var background = new Heatmap
        {
            X = x, Y = y, Z = z, ZMin = -0.5, ZMax = data.ClassCount - 0.5,
            ShowScale = false, Name = "predicted class",
            ColorScale = ColorScale.Stepped(
                Enumerable.Range(0, data.ClassCount).Select(c => Palette.Light(c)).ToList()),
            HoverTemplate = "x=%{x:.3g}<br>y=%{y:.3g}<br>class %{z}<extra></extra>",
        };
        var examples = ClassTraces(data.Features.Column(0), data.Features.Column(1),
            data.Labels, data.ClassNames);
        return new Figure([background, .. examples])
            .WithXTitle(data.FeatureNames[0]).WithYTitle(data.FeatureNames[1])
            .WithXRange(x[0], x[^1]).WithYRange(y[0], y[^1]);
    }

    /// <summary>
    /// The same, from class probabilities (G×K, one row per grid point): the predicted class is the
    /// most probable one, and contour lines of that top probability (0.5 … 0.9) show how sure the
    /// classifier is near the boundary.
    /// </summary>
    public static Figure DecisionBoundary(Dataset data,
        Func<Matrix<double>, Matrix<double>> probabilities,
        int resolution = 100, double margin = 0.1)
    {
        var (x, y, grid) = BoundaryGrid(data, resolution, margin);
        Matrix<double> P = probabilities(grid);
        if (P.RowCount != grid.RowCount || P.ColumnCount != data.ClassCount)
            throw new ArgumentException(
                $"The probabilities are {P.RowCount}×{P.ColumnCount} " +
                $"but the grid needs {grid.RowCount}×{data.ClassCount} " +
                "(one row per point, one column per class).", nameof(probabilities));
        int[] predicted = Enumerable.Range(0, P.RowCount)
            .Select(r => P.Row(r).MaximumIndex()).ToArray();
        var top = Enumerable.Range(0, y.Length)
            .Select(i => Enumerable.Range(0, x.Length)
                .Select(j => P.Row(i * x.Length + j).Maximum()).ToArray())
            .ToArray();
        var confidence = new Contour
        {
            X = x, Y = y, Z = top, Name = "top probability", ShowLegend = false,
            Contours = new ContourLevels
            {
                Coloring = "none", ShowLabels = true, Start = 0.5, End = 0.9, Size = 0.1,
            },
            Line = new Line { Color = "rgba(0,0,0,0.35)", Width = 1 },
        };
        var figure = DecisionBoundary(data, _ => predicted, resolution, margin);
        return figure with { Data = [figure.Data[0], confidence, .. figure.Data.Skip(1)] };
    }

    private static (double[] X, double[] Y, Matrix<double> Grid) BoundaryGrid(
        Dataset data, int resolution, double margin)
    {
        if (data.FeatureCount != 2)
            throw new ArgumentException(
                $"The data set has {data.FeatureCount} features; " +
                "a decision boundary is drawn over exactly 2: select two features first.",
                nameof(data));
        if (data.Count == 0)
            throw new ArgumentException(
                "The data set is empty (0 examples): there is no region to draw.", nameof(data));
        RequireResolution(resolution);
        double[] x = Padded(data.Features.Column(0), margin, resolution);
        double[] y = Padded(data.Features.Column(1), margin, resolution);
        var grid = Matrix<double>.Build.Dense(x.Length * y.Length, 2,
            (r, c) => c == 0 ? x[r % x.Length] : y[r / x.Length]);
        return (x, y, grid);
    }

    /// <summary>
    /// resolution points from min − m·span to max + m·span (span 1 when all values are equal).
    /// </summary>
    private static double[] Padded(Vector<double> v, double margin, int resolution)
    {
        double min = v.Minimum(), max = v.Maximum(), span = max > min ? max - min : 1;
        return Linspace(min - margin * span, max + margin * span, resolution);
    }
}
