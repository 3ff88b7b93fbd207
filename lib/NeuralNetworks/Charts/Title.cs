namespace NeuralNetworks.Charts;

/// <summary>
/// A plotly title object <c>{"text": …}</c>. plotly.js 3 and later silently drop a plain-string title,
/// so every title in a figure is one of these. Text may hold plotly's small HTML subset (&lt;b&gt;, &lt;br&gt;, &lt;sub&gt;).
/// </summary>
public sealed record Title(string Text)
{
    /// <summary>Horizontal position as a fraction of the paper width (0.5 centres it).</summary>
    public double? X { get; init; }

    public Font? Font { get; init; }

    public static implicit operator Title(string text) => new(text);
}

/// <summary>Font of a title or annotation: size in px, CSS colour, family.</summary>
public sealed record Font
{
    public double? Size { get; init; }

    public string? Color { get; init; }

    public string? Family { get; init; }
}
