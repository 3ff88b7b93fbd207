using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Data;

namespace NeuralNetworks.Charts;

public static partial class Chart
{
    /// <summary>Points (x[i], y[i]) as markers.</summary>
    public static Figure Scatter(IReadOnlyList<double> x, IReadOnlyList<double> y,
        string? name = null)
    {
        RequireSameLength(x, y, "scatter");
        return new Figure([new Scatter { X = x, Y = y, Name = name, Mode = "markers" }]);
    }

    /// <summary>
    /// The examples of a data set as points coloured by class, one legend entry per class
    /// (lesson 01: is it linearly separable?). Plots feature <paramref name="xFeature"/> against
    /// feature <paramref name="yFeature"/>; axis titles are the feature names.
    /// </summary>
    public static Figure ScatterByClass(Dataset data, int xFeature = 0, int yFeature = 1)
    {
        RequireFeature(data, xFeature, nameof(xFeature));
        RequireFeature(data, yFeature, nameof(yFeature));
        var classes = ClassTraces(data.Features.Column(xFeature), data.Features.Column(yFeature),
            data.Labels, data.ClassNames);
        return new Figure(classes)
            .WithXTitle(data.FeatureNames[xFeature])
            .WithYTitle(data.FeatureNames[yFeature]);
    }

    /// <summary>
    /// Rows of an N×2 matrix as points coloured by label; classes are named "class 0", "class 1",
    /// … unless names are given.
    /// </summary>
    public static Figure ScatterByClass(Matrix<double> points, IReadOnlyList<int> labels,
        IReadOnlyList<string>? classNames = null)
    {
        if (points.ColumnCount != 2)
            throw new ArgumentException(
                $"Points are {points.RowCount}×{points.ColumnCount}; " +
                "a class scatter needs N×2 (x and y columns).", nameof(points));
        RequireSameLength(points.Column(0).ToArray(), labels, "class scatter");
        int classes = labels.Max() + 1;
        var names = classNames ?? Enumerable.Range(0, classes).Select(c => $"class {c}").ToList();
        if (names.Count < classes)
            throw new ArgumentException(
                $"Labels go up to {classes - 1} but only {names.Count} class names were given.",
                nameof(classNames));
        return new Figure(ClassTraces(points.Column(0), points.Column(1), labels, names));
    }

    internal static IEnumerable<Scatter> ClassTraces(Vector<double> x, Vector<double> y,
        IReadOnlyList<int> labels, IReadOnlyList<string> classNames)
    {
        for (int c = 0; c < classNames.Count; c++)
        {
            var rows = Enumerable.Range(0, labels.Count).Where(i => labels[i] == c).ToList();
            yield return new Scatter
            {
                X = rows.Select(i => x[i]).ToArray(), Y = rows.Select(i => y[i]).ToArray(),
                Name = classNames[c], Mode = "markers", LegendGroup = classNames[c],
                Marker = new Marker
                {
                    Color = Palette.ForClass(c), Size = 7,
                    Line = new Line { Color = "white", Width = 0.5 },
                },
            };
        }
    }

    private static void RequireFeature(Dataset data, int feature, string name)
    {
        if (feature < 0 || feature >= data.FeatureCount)
            throw new ArgumentException(
                $"Feature {feature} does not exist: " +
                $"the data set has {data.FeatureCount} features (0…{data.FeatureCount - 1}).",
                name);
    }
}
