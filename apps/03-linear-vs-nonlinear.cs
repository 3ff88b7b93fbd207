#!/usr/bin/env dotnet
// 03 · Linear versus nonlinear
// A file-based app generated from notebooks/03-linear-vs-nonlinear.ipynb by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/03-linear-vs-nonlinear.cs
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
using NeuralNetworks.Data;
using NeuralNetworks.Layers;
using NeuralNetworks.Linearity;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;
using NeuralNetworks.Exercises;

App.Start("03 · Linear versus nonlinear", args);

// # 03 · Linear versus nonlinear
//
// Lesson 02 called every activation function except the identity "nonlinear". This lesson makes that word exact.
// You will test functions against the two laws of linearity, see why layers without a nonlinear activation collapse into one, and watch what that costs on data no straight line can split.
//
// ## What you will be able to do
//
// - State the two laws that make a function linear, and test a function against them with numbers.
// - Show with one pair of numbers that ReLU is not linear, as the talk [hirotask 2024](sources.md#hirotask-2024) does.
// - Compute two stacked linear layers and the single layer they collapse into.
// - Explain, with decision boundary charts, why a network needs a nonlinear activation to separate two rings of points.

// ── cell 2 ──
App.Cell(2, "03 · Linear versus nonlinear");

// ## 1. What "linear" means
//
// The talk [hirotask 2024](sources.md#hirotask-2024) starts with the everyday picture: a function whose graph is a straight line, such as 2x, is linear; x^2, e^x, log x and sin x are not. Then it gives the exact definition. A function f is a **linear function (線形関数)** when it obeys two laws for all numbers x, y and a:
//
// additivity (加法性): f(x + y) = f(x) + f(y), homogeneity (斉次性): f(a x) = a f(x).
//
// A function that breaks either law is **nonlinear (非線形)**. Try additivity by hand with x = 2 and y = -3. For f(x) = 2x: f(2 + (-3)) = f(-1) = -2, and f(2) + f(-3) = 4 - 6 = -2. Equal. For f(x) = x^2: f(-1) = 1, but f(2) + f(-3) = 4 + 9 = 13.

// ── cell 4 ──
App.Cell(4, "1. What \"linear\" means");
Func<double, double> twice = x => 2 * x, square = x => x * x;
foreach (var (name, f) in new[] { ("2x", twice), ("x²", square) })
{
    double together_4 = f(2 + -3), apart_4 = f(2) + f(-3);
    Console.WriteLine($"{name}:  f(2 + (-3)) = {together_4},  f(2) + f(-3) = {apart_4}");
}

// `LinearityCheck.Check` does this for every pair of sample points you give it, then checks homogeneity the same way, and reports the first pair that breaks a law. One broken pair proves a function is nonlinear. Passing proves less: it only shows that no sample pair broke a law. Open `lib/NeuralNetworks/Linearity/LinearityCheck.cs` to see the loops.

// ── cell 6 ──
App.Cell(6, "1. What \"linear\" means");
double[] samples = [2, -3, 0.5];
var candidates = new (string Name, Func<double, double> F)[]
{
    ("2x", x => 2 * x), ("x²", x => x * x), ("eˣ", Math.Exp), ("sin x", Math.Sin),
    ("2x + 1", x => 2 * x + 1),
};
foreach (var (name, f) in candidates)
    Console.WriteLine($"{name,-7} {LinearityCheck.Check(f, samples)}");

// Only 2x passes. The others fail on the very first pair, x = y = 2: for example (2 + 2)^2 = 16 but 2^2 + 2^2 = 8.
//
// The last line deserves a second look. The graph of 2x + 1 is a straight line, yet it fails: f(4) = 9 but f(2) + f(2) = 10. A straight line that misses the origin is linear plus a constant shift, an **affine map (アフィン写像)**. A network layer computes u = Wx + b, which is affine because of the bias b. For this lesson that makes no difference: an affine map of an affine map is still affine, and its decision boundary is still a straight line.

// ── cell 8 ──
App.Cell(8, "1. What \"linear\" means");
display(Chart.Functions(-3, 3, candidates.Select(c => (c.Name, c.F)).ToArray())
    .WithTitle("Only straight lines through the origin are linear")
    .WithXTitle("x").WithYTitle("f(x)").WithYRange(-7, 10));

// Your turn: the absolute value |x| has a straight-line graph on each side of 0. Find two numbers that break additivity for it.

// ── cell 10 ──
App.Cell(10, "1. What \"linear\" means");
// YOUR TURN 1 · a counterexample for |x|
double xPick = double.NaN, yPick = double.NaN;   // replace with your two numbers

double together = Math.Abs(xPick + yPick), apart = Math.Abs(xPick) + Math.Abs(yPick);
Console.WriteLine($"|x + y| = {together},  |x| + |y| = {apart}");
bool differs = Math.Abs(together - apart) > 1e-9;
SelfCheck.True($"|x + y| ≠ |x| + |y| for x = {xPick}, y = {yPick}", differs);

//
// Solution
//
// ```csharp
// // YOUR TURN 1 · a counterexample for |x|
// double xPick = 1, yPick = -1;
//
// double together = Math.Abs(xPick + yPick), apart = Math.Abs(xPick) + Math.Abs(yPick);
// Console.WriteLine($"|x + y| = {together},  |x| + |y| = {apart}");
// bool differs = Math.Abs(together - apart) > 1e-9;
// SelfCheck.True($"|x + y| ≠ |x| + |y| for x = {xPick}, y = {yPick}", differs);
// ```
//
// Any two numbers of opposite signs work: |1 + (-1)| = 0 but |1| + |-1| = 2. Two numbers of the same sign never do, which is why sample points must sit on both sides of the corner, as for ReLU below.
//
//
//
// ## 2. ReLU is not linear: one counterexample
//
// ReLU looks almost linear: it is a straight line for positive inputs and a flat one for negative inputs. [hirotask 2024](sources.md#hirotask-2024) breaks additivity with one pair, 2 and -3:
//
// ReLU(2 + (-3)) = ReLU(-1) = 0, ReLU(2) + ReLU(-3) = 2 + 0 = 2.
//
// One such pair, a **counterexample (反例)**, is enough: ReLU is nonlinear.

// ── cell 12 ──
App.Cell(12, "2. ReLU is not linear: one counterexample");
var relu = Activation.ReLU;
Console.WriteLine($"ReLU(2 + (-3)) = {relu.Apply(2 + -3)}");
double sum = relu.Apply(2) + relu.Apply(-3);
Console.WriteLine($"ReLU(2) + ReLU(-3) = {relu.Apply(2)} + {relu.Apply(-3)} = {sum}");
Console.WriteLine(LinearityCheck.Check(relu.Apply, [2, -3]));
Console.WriteLine(LinearityCheck.Check(relu.Apply, [1, 2, 3]));

// The library finds the same counterexample. The last line is a warning about sample points: on positive numbers only, ReLU passes every test, because there it is just u. Its whole nonlinearity is the corner at u = 0, so the counterexample needs numbers on both sides of it. A function made of straight pieces like this is **piecewise linear (区分線形)**.

// ── cell 14 ──
App.Cell(14, "2. ReLU is not linear: one counterexample");
display(Chart.Function(relu.Apply, -4, 4, name: "ReLU(u)")
    .WithTitle("ReLU(2 + (−3)) = 0, but ReLU(2) + ReLU(−3) = 2")
    .WithXTitle("u").WithYTitle("ReLU(u)")
    .WithAnnotation("ReLU(2) = 2", 2, 2)
    .WithAnnotation("ReLU(−3) = 0", -3, 0)
    .WithAnnotation("ReLU(2 + (−3)) = ReLU(−1) = 0", -1, 0));

// Every activation of lesson 02 except the identity fails on the same three sample points:

// ── cell 16 ──
App.Cell(16, "2. ReLU is not linear: one counterexample");
foreach (var f in Activation.All)
    Console.WriteLine($"{f.Name,-22} {LinearityCheck.Check(f.Apply, samples)}");

// ## 3. Stacked linear layers collapse into one
//
// A layer without an activation computes u = Wx + b (lesson 04 builds layers properly). Put a second one on top of the first:
//
// W_2(W_1 x + b_1) + b_2 = (W_2 W_1)_W x + (W_2 b_1 + b_2)_b.
//
// Two layers give exactly one layer with W = W_2 W_1 and b = W_2 b_1 + b_2. Try it by hand with a layer of three units on two inputs and one unit on top:
//
// W_1 = 1 2 ; 0 -1 ; 3 1 , b_1 = 1 ; 0 ; -2 , W_2 = 2 -1 1 , b_2 = (0.5), x = 1 ; 2 .
//
// The first layer gives W_1 x + b_1 = (1 + 4 + 1, 0 - 2 + 0, 3 + 2 - 2) = (6, -2, 3). The second gives 2 · 6 - (-2) + 3 + 0.5 = 17.5. The collapsed layer has W = W_2 W_1 = (5, 6) and b = 2 - 2 + 0.5 = 0.5, and 5 · 1 + 6 · 2 + 0.5 = 17.5 as well. The library's `AffineMap` does the same, and `Then` collapses two maps into one (`lib/NeuralNetworks/Linearity/AffineMap.cs`):

// ── cell 18 ──
App.Cell(18, "3. Stacked linear layers collapse into one");
var M = Matrix<double>.Build;
var V = Vector<double>.Build;
var first = new AffineMap(M.DenseOfArray(new double[,] { { 1, 2 }, { 0, -1 }, { 3, 1 } }),
                          V.DenseOfArray([1.0, 0, -2]));
var second = new AffineMap(M.DenseOfArray(new double[,] { { 2, -1, 1 } }),
                           V.DenseOfArray([0.5]));
var x = V.DenseOfArray([1.0, 2]);

var hidden = first.Apply(x);
Console.WriteLine($"first layer:  W1·x + b1 = ({string.Join(", ", hidden)})");
Console.WriteLine($"second layer: W2·(W1·x + b1) + b2 = {second.Apply(hidden)[0]}");

var collapsed = first.Then(second);
string collapsedW = string.Join(", ", collapsed.W.Row(0));
Console.WriteLine($"collapsed:    W = ({collapsedW}), b = {collapsed.B[0]}");
Console.WriteLine($"              W·x + b = {collapsed.Apply(x)[0]}");

// Your turn: collapse the two maps yourself. `first.W`, `first.B`, `second.W` and `second.B` hold W_1, b_1, W_2 and b_2; with MathNet, `*` multiplies matrices, and a matrix times a vector is a vector.

// ── cell 20 ──
App.Cell(20, "3. Stacked linear layers collapse into one");
// YOUR TURN 2 · collapse two layers yourself
Matrix<double>? myW = null;   // replace: W = W2 W1
Vector<double>? myB = null;   // replace: b = W2 b1 + b2

SelfCheck.MatricesClose("W = W2 W1", first.Then(second).W, myW);
SelfCheck.VectorsClose("b = W2 b1 + b2", first.Then(second).B, myB);

//
// Solution
//
// ```csharp
// // YOUR TURN 2 · collapse two layers yourself
// Matrix<double>? myW = second.W * first.W;
// Vector<double>? myB = second.W * first.B + second.B;
//
// SelfCheck.MatricesClose("W = W2 W1", first.Then(second).W, myW);
// SelfCheck.VectorsClose("b = W2 b1 + b2", first.Then(second).B, myB);
// ```
//
// The order matters: W_2 W_1 is 1×3 times 3×2, a 1×2 matrix; W_1 W_2 would be a different, 3×3 matrix.
//
//
//
// Now put ReLU between the two layers. The hidden values (6, -2, 3) become (6, 0, 3), and the output changes:

// ── cell 22 ──
App.Cell(22, "3. Stacked linear layers collapse into one");
var bent = relu.Apply(hidden);
Console.WriteLine($"ReLU(W1·x + b1) = ({string.Join(", ", bent)})");
Console.WriteLine($"W2·ReLU(W1·x + b1) + b2 = {second.Apply(bent)[0]}");
Console.WriteLine($"W2·(W1·x + b1) + b2     = {second.Apply(hidden)[0]} (no ReLU)");

// With ReLU there is no single W and b that does the same for every x. You can see the difference over the whole input plane. Each chart colours the output for inputs (x_1, x_2) from −3 to 3, from purple (low) to yellow (high). Without an activation, the lines of equal output are straight and parallel: the output is one tilted plane. With ReLU between the layers, they bend wherever one of the three hidden units crosses zero.

// ── cell 24 ──
App.Cell(24, "3. Stacked linear layers collapse into one");
double Stacked(double x1, double x2) =>
    second.Apply(first.Apply(V.DenseOfArray([x1, x2])))[0];
double WithRelu(double x1, double x2) =>
    second.Apply(relu.Apply(first.Apply(V.DenseOfArray([x1, x2]))))[0];

display(Chart.Subplots(1, 2,
        Chart.Contour(Stacked, -3, 3, -3, 3, levels: 16, name: "output")
            .WithTitle("Two linear layers").WithXTitle("x1").WithYTitle("x2"),
        Chart.Contour(WithRelu, -3, 3, -3, 3, levels: 16, name: "output")
            .WithTitle("ReLU between them").WithXTitle("x1").WithYTitle("x2"))
    .WithLayout(layout => layout with { Height = 460 }));

// The same algebra works for any number of layers: ten layers without an activation collapse into one. So depth without nonlinearity adds nothing: whatever a deep linear network computes, a single layer computes too.
//
// ## 4. Two rings: where a straight line fails
//
// Here is a data set that no straight line can separate: 200 points on two rings, class 0 on a circle of radius 1 and class 1 on a circle of radius 0.5, with a little noise (random seed 0).

// ── cell 26 ──
App.Cell(26, "4. Two rings: where a straight line fails");
var circles = ToyData.Circles(200, noise: 0.1, seed: 0);
Console.WriteLine(circles);

display(Chart.ScatterByClass(circles)
    .WithTitle("Two rings: class 1 inside class 0")
    .WithEqualAspect());

// Train three networks on it. How training works is the subject of lessons 05 to 10; here you only need what it does. It starts from random weights, measures how wrong the network's answers are, and changes every weight a little in the direction that makes them less wrong, again and again. `Trainer.Fit` below does that: each network goes through the 200 points 150 times (150 epochs, as in lesson 01), changes its weights after every group of 20 points, and uses the same rule for the changes (Adam, lesson 10) and the same random seeds. Read it as a black box for now, and look at what each kind of network manages to draw:
//
// - a **linear model**: one layer, 2 inputs to 2 class scores, then softmax. Where the two scores are equal is a straight line.
// - a **deep linear network**: two hidden layers of 8 units with the identity as activation, 114 weights and biases in all.
// - a **small ReLU network**: one hidden layer of 8 ReLU units.

// ── cell 28 ──
App.Cell(28, "4. Two rings: where a straight line fails");
var models = new (string Name, Network Net)[]
{
    ("linear model", new Network([2, 2], Activation.Identity, seed: 0)),
    ("deep linear network", new Network([2, 8, 8, 2], Activation.Identity, seed: 0)),
    ("ReLU network", new Network([2, 8, 2], Activation.ReLU, seed: 0)),
};
var histories = models
    .Select(m => Trainer.Fit(m.Net, circles, new Adam(0.05),
                             epochs: 150, batchSize: 20, seed: 0))
    .ToList();

for (int k = 0; k < models.Length; k++)
{
    var (name, net) = models[k];
    int parameters = net.Parameters.Sum(p => p.Value.RowCount * p.Value.ColumnCount);
    Console.WriteLine(net);
    Console.WriteLine($"    {name}: {parameters} parameters, " +
                      $"accuracy {100 * histories[k].Last.TrainAccuracy:F1}%");
}

// The linear model gets 61.5% of the points right, and the deep linear network, for all its weights, only 50.0%, no better than a coin. The ReLU network, with 42 parameters, gets 99.5%. The decision boundaries show why:

// ── cell 30 ──
App.Cell(30, "4. Two rings: where a straight line fails");
display(Chart.Subplots(1, 3, models
        .Select((m, k) => Chart
            .DecisionBoundary(circles, X => m.Net.Classify(X), resolution: 80)
            .WithTitle($"{m.Name}: {100 * histories[k].Last.TrainAccuracy:F1}%"))
        .ToArray())
    .WithLayout(layout => layout with { Height = 420 }));

// The linear model can only cut the plane with one straight line, and the best it found slices a corner off the outer ring. The deep linear network is one straight line too; the one it found lies outside the picture, so it calls every point class 1. No straight line does much better, because each one leaves a large part of a ring on the wrong side. The ReLU network draws a closed curve around the inner ring. Each of its 8 hidden units computes one line, as a perceptron does in lesson 01, and ReLU bends the output along that line. Eight bends are enough to wrap around a ring.
//
// The number that training makes small, the **loss**, tells the same story over the epochs (lesson 05 defines it; for now, lower is better):

// ── cell 32 ──
App.Cell(32, "4. Two rings: where a straight line fails");
for (int k = 0; k < models.Length; k++)
{
    var losses = histories[k].TrainLosses.ToArray();
    string name = models[k].Name;
    Console.WriteLine($"{name,-20} epoch 10: {losses[9]:F4}, epoch 150: {losses[^1]:F4}");
}
Console.WriteLine($"ln 2 = {Math.Log(2):F4}");

// The two linear models stall at almost exactly the same loss, close to ln 2 = 0.6931. This loss (lesson 05's cross-entropy) charges -ln p for the probability p a network gives the correct class, so answering "50 % each" for every point costs -ln 0.5 = ln 2; the ReLU network's loss keeps falling. Their two curves lie almost on top of each other, so the chart draws the linear model as a wide pale band and the deep linear network as a thin line on it: where the thin line leaves the band, the deep network's loss jumped.

// ── cell 34 ──
App.Cell(34, "4. Two rings: where a straight line fails");
double[] epochs = Enumerable.Range(1, 150).Select(e => (double)e).ToArray();
var lossCurves = models
    .Select((m, k) => (m.Name, (IReadOnlyList<double>)histories[k].TrainLosses.ToArray()))
    .ToArray();
Line[] lossStyles = [new() { Width = 10, Color = "rgba(31, 119, 180, 0.35)" },   // a band
                     new() { Width = 2 }, new() { Width = 2 }];
var lossChart = Chart.Lines(epochs, lossCurves);
var lossTraces = lossChart.Data
    .Select((t, i) => (Trace)((Scatter)t with { Line = lossStyles[i] }));
display((lossChart with { Data = lossTraces.ToList() })
    .WithTitle("Training loss on the two rings")
    .WithXTitle("epoch").WithYTitle("cross-entropy loss"));

// ## Check your understanding
//
// 1. For each of f(x) = 3x, f(x) = x + 1 and f(x) = |x|, say whether it is linear. For each one that is not, give a pair of numbers that breaks additivity.
// 2. The library's loop printed Leaky ReLU's counterexample with a = 0.01. Check its two numbers by hand.
// 3. Three layers without activations compute W_3(W_2(W_1 x + b_1) + b_2) + b_3. Write it as a single layer Wx + b.
// 4. The deep linear network had 114 parameters and the linear model only 6. Why was it no better on the rings?
// 5. ReLU is linear on positive inputs and on negative inputs. Why does a ReLU network not collapse into one layer the way the linear stack did?

// ## Answers
//
//
// Show the answers
//
// 1. 3x is linear: 3(x + y) = 3x + 3y and 3(ax) = a(3x). x + 1 is not (it is affine): x = y = 0 gives f(0) = 1 but f(0) + f(0) = 2. |x| is not: x = 1, y = -1 gives |0| = 0 but |1| + |-1| = 2.
// 2. 2 + (-3) = -1, and Leaky ReLU of a negative number is 0.01 times it: -0.01. On the other side, LeakyReLU(2) = 2 and LeakyReLU(-3) = -0.03, so the sum is 1.97. They differ, so Leaky ReLU is nonlinear.
// 3. W = W_3 W_2 W_1 and b = W_3 W_2 b_1 + W_3 b_2 + b_3. Collapse the first two layers as in section 3, then collapse the result with the third.
// 4. Without a nonlinear activation its layers collapse into one affine map, so it draws one straight line, exactly like the linear model. Extra weights in a linear stack add no new shapes of boundary.
// 5. Which piece applies depends on the input: a hidden unit is "on" for inputs on one side of its line and "off" on the other. Different regions of the plane switch on different units, so the network is a different affine map in each region, and together they form a bent boundary that no single Wx + b can draw.

// ## Summary
//
// - A function is linear when f(x + y) = f(x) + f(y) and f(ax) = a f(x). One pair of numbers that breaks a law proves it nonlinear: ReLU(2 + (-3)) = 0 but ReLU(2) + ReLU(-3) = 2.
// - A layer computes the affine map Wx + b. Two of them in a row are one: W = W_2 W_1, b = W_2 b_1 + b_2. Depth without a nonlinear activation adds nothing.
// - On two rings, a linear model and a deep linear network both stop at a straight line (61.5% and 50.0% right); one hidden layer of 8 ReLU units wraps a curve around the inner ring (99.5%).
//
// ### Key terms
//
// | English | 日本語 | meaning |
// | --- | --- | --- |
// | linear function | 線形関数 | a function with f(x + y) = f(x) + f(y) and f(ax) = a·f(x) |
// | nonlinear | 非線形 | not linear: breaks additivity or homogeneity |
// | additivity | 加法性 | f(x + y) = f(x) + f(y) |
// | homogeneity | 斉次性 | f(ax) = a·f(x) |
// | counterexample | 反例 | one case that shows a general claim is false |
// | affine map | アフィン写像 | a linear map plus a constant shift, such as u = Wx + b |
// | piecewise linear | 区分線形 | made of straight pieces joined at corners, such as ReLU |
//
// **Next:** a nonlinear activation between layers is what gives a network its power. Lesson 04 builds those layers properly: input, hidden and output layers, u = Wx + b in matrix form, and a whole batch of inputs at once.

App.End();
// nbrun convert: sha256 1d0c39355e1da7a8
