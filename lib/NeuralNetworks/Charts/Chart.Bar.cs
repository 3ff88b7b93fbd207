using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Charts;

public static partial class Chart
{
    /// <summary>
    /// One bar per category, labelled with its value (e.g. softmax probabilities
    /// per class, lesson 03).
    /// </summary>
    public static Figure Bar(IReadOnlyList<string> categories, IReadOnlyList<double> values,
        string? name = null)
    {
        if (categories.Count != values.Count)
            throw new ArgumentException(
                $"There are {categories.Count} categories but {values.Count} values: " +
                "give one value per category.", nameof(values));
        if (categories.Count == 0)
            throw new ArgumentException(
                "The bar chart is empty (0 categories): give at least one.", nameof(categories));
        return new Figure([new Bar
        {
            X = categories, Y = values, Name = name,
            Text = values.Select(v => v.ToString("0.###", CultureInfo.InvariantCulture)).ToArray(),
            TextPosition = "auto",
            Marker = new Marker { Color = Palette.ForClass(0) },
        }]);
    }

    /// <summary>A vector as bars named "0", "1", … unless labels are given.</summary>
    public static Figure Bar(Vector<double> values, IReadOnlyList<string>? labels = null,
        string? name = null)
    {
        IReadOnlyList<string> names = labels ?? Enumerable.Range(0, values.Count)
            .Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();
        return Bar(names, values.ToArray(), name);
    }
}
