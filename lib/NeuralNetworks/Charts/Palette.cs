namespace NeuralNetworks.Charts;

/// <summary>
/// The class colours every chart shares, so class 2 is the same green in a scatter and in its
/// decision boundary. Plotly's default qualitative palette (D3 "category10"); <see cref="Light"/>
/// gives the pale tint used behind the points.
/// </summary>
public static class Palette
{
    public static IReadOnlyList<string> Classes { get; } =
    [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ];

    /// <summary>The colour of class c (the palette repeats after ten classes).</summary>
    public static string ForClass(int c) => Classes[c % Classes.Count];

    /// <summary>
    /// Class c's colour mixed with white: rgb = w·255 + (1 − w)·colour, w = whiteness in [0, 1].
    /// </summary>
    public static string Light(int c, double whiteness = 0.7)
    {
        string hex = ForClass(c);
        int Mix(int i)
        {
            int color = Convert.ToInt32(hex.Substring(i, 2), 16);
            return (int)Math.Round(whiteness * 255 + (1 - whiteness) * color);
        }
        return $"rgb({Mix(1)},{Mix(3)},{Mix(5)})";
    }
}
