using NeuralNetworks.Activations;
using NeuralNetworks.Charts;

namespace NeuralNetworks.Tests.Charts;

internal static partial class LessonFigures
{
    private static Figure Valley(int k) => Chart.Contour(ChartGallery.Bowl, -8, 8, -3, 3, resolution: 20, levels: 15)
        .WithPath(ChartGallery.Descent(k).X, ChartGallery.Descent(k).Y, "SGD", "#ffffff").WithXTitle("x").WithYTitle("y");

    private static Figure Losses(int upTo) => Chart.Lines(Enumerable.Range(0, upTo).Select(e => (double)e).ToArray(),
            ("training loss", Enumerable.Range(0, upTo).Select(e => 1.0 / (e + 1)).ToArray()),
            ("held-out loss", Enumerable.Range(0, upTo).Select(e => 1.2 / (e + 1)).ToArray()))
        .WithTitle("loss").WithXTitle("epoch").WithYTitle("loss").WithXRange(0, 5).WithYRange(0, 1.5);

    private static Dictionary<string, Func<Figure>> Later() => new()
    {
        ["06 Animation of functions with a marker trace"] = () => Chart.Animation(new[] { 1.0, 0.1 }
                .Select(h => Chart.Functions(-1, 3, ("y = x²", x => x * x), ("secant", x => 1 + (2 + h) * (x - 1)))
                    .WithTrace(new Scatter { X = [1, 1 + h], Y = [1, (1 + h) * (1 + h)], Mode = "markers", Name = "the two points", Marker = new Marker { Color = "black", Size = 9 } })
                    .WithTitle("secant").WithXTitle("x").WithYTitle("y").WithYRange(-1, 9)).ToList(),
            ["1", "0.1"], frameMilliseconds: 800, prefix: "h = "),
        ["06 Lines on log axes set through WithLayout"] = () => Chart.Lines([1e-8, 1e-4, 1], ("forward", [1e-8, 1e-4, 1]), ("central", [1e-7, 1e-8, 0.5]))
            .WithLayout(l => l with { XAxis = (l.XAxis ?? new Axis()) with { Type = "log", Title = "h" }, YAxis = (l.YAxis ?? new Axis()) with { Type = "log", Title = "error" } })
            .WithTitle("Error of numerical derivatives"),
        ["06 Surface with axis titles"] = () => Chart.Surface((x, y) => x * x + y * y, -2, 2, -2, 2, resolution: 15, name: "z = x² + y²")
            .WithTitle("z = x² + y²").WithXTitle("x").WithYTitle("y").WithZTitle("z"),
        ["06 Contour with line and marker traces, fixed size"] = () => Chart.Contour((x, y) => x * x + y * y, -2.5, 2.5, -2.5, 2.5, resolution: 20, name: "z")
            .WithTrace(new Scatter { X = [0, 0.2, double.NaN], Y = [1, 1.2, double.NaN], Mode = "lines", Name = "gradient", Line = new Line { Color = "#d62728", Width = 2 } })
            .WithTrace(new Scatter { X = [0], Y = [1], Mode = "markers", Name = "tails", Marker = new Marker { Color = "#d62728", Size = 5 } })
            .WithTitle("gradient field").WithXTitle("x").WithYTitle("y").WithSize(680, 620),
        ["07 Animation of subplots without a legend"] = () => Chart.Animation(Enumerable.Range(1, 3)
                .Select(k => Chart.Subplots(1, 2, Valley(k).WithTitle("a").WithXRange(-8, 8).WithYRange(-3, 3), Valley(k + 1).WithTitle("b"))).ToList(),
            frameMilliseconds: 400).WithLegend(false).WithLayout(l => l with { Height = 420 }),
        ["07 Lines with a log y axis set through WithLayout"] = () => Chart.Lines([0, 1, 2], ("batch", [1, 0.1, 0.01]))
            .WithTitle("Loss after each epoch").WithXTitle("epoch").WithYTitle("loss").WithLayout(l => l with { YAxis = l.YAxis! with { Type = "log" } }),
        ["08 Bar with an annotation"] = () => Chart.Bar(["W1", "b1"], [9.1, 8.7], name: "digits of agreement")
            .WithTitle("Gradient check").WithXTitle("parameter").WithYTitle("digits").WithAnnotation("pass: 7 digits", 0, 7),
        ["09 ScatterByClass of chosen features"] = () => Chart.ScatterByClass(ChartData.Blobs(n: 10), xFeature: 1, yFeature: 0)
            .WithTitle("features").WithXTitle("b").WithYTitle("a"),
        ["09 Subplots of lines"] = () => Chart.Subplots(1, 2, Losses(5), Losses(5).WithTitle("Accuracy")).WithLayout(l => l with { Height = 420 }),
        ["09 Subplots of images with a title"] = () => Chart.Subplots(1, 2,
                Chart.Image(Enumerable.Range(0, 64).Select(i => (double)(i % 17)).ToArray(), width: 8, title: "label 0"),
                Chart.Image(Enumerable.Range(0, 64).Select(i => (double)(i % 5)).ToArray(), width: 8, title: "label 1"))
            .WithTitle("The first images"),
        ["09 Image alone"] = () => Chart.Image(Enumerable.Range(0, 16).Select(i => (double)i).ToArray(), width: 4),
        ["10 Subplots of contours with paths, no legend"] = () => Chart.Subplots(2, 1, Valley(5).WithTitle("SGD"), Valley(8).WithTitle("Adam"))
            .WithTitle("Thirty steps through the valley").WithLegend(false).WithLayout(l => l with { Height = 1000 }),
        ["10 Animation of contours with paths, title and margin"] = () => Chart.Animation([Valley(1), Valley(2)], prefix: "step ")
            .WithTitle("Five optimizers racing").WithLayout(l => l with { Margin = new Margin(60, 30, 110, 110) }),
        ["10 Lines on a log y axis"] = () => Chart.Lines([1, 2, 3], ("SGD", [1, 0.5, 0.2]), ("Adam", [1, 0.3, 0.1])).WithTitle("loss").WithLogY(),
        ["10 Functions with a scatter of points"] = () => Chart.Functions(-2, 2, 400, ("x³ − 3x", x => x * x * x - 3 * x), ("degree 1", x => -2 * x))
            .WithTrace(Chart.Scatter([-1, 0, 1], [2, 0.1, -2], "training points").Data[0]).WithYRange(-6, 6).WithTitle("fits"),
        ["10 Lines with a dotted line"] = () => Chart.Lines([1, 2], ("training", [1, 0.5]), ("validation", [1.1, 0.7]))
            .WithTrace(new Scatter { X = [1, 2], Y = [1.2, 0.8], Name = "early stopping", Mode = "lines", Line = new Line { Width = 5, Dash = "dot", Color = "black" } }),
        ["10 Subplots of decision boundaries from probabilities, no legend"] = () => Chart.Subplots(1, 2,
                Chart.DecisionBoundary(ChartData.Blobs(n: 10), X => Softmax.Apply(X * Matrix<double>.Build.DenseOfArray(new double[,] { { 1, -1, 0 }, { 0, 1, -1 } })), resolution: 20).WithTitle("a"),
                Chart.DecisionBoundary(ChartData.Blobs(n: 10), X => Softmax.Apply(X * Matrix<double>.Build.DenseOfArray(new double[,] { { -1, 1, 0 }, { 0, -1, 1 } })), resolution: 20).WithTitle("b"))
            .WithTitle("Where each network puts the classes").WithLegend(false).WithLayout(l => l with { Height = 800 }),
        ["11 Animation of subplots: boundary and losses"] = () => Chart.Animation(Enumerable.Range(2, 3)
                .Select(k => Chart.Subplots(1, 2, Chart.DecisionBoundary(ChartData.Blobs(n: 10), ChartData.NearestCentre, resolution: 20).WithTitle("boundary"), Losses(k))).ToList(),
            labels: ["1", "2", "3"], prefix: "epoch ")
            .WithTitle("Network on blobs").WithLayout(l => l with { Height = 500, Margin = new Margin(60, 30, 110, 110) }),
        ["08 ComputationGraph of a small expression, animated backward sweep"] = () =>
        {
            var x = new NeuralNetworks.Autograd.Value(-4, "x");
            var y = new NeuralNetworks.Autograd.Value(2, "y");
            return Chart.ComputationGraph(x * y + x);
        },
        ["11 HiddenUnits of a small network"] = () => Chart.HiddenUnits(Net(), ChartData.Blobs(n: 10), resolution: 15),
        ["11 DecisionBoundary from a network, equal aspect"] = () => Chart.DecisionBoundary(ChartData.Blobs(n: 10), Net().Predict, resolution: 20)
            .WithTitle("After 0 epochs").WithEqualAspect(),
        ["— Line, Scatter, Heatmap and size"] = () => Chart.Subplots(1, 3, Chart.Line([3, 2, 1], "loss"), Chart.Scatter([1, 2], [2, 1], "points"),
            Chart.Heatmap((x, y) => x * y, -1, 1, -1, 1, resolution: 10)).WithSize(900, 300),
        ["— Heatmap alone"] = () => Chart.Heatmap((x, y) => Math.Sin(x) * Math.Cos(y), -3, 3, -3, 3, resolution: 20).WithTitle("sin x · cos y"),
    };
}
