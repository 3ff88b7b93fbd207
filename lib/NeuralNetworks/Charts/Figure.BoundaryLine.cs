using NeuralNetworks.Perceptrons;

namespace NeuralNetworks.Charts;

/// <summary>
/// A perceptron's decision boundary w₁x₁ + w₂x₂ + b = 0 drawn as a straight line over a chart
/// (lesson 01), e.g. on top of <c>Chart.DecisionBoundary(data, X => p.Predict(X))</c>, which fixes
/// the axis ranges the line spans. A line that does not exist (w₁ = w₂ = 0) is drawn as an empty
/// trace, so every frame of an animation keeps the same traces.
/// </summary>
public sealed partial record Figure
{
    public Figure WithBoundaryLine(BoundaryLine line, string name = "boundary",
        string color = "#333333", string dash = "solid")
    {
        IReadOnlyList<double> x = Layout.XAxis?.Range ?? throw MissingRange("x");
        IReadOnlyList<double> y = Layout.YAxis?.Range ?? throw MissingRange("y");
        var segment = line.Segment(x[0], x[1], y[0], y[1]);
        double[] xs = segment is { } s ? [s.From.X1, s.To.X1] : [];
        double[] ys = segment is { } t ? [t.From.X2, t.To.X2] : [];
        return WithTrace(new Scatter
        {
            X = xs, Y = ys, Name = name, Mode = "lines",
            Line = new Line { Color = color, Width = 3, Dash = dash },
        });
    }

    private static InvalidOperationException MissingRange(string axis) => new(
        $"The figure has no {axis} range, so the boundary line has no ends: " +
        $"call With{axis.ToUpperInvariant()}Range(min, max) first, " +
        "or draw it on Chart.DecisionBoundary, which sets both ranges.");
}
