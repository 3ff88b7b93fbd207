using NeuralNetworks.Activations;
using NeuralNetworks.Charts;
using NeuralNetworks.Data;
using NeuralNetworks.Layers;
using NeuralNetworks.Perceptrons;

namespace NeuralNetworks.Tests.Charts;

/// <summary>
/// Every Chart helper and Figure method called the way the lessons call it (the lesson is in each name), with small
/// seeded data, for the plotly.js validation test, and the browser tests' <see cref="ChartGallery"/>.
/// Lessons 06–11 are in LessonFigures.Later.cs.
/// </summary>
internal static partial class LessonFigures
{
    public static IReadOnlyDictionary<string, Func<Figure>> All { get; } = new[] { Early(), Later(), Gallery() }
        .SelectMany(d => d).ToDictionary(p => p.Key, p => p.Value);

    private static Dictionary<string, Func<Figure>> Gallery() =>
        ChartGallery.All().Select(g => g.Name).ToDictionary(name => "gallery " + name, name => (Func<Figure>)(() => ChartGallery.All().Single(g => g.Name == name).Figure));

    public static TheoryData<string> Names() => new(All.Keys.Order(StringComparer.Ordinal));

    /// <summary>An untrained 2-5-3 softmax network: three classes, as <see cref="ChartData.Blobs"/> has.</summary>
    private static Network Net() => new([2, 5, 3], Activation.ReLU, seed: 1);

    private static Figure Gate(Perceptron gate, Dataset truth, string title) =>
        Chart.DecisionBoundary(truth, X => gate.Predict(X), resolution: 30, margin: 0.3)
            .WithBoundaryLine(gate.Boundary, name: "boundary").WithTitle(title).WithXTitle("x1").WithYTitle("x2");

    private static Dictionary<string, Func<Figure>> Early() => new()
    {
        ["00 NeuronModel"] = () => Chart.NeuronModel(),
        ["00 Function with titles"] = () => Chart.Function(Activation.Sigmoid.Apply, -6, 6, name: "σ(u)")
            .WithTitle("The sigmoid function").WithXTitle("u").WithYTitle("σ(u)"),
        ["00 ScatterByClass, ranges, equal aspect"] = () => Chart.ScatterByClass(ToyData.And())
            .WithTitle("AND").WithXRange(-0.5, 1.5).WithYRange(-0.5, 1.5).WithEqualAspect(),
        ["01 Subplots of decision boundaries with boundary lines"] = () => Chart.Subplots(1, 3,
                Gate(LogicGates.And, ToyData.And(), "AND"), Gate(LogicGates.Or, ToyData.Or(), "OR"), Gate(LogicGates.Nand, ToyData.Nand(), "NAND"))
            .WithLayout(l => l with { Height = 420 }),
        ["01 Lines"] = () => Chart.Lines([1, 2, 3], ("AND", [2, 1, 0]), ("XOR", [2, 3, 2]))
            .WithTitle("mistakes per epoch").WithXTitle("epoch").WithYTitle("mistakes"),
        ["01 Animation of decision boundaries with an added ring"] = () => Chart.Animation(
            [Gate(LogicGates.Or, ToyData.Or(), "start").WithTrace(Ring([])), Gate(LogicGates.And, ToyData.Or(), "").WithTrace(Ring([1]))],
            ["start", "1"], frameMilliseconds: 700, prefix: "update "),
        ["02 Functions with a y range"] = () => Chart.Functions(-4, 4, Activation.All.Select(f => (f.Name, (Func<double, double>)f.Apply)).ToArray())
            .WithTitle("Six activation functions").WithXTitle("u").WithYTitle("f(u)").WithYRange(-1.5, 2.5),
        ["02 Subplots of functions and derivatives"] = () => Chart.Subplots(2, 3, new[] { Activation.Step, Activation.Sigmoid, Activation.ReLU }
                .Select(f => Chart.Functions(-4, 4, ("f(u)", f.Apply), ("f′(u)", f.Derivative)).WithTitle(f.Name).WithXTitle("u").WithYRange(-1.2, 2.2))
                .ToArray())
            .WithLayout(l => l with { Height = 760 }),
        ["02 Animation of bars"] = () => Chart.Animation(new[] { 0.5, 1, 2 }
                .Select(T => Chart.Bar(["a", "b", "c"], Softmax.Apply(Vector<double>.Build.DenseOfArray([0.3, 2.9, 4.0]), T).ToArray(), name: "probability")
                    .WithTitle("Softmax at temperature T").WithYTitle("probability").WithYRange(0, 1)).ToList(),
            ["0.5", "1", "2"], frameMilliseconds: 500, prefix: "T = "),
        ["03 Function with annotations"] = () => Chart.Function(Activation.ReLU.Apply, -4, 4, name: "ReLU(u)")
            .WithTitle("ReLU").WithXTitle("u").WithYTitle("ReLU(u)").WithAnnotation("ReLU(2) = 2", 2, 2).WithAnnotation("0", -3, 0),
        ["03 Subplots of contours"] = () => Chart.Subplots(1, 2,
                Chart.Contour((x, y) => x + y, -3, 3, -3, 3, resolution: 20, levels: 16, name: "output").WithTitle("linear").WithXTitle("x1").WithYTitle("x2"),
                Chart.Contour((x, y) => Math.Max(0, x + y), -3, 3, -3, 3, resolution: 20, levels: 16, name: "output").WithTitle("ReLU"))
            .WithLayout(l => l with { Height = 460 }),
        ["03 Subplots of decision boundaries from a classifier"] = () => Chart.Subplots(1, 2,
                Chart.DecisionBoundary(ChartData.Blobs(n: 10), ChartData.NearestCentre, resolution: 30).WithTitle("a"),
                Chart.DecisionBoundary(ChartData.Blobs(n: 10, seed: 2), ChartData.NearestCentre, resolution: 30).WithTitle("b"))
            .WithLayout(l => l with { Height = 420 }),
        ["04 NetworkDiagram"] = () => Chart.NetworkDiagram(Net()),
        ["04 Bar with more bar traces"] = () => Chart.Bar(["0", "1"], [0.3, 0.7], name: "example 1")
            .WithTrace(new Bar { X = ["0", "1"], Y = [0.6, 0.4], Name = "example 2", Text = ["0.6", "0.4"], Marker = new Marker { Color = Palette.ForClass(1) } })
            .WithTitle("Softmax outputs").WithXTitle("class").WithYTitle("probability").WithYRange(0, 1),
        ["04 Animation of lines"] = () => Chart.Animation(new[] { 2, 4 }
                .Select(n => Chart.Lines([0, 1, 2], ("target", [0, 1, 0]), ($"{n} units", [0, 0.5 * n / 4, 0])).WithTitle("fit").WithYRange(-2.2, 2.2))
                .ToList(), ["2", "4"], frameMilliseconds: 900, prefix: "hidden units: "),
        ["05 Contour with a one-point path"] = () => Chart.Contour((w, b) => w * w + b * b, -10, 10, -3, 3, resolution: 20, name: "L(w10, b5)")
            .WithPath([1.0], [0.5], name: "the network now").WithTitle("L").WithXTitle("w10").WithYTitle("b5"),
    };

    private static Scatter Ring(double[] at) => new()
    {
        X = at, Y = at, Name = "misclassified example", Mode = "markers", Marker = new Marker { Size = 18, Symbol = "circle-open", Color = "black" },
    };
}
