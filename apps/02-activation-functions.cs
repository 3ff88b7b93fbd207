#!/usr/bin/env dotnet
// 02 · Activation functions
// A file-based app generated from notebooks/02-activation-functions.ipynb by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/02-activation-functions.cs
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
using NeuralNetworks.Exercises;

App.Start("02 · Activation functions", args);

// # 02 · Activation functions
//
// In lesson 01 the step function turned a perceptron's weighted sum u into a clean 0 or 1. Networks that learn need something smoother.
// This lesson meets the functions that take the step's place, what each one is for, and softmax, which turns a row of scores into probabilities.
//
// ## What you will be able to do
//
// - Give the formula, the range and the derivative of the step, sigmoid, tanh, ReLU, Leaky ReLU and identity functions, and recognise each one's chart.
// - Say which activations belong in hidden layers and which in the output layer, using the table the library prints.
// - Explain why the step function cannot be trained by gradients.
// - Compute softmax by hand and in a numerically stable way, and describe what a temperature does to it.
// - Derive softmax's Jacobian, check it numerically, and see why softmax with cross-entropy has the gradient y - t.

// ── cell 2 ──
App.Cell(2, "02 · Activation functions");

// ## 1. One weighted input, six answers
//
// An **activation function (活性化関数)** f takes a neuron's weighted input u and gives its output z = f(u). The step function of lesson 01 is one. Here are the others you will meet in this course, tried on a few numbers first.
//
// By hand at u = 2: the step gives 1, ReLU keeps the 2 (it only zeroes negatives), and the sigmoid gives 1 / (1 + e^(-2)):

// ── cell 4 ──
App.Cell(4, "1. One weighted input, six answers");
double u = 2;
double sigmoidByHand = 1 / (1 + Math.Exp(-u));
Console.WriteLine($"1 / (1 + e^-2) = {sigmoidByHand:F4}");
Console.WriteLine($"Activation.Sigmoid.Apply(2) = {Activation.Sigmoid.Apply(2):F4}");

// `Activation.All` lists the six element-wise activations of the library. Each one lives in its own file in `lib/NeuralNetworks/Activations/` (`Sigmoid.cs`, `ReLU.cs`, …) with its value and its derivative side by side. Here they are on five inputs:

// ── cell 6 ──
App.Cell(6, "1. One weighted input, six answers");
double[] inputs = [-2, -0.5, 0, 0.5, 2];
string Row(string name, Func<double, double> f, string format) =>
    $"{name,-22}" + string.Concat(inputs.Select(x => f(x).ToString(format).PadLeft(9)));
Console.WriteLine(Row("u", x => x, "F1"));
foreach (var f in Activation.All)
    Console.WriteLine(Row(f.Name, f.Apply, "F4"));

// Read the columns: for negative inputs ReLU gives 0 while Leaky ReLU lets a little through (0.01 times the input); the sigmoid stays between 0 and 1 and tanh between −1 and 1; identity changes nothing.
//
// Drawn together, three of them share a line: for u > 0 ReLU, Leaky ReLU and identity all give u. So the chart draws ReLU wide and pale, Leaky ReLU dashed on top of it and identity dotted, and gives Leaky ReLU the slope a = 0.1 so that its left half stands apart from ReLU's 0 (with 0.01 it would lie within a pixel of it). Click a name in the legend to hide or show its curve.

// ── cell 8 ──
App.Cell(8, "1. One weighted input, six answers");
Activation[] six = [Activation.Step, Activation.Sigmoid, Activation.Tanh,
                    Activation.ReLU, Activation.LeakyReLU(0.1), Activation.Identity];
Line[] styles = [new() { Width = 2 }, new() { Width = 2 }, new() { Width = 2 },
                 new() { Width = 8, Color = "rgba(214, 39, 40, 0.4)" },   // ReLU, pale
                 new() { Width = 3, Dash = "dash" }, new() { Width = 3, Dash = "dot" }];
var named = six.Select(f => (f.Name, (Func<double, double>)f.Apply)).ToArray();
var drawn = Chart.Functions(-4, 4, named);
var styled = drawn.Data.Select((t, i) => (Trace)((Scatter)t with { Line = styles[i] }));
display((drawn with { Data = styled.ToList() })
    .WithTitle("Six activation functions")
    .WithXTitle("weighted input u").WithYTitle("output f(u)")
    .WithYRange(-1.5, 2.5));

// ## 2. Each function and its derivative
//
// Learning by gradients (lessons 07 and 08) needs to know how much the output changes when u changes a little: the derivative f'(u). Here is each function with its derivative and its range, the set of values it can output.
//
// | name | f(u) | f'(u) | range |
// | --- | --- | --- | --- |
// | step | 1 if u > 0, else 0 | 0 for u ≠ 0; undefined at 0 | 0, 1 |
// | **sigmoid (シグモイド関数)** | σ(u) = 1/(1 + e^(-u)) | σ(u) (1 - σ(u)) | (0, 1) |
// | **tanh (双曲線正接関数)** | (e^u - e^(-u))/(e^u + e^(-u)) | 1 - tanh^2(u) | (-1, 1) |
// | **ReLU (正規化線形関数)** | max(0, u) | 1 if u > 0, else 0 | [0, ∞) |
// | **Leaky ReLU (Leaky ReLU関数)** | u if u > 0, else a u | 1 if u > 0, else a | (-∞, ∞) |
// | **identity (恒等関数)** | u | 1 | (-∞, ∞) |
//
// ReLU stands for rectified linear unit. Leaky ReLU's slope a is small, usually 0.01. At u = 0 ReLU has a corner and no true derivative; the library takes 0 there, and since u is almost never exactly 0 this choice rarely matters.
//
// Check the sigmoid's derivative by hand at u = 0: σ(0) = 1/(1 + 1) = 0.5, so σ'(0) = 0.5 · 0.5 = 0.25. That is the largest it ever gets. Compare it with the slope measured numerically, (f(u + h) - f(u - h)) / 2h for a tiny h (lesson 06 explains this estimate):

// ── cell 10 ──
App.Cell(10, "2. Each function and its derivative");
Console.WriteLine($"σ(0)  = {Activation.Sigmoid.Apply(0):F4}");
Console.WriteLine($"σ′(0) = {Activation.Sigmoid.Derivative(0):F4} (formula)");
double measured = NumericalDerivative.Central(Activation.Sigmoid.Apply, 0);
Console.WriteLine($"σ′(0) ≈ {measured:F4} (measured slope)");
double viaSigmoid = 2 * Activation.Sigmoid.Apply(2) - 1;
Console.WriteLine($"tanh(1) = {Activation.Tanh.Apply(1):F4}");
Console.WriteLine($"2σ(2) − 1 = {viaSigmoid:F4}");

// The last two lines show that tanh is a sigmoid stretched to run from −1 to 1: tanh(u) = 2σ(2u) - 1. Every derivative in the library can be checked the same way. Away from the corners at u = 0, the formulas and the measured slopes agree to about ten digits:

// ── cell 12 ──
App.Cell(12, "2. Each function and its derivative");
double[] probes = [-3, -1.5, -0.5, 0.5, 1.5, 3];   // not 0, where step and ReLU bend
foreach (var f in Activation.All)
{
    double worst = probes.Max(x =>
        Math.Abs(f.Derivative(x) - NumericalDerivative.Central(f.Apply, x)));
    Console.WriteLine($"{f.Name,-22} largest difference {worst:G2}");
}

// Each function in blue with its derivative in orange. Leaky ReLU is drawn with a = 0.1 again, so that you can see its slope on the left; 0.01 is the usual value.

// ── cell 14 ──
App.Cell(14, "2. Each function and its derivative");
Figure WithDerivative(Activation f) =>
    Chart.Functions(-4, 4, ("f(u)", f.Apply), ("f′(u)", f.Derivative))
        .WithTitle(f.Name).WithXTitle("u").WithYTitle("f(u) and f′(u)")
        .WithYRange(-1.2, 2.2);

display(Chart.Subplots(2, 3, six.Select(WithDerivative).ToArray())
    .WithLayout(layout => layout with { Height = 760 }));

// Notice three things. The sigmoid's and tanh's derivatives are bumps that fade to 0 for large |u|: a neuron deep in those flat tails barely learns (lesson 10 calls this vanishing gradients). ReLU's derivative is exactly 1 for every positive input. And the step's derivative is 0 everywhere you can measure it.
//
// Your turn: write ReLU and its derivative as C# functions. Take the derivative at u = 0 to be 0, as the library does.

// ── cell 16 ──
App.Cell(16, "2. Each function and its derivative");
// YOUR TURN 1 · ReLU and its slope
double MyRelu(double u) => double.NaN;        // replace: ReLU(u)
double MyReluSlope(double u) => double.NaN;   // replace: ReLU′(u), 0 at u = 0

foreach (double at in new[] { -1.5, 0.0, 2.0 })
{
    SelfCheck.Close($"ReLU({at})", Activation.ReLU.Apply(at), MyRelu(at));
    SelfCheck.Close($"ReLU′({at})", Activation.ReLU.Derivative(at), MyReluSlope(at));
}

//
// Solution
//
// ```csharp
// // YOUR TURN 1 · ReLU and its slope
// double MyRelu(double u) => Math.Max(0, u);
// double MyReluSlope(double u) => u > 0 ? 1 : 0;
//
// foreach (double at in new[] { -1.5, 0.0, 2.0 })
// {
//     SelfCheck.Close($"ReLU({at})", Activation.ReLU.Apply(at), MyRelu(at));
//     SelfCheck.Close($"ReLU′({at})", Activation.ReLU.Derivative(at), MyReluSlope(at));
// }
// ```
//
// `u > 0 ? 1 : 0` is the step function of lesson 01: ReLU's derivative is the step. The library writes both, side by side, in `lib/NeuralNetworks/Activations/ReLU.cs`.
//
//
//
// ## 3. Where each one is used
//
// Layers inside a network are **hidden layers (隠れ層)**; the last layer, whose values you read, is the **output layer (出力層)**. They need different things. A hidden layer needs a function that is nonlinear (lesson 03 shows why) and has a useful derivative. An output layer needs outputs of the right kind: any number for a regression, a probability for a class.
//
// The study report [Rabbit Challenge day 1](sources.md#rabbit-challenge-day-1) sums this up in a table of name, use and range. The library produces the same table from the activations themselves:

// ── cell 18 ──
App.Cell(18, "3. Where each one is used");
// The table as HTML, so that it shows as a table in VS Code and on the exported page.
var header = "<tr><th>name</th><th>usual layer</th><th>range</th></tr>";
var rows = ActivationDescription.Table.Select(r =>
    $"<tr><td>{r.Name}</td><td>{r.UsualLayer}</td><td>{r.OutputRange}</td></tr>");
display(HTML("<table>" + header + string.Concat(rows) + "</table>"));

// The lecture writes the sigmoid's range as [0, 1]. The library is stricter: (0, 1), because 1/(1 + e^(-u)) comes close to 0 and 1 but never reaches them. The step takes only the two values 0, 1, nothing in between. Today ReLU is the usual choice for hidden layers. For the output layer, choose identity to predict a number, sigmoid for a yes/no answer, and softmax (section 5) to pick one of several classes.
//
// ## 4. Why the step function cannot be trained by gradients
//
// Gradient-based learning asks each weight: "if I nudge you a little, how much does the error change?" The answer passes through f'(u). For the step, a nudge of u changes nothing at all, so f'(u) = 0 wherever u ≠ 0; at u = 0 the output jumps and there is no derivative ([HN410 2022](sources.md#hn410-2022) makes exactly this point). Either way the weights learn nothing.
//
// Measure it. At u = 0.5 the slope of the step is 0 for every step size h. At u = 0 the measured slope is 1/2h and grows without limit as h shrinks, while the sigmoid's settles at 0.25:

// ── cell 20 ──
App.Cell(20, "4. Why the step function cannot be trained by gradients");
Console.WriteLine($"{"h",8} {"step at 0.5",12} {"step at 0",12} {"sigmoid at 0",13}");
foreach (double h in new[] { 1e-2, 1e-4, 1e-6 })
{
    double atHalf = NumericalDerivative.Central(Activation.Step.Apply, 0.5, h);
    double atZero = NumericalDerivative.Central(Activation.Step.Apply, 0, h);
    double sigmoid = NumericalDerivative.Central(Activation.Sigmoid.Apply, 0, h);
    Console.WriteLine($"{h,8:G1} {atHalf,12:F0} {atZero,12:F0} {sigmoid,13:F4}");
}

// The sigmoid is a step with the corner smoothed away. Squeeze it, σ(k u) with a larger k, and it gets closer to the step while keeping a derivative everywhere (at u = 0 it is k/4). That is why the early networks trained by gradients replaced the step with the sigmoid. In the chart the step is the dashed black line, drawn on top, since σ(20u) almost covers it.

// ── cell 22 ──
App.Cell(22, "4. Why the step function cannot be trained by gradients");
var squeezed = Chart.Functions(-3, 3, 400,
    ("σ(u)", x => Activation.Sigmoid.Apply(x)),
    ("σ(5u)", x => Activation.Sigmoid.Apply(5 * x)),
    ("σ(20u)", x => Activation.Sigmoid.Apply(20 * x)),
    ("step", Activation.Step.Apply));
// σ(20u) almost covers the step, so the step is drawn last, dashed and black.
var stepLine = new Line { Dash = "dash", Color = "black", Width = 2 };
var squeezedTraces = squeezed.Data
    .Select((t, i) => i < 3 ? t : (Scatter)t with { Line = stepLine });
display((squeezed with { Data = squeezedTraces.ToList() })
    .WithTitle("A squeezed sigmoid approaches the step")
    .WithXTitle("u").WithYTitle("output"));

// ## 5. Softmax: scores into probabilities
//
// To choose one of several classes, the output layer gives one score per class, and the **softmax function (ソフトマックス関数)** turns the scores u_1, …, u_n into probabilities:
//
// y_k = (e^(u_k))/(Σ_(j=1)^n e^(u_j)) .
//
// Each e^(u_k) is positive, and dividing by their sum makes the y_k add up to 1. A larger score gets a larger share. Unlike the functions above, softmax is not applied to each number on its own: every output depends on every score.
//
// By hand for the scores u = (0.3, 2.9, 4.0):

// ── cell 24 ──
App.Cell(24, "5. Softmax: scores into probabilities");
string Show(IEnumerable<double> values, string format = "F4") =>
    string.Join(", ", values.Select(v => v.ToString(format)));

double[] scores = [0.3, 2.9, 4.0];
double[] exps = scores.Select(Math.Exp).ToArray();
double total = exps.Sum();
Console.WriteLine($"e^u   = {Show(exps)}");
Console.WriteLine($"sum   = {total:F4}");
Console.WriteLine($"y     = {Show(exps.Select(e => e / total))}");

var y = Softmax.Apply(Vector<double>.Build.DenseOfArray(scores));
Console.WriteLine($"library: {Show(y)}, sum {y.Sum():F4}");

// The third class gets 0.7366 of the probability, the first only 0.0182, and the library agrees with the hand computation.
//
// ### Keeping it finite: subtract the maximum
//
// e^u grows fast: e^709 still fits in a `double`, but e^710 is too big and becomes `Infinity`, an **overflow (オーバーフロー)**. Scores of 1010, 1000 and 990 are perfectly reasonable, yet the formula as written gives ∞ / ∞, which is "not a number" (NaN). The cure: subtract the largest score c from every score first. Nothing changes mathematically, because the factor e^(-c) cancels:
//
// (e^(u_k - c))/(Σ_j e^(u_j - c)) = (e^(-c) e^(u_k))/(e^(-c) Σ_j e^(u_j)) = (e^(u_k))/(Σ_j e^(u_j)) .
//
// After the shift the largest exponent is e^0 = 1, and nothing overflows. `Softmax.Apply` always does this (open `lib/NeuralNetworks/Activations/Softmax.cs`):

// ── cell 26 ──
App.Cell(26, "Keeping it finite: subtract the maximum");
Console.WriteLine($"Math.Exp(709) = {Math.Exp(709):G4}, Math.Exp(710) = {Math.Exp(710)}");

double[] big = [1010, 1000, 990];
double bigTotal = big.Sum(s => Math.Exp(s));
Console.WriteLine($"as written:  {Show(big.Select(s => Math.Exp(s) / bigTotal), "R")}");

double c = big.Max();
double[] shifted = big.Select(s => s - c).ToArray();
Console.WriteLine($"shifted u:   {string.Join(", ", shifted)}");
var stable = Softmax.Apply(Vector<double>.Build.DenseOfArray(big));
Console.WriteLine($"library:     {Show(stable, "G4")}");

// Your turn: write a softmax that survives the scores 1010, 1000 and 990, by subtracting the largest score first.

// ── cell 28 ──
App.Cell(28, "Keeping it finite: subtract the maximum");
// YOUR TURN 2 · a softmax that does not overflow
Vector<double> MySoftmax(Vector<double> u)
{
    return u;   // replace: subtract the largest score, take e^…, divide by the sum
}

var huge = Vector<double>.Build.DenseOfArray([1010, 1000, 990]);
var small = Vector<double>.Build.DenseOfArray(scores);
SelfCheck.VectorsClose("softmax(1010, 1000, 990)", Softmax.Apply(huge), MySoftmax(huge));
SelfCheck.VectorsClose("softmax(0.3, 2.9, 4.0)", Softmax.Apply(small), MySoftmax(small));

//
// Solution
//
// ```csharp
// // YOUR TURN 2 · a softmax that does not overflow
// Vector<double> MySoftmax(Vector<double> u)
// {
//     double largest = u.Maximum();
//     var e = u.Map(uk => Math.Exp(uk - largest));
//     return e / e.Sum();
// }
//
// var huge = Vector<double>.Build.DenseOfArray([1010, 1000, 990]);
// var small = Vector<double>.Build.DenseOfArray(scores);
// SelfCheck.VectorsClose("softmax(1010, 1000, 990)", Softmax.Apply(huge), MySoftmax(huge));
// SelfCheck.VectorsClose("softmax(0.3, 2.9, 4.0)", Softmax.Apply(small), MySoftmax(small));
// ```
//
// `u.Map(f)` applies `f` to every element; dividing a vector by a number divides every element.
//
//
//
// ### Temperature
//
// Divide every score by a **temperature (温度)** T > 0 before the exponential:
//
// y_k = (e^(u_k / T))/(Σ_j e^(u_j / T)) .
//
// T = 1 is plain softmax. A low temperature stretches the gaps between scores, so the largest takes almost everything; a high temperature shrinks them, so the probabilities even out. The order of the classes never changes.

// ── cell 30 ──
App.Cell(30, "Temperature");
var u3 = Vector<double>.Build.DenseOfArray(scores);
Console.WriteLine($"{"T",5}   probabilities of the scores (0.3, 2.9, 4.0)");
foreach (double T in new[] { 0.5, 1, 2, 5 })
    Console.WriteLine($"{T,5:G3}   {Show(Softmax.Apply(u3, T))}");

// Play the animation to move from a cold T = 0.25 to a hot T = 8:

// ── cell 32 ──
App.Cell(32, "Temperature");
double[] temperatures = [0.25, 0.35, 0.5, 0.7, 1, 1.4, 2, 2.8, 4, 5.6, 8];
string[] classes = ["class 1 (u = 0.3)", "class 2 (u = 2.9)", "class 3 (u = 4.0)"];
var frames = temperatures
    .Select(T => Chart.Bar(classes, Softmax.Apply(u3, T).ToArray(), name: "probability")
        .WithTitle("Softmax at temperature T").WithYTitle("probability").WithYRange(0, 1))
    .ToList();

display(Chart.Animation(frames, temperatures.Select(T => T.ToString("G3")).ToList(),
    frameMilliseconds: 500, prefix: "T = "));

// ### The derivative of softmax: a Jacobian
//
// Every activation of section 2 has one derivative per input, f'(u). Softmax mixes its inputs: raising one score raises its own probability and lowers all the others. So its derivative is a table with one entry for every pair, ∂y_i / ∂u_j, "how much y_i moves when u_j moves a little". A table of all the partial derivatives of several outputs with respect to several inputs is a **Jacobian matrix (ヤコビ行列)**.
//
// Write S = Σ_k e^(u_k), so y_i = e^(u_i) / S. The quotient rule needs two pieces: ∂e^(u_i) / ∂u_j is e^(u_i) when j = i and 0 otherwise, and ∂S / ∂u_j = e^(u_j). Then
//
// (∂y_i)/(∂u_j) = (δ_ij e^(u_i) S - e^(u_i) e^(u_j))/(S^2) = y_i (δ_ij - y_j), δ_ij = 1 i = j ; 0 i ≠ j
//
// On the diagonal that is y_i(1 - y_i), the sigmoid's derivative in a new place; off the diagonal it is -y_i y_j. By hand for the scores (0.3, 2.9, 4.0), whose probabilities are y = (0.0182, 0.2452, 0.7366): ∂y_1/∂u_1 = 0.0182 · (1 - 0.0182) = 0.0179 and ∂y_1/∂u_3 = -0.0182 · 0.7366 = -0.0134. `Softmax.Jacobian` builds the whole matrix from y, and a numerical check nudges one score at a time by ± h and measures how every probability moves (lesson 06 explains the central difference):

// ── cell 34 ──
App.Cell(34, "The derivative of softmax: a Jacobian");
Console.WriteLine($"by hand: {y[0] * (1 - y[0]):F4} and {-y[0] * y[2]:F4}");
var J = Softmax.Jacobian(y);
var u0 = Vector<double>.Build.DenseOfArray(scores);
Vector<double> Unit(int j) => Vector<double>.Build.Dense(3, k => k == j ? 1 : 0);
var measuredJ = Matrix<double>.Build.Dense(3, 3, (i, j) =>
    NumericalDerivative.Central(h => Softmax.Apply(u0 + h * Unit(j))[i], 0));
for (int i = 0; i < 3; i++)
{
    string formula = Show(J.Row(i)), numeric = Show(measuredJ.Row(i));
    Console.WriteLine($"row {i + 1}: formula [{formula}]  measured [{numeric}]");
}
Console.WriteLine($"largest difference {(J - measuredJ).Enumerate().Max(Math.Abs):G2}");
Console.WriteLine($"largest column sum {J.ColumnSums().Enumerate().Max(Math.Abs):G2}");

// The formula and the measured slopes agree to about ten digits. The matrix is symmetric, its diagonal is positive and everything else is negative, and each column sums to 0 up to rounding (the largest column sum printed is 8.3E-17): the probabilities always add up to 1, so whatever one class gains when a score rises, the others lose.
//
// A look ahead, to read again after lesson 08: in a network softmax is followed by the cross-entropy loss of lesson 05, L = -Σ_k t_k log y_k, whose slopes are ∂L / ∂y_k = -t_k / y_k. The chain rule of lesson 08 multiplies them by the Jacobian, ∂L / ∂u_j = Σ_i (∂L / ∂y_i)(∂y_i / ∂u_j), and almost everything cancels:
//
// ∂L/(∂u_j) = Σ_i (-(t_i)/(y_i)) y_i (δ_ij - y_j) = -t_j + y_j Σ_i t_i = y_j - t_j .
//
// The last step uses Σ_i t_i = 1: the target gives probability 1 to the correct class and 0 to the others, so its entries add up to 1.
//
// That is why the library pairs softmax with cross-entropy in one layer (`lib/NeuralNetworks/Layers/SoftmaxWithLoss.cs`). Check it for the target "class 3":

// ── cell 36 ──
App.Cell(36, "The derivative of softmax: a Jacobian");
var target = Vector<double>.Build.DenseOfArray([0, 0, 1]);
var lossSlopes = -target.PointwiseDivide(y);        // ∂L/∂y
var throughJacobian = J.TransposeThisAndMultiply(lossSlopes);
Console.WriteLine($"Jᵀ · ∂L/∂y = [{Show(throughJacobian)}]");
Console.WriteLine($"y − t      = [{Show(y - target)}]");

// Your turn: the formula of the Jacobian as a function of y, i and j. The check measures the entries it tries, as the cell above did, at the lesson's scores and at a second set of scores.

// ── cell 38 ──
App.Cell(38, "The derivative of softmax: a Jacobian");
// YOUR TURN 3 · the Jacobian's formula
// ∂yᵢ/∂uⱼ = yᵢ(δᵢⱼ − yⱼ): write it for any probabilities y and any entry (i, j),
// counting from 0 as C# does.
double MyEntry(Vector<double> y, int i, int j) => double.NaN;   // replace

// The check measures each entry by a central difference, nudging only uⱼ, at scores
// you do not choose.
double[][] scoreSets = [[0.3, 2.9, 4.0], [1.0, -0.5, 2.0]];
foreach (double[] s in scoreSets)
{
    var uAt = Vector<double>.Build.DenseOfArray(s);
    var yAt = Softmax.Apply(uAt);
    foreach (var (i, j) in new[] { (1, 1), (0, 2) })
    {
        double measured_38 =
            NumericalDerivative.Central(h => Softmax.Apply(uAt + h * Unit(j))[i], 0);
        SelfCheck.Close($"∂y{i + 1}/∂u{j + 1} at ({string.Join(", ", s)})", measured_38,
                        MyEntry(yAt, i, j), tolerance: 1e-8);
    }
}

//
// Solution
//
// ```csharp
// // YOUR TURN 3 · the Jacobian's formula
// // ∂yᵢ/∂uⱼ = yᵢ(δᵢⱼ − yⱼ): write it for any probabilities y and any entry (i, j),
// // counting from 0 as C# does.
// double MyEntry(Vector<double> y, int i, int j) => y[i] * ((i == j ? 1 : 0) - y[j]);
//
// // The check measures each entry by a central difference, nudging only uⱼ, at scores
// // you do not choose.
// double[][] scoreSets = [[0.3, 2.9, 4.0], [1.0, -0.5, 2.0]];
// foreach (double[] s in scoreSets)
// {
//     var uAt = Vector<double>.Build.DenseOfArray(s);
//     var yAt = Softmax.Apply(uAt);
//     foreach (var (i, j) in new[] { (1, 1), (0, 2) })
//     {
//         double measured =
//             NumericalDerivative.Central(h => Softmax.Apply(uAt + h * Unit(j))[i], 0);
//         SelfCheck.Close($"∂y{i + 1}/∂u{j + 1} at ({string.Join(", ", s)})", measured,
//                         MyEntry(yAt, i, j), tolerance: 1e-8);
//     }
// }
// ```
//
// C# counts from 0, so ∂y_2/∂u_2 is `MyEntry(y, 1, 1)`, which is y_2(1 - y_2), and ∂y_1/∂u_3 is `MyEntry(y, 0, 2)`, which is -y_1 y_3. The formula and the measured slopes agree to about ten digits, as in the whole matrix above.

// ## Check your understanding
//
// 1. Which activation would you put in the output layer of a network that predicts a house's price? One that says whether an e-mail is spam? One that reads a handwritten digit 0–9?
// 2. What are σ(0) and σ'(0)? Where is the sigmoid's derivative largest, and what happens to it for u = 10?
// 3. In your own words: why can a network whose hidden layers use the step function not be trained by gradient descent?
// 4. Add 100 to every score before softmax. What happens to the probabilities, and why?
// 5. What do the softmax probabilities approach as the temperature gets very high? As it gets very close to 0?

// ## Answers
//
//
// Show the answers
//
// 1. Identity for the price (any number is allowed); sigmoid for spam or not (one probability between 0 and 1); softmax over ten scores for the digit (ten probabilities that sum to 1).
// 2. σ(0) = 0.5 and σ'(0) = 0.5 · (1 - 0.5) = 0.25. The derivative is largest at u = 0. At u = 10, σ(10) is almost 1, so σ(1 - σ) is almost 0: a neuron there barely learns.
// 3. Gradient descent changes a weight in proportion to how the error changes with it, and that goes through f'(u). The step's derivative is 0 wherever it exists, so every weight before it gets a zero signal and never moves; at u = 0 there is no derivative at all.
// 4. Nothing changes. Adding the same number c to every score multiplies every e^(u_k) by e^c, which cancels between the top and the bottom. Subtracting the maximum for stability is the same trick with c negative.
// 5. High T: every u_k / T approaches 0, so every e^(u_k/T) approaches 1 and the probabilities approach 1/n each (a third each for three classes). T near 0: the largest score wins everything, so the probabilities approach 1 for the top class and 0 for the rest.

// ## Summary
//
// - An activation function turns a neuron's weighted input u into its output. Sigmoid (0, 1), tanh (-1, 1), ReLU [0, ∞), Leaky ReLU and identity (-∞, ∞) each come with a derivative the library checks against a measured slope.
// - Hidden layers usually use ReLU (tanh and sigmoid in older networks); output layers use identity for numbers, sigmoid for yes/no and softmax for one of several classes.
// - The step function's derivative is 0 or undefined, so gradients cannot train it; the sigmoid is its smooth stand-in.
// - Softmax y_k = e^(u_k) / Σ_j e^(u_j) gives probabilities that sum to 1; subtracting the largest score keeps it from overflowing, and a temperature sharpens (T < 1) or flattens (T > 1) it.
// - Softmax's derivative is a Jacobian matrix, ∂y_i / ∂u_j = y_i(δ_ij - y_j), checked against measured slopes; followed by cross-entropy it gives the simple gradient y - t.
//
// ### Key terms
//
// | English | 日本語 | meaning |
// | --- | --- | --- |
// | activation function | 活性化関数 | the function that turns the weighted input u into the output |
// | sigmoid function | シグモイド関数 | σ(u) = 1 / (1 + e⁻ᵘ), an S-shaped curve from 0 to 1 |
// | tanh | 双曲線正接関数 | the hyperbolic tangent, an S-shaped curve from −1 to 1 |
// | ReLU | 正規化線形関数 | rectified linear unit, max(0, u) |
// | Leaky ReLU | Leaky ReLU関数 | u for u > 0, else a small slope a times u |
// | identity function | 恒等関数 | f(u) = u, the output activation for regression |
// | softmax function | ソフトマックス関数 | turns scores into probabilities that sum to 1 |
// | hidden layer | 隠れ層 | a layer between the inputs and the output, whose outputs you do not see |
// | output layer | 出力層 | the last layer, whose values are the network's answer |
// | overflow | オーバーフロー | a result too large for the number type, such as e^1010 in a double |
// | temperature | 温度 | T in softmax(u / T): low T sharpens, high T flattens the probabilities |
// | Jacobian matrix | ヤコビ行列 | the table of partial derivatives ∂yᵢ/∂uⱼ of several outputs with respect to several inputs |
//
// **Next:** every activation here except the identity was called nonlinear. Lesson 03 makes that word precise, and shows what a network without a nonlinear activation can and cannot do.

App.End();
// nbrun convert: sha256 1218f6c80be326ff
