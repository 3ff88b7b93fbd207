#!/usr/bin/env dotnet
// 05 · Loss functions
// A file-based app generated from notebooks/05-loss-functions.ipynb by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/05-loss-functions.cs
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
using NeuralNetworks.Activations;
using NeuralNetworks.Calculus;
using NeuralNetworks.Layers;
using NeuralNetworks.Losses;
using NeuralNetworks.Exercises;

App.Start("05 · Loss functions", args);

// # 05 · Loss functions
//
// Lesson 04 pushed inputs through a network and got predictions. Now you measure how wrong they are, with one number that is small when the network is right and large when it is wrong.
//
// ## What you will be able to do
//
// - Explain why the plain sum of errors is a bad measure, with the numbers of the [Medical AI lecture](sources.md#medical-ai-lecture).
// - Compute the sum of squared errors, the mean squared error and half the sum of squares, and say why the ½ is there.
// - Compute the L1 loss and the cross-entropy, and explain the small constant inside the logarithm.
// - Choose a loss for regression and for classification.
// - See the loss as a function of the weights, L(w, b), and draw it.

// ── cell 2 ──
App.Cell(2, "05 · Loss functions");

// ## 1. Why not just add up the errors?
//
// A **loss function (損失関数)**, also called an error function (誤差関数), turns the gap between outputs y and targets t into one number, the **loss (損失)** or error L. Training will try to make it small.
//
// The [Medical AI lecture](sources.md#medical-ai-lecture) looks at four examples with targets 1, 1, 0, 0 and three networks: one perfect, one a little off, one far off. The obvious first idea is to add up the errors t - y:

// ── cell 4 ──
App.Cell(4, "1. Why not just add up the errors?");
var t = Vector<double>.Build.DenseOfArray([1, 1, 0, 0]);
var perfect = Vector<double>.Build.DenseOfArray([1, 1, 0, 0]);
var small = Vector<double>.Build.DenseOfArray([0.7, 0.8, 0.2, 0.1]);
var large = Vector<double>.Build.DenseOfArray([0.4, 0.3, 0.4, 0.7]);
(string Name, Vector<double> Y)[] cases =
    [("① perfect", perfect), ("② small error", small), ("③ large error", large)];
foreach (var (name, y) in cases)
{
    var errors = string.Join(", ", (t - y).Select(e => e.ToString("0.0;−0.0;0")));
    double sum = SumOfErrors.Loss(y, t);
    Console.WriteLine($"{name,-15} t − y = [{errors}]   sum = {sum:F1}");
}

// The small and the large error both sum to 0.2. Positive and negative errors cancel, so this "loss" cannot tell a good network from a bad one. (The lecture's table prints the third output of case ③ as 0.6, but its error column, its sum 0.2 and its squares below all use an error of −0.4, so the output must be 0.4. The library's tests use 0.4 for the same reason.)
//
// There is a second problem: the slope of Σ_i (t_i - y_i) with respect to each output is always -1, wherever the outputs are, so it gives training no hint of which way is better. `SumOfErrors` is in the library only to show this failure.
//
// ## 2. Squared errors
//
// Square each error before adding. A square is never negative, so nothing cancels, and a large error counts much more than a small one:

// ── cell 6 ──
App.Cell(6, "2. Squared errors");
foreach (var (name, y) in cases)
{
    var squares = string.Join(" + ", (t - y).Select(e => (e * e).ToString("0.00")));
    Console.WriteLine($"{name,-15} {squares} = {SumOfSquaredErrors.Loss(y, t):F2}");
}

// 0.00, 0.18 and 1.50: exactly the lecture's numbers (0, 0.18 and 1.50), now in the right order ① < ② < ③. In general this is the **sum of squared errors (残差平方和)**:
//
// L = Σ_(i=1)^n (y_i - t_i)^2
//
// The chart puts the two measures side by side.

// ── cell 8 ──
App.Cell(8, "2. Squared errors");
string[] caseNames = cases.Select(c => c.Name).ToArray();
var plain = cases.Select(c => SumOfErrors.Loss(c.Y, t)).ToArray();
var squared = cases.Select(c => SumOfSquaredErrors.Loss(c.Y, t)).ToArray();
display(Chart.Bar(caseNames, plain, name: "sum of (t − y)")
    .WithTrace(new Bar
    {
        X = caseNames, Y = squared, Name = "sum of (y − t)²",
        Text = squared.Select(v => v.ToString("0.##")).ToArray(),
        Marker = new Marker { Color = Palette.ForClass(1) },
    })
    .WithTitle("Three cases: only the squared errors rank them")
    .WithXTitle("case").WithYTitle("loss"));

// ### Mean squared error and half the sum of squares
//
// Two close relatives differ only by a constant factor:
//
// - The **mean squared error (平均二乗誤差, MSE)** divides by the number of values, so the loss does not grow just because you have more examples: L = 1/NΣ_(i=1)^N(y_i - t_i)^2. The [Medical AI lecture](sources.md#medical-ai-lecture) uses this form and calls it 二乗和誤差.
// - **Half the sum of squares (二乗和誤差)**, the form many Japanese textbooks give that name to ([Rabbit Challenge day 1](sources.md#rabbit-challenge-day-1): E = 1/2‖ y - d ‖^2) multiplies by ½.
//
// Why the ½? The Rabbit Challenge report answers: it makes the derivative simpler. Differentiating (y - t)^2 gives 2(y - t); differentiating 1/2(y - t)^2 gives just y - t, the error itself. The ½ changes the size of the loss, not where its minimum is. The cell compares the library's gradients with numerical slopes (central differences, lesson 06) at case ②'s first output, y = 0.7, t = 1:

// ── cell 10 ──
App.Cell(10, "Mean squared error and half the sum of squares");
Console.WriteLine($"case ②: sum of squares {SumOfSquaredErrors.Loss(small, t):F4},"
                  + $"  mean {MeanSquaredError.Loss(small, t):F4},"
                  + $"  half {HalfSumOfSquares.Loss(small, t):F4}");
double slopeSquare = NumericalDerivative.Central(y => (y - 1) * (y - 1), 0.7);
double slopeHalf = NumericalDerivative.Central(y => 0.5 * (y - 1) * (y - 1), 0.7);
double formulaSquare = SumOfSquaredErrors.Gradient(small, t)[0];
double formulaHalf = HalfSumOfSquares.Gradient(small, t)[0];
Console.WriteLine($"d/dy (y − t)²  : formula 2(y − t) = {formulaSquare:F4},"
                  + $" numerical {slopeSquare:F4}");
Console.WriteLine($"d/dy ½(y − t)² : formula  (y − t) = {formulaHalf:F4},"
                  + $" numerical {slopeHalf:F4}");

// Your turn: write the mean squared error and the half sum of squares yourself, as functions of two vectors. `(y - t)` is the vector of errors; `v.PointwisePower(2)` squares each element and `v.Sum()` adds them up.

// ── cell 12 ──
App.Cell(12, "Mean squared error and half the sum of squares");
// YOUR TURN 1 · two squared-error losses
// replace each double.NaN: MyMse is (1/n) Σ (y − t)², MyHalf is ½ Σ (y − t)²
double MyMse(Vector<double> y, Vector<double> t) => double.NaN;
double MyHalf(Vector<double> y, Vector<double> t) => double.NaN;

foreach (var (name, y) in cases)
{
    // The check adds the squared errors one element at a time.
    double squares = 0;
    for (int i = 0; i < t.Count; i++)
        squares += (y[i] - t[i]) * (y[i] - t[i]);
    SelfCheck.Close($"MSE of {name}", squares / t.Count, MyMse(y, t));
    SelfCheck.Close($"half sum of {name}", squares / 2, MyHalf(y, t));
}

//
// Solution
//
// ```csharp
// // YOUR TURN 1 · two squared-error losses
// // MyMse is (1/n) Σ (y − t)², MyHalf is ½ Σ (y − t)²
// double MyMse(Vector<double> y, Vector<double> t) =>
//     (y - t).PointwisePower(2).Sum() / y.Count;
// double MyHalf(Vector<double> y, Vector<double> t) =>
//     0.5 * (y - t).PointwisePower(2).Sum();
//
// foreach (var (name, y) in cases)
// {
//     // The check adds the squared errors one element at a time.
//     double squares = 0;
//     for (int i = 0; i < t.Count; i++)
//         squares += (y[i] - t[i]) * (y[i] - t[i]);
//     SelfCheck.Close($"MSE of {name}", squares / t.Count, MyMse(y, t));
//     SelfCheck.Close($"half sum of {name}", squares / 2, MyHalf(y, t));
// }
// ```
//
// Both are the sum of squares times a constant, 1/n or 1/2. The library's versions, with their gradients beside them, are `lib/NeuralNetworks/Losses/MeanSquaredError.cs` and `HalfSumOfSquares.cs`.
//
//
//
// The Medical AI lecture computes the mean squared error of the three predictions its network made for the inputs of lesson 04 (targets 1, 0, 0):
//
// L = 1/3((0.54587066 - 1)^2 + (0.5448884 - 0)^2 + (0.53991485 - 0)^2)
//
// The cell evaluates it, and the same loss for the predictions of our network from lesson 04 (weights drawn with random seed 3):

// ── cell 14 ──
App.Cell(14, "Mean squared error and half the sum of squares");
var targets = Vector<double>.Build.DenseOfArray([1, 0, 0]);
var lecture = Vector<double>.Build.DenseOfArray([0.54587066, 0.5448884, 0.53991485]);
double lectureLoss = MeanSquaredError.Loss(lecture, targets);
Console.WriteLine($"the lecture's predictions: L = {lectureLoss:F6}");

var network = new Network([2, 4, 1], Activation.ReLU, NetworkOutput.Sigmoid, seed: 3);
var X = Matrix<double>.Build.DenseOfArray(
    new[,] { { 0.5, 0.3 }, { 0.2, 0.4 }, { 0.6, 0.2 } });
var ours = network.Predict(X).Column(0);
var shown = string.Join(", ", ours.Select(v => v.ToString("F6")));
double ourLoss = MeanSquaredError.Loss(ours, targets);
Console.WriteLine($"our predictions [{shown}]: L = {ourLoss:F6}");

// The lecture's predictions give L = 0.264882 and ours give 0.269173. Both are far from 0: an untrained network is wrong, whichever random weights it started with.
//
// ## 3. The L1 loss and the cross-entropy
//
// The **L1 loss (L1損失)** adds the absolute errors: L = Σ_i |y_i - t_i| ([HN410 2022](sources.md#hn410-2022) lists it beside the squared loss). It does not cancel either, and one outlier counts only as much as its size, not its square. Its drawback: its slope is ± 1 however close you are, so it does not slow down near the answer.
//
// The chart shows what each measure charges for one output when the target is t = 1. The plain error is a straight line that goes negative; the others are 0 only at y = t.

// ── cell 16 ──
App.Cell(16, "3. The L1 loss and the cross-entropy");
display(Chart.Functions(-0.5, 2.5,
        ("t − y (plain)", y => 1 - y),
        ("|y − t| (L1)", y => Math.Abs(y - 1)),
        ("(y − t)² (squared)", y => (y - 1) * (y - 1)),
        ("½(y − t)² (half squared)", y => 0.5 * (y - 1) * (y - 1)))
    .WithTitle("The loss of one output y when the target is t = 1")
    .WithXTitle("output y").WithYTitle("loss"));

// ── cell 17 ──
App.Cell(17, "3. The L1 loss and the cross-entropy");
foreach (var (name, y) in cases)
    Console.WriteLine($"{name,-15} L1 = {L1Loss.Loss(y, t):F1}"
                      + $"   sum of squares = {SumOfSquaredErrors.Loss(y, t):F2}");

// The L1 loss ranks the three cases correctly too: 0.0, 0.8 and 2.4.
//
// ### Cross-entropy for classification
//
// For classification the outputs are probabilities (softmax, lesson 02) and the target is **one-hot (ワンホット)**: 1 for the correct class, 0 elsewhere. The **cross-entropy error (交差エントロピー誤差)** is
//
// L = -Σ_k t_k log y_k
//
// Only the correct class's term survives, so L = -log(probability given to the correct class): 0 when the network is sure and right, and growing without bound as that probability falls to 0. By hand, for three classes with the correct class first:

// ── cell 19 ──
App.Cell(19, "Cross-entropy for classification");
var oneHot = Vector<double>.Build.DenseOfArray([1, 0, 0]);
var confidentRight = Vector<double>.Build.DenseOfArray([0.9, 0.05, 0.05]);
var unsure = Vector<double>.Build.DenseOfArray([0.4, 0.3, 0.3]);
var confidentWrong = Vector<double>.Build.DenseOfArray([0.01, 0.98, 0.01]);
(string, Vector<double>)[] guesses =
    [("sure and right", confidentRight), ("unsure", unsure),
     ("sure and wrong", confidentWrong)];
foreach (var (name, y) in guesses)
{
    double p0 = y[0], byHand = -Math.Log(p0), library = CrossEntropyError.Loss(y, oneHot);
    Console.WriteLine($"{name,-15} −log({p0:0.00}) = {byHand:F4}, library {library:F4}");
}

// What if the network gives the correct class exactly 0? Then log 0 = -∞ and the loss is infinite, which breaks every later computation. The code in [Rabbit Challenge day 1](sources.md#rabbit-challenge-day-1) adds a tiny constant δ = 10^(-7) inside the logarithm, `np.log(y + 1e-7)`; the library does the same:

// ── cell 21 ──
App.Cell(21, "Cross-entropy for classification");
var zero = Vector<double>.Build.DenseOfArray([0, 1, 0]);
Console.WriteLine($"Math.Log(0) = {Math.Log(0)}");
double withDelta = CrossEntropyError.Loss(zero, oneHot);
Console.WriteLine($"with δ = {CrossEntropyError.Delta}: −log(0 + δ) = {withDelta:F4}");

// Your turn: write the cross-entropy with the constant δ for one example, L = -Σ_k t_k log(y_k + δ), and check it on the three guesses and on the probability-0 case.

// ── cell 23 ──
App.Cell(23, "Cross-entropy for classification");
// YOUR TURN 2 · cross-entropy with δ
double MyCrossEntropy(Vector<double> y, Vector<double> t) => double.NaN;   // replace

const double delta = 1e-7;   // CrossEntropyError.Delta
foreach (var (name, y) in guesses.Append(("probability 0", zero)))
    SelfCheck.Close($"cross-entropy, {name}", CrossEntropyError.Loss(y, oneHot),
                    MyCrossEntropy(y, oneHot));

//
// Solution
//
// ```csharp
// // YOUR TURN 2 · cross-entropy with δ
// double MyCrossEntropy(Vector<double> y, Vector<double> t) =>
//     -(t.PointwiseMultiply(y.Map(p => Math.Log(p + delta)))).Sum();
//
// const double delta = 1e-7;   // CrossEntropyError.Delta
// foreach (var (name, y) in guesses.Append(("probability 0", zero)))
//     SelfCheck.Close($"cross-entropy, {name}", CrossEntropyError.Loss(y, oneHot),
//                     MyCrossEntropy(y, oneHot));
// ```
//
// `PointwiseMultiply` multiplies element by element, so only the correct class's term -log(y_k + δ) survives. A local function may use `delta` although it is declared below it: it runs only when called.
//
//
//
// The chart compares the two losses for one example as a function of the probability p given to the correct class. The squared error (1 - p)^2 never exceeds 1, however wrong the network is; the cross-entropy -log p punishes a confident wrong answer hard. That is why classification uses cross-entropy.

// ── cell 25 ──
App.Cell(25, "Cross-entropy for classification");
display(Chart.Functions(0.001, 1,
        ("cross-entropy −log p", p => -Math.Log(p)),
        ("squared error (1 − p)²", p => (1 - p) * (1 - p)))
    .WithTitle("Loss of one example against the probability of the correct class")
    .WithXTitle("probability p given to the correct class")
    .WithYTitle("loss").WithYRange(0, 5));

// With two classes and one sigmoid output (the Medical AI lecture's network), the same idea is the **binary cross-entropy (二値交差エントロピー)**, L = -1/NΣ_n [t_n log y_n + (1 - t_n)log(1 - y_n)]. For our network's predictions and targets 1, 0, 0:

// ── cell 27 ──
App.Cell(27, "Cross-entropy for classification");
double binary = BinaryCrossEntropy.Loss(ours, targets);
Console.WriteLine($"binary cross-entropy of our predictions: {binary:F6}");

// That is 0.731665, about -log 0.5 ≈ 0.69 per example: the cost of predictions that all sit near 0.5, a network that has not decided anything yet.
//
// ## 4. Which loss for which task
//
// The [Medical AI lecture](sources.md#medical-ai-lecture) sums it up: squared errors for **regression**, where y is a concrete value, and cross-entropy for **classification**, where y is a probability between 0 and 1. [hirotask 2024](sources.md#hirotask-2024) likewise names the mean squared error and the cross-entropy as the two losses mostly used.
//
// | task | output activation (lesson 04) | loss | library |
// | --- | --- | --- | --- |
// | regression | identity | mean squared error (or half sum of squares) | `MeanSquaredError`, `HalfSumOfSquares` |
// | regression, with outliers | identity | L1 loss | `L1Loss` |
// | two classes | sigmoid | binary cross-entropy | `BinaryCrossEntropy` |
// | several classes | softmax | cross-entropy | `CrossEntropyError` |
//
// The code of each is a short file in `lib/NeuralNetworks/Losses/`, its value and its gradient side by side, for example `MeanSquaredError.cs`.
//
// ## 5. The loss as a function of the weights
//
// The [Medical AI lecture](sources.md#medical-ai-lecture) asks: when is L smallest, and what are its variables? The targets t are fixed and, during training, so are the inputs x. The predictions y are computed from x with every weight and bias of the network. So once the data are fixed, the loss depends only on the weights and biases:
//
// L = 1/NΣ_(k=1)^N(y^((k)) - t^((k)))^2 = g(w, b)
//
// To see this, vary one weight at a time and keep everything else fixed, as the lecture does ("fix b, move only w"). The cell moves each output weight w_9 … w_12 of our network over [-10, 10] and records the mean squared error of the three examples; each weight is put back afterwards.

// ── cell 29 ──
App.Cell(29, "4. Which loss for which task");
var W2 = network.Parameters[2].Value;     // 4×1: w9 … w12
double LossWith(int j, double w)
{
    double saved = W2[j, 0];
    W2[j, 0] = w;
    double loss = MeanSquaredError.Loss(network.Predict(X).Column(0), targets);
    W2[j, 0] = saved;
    return loss;
}
(string, Func<double, double>)[] curves = Enumerable.Range(0, 4)
    .Select(j => ($"L(w{j + 9}), now w{j + 9} = {W2[j, 0]:F2}",
                  (Func<double, double>)(w => LossWith(j, w))))
    .ToArray();
// w11 and w12 draw the same flat line: w11 as a wide pale band, w12 dashed on top of it.
Line[] curveStyles = [new() { Width = 2 }, new() { Width = 2 },
                      new() { Width = 10, Color = "rgba(44, 160, 44, 0.35)" },
                      new() { Width = 3, Dash = "dash" }];
var lossCurves = Chart.Functions(-10, 10, curves);
var styledCurves = lossCurves.Data
    .Select((c, i) => (Trace)((Scatter)c with { Line = curveStyles[i] }));
display((lossCurves with { Data = styledCurves.ToList() })
    .WithTitle("The loss as a function of one output weight, the others fixed")
    .WithXTitle("weight w").WithYTitle("mean squared error L"));

// Each weight gives a different curve. w_11 and w_12 give the same flat line, drawn as a pale band with a dashed line on it: hidden units 3 and 4 output 0 for all three examples (lesson 04's trace), so these weights multiply 0 and change nothing. w_9 and w_10 give curves with a slope: lowering w_9 keeps lowering the loss, and w_10's curve has a low point to the left of where the weight is now. Following the slope downhill lowers the loss. That is the whole idea of training.
//
// Your turn: find the value of w_10 on the grid -10, -9.9, …, 10 where the loss is lowest, using `LossWith(1, w)` from the cell above (index 1 is w_10). The check compares your choice with every grid point.

// ── cell 31 ──
App.Cell(31, "4. Which loss for which task");
// YOUR TURN 3 · the lowest point of L(w10)
double[] w10Grid = Enumerable.Range(-100, 201).Select(k => k / 10.0).ToArray();
double bestW10 = double.NaN;   // replace: the grid value with the lowest LossWith(1, w)

double lowest = w10Grid.Min(w => LossWith(1, w));
SelfCheck.True($"no grid point has a lower loss than w10 = {bestW10}",
    LossWith(1, bestW10) <= lowest + 1e-12);
Console.WriteLine($"the network's w10 now: {W2[1, 0]:F2}");

//
// Solution
//
// ```csharp
// // YOUR TURN 3 · the lowest point of L(w10)
// double[] w10Grid = Enumerable.Range(-100, 201).Select(k => k / 10.0).ToArray();
// double bestW10 = w10Grid.MinBy(w => LossWith(1, w));
//
// double lowest = w10Grid.Min(w => LossWith(1, w));
// SelfCheck.True($"no grid point has a lower loss than w10 = {bestW10}",
//     LossWith(1, bestW10) <= lowest + 1e-12);
// Console.WriteLine($"the network's w10 now: {W2[1, 0]:F2}");
// ```
//
// `MinBy` returns the element whose key is smallest. The lowest point lies to the left of the current weight, as the chart shows: lowering w_10 lowers the loss. Trying every value works for one weight; a network has thousands, and lesson 07 follows the slope instead.
//
//
//
// With two variables the loss is a surface. Here is L over the output weight w_10 and the output bias b_5, seen from above: dark is low. Lesson 06 measures the slopes of such surfaces, and lesson 07 walks downhill on them.

// ── cell 33 ──
App.Cell(33, "4. Which loss for which task");
var b2 = network.Parameters[3].Value;     // 1×1: b5
double LossAt(double w10, double b5)
{
    (double savedW, double savedB) = (W2[1, 0], b2[0, 0]);
    (W2[1, 0], b2[0, 0]) = (w10, b5);
    double loss = MeanSquaredError.Loss(network.Predict(X).Column(0), targets);
    (W2[1, 0], b2[0, 0]) = (savedW, savedB);
    return loss;
}
display(Chart.Contour(LossAt, -10, 10, -3, 3, resolution: 60, name: "L(w10, b5)")
    .WithTrace(new Scatter
    {
        X = [W2[1, 0]], Y = [b2[0, 0]], Mode = "markers", Name = "the network now",
        Marker = new Marker { Color = "#d62728", Size = 10 },
    })
    .WithTitle("The loss over two parameters, L(w10, b5)")
    .WithXTitle("output weight w10").WithYTitle("output bias b5"));

// ## Check your understanding
//
// 1. Outputs y = (0.6, 0.4) with targets t = (1, 0). Compute the plain sum of t - y and the sum of squared errors. Which one notices the mistake?
// 2. What is the mean squared error of the Medical AI lecture's case ③ (sum of squares 1.50 over four outputs)?
// 3. Why does the Rabbit Challenge report put a ½ in front of the squared error? Does it move the minimum?
// 4. A classifier gives the correct class probability 0.001. What is its cross-entropy, roughly? What would it be for probability 0 without the constant δ?
// 5. In section 5, why are the curves for w_11 and w_12 flat?

// ## Answers
//
//
// Show the answers
//
// 1. Plain sum: 0.4 + (-0.4) = 0, as if the network were perfect. Squared: 0.16 + 0.16 = 0.32. Only the squared errors notice.
// 2. 1.50 / 4 = 0.375.
// 3. Because the derivative of 1/2(y - t)^2 is y - t: the 2 from the square cancels. Multiplying a function by a positive constant does not move its minimum.
// 4. -log 0.001 ≈ 6.9. For probability 0 it would be -log 0 = +∞; with δ = 10^(-7) it is about 16.1.
// 5. Hidden units 3 and 4 (ReLU) output 0 for all three examples, so the weight multiplies 0 and cannot change any prediction. Such a weight also gets no gradient: ReLU units that are off for every example do not learn.

// ## Summary
//
// - A loss function turns the gap between outputs and targets into one number; training makes it small.
// - The plain sum of errors fails: the Medical AI lecture's small and large errors both sum to 0.2. Squared errors give 0, 0.18 and 1.50, in the right order.
// - Sum of squares, mean squared error and half sum of squares differ by a constant; the ½ makes the derivative y - t (Rabbit Challenge day 1).
// - L1 adds absolute errors. Cross-entropy, -Σt_k log y_k, is the loss for classification; a small δ keeps log away from 0.
// - Squared errors for regression, cross-entropy for classification.
// - With the data fixed, the loss is a function of the weights and biases, L(w, b): a curve over one weight, a surface over two.
//
// ### Key terms
//
// | English | 日本語 | meaning |
// | --- | --- | --- |
// | loss function | 損失関数 | a function that measures how far the outputs are from the targets |
// | loss | 損失 | the number a loss function returns; smaller is better |
// | sum of squared errors | 残差平方和 | Σ_i (y_i - t_i)^2 |
// | mean squared error | 平均二乗誤差 | 1/NΣ_i (y_i - t_i)^2, the usual loss for regression |
// | half sum of squares | 二乗和誤差 | 1/2Σ_i (y_i - t_i)^2, whose derivative is y - t |
// | L1 loss | L1損失 | Σ_i | y_i - t_i |, the sum of absolute errors |
// | cross-entropy error | 交差エントロピー誤差 | -Σ_k t_k log y_k, the usual loss for classification |
// | binary cross-entropy | 二値交差エントロピー | cross-entropy for one sigmoid output and targets 0 or 1 |
// | one-hot | ワンホット | a target vector with 1 for the correct class and 0 elsewhere |
//
// Next, lesson 06 measures the slope of a loss curve: derivatives and partial derivatives.

App.End();
// nbrun convert: sha256 4fe7d051675e34a2
