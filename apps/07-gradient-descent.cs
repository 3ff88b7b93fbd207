#!/usr/bin/env dotnet
// 07 · Gradient descent
// A file-based app generated from notebooks/07-gradient-descent.ipynb by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/07-gradient-descent.cs
// Add `-- --offline` for a chart page that carries plotly.js itself (after `npm ci`).
// To step into the library in a debugger, see docs/file-based-apps.md.

// The chart page is JSON written by reflection, which PublishAot (a file-based app's default) turns off.
#:property PublishAot=false
// The repository's Directory.Build.props makes every warning an error; in an app you edit, it stays a warning.
#:property TreatWarningsAsErrors=false
// The course library, as the notebook's #r loads it; its .pdb lets a debugger step into its source.
#:include ../lib/NeuralNetworks/bin/Debug/net8.0/MathNet.Numerics.dll
#:include ../lib/NeuralNetworks/bin/Debug/net8.0/NeuralNetworks.dll

// The namespaces the notebook kernel imports by default, and the app's stand-ins for its display(…) and HTML(…).
using System.Text;
using System.Collections;
using NeuralNetworks.Apps;
using static NeuralNetworks.Apps.App;
using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Charts;
using NeuralNetworks.Calculus;
using NeuralNetworks.Exercises;
using NeuralNetworks.Layers;
using NeuralNetworks.Losses;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

App.Start("07 · Gradient descent", args);

// # 07 · Gradient descent
//
// Lesson 06 showed that the gradient points uphill. Walk the other way, one small step at a time, and the loss goes down: that is gradient descent, the way networks learn.
//
// ## What you will be able to do
//
// - Apply the update w ← w - α ∂L/∂w by hand, with the numbers of the [Medical AI lecture](sources.md#medical-ai-lecture).
// - Recognise a learning rate that is too small, good, or too large, on a curve and on a surface.
// - Explain local and global minima, and why the starting point matters.
// - Tell batch, stochastic and mini-batch gradient descent apart, and say what online learning is.

// ── cell 2 ──
App.Cell(2, "07 · Gradient descent");

// ## 1. The update rule
//
// Training wants the weights and biases that make the loss L(w, b) small (lesson 05). The Medical AI lecture looks at one weight at a time and at the slope of the loss there. If the slope is positive, the loss falls to the left, so w should decrease; if it is negative, w should increase. Both cases are one rule, **gradient descent (勾配降下法)**:
//
// w_(t+1) = w_t - α ∂L/(∂w_t), b_(t+1) = b_t - α ∂L/(∂b_t)
//
// The **learning rate (学習率)** α (lesson 01 and HN410 2022 write η, Rabbit Challenge day 1 writes ε) is a small constant, such as 0.1 or 0.001, that sets how far each step goes. Its example: at epoch 10 the weight is w_10 = 1.5 and the slope there is 3; with α = 0.1:

// ── cell 4 ──
App.Cell(4, "1. The update rule");
double alpha = 0.1;
Console.WriteLine($"w11 = 1.5 − {alpha} × 3    = {1.5 - alpha * 3:G4}");
Console.WriteLine($"w11 = −1.5 − {alpha} × (−3) = {-1.5 - alpha * (-3):G4}");

// Either way the weight moves 0.3 towards the bottom: 1.5 becomes 1.2 and −1.5 becomes −1.2. A loss with exactly these slopes is L(w) = w^2, whose derivative 2w is 3 at w = 1.5 (lesson 06). The library's `GradientDescent.Minimize` takes the derivative, a start, α and a number of steps, and returns every point it visited:

// ── cell 6 ──
App.Cell(6, "1. The update rule");
Func<double, double> L = w => w * w;
Func<double, double> slope = w => 2 * w;
double OneStep(double from) =>
    GradientDescent.Minimize(slope, from, 0.1, steps: 1).Last[0];
Console.WriteLine($"one step from 1.5:  {OneStep(1.5):G4}");
Console.WriteLine($"one step from −1.5: {OneStep(-1.5):G4}");
var path = GradientDescent.Minimize(slope, 1.5, 0.1, steps: 20, f: L);
Console.WriteLine(path);

// Each step multiplies w by 1 - 0.1 · 2 = 0.8, so the weight shrinks towards 0 and the loss with it. With many weights the same rule applies to every one at once; with the gradient vector of lesson 06 it reads ([Rabbit Challenge day 1](sources.md#rabbit-challenge-day-1))
//
// w^((t+1)) = w^((t)) - α ∇L(w^((t)))
//
// The code is `lib/NeuralNetworks/Calculus/GradientDescent.cs`; for a network's weight matrices the same update is `SGD.Step` in `lib/NeuralNetworks/Optimizers/SGD.cs`.
//
// ## 2. The learning rate: too small, good, too large
//
// The Medical AI lecture warns: with a learning rate that is too high, descent struggles to converge; too low, and it converges slowly. Here are three runs of 20 steps on L(w) = w^2 from w = 1.5:

// ── cell 8 ──
App.Cell(8, "2. The learning rate: too small, good, too large");
(string Name, double Alpha)[] rates =
    [("too small", 0.01), ("good", 0.1), ("too large", 1.05)];
var runs = rates
    .Select(r => GradientDescent.Minimize(slope, 1.5, r.Alpha, steps: 20, f: L))
    .ToArray();
for (int i = 0; i < rates.Length; i++)
    Console.WriteLine($"{rates[i].Name,-10} α = {rates[i].Alpha,-5} "
                      + $"w after 20 steps = {runs[i].Last[0],9:F4}"
                      + $"   L = {runs[i].Values![^1],9:F4}");

// With α = 0.01 the weight has barely moved (1.0014); with α = 0.1 it is nearly at the bottom (0.0173); with α = 1.05 every step jumps over the minimum to a point **higher** than before, and the walk runs away to 10.0912. Press **Play** to watch the three walks:

// ── cell 10 ──
App.Cell(10, "2. The learning rate: too small, good, too large");
Figure Walk(int run, int k)
{
    var xs = runs[run].Xs.Take(k + 1).ToList();
    double reach = run == 2 ? 11 : 2;
    double[] grid = Chart.Linspace(-reach, reach, 200);
    var curve = new Scatter
    {
        X = grid, Y = grid.Select(L).ToArray(), Mode = "lines", Name = "L(w) = w²",
        Line = new Line { Color = Palette.ForClass(0) },
    };
    return new Figure([curve])
        .WithPath(xs, xs.Select(L).ToList(), name: $"α = {rates[run].Alpha}")
        .WithTitle($"{rates[run].Name}: α = {rates[run].Alpha}")
        .WithXTitle("w").WithYTitle("L").WithXRange(-reach, reach)
        .WithYRange(-0.05 * reach * reach, reach * reach);
}
var curveFrames = Enumerable.Range(0, 21)
    .Select(k => Chart.Subplots(1, 3, Walk(0, k), Walk(1, k), Walk(2, k))).ToList();
display(Chart.Animation(curveFrames, frameMilliseconds: 400).WithLegend(false)
    .WithLayout(l => l with { Height = 420 }));

// (The third chart has a wider range: the walk leaves the others' scale.) When the steps grow without limit the numbers eventually overflow. The library stops there and says so, naming the step and the learning rate:

// ── cell 12 ──
App.Cell(12, "2. The learning rate: too small, good, too large");
try
{
    GradientDescent.Minimize(slope, 1.5, learningRate: 1.5, steps: 5000);
}
catch (GradientDescentDivergedException e)
{
    Console.WriteLine(e.Message);
    Console.WriteLine($"the last finite point: w = {e.PathSoFar.Last[0]:G3}");
}

// ── cell 13 ──
App.Cell(13, "2. The learning rate: too small, good, too large");
// YOUR TURN 1 · One step by hand
// L(w) = (w − 3)², so ∂L/∂w = 2(w − 3). Starting at w = 0 with α = 0.25, compute the
// weight after one gradient-descent step yourself.
Func<double, double> slope3 = w => 2 * (w - 3);
double myStep = double.NaN;                  // w₁ = w₀ − α · slope at w₀

double library = GradientDescent.Minimize(slope3, 0, 0.25, steps: 1).Last[0];
SelfCheck.Close("w after one step", library, myStep);

//
// Solution
//
// ```csharp
// // YOUR TURN 1 · One step by hand
// // L(w) = (w − 3)², so ∂L/∂w = 2(w − 3). Starting at w = 0 with α = 0.25, compute the
// // weight after one gradient-descent step yourself.
// Func<double, double> slope3 = w => 2 * (w - 3);
// double myStep = 0 - 0.25 * slope3(0);        // 0 − 0.25 × (−6) = 1.5
//
// double library = GradientDescent.Minimize(slope3, 0, 0.25, steps: 1).Last[0];
// SelfCheck.Close("w after one step", library, myStep);
// ```
//
// The slope at 0 is −6, so the weight moves right, towards the minimum at 3, by 0.25 × 6 = 1.5.

// ── cell 15 ──
App.Cell(15, "2. The learning rate: too small, good, too large");
// YOUR TURN 2 · The learning-rate limit
// On L(w) = a·w² each step multiplies w by 1 − 2aα, so descent converges only while
// |1 − 2aα| < 1. For a = 4, write the limit: the α at which the factor reaches −1.
// Every α between 0 and the limit converges; the limit itself does not.
// The check runs 50 steps just below and just above your α.
double a4 = 4;
double myLimit = double.NaN;                 // your limit for α

Func<double, double> steep = w => 2 * a4 * w;
double After(double alpha) =>
    Math.Abs(GradientDescent.Minimize(steep, 1, alpha, steps: 50).Last[0]);
SelfCheck.True("1% below your α, |w| shrinks from 1",
               myLimit > 0 && After(0.99 * myLimit) < 1);
SelfCheck.True("1% above your α, |w| grows from 1",
               myLimit > 0 && After(1.01 * myLimit) > 1);

//
// Solution
//
// ```csharp
// // YOUR TURN 2 · The learning-rate limit
// // On L(w) = a·w² each step multiplies w by 1 − 2aα, so descent converges only while
// // |1 − 2aα| < 1. For a = 4, write the limit: the α at which the factor reaches −1.
// // Every α between 0 and the limit converges; the limit itself does not.
// // The check runs 50 steps just below and just above your α.
// double a4 = 4;
// double myLimit = 1 / a4;                     // 1 − 2aα = −1 at α = 1/a
//
// Func<double, double> steep = w => 2 * a4 * w;
// double After(double alpha) =>
//     Math.Abs(GradientDescent.Minimize(steep, 1, alpha, steps: 50).Last[0]);
// SelfCheck.True("1% below your α, |w| shrinks from 1",
//                myLimit > 0 && After(0.99 * myLimit) < 1);
// SelfCheck.True("1% above your α, |w| grows from 1",
//                myLimit > 0 && After(1.01 * myLimit) > 1);
// ```
//
// At α = 1/a = 0.25 the factor is exactly −1: w jumps from side to side forever, so the limit itself never converges, while every α between 0 and 0.25 does. You will meet 0.25 again on the bowl of the next part, which is this steep along w_2.

// ### On a surface
//
// A loss of two weights is a surface (lessons 05 and 06). Take L(w_1, w_2) = w_1^2 + 4 w_2^2, a bowl that is four times steeper along w_2 than along w_1, seen from above. Its gradient is (2w_1, 8w_2). The same three kinds of learning rate, 30 steps each from (-2.5, 1.2):

// ── cell 18 ──
App.Cell(18, "On a surface");
Func<double, double, double> bowl = (w1, w2) => w1 * w1 + 4 * w2 * w2;
Func<Vector<double>, Vector<double>> gradient =
    w => Vector<double>.Build.DenseOfArray([2 * w[0], 8 * w[1]]);
var start = Vector<double>.Build.DenseOfArray([-2.5, 1.2]);
(string Name, double Alpha, string Color)[] surfaceRates =
[
    ("too small", 0.01, "#ff7f0e"), ("good", 0.1, "#2ca02c"),
    ("too large", 0.24, "#d62728"),
];
var walks = surfaceRates
    .Select(r => GradientDescent.Minimize(gradient, start, r.Alpha, steps: 30,
                                          f: w => bowl(w[0], w[1])))
    .ToArray();
for (int i = 0; i < walks.Length; i++)
    Console.WriteLine($"{surfaceRates[i].Name,-10} α = {surfaceRates[i].Alpha,-5}"
                      + $" end ({walks[i].Last[0],7:F4}, {walks[i].Last[1],7:F4})"
                      + $"   L = {walks[i].Values![^1]:F4}");

// ── cell 19 ──
App.Cell(19, "On a surface");
// every second step keeps the page light
int[] shownSteps = Enumerable.Range(0, 16).Select(i => 2 * i).ToArray();
var surfaceFrames = shownSteps.Select(k =>
{
    var figure = Chart.Contour(bowl, -3, 3, -1.5, 1.5, resolution: 30, name: "L(w1, w2)");
    for (int i = 0; i < walks.Length; i++)
        figure = figure.WithPath(walks[i].Coordinate(0).Take(k + 1).ToList(),
                                 walks[i].Coordinate(1).Take(k + 1).ToList(),
                                 $"{surfaceRates[i].Name}, α = {surfaceRates[i].Alpha}",
                                 color: surfaceRates[i].Color);
    return figure.WithTitle("Three learning rates on L = w1² + 4 w2²")
                 .WithXTitle("w1").WithYTitle("w2");
}).ToList();
display(Chart.Animation(surfaceFrames, shownSteps.Select(k => k.ToString()).ToList(),
                frameMilliseconds: 300));

// After 30 steps the good rate has reached the bottom (L = 0.0000), while the other two are still at L = 1.8984 and L = 0.0387. Press **Play**. The small rate creeps. The good rate slides down the steep side first and then along the valley floor. The large rate is stable along the gentle w_1 direction but overshoots across the steep w_2 direction, zig-zagging from wall to wall. One learning rate must suit every direction at once, and the steepest direction limits it: any α above 0.25, the limit of YOUR TURN 2, would make this zig-zag grow instead of shrink. Lesson 10 meets optimizers that adapt the step per direction.
//
// ## 3. Local minima and the global minimum
//
// A bowl has one bottom. Real losses can have several valleys. A **local minimum (極小値)** is lower than everything near it; the **global minimum (最小値)** is the lowest of all. [HN410 2022](sources.md#hn410-2022) names the weights at such points a 局所最適解 (local optimum) and the 大域最適解 (global optimum). Gradient descent only sees the slope where it stands, so it stops in whichever valley it starts in.
//
// Take f(x) = x^4 - 3x^2 + x, with derivative f'(x) = 4x^3 - 6x + 1. Start descent from five places, α = 0.02, 60 steps:

// ── cell 21 ──
App.Cell(21, "3. Local minima and the global minimum");
Func<double, double> f = x => Math.Pow(x, 4) - 3 * x * x + x;
Func<double, double> df = x => 4 * Math.Pow(x, 3) - 6 * x + 1;
double[] starts = [-2, -0.5, 0.1, 0.5, 2];
var descents = starts.Select(s => GradientDescent.Minimize(df, s, 0.02, steps: 60, f: f))
                      .ToArray();
for (int i = 0; i < starts.Length; i++)
{
    double end = descents[i].Last[0];
    string where = end < 0 ? "global minimum" : "local minimum";
    Console.WriteLine($"start {starts[i],4}  →  x = {end,7:F4}   f(x) = {f(end),7:F4}"
                      + $"   {where}");
}
Console.WriteLine($"slopes at two starts: f′(0.1) = {df(0.1):F3}, "
                  + $"f′(0.5) = {df(0.5):F3}");

// ── cell 22 ──
App.Cell(22, "3. Local minima and the global minimum");
string[] startColors = ["#8c564b", "#2ca02c", "#9467bd", "#ff7f0e", "#d62728"];
var minimaFrames = Enumerable.Range(0, 61).Where(k => k % 2 == 0).Select(k =>
{
    var figure = Chart.Function(f, -2.2, 2.2, name: "f(x) = x⁴ − 3x² + x");
    for (int i = 0; i < starts.Length; i++)
    {
        var xs = descents[i].Xs.Take(k + 1).ToList();
        figure = figure.WithPath(xs, xs.Select(f).ToList(), name: $"start {starts[i]}",
                                 color: startColors[i]);
    }
    return figure.WithTitle("Where descent ends depends on where it starts")
                 .WithXTitle("x").WithYTitle("f(x)").WithYRange(-4.5, 9);
}).ToList();
var minimaLabels = Enumerable.Range(0, 31).Select(k => (2 * k).ToString()).ToList();
display(Chart.Animation(minimaFrames, minimaLabels, frameMilliseconds: 200));

// All five walks end at x = -1.3008 (where f = -3.5139) or at x = 1.1309 (where f = -1.0702). Between the two valleys is a hump, and the slopes 0.404 at x = 0.1 and −1.500 at x = 0.5 show that its top lies between those starts. Starts left of the hump slide into the deep valley on the left: the global minimum. Starts right of it end in the shallow valley on the right: a local minimum, where the slope is also 0 and descent has no reason to move on. A network's loss over thousands of weights has many such valleys. HN410 2022 lists ways out: randomness in the gradient (the next section) and "momentum" that carries the walk over small humps (lesson 10).
//
// ## 4. Batch, stochastic and mini-batch gradient descent
//
// So far the loss was a formula. A network's loss is an average over the training examples, and its gradient is an average of one gradient per example. How many examples should each step look at? Three answers (Rabbit Challenge day 1 and HN410 2022):
//
// - **Batch gradient descent (バッチ勾配降下法)**: all N examples per step. The true gradient, but one step costs a pass over all the data.
// - **Stochastic gradient descent (確率的勾配降下法, SGD)**: one randomly chosen example per step. Cheap, noisy steps.
// - **Mini-batch gradient descent (ミニバッチ勾配降下法)**: a random group of m examples per step, 1 < m < N. Between the two, and a batch of m rows is one matrix product (lesson 04), which computers do fast.
//
// Each pass through all the data is an **epoch (エポック)**. HN410 2022 writes the mini-batch step as W ← W - η · 1/mΣ_(j=1)^m (∂L_j)/∂W, with η for our α, and calls it 確率的勾配降下法 too: many texts use the name SGD for any batch size. So does the library: its `SGD` optimizer is the plain update on whatever batch it is given (the runs below use it for all three kinds), and when lessons 09 to 11 train "with SGD" in batches of 10 to 32, that is mini-batch descent.
//
// To see the difference, fit a line y = wx + b to 40 noisy points of y = 2x + 1. A `Dense(1→1)` layer with an identity output is exactly this model, and its loss L(w, b) is a bowl we can draw. Every run starts at w = -1, b = -1.

// ── cell 24 ──
App.Cell(24, "4. Batch, stochastic and mini-batch gradient descent");
var rng = new Random(7);
double[] xData = Chart.Linspace(-1, 1, 40);
// noise in ±0.4
double[] tData = xData.Select(x => 2 * x + 1 + 0.8 * (rng.NextDouble() - 0.5)).ToArray();
var X = Matrix<double>.Build.Dense(40, 1, (i, _) => xData[i]);
var T = Matrix<double>.Build.Dense(40, 1, (i, _) => tData[i]);

Network FreshLine() => new(
    [new Dense(Matrix<double>.Build.Dense(1, 1, -1.0),
               Matrix<double>.Build.Dense(1, 1, -1.0))],
    new IdentityWithLoss());
double LossOf(double w, double b) =>
    HalfSumOfSquares.Loss(
        Vector<double>.Build.DenseOfArray(xData.Select(x => w * x + b).ToArray()),
        Vector<double>.Build.DenseOfArray(tData)) / 40;
Console.WriteLine($"loss at the start (w = −1, b = −1): {LossOf(-1, -1):F4}");

// The training loop is short. Each epoch shuffles the rows; then, for each batch of `batchSize` rows, it computes the loss on that batch, backpropagates (lesson 08) to fill the gradients, and takes one SGD step. It records (w, b) after every step.

// ── cell 26 ──
App.Cell(26, "4. Batch, stochastic and mini-batch gradient descent");
(List<(double W, double B)> Points, List<int> EpochEnds) Descend(
    int batchSize, int epochs, double learningRate, int seed)
{
    var network = FreshLine();
    var sgd = new SGD(learningRate);
    var random = new Random(seed);
    Matrix<double> w = network.Parameters[0].Value, b = network.Parameters[1].Value;
    var points = new List<(double W, double B)> { (w[0, 0], b[0, 0]) };
    var epochEnds = new List<int> { 0 };
    for (int epoch = 1; epoch <= epochs; epoch++)
    {
        int[] order = Enumerable.Range(0, X.RowCount).ToArray();
        random.Shuffle(order);
        for (int first = 0; first < order.Length; first += batchSize)
        {
            int[] rows = order[first..Math.Min(first + batchSize, order.Length)];
            var Xb = Matrix<double>.Build.Dense(rows.Length, 1, (i, _) => X[rows[i], 0]);
            var Tb = Matrix<double>.Build.Dense(rows.Length, 1, (i, _) => T[rows[i], 0]);
            network.Loss(Xb, Tb);
            network.Backward();
            sgd.Step(network.Parameters);
            points.Add((w[0, 0], b[0, 0]));
        }
        epochEnds.Add(points.Count - 1);
    }
    return (points, epochEnds);
}

(string Name, int BatchSize, string Color)[] variants =
[
    ("batch, 40 per step", 40, "#1f77b4"),
    ("mini-batch, 8 per step", 8, "#ff7f0e"),
    ("stochastic, 1 per step", 1, "#2ca02c"),
];
var results = variants
    .Select(v => Descend(v.BatchSize, epochs: 10, learningRate: 0.3, seed: 1)).ToArray();
for (int i = 0; i < variants.Length; i++)
{
    var (w, b) = results[i].Points[^1];
    Console.WriteLine($"{variants[i].Name,-23} {results[i].Points.Count - 1,3} steps"
                      + $"  end w = {w:F3}, b = {b:F3}  L = {LossOf(w, b):F4}");
}

// ── cell 27 ──
App.Cell(27, "4. Batch, stochastic and mini-batch gradient descent");
// YOUR TURN 3 · A mini-batch gradient by hand
// The line's loss on a batch of m points is L = (1/m) · ½ Σ (w·x + b − t)², so
// ∂L/∂w = (1/m) Σ (w·x + b − t)·x and ∂L/∂b = (1/m) Σ (w·x + b − t).
// Compute both at the start (w = −1, b = −1) for the first 8 points (xData, tData).
double myDw = double.NaN;                    // your ∂L/∂w
double myDb = double.NaN;                    // your ∂L/∂b

var line = FreshLine();                                  // a new network: w = −1, b = −1
line.Loss(X.SubMatrix(0, 8, 0, 1), T.SubMatrix(0, 8, 0, 1));
line.Backward();
SelfCheck.Close("∂L/∂w on 8 points", line.Parameters[0].Gradient[0, 0], myDw, 1e-12);
SelfCheck.Close("∂L/∂b on 8 points", line.Parameters[1].Gradient[0, 0], myDb, 1e-12);

//
// Solution
//
// ```csharp
// // YOUR TURN 3 · A mini-batch gradient by hand
// // The line's loss on a batch of m points is L = (1/m) · ½ Σ (w·x + b − t)², so
// // ∂L/∂w = (1/m) Σ (w·x + b − t)·x and ∂L/∂b = (1/m) Σ (w·x + b − t).
// // Compute both at the start (w = −1, b = −1) for the first 8 points (xData, tData).
// var batch = Enumerable.Range(0, 8).ToArray();
// double myDw = batch.Average(j => (-1 * xData[j] - 1 - tData[j]) * xData[j]);
// double myDb = batch.Average(j => -1 * xData[j] - 1 - tData[j]);
//
// var line = FreshLine();                                  // a new network: w = −1, b = −1
// line.Loss(X.SubMatrix(0, 8, 0, 1), T.SubMatrix(0, 8, 0, 1));
// line.Backward();
// SelfCheck.Close("∂L/∂w on 8 points", line.Parameters[0].Gradient[0, 0], myDw, 1e-12);
// SelfCheck.Close("∂L/∂b on 8 points", line.Parameters[1].Gradient[0, 0], myDb, 1e-12);
// ```
//
// One mini-batch step would then be w ← w - α ∂L/∂w, the formula of HN410 2022 with m = 8.

// Press **Play** to watch the three walks epoch by epoch on the loss surface L(w, b). The colours show log_10 L, so that the bottom of the bowl, where the loss is small, gets as many level curves as its steep sides:

// ── cell 30 ──
App.Cell(30, "4. Batch, stochastic and mini-batch gradient descent");
var batchFrames = Enumerable.Range(0, 11).Select(epoch =>
{
    var figure = Chart.Contour((w, b) => Math.Log10(LossOf(w, b)), -1.5, 3.5, -1.5, 2,
                               resolution: 40, levels: 25, name: "log₁₀ L(w, b)");
    for (int i = 0; i < variants.Length; i++)
    {
        var shown = results[i].Points.Take(results[i].EpochEnds[epoch] + 1).ToList();
        figure = figure.WithPath(shown, name: variants[i].Name, color: variants[i].Color);
    }
    return figure.WithTitle("Three batch sizes on the same loss")
                 .WithXTitle("weight w").WithYTitle("bias b");
}).ToList();
display(Chart.Animation(batchFrames, frameMilliseconds: 700, prefix: "epoch "));

// In the same 10 epochs (the same amount of work on the data), batch descent takes 10 smooth steps and is still on its way (L = 0.1958). Stochastic descent takes 400 steps, rushes to the bottom and then jitters around it, because each step follows one example's opinion (L = 0.0400). Mini-batch descent takes 50 steps and is both quick and fairly steady (L = 0.0318). That balance is why mini-batches are the usual choice. The noise of small batches is not only a cost: it can shake a walk out of a poor local minimum (HN410 2022).
//
// The loss after each epoch tells the same story (a log scale, so the small losses near the bottom stay visible):

// ── cell 32 ──
App.Cell(32, "4. Batch, stochastic and mini-batch gradient descent");
var epochAxis = Enumerable.Range(0, 11).Select(e => (double)e).ToArray();
IReadOnlyList<double> EpochLosses(int i) => results[i].EpochEnds
    .Select(k => LossOf(results[i].Points[k].W, results[i].Points[k].B)).ToArray();
var lossSeries = variants.Select((v, i) => (v.Name, EpochLosses(i))).ToArray();
display(Chart.Lines(epochAxis, lossSeries)
    .WithTitle("Loss after each epoch")
    .WithXTitle("epoch").WithYTitle("loss L(w, b) on all 40 points (log scale)")
    .WithLayout(l => l with { YAxis = l.YAxis! with { Type = "log" } }));

// The library's `Trainer.Fit` (in `lib/NeuralNetworks/Training/Trainer.cs`) runs this same loop, with the same shuffling, so it lands on the same weights. Its `batchSize` argument chooses the kind of descent:

// ── cell 34 ──
App.Cell(34, "4. Batch, stochastic and mini-batch gradient descent");
foreach (var (name, batchSize, _) in variants)
{
    var network = FreshLine();
    Trainer.Fit(network, X, T, new SGD(0.3), epochs: 10, batchSize: batchSize, seed: 1);
    double w = network.Parameters[0].Value[0, 0], b = network.Parameters[1].Value[0, 0];
    Console.WriteLine($"{name,-24} Trainer.Fit: w = {w:F3}, b = {b:F3}");
}

// ### Online learning
//
// Rabbit Challenge day 1 adds one more variant: **online learning (オンライン学習)**. Instead of a fixed data set, the model is updated each time a new example arrives, for instance each new measurement from a sensor. It is stochastic gradient descent where the examples come one by one from the world rather than from a shuffled file.
//
// ## Check your understanding
//
// 1. With α = 0.1, a weight w = 2 and slope ∂L/∂w = -4, what is the new weight?
// 2. On L(w) = w^2, each step multiplies w by 1 - 2α. For which learning rates does descent converge? What happens at α = 0.5?
// 3. In section 3, why does the start x = 0.5 end in the local minimum even though a lower valley exists?
// 4. A data set has 1,000 examples and you use mini-batches of 50. How many SGD steps make one epoch?
// 5. Why is the path of stochastic gradient descent jagged, and why can that help?

// ## Answers
//
//
// Show the answers
//
// 1. 2 - 0.1 × (-4) = 2.4. A negative slope means the loss falls to the right, so the weight grows.
// 2. It converges when |1 - 2α| < 1, that is 0 < α < 1. At α = 0.5 the factor is 0 and one step lands exactly on the minimum. Between 0.5 and 1 it overshoots but still shrinks (zig-zag); above 1 it grows.
// 3. Descent only follows the local slope. From 0.5 the slope points down to the right, into the right-hand valley; at its bottom the slope is 0 and the update stops moving.
// 4. 1000 / 50 = 20 steps per epoch.
// 5. Each step uses the gradient of one example, which points roughly but not exactly downhill for the whole data set. The noise costs some precision near the bottom, but it can kick the walk out of a shallow local minimum, and each step is very cheap.

// ## Summary
//
// - Gradient descent repeats w ← w - α ∂L/∂w for every weight and bias. The Medical AI lecture: 1.5 - 0.1 × 3 = 1.2 and -1.5 - 0.1 × (-3) = -1.2.
// - The learning rate α sets the step: too small creeps, too large overshoots, zig-zags or diverges. The steepest direction limits it.
// - Descent stops at the bottom of whichever valley it starts in: a local minimum is not always the global one.
// - Batch descent uses all examples per step, stochastic descent one, mini-batch descent a small group; an epoch is one pass through the data. Online learning updates as each new example arrives.
//
// ### Key terms
//
// | English | 日本語 | meaning |
// | --- | --- | --- |
// | gradient descent | 勾配降下法 | repeatedly moving the parameters against the gradient: w ← w - α ∂L/∂w |
// | learning rate | 学習率 | α (η in lesson 01), the constant that sets the size of each gradient-descent step |
// | local minimum | 極小値 | a point lower than everything near it, but not necessarily the lowest overall; the weights there are a 局所最適解 |
// | global minimum | 最小値 | the lowest point of the whole function; the weights there are the 大域最適解 |
// | epoch | エポック | one pass of training through all the training examples |
// | batch gradient descent | バッチ勾配降下法 | gradient descent that uses all training examples for every step |
// | stochastic gradient descent | 確率的勾配降下法 | gradient descent that uses one randomly chosen example per step (SGD); the name is also used for mini-batches, as the library's `SGD` optimizer is |
// | mini-batch gradient descent | ミニバッチ勾配降下法 | gradient descent that uses a random group of examples per step |
// | online learning | オンライン学習 | updating the model each time a new training example arrives |
//
// Next, lesson 08 shows how to get ∂L/∂w for every weight of a network at once: the chain rule and backpropagation.

App.End();
// nbrun convert: sha256 3c0f76390fb5454d
