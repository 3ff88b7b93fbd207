namespace NeuralNetworks.Charts;

public static partial class Chart
{
    /// <summary>
    /// A small grey-scale image given as its pixels row by row, top row first (lesson 09: an 8×8
    /// digit is 64 numbers): pixel (row r, column c) is pixels[r·width + c]. Drawn as a heatmap
    /// with square cells, 0 white and the largest value black, top row at the top.
    /// </summary>
    public static Figure Image(IReadOnlyList<double> pixels, int width, string? title = null)
    {
        if (width < 1 || pixels.Count == 0 || pixels.Count % width != 0)
            throw new ArgumentException(
                $"{pixels.Count} pixels do not make rows of width {width}: " +
                "give width ≥ 1 dividing the pixel count (64 pixels, width 8).", nameof(width));
        int height = pixels.Count / width;
        double max = pixels.Max();
        var z = Enumerable.Range(0, height)
            .Select(i => Enumerable.Range(0, width)
                .Select(c => pixels[(height - 1 - i) * width + c]).ToArray())
            .ToArray();
        var image = new Heatmap
        {
            X = Enumerable.Range(0, width).Select(c => (double)c).ToArray(),
            Y = Enumerable.Range(0, height).Select(i => (double)i).ToArray(),
            Z = z, ZMin = Math.Min(0, pixels.Min()), ZMax = max > 0 ? max : 1,
            ShowScale = false, Name = title ?? "image",
            ColorScale = ColorScale.FromStops((0, "white"), (1, "black")),
            HoverTemplate = "column %{x}, row from bottom %{y}<br>value %{z}<extra></extra>",
        };
        var figure = new Figure([image]).WithEqualAspect();
        return title is null ? figure : figure.WithTitle(title);
    }
}
