using NeuralNetworks.Activations;
using NeuralNetworks.Charts;

namespace NeuralNetworks.Tests.Charts;

/// <summary>One figure of every kind the lessons draw, for the browser tests and their screenshots.</summary>
internal static class ChartGallery
{
    /// <summary>f(x, y) = x²/20 + y², the elongated bowl gradient descent zig-zags across (lesson 05).</summary>
    public static double Bowl(double x, double y) => x * x / 20 + y * y;

    /// <summary>Positions of plain gradient descent on <see cref="Bowl"/> from (−7, 2): p ← p − η·∇f, ∇f = (x/10, 2y).</summary>
    public static (double[] X, double[] Y) Descent(int steps, double learningRate = 0.9)
    {
        double[] xs = new double[steps + 1], ys = new double[steps + 1];
        (xs[0], ys[0]) = (-7, 2);
        for (int k = 1; k <= steps; k++)
            (xs[k], ys[k]) = (xs[k - 1] - learningRate * xs[k - 1] / 10, ys[k - 1] - learningRate * 2 * ys[k - 1]);
        return (xs, ys);
    }

    public static IReadOnlyList<(string Name, Figure Figure)> All()
    {
        var data = ChartData.Blobs(n: 30);
        var (px, py) = Descent(20);
        var sigmoid = Chart.Function(Activation.Sigmoid.Apply, -6, 6, name: "σ").WithTitle("Sigmoid").WithXTitle("u").WithYTitle("σ(u)");
        return
        [
            ("function", sigmoid),
            ("series", Chart.Functions(-3, 3, ("sigmoid", Activation.Sigmoid.Apply), ("tanh", Activation.Tanh.Apply), ("ReLU", Activation.ReLU.Apply))
                .WithTitle("Activations").WithXTitle("u").WithYTitle("f(u)").WithYRange(-1.2, 3)),
            ("class-scatter", Chart.ScatterByClass(data).WithTitle("Three classes").WithEqualAspect()),
            ("bar", Chart.Bar(Softmax.Apply(Vector<double>.Build.DenseOfArray([2.0, 1.0, 0.1])), ["cat", "dog", "bird"], name: "p")
                .WithTitle("Softmax probabilities").WithYTitle("p").WithYRange(0, 1)),
            ("surface", Chart.Surface(Bowl, -10, 10, -3, 3, resolution: 40).WithTitle("Loss surface f(x, y) = x²/20 + y²").WithZTitle("f")),
            ("contour-path", Chart.Contour(Bowl, -10, 10, -3, 3).WithPath(px, py, name: "descent (η = 0.9)")
                .WithTitle("Gradient descent").WithAnnotation("minimum", 0, 0)),
            ("heatmap", Chart.Heatmap((x, y) => Math.Sin(x) * Math.Cos(y), -3, 3, -3, 3).WithTitle("sin x · cos y")),
            ("decision-boundary", Chart.DecisionBoundary(data, ChartData.NearestCentre, resolution: 80).WithTitle("Nearest-centre classifier")),
            ("subplots", Chart.Subplots(2, 2,
                sigmoid,
                Chart.Function(Activation.Sigmoid.Derivative, -6, 6, name: "σ′").WithTitle("Sigmoid′"),
                Chart.Function(Activation.Tanh.Apply, -3, 3, name: "tanh").WithTitle("Tanh"),
                Chart.Surface(Bowl, -10, 10, -3, 3, resolution: 20).WithTitle("Bowl"))),
            ("animation", Chart.Animation(Enumerable.Range(1, 10).Select(k =>
                Chart.Contour(Bowl, -10, 10, -3, 3, resolution: 40).WithPath(px[..(k * 2 + 1)], py[..(k * 2 + 1)], name: "descent")
                    .WithTitle("Descent, step by step")).ToList(),
                labels: Enumerable.Range(1, 10).Select(k => (k * 2).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList())),
        ];
    }
}
