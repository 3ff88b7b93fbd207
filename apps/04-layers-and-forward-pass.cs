#!/usr/bin/env dotnet
// 04 · Layers and the forward pass
// A file-based app generated from notebooks/04-layers-and-forward-pass.ipynb by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/04-layers-and-forward-pass.cs
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
using NeuralNetworks.Layers;
using NeuralNetworks.Exercises;

App.Start("04 · Layers and the forward pass", args);

// # 04 · Layers and the forward pass
//
// Lesson 03 showed that a network needs a nonlinear activation between its layers. Now you stack layers and push numbers through them, one example and then a whole batch at a time.
//
// ## What you will be able to do
//
// - Name the input, hidden and output layers of a network and count its weights.
// - Compute one layer by hand, u = Wx + b, and a whole batch at once, U = XW + b.
// - Trace the small network of the [Medical AI lecture](sources.md#medical-ai-lecture) (2 inputs, 4 ReLU hidden units, 1 sigmoid output) through every intermediate value.
// - Choose the output activation: softmax for classification, identity for regression.
// - Explain, with a picture, why more hidden units can fit a curve better.

// ── cell 2 ──
App.Cell(2, "04 · Layers and the forward pass");

// ## 1. Input, hidden and output layers
//
// A network is a stack of **layers (層)**. The **input layer (入力層)** only holds the numbers you feed in: one node per input, no computation. Each **hidden layer (中間層, also 隠れ層)** takes the previous layer's values, forms weighted sums and passes them through an activation. The **output layer (出力層)** does the same and hands back the answer.
//
// The [Medical AI lecture](sources.md#medical-ai-lecture) uses a small network: 2 inputs, a hidden layer of 4 ReLU units and 1 sigmoid output. The lecture does not print its weights, so here they are drawn at random from a fixed random seed, 3. The library builds it in one line; `Chart.NetworkDiagram` draws it. Blue lines are positive weights, red lines negative ones; hover a line to read its value.

// ── cell 4 ──
App.Cell(4, "1. Input, hidden and output layers");
var network = new Network([2, 4, 1], Activation.ReLU, NetworkOutput.Sigmoid, seed: 3);
Console.WriteLine(network);
foreach (var p in network.Parameters)
    Console.WriteLine($"{p} holds {p.RowCount * p.ColumnCount}");
int total = network.Parameters.Sum(p => p.RowCount * p.ColumnCount);
Console.WriteLine($"learnable numbers in total: {total}");

// ── cell 5 ──
App.Cell(5, "1. Input, hidden and output layers");
display(Chart.NetworkDiagram(network));

// Every input is joined to every hidden unit (2 × 4 = 8 weights), and every hidden unit to the output (4 × 1 = 4 weights). Add one bias per unit that computes something (4 + 1 = 5) and the whole network has 17 numbers to learn. A layer joined like this is a **fully connected layer (全結合層)**; the library calls it `Dense`.
//
// Your turn: count the learnable numbers of any fully connected network from its layer sizes, such as `[2, 4, 1]` above. The check compares your count with the library's networks of three sizes: this one, a 4 → 6 → 3 network and a 64 → 100 → 10 network.

// ── cell 7 ──
App.Cell(7, "1. Input, hidden and output layers");
// YOUR TURN 1 · count the parameters
int ParameterCount(int[] sizes)
{
    return 0;   // replace: the weights and the biases of every layer
}

foreach (int[] sizes in new[] { new[] { 2, 4, 1 }, [4, 6, 3], [64, 100, 10] })
{
    var built = new Network(sizes, Activation.ReLU, NetworkOutput.Identity, seed: 0);
    int expected = built.Parameters.Sum(p => p.RowCount * p.ColumnCount);
    string name = $"parameters of [{string.Join(", ", sizes)}]";
    SelfCheck.Equal(name, expected, ParameterCount(sizes));
}

//
// Solution
//
// ```csharp
// // YOUR TURN 1 · count the parameters
// int ParameterCount(int[] sizes)
// {
//     int count = 0;
//     for (int l = 1; l < sizes.Length; l++)
//         count += sizes[l - 1] * sizes[l] + sizes[l];   // weights, then biases
//     return count;
// }
//
// foreach (int[] sizes in new[] { new[] { 2, 4, 1 }, [4, 6, 3], [64, 100, 10] })
// {
//     var built = new Network(sizes, Activation.ReLU, NetworkOutput.Identity, seed: 0);
//     int expected = built.Parameters.Sum(p => p.RowCount * p.ColumnCount);
//     string name = $"parameters of [{string.Join(", ", sizes)}]";
//     SelfCheck.Equal(name, expected, ParameterCount(sizes));
// }
// ```
//
// Each pair of neighbouring layers, with n units feeding m, adds an n × m weight matrix and m biases. The 64 → 100 → 10 network has 64 × 100 + 100 + 100 × 10 + 10 = 7,510.
//
//
//
// ## 2. One layer by hand
//
// Take the lecture's first input, x = (0.5, 0.3). Hidden unit j computes its weighted input (総入力) u_j = w_1j x_1 + w_2j x_2 + b_j and then its output h_j = ReLU(u_j). Here are the four sums written out, with the weights of our network (its biases start at 0, as in [Namba, Hijiyama.R](sources.md#namba-hijiyama-r); training will move them):

// ── cell 9 ──
App.Cell(9, "2. One layer by hand");
var W1 = network.Parameters[0].Value;   // 2×4: row = input, column = hidden unit
var b1 = network.Parameters[1].Value;   // 1×4
double[] x = [0.5, 0.3];
for (int j = 0; j < 4; j++)
{
    double u = W1[0, j] * x[0] + W1[1, j] * x[1] + b1[0, j];
    Console.Write($"u{j + 1} = {W1[0, j],7:F4}·{x[0]} + {W1[1, j],7:F4}·{x[1]}");
    Console.Write($" + {b1[0, j]:F1} = {u,7:F4}");
    Console.WriteLine($"   h{j + 1} = ReLU(u{j + 1}) = {Math.Max(0, u):F4}");
}

// Four sums of the same shape are one matrix product. [Rabbit Challenge day 1](sources.md#rabbit-challenge-day-1) and [HN410 2022](sources.md#hn410-2022) write a layer as a column vector going through a matrix:
//
// u = Wx + b, h = f(u)
//
// where W has one **row per unit** of the layer and one column per input (here 4×2), so row j of W holds the weights of unit j. The Rabbit Challenge report's code is `u = np.dot(W, x) + b`.
//
// The library stores the same numbers the other way round: W has one row per **input** and one column per unit (2×4), and an example is a row x^ᵀ. Then the layer reads u^ᵀ = x^ᵀW + b^ᵀ. It is the same computation with everything transposed, because (Wx)^ᵀ = x^ᵀW^ᵀ. The cell checks that both ways give the same four numbers.

// ── cell 11 ──
App.Cell(11, "2. One layer by hand");
var xRow = Matrix<double>.Build.DenseOfArray(new[,] { { 0.5, 0.3 } });   // 1×2: a row
var uLibrary = xRow * W1 + b1;                                     // (1×2)(2×4) + (1×4)
var uLecture = W1.Transpose() * xRow.Transpose() + b1.Transpose(); // (4×2)(2×1) + (4×1)
string Show(IEnumerable<double> values) =>
    string.Join("  ", values.Select(v => v.ToString("F4")));
Console.WriteLine("row form    x W + b : " + Show(uLibrary.Row(0)));
Console.WriteLine("column form Wᵀx + b : " + Show(uLecture.Column(0)));

// ## 3. A batch of inputs as a matrix
//
// The Medical AI lecture feeds three examples, [0.5, 0.3], [0.2, 0.4] and [0.6, 0.2], with targets 1, 0 and 0. Stack them as the rows of one matrix X (3×2) and the whole **batch (バッチ)** goes through the layer in one product:
//
// U = XW + b (3×2)(2×4) + (1×4) → 3×4
//
// The bias row is added to every row of XW. Row n of U is exactly what you would get by feeding example n alone, so the first row repeats the numbers of section 2.

// ── cell 13 ──
App.Cell(13, "3. A batch of inputs as a matrix");
var X = Matrix<double>.Build.DenseOfArray(
    new[,] { { 0.5, 0.3 }, { 0.2, 0.4 }, { 0.6, 0.2 } });
var dense1 = (Dense)network.Layers[0];
var U = dense1.Forward(X);
string Shape(Matrix<double> m) => $"{m.RowCount}×{m.ColumnCount}";
Console.WriteLine($"X is {Shape(X)}, W1 is {Shape(W1)}, U is {Shape(U)}");
for (int n = 0; n < U.RowCount; n++)
    Console.WriteLine($"example {n + 1}: u = [{Show(U.Row(n))}]");

// Your turn: compute U = XW + b with MathNet yourself, for the same batch. `X * W1` is the product; the bias row `b1` (1×4) has to be added to each of its three rows. One way: a 3×1 column of ones times `b1` is a 3×4 matrix whose every row is `b1`.

// ── cell 15 ──
App.Cell(15, "3. A batch of inputs as a matrix");
// YOUR TURN 2 · a layer on a batch
Matrix<double>? myU = null;   // replace: X W1 + b1, with b1 added to every row

// The check adds up uₙⱼ = xₙ₁w₁ⱼ + xₙ₂w₂ⱼ + bⱼ one entry at a time, as section 2 did.
var entryByEntry = Matrix<double>.Build.Dense(X.RowCount, W1.ColumnCount,
    (n, j) => X[n, 0] * W1[0, j] + X[n, 1] * W1[1, j] + b1[0, j]);
SelfCheck.MatricesClose("U = X W1 + b1", entryByEntry, myU);

//
// Solution
//
// ```csharp
// // YOUR TURN 2 · a layer on a batch
// var ones = Matrix<double>.Build.Dense(X.RowCount, 1, 1.0);   // 3×1
// Matrix<double>? myU = X * W1 + ones * b1;                     // (3×2)(2×4) + (3×1)(1×4)
//
// // The check adds up uₙⱼ = xₙ₁w₁ⱼ + xₙ₂w₂ⱼ + bⱼ one entry at a time, as section 2 did.
// var entryByEntry = Matrix<double>.Build.Dense(X.RowCount, W1.ColumnCount,
//     (n, j) => X[n, 0] * W1[0, j] + X[n, 1] * W1[1, j] + b1[0, j]);
// SelfCheck.MatricesClose("U = X W1 + b1", entryByEntry, myU);
// ```
//
// MathNet does not stretch a 1×4 row to fit a 3×4 matrix on its own (NumPy would, and calls it broadcasting), so the ones column does it explicitly. `Dense.Forward` adds the bias to each row in a loop; open `lib/NeuralNetworks/Layers/Dense.cs`.
//
//
//
// ## 4. The forward pass of the lecture's network, step by step
//
// The **forward pass (順伝播)** applies the layers in order. For the Medical AI lecture's network, with its names (μ for a weighted input, h for a hidden output):
//
// μ_j = w_1j x_1 + w_2j x_2 + b_j, h_j = ReLU(μ_j) (j = 1 … 4)
// μ_5 = w_9 h_1 + w_10 h_2 + w_11 h_3 + w_12 h_4 + b_5, y = sigmoid(μ_5)
//
// `network.Trace(X)` returns every intermediate value for the whole batch: the input, the hidden weighted inputs, the hidden outputs, the output's weighted input and the prediction.

// ── cell 17 ──
App.Cell(17, "4. The forward pass of the lecture's network, step by step");
foreach (var step in network.Trace(X))
    Console.WriteLine(step);

// Read the table column by column. Wherever a hidden weighted input is negative, ReLU turns it into 0, and that unit says nothing about this example. The output unit mixes the four hidden outputs into one number per example and the sigmoid squeezes it into (0, 1).
//
// Check the first example by hand, with the output weights w_9 … w_12 (the column of `W2`) and the hidden outputs from the trace:

// ── cell 19 ──
App.Cell(19, "4. The forward pass of the lecture's network, step by step");
var trace = network.Trace(X);
var h = trace[2].Value.Row(0);                   // hidden outputs of example 1
var W2 = network.Parameters[2].Value;            // 4×1: w9 … w12
double b5 = network.Parameters[3].Value[0, 0];
double mu5 = h[0] * W2[0, 0] + h[1] * W2[1, 0] + h[2] * W2[2, 0] + h[3] * W2[3, 0]
           + b5;
double y1 = Activation.Sigmoid.Apply(mu5);
Console.WriteLine($"μ5 = {mu5:F6},  y = sigmoid(μ5) = {y1:F6}");
Console.WriteLine($"network.Predict gives {network.Predict(X)[0, 0]:F6} for example 1");

// The [Medical AI lecture](sources.md#medical-ai-lecture) reports predictions 0.54587066, 0.5448884 and 0.53991485 for these three inputs. They come from weights the lecture does not show, so your numbers differ; what matters is that they are computed the same way. Ours are 0.497614, 0.556081 and 0.495886. Because the weights start at random, the untrained network's predictions are close to each other and say nothing useful yet: for targets 1, 0 and 0 you would want the first one near 1 and the others near 0, and here the second example even gets the highest output. Lesson 05 measures how far off they are; lessons 07 to 09 change the weights to bring them closer.
//
// The code is in `lib/NeuralNetworks/Layers/Dense.cs` (the layer), `ActivationLayer.cs` and `Network.Passes.cs` (the forward pass and the trace).
//
// Your turn: the whole forward pass of the second example, x = (0.2, 0.4), with matrices: the hidden layer, ReLU, the output layer, the sigmoid. `W1`, `b1` and `W2` are the matrices from above; `network.Parameters[3].Value` is the output bias.

// ── cell 21 ──
App.Cell(21, "4. The forward pass of the lecture's network, step by step");
// YOUR TURN 3 · the forward pass of example 2
var x2 = Matrix<double>.Build.DenseOfArray(new[,] { { 0.2, 0.4 } });   // 1×2
double y2 = double.NaN;   // replace: sigmoid(ReLU(x2 W1 + b1) W2 + b5)

SelfCheck.Close("prediction for example 2", network.Predict(X)[1, 0], y2);

//
// Solution
//
// ```csharp
// // YOUR TURN 3 · the forward pass of example 2
// var x2 = Matrix<double>.Build.DenseOfArray(new[,] { { 0.2, 0.4 } });   // 1×2
// var hidden2 = Activation.ReLU.Apply(x2 * W1 + b1);                     // 1×4
// var mu = hidden2 * W2 + network.Parameters[3].Value;                   // 1×1
// double y2 = Activation.Sigmoid.Apply(mu[0, 0]);
//
// SelfCheck.Close("prediction for example 2", network.Predict(X)[1, 0], y2);
// ```
//
// With one example the bias rows fit without the ones column: `x2 * W1` is already 1×4.
//
//
//
// ## 5. The output layer: softmax for classification, identity for regression
//
// The hidden layers can use any nonlinear activation; the output layer's activation is chosen by the **task**. [Rabbit Challenge day 1](sources.md#rabbit-challenge-day-1) lists which functions are used where. The library has the same table; here are its rows for the output layer:

// ── cell 23 ──
App.Cell(23, "5. The output layer: softmax for classification, identity for regression");
var outputRows = ActivationDescription.Table.Where(r => r.UsualLayer.Contains("output"));
foreach (var row in outputRows)
    Console.WriteLine($"{row.Name,-10} {row.UsualLayer,-28} {row.OutputRange}");

// - **Classification (分類)** into k classes: use k outputs and **softmax (ソフトマックス関数)**. Each row becomes probabilities that sum to 1 (the Rabbit Challenge report: outputs in [0, 1], total 1). With two classes, one sigmoid output does the same job, as in the Medical AI lecture.
// - **Regression (回帰)**, predicting a quantity such as a price or a temperature: use the **identity function (恒等関数)**, y = u, so the output can be any real number.
//
// The cell builds the same hidden layer with two other heads: 3 softmax outputs (a three-class classifier) and 1 identity output (a regressor), and feeds them the same batch.

// ── cell 25 ──
App.Cell(25, "5. The output layer: softmax for classification, identity for regression");
var classifier = new Network([2, 4, 3], Activation.ReLU, NetworkOutput.Softmax, seed: 3);
var regressor = new Network([2, 4, 1], Activation.ReLU, NetworkOutput.Identity, seed: 3);
var P = classifier.Predict(X);
var Yr = regressor.Predict(X);
for (int n = 0; n < X.RowCount; n++)
    Console.WriteLine($"example {n + 1}: softmax [{Show(P.Row(n))}]"
                      + $"  sum = {P.Row(n).Sum():F4}   identity {Yr[n, 0]:F4}");

// The regressor has the same weights as the lecture's network of section 1 (same sizes, same random seed), so its identity outputs −0.0095, 0.2253 and −0.0165 are exactly the output weighted inputs μ_5 of the trace in section 4: the only difference between the two networks is the function applied last. The softmax outputs are easier to read as bars:

// ── cell 27 ──
App.Cell(27, "5. The output layer: softmax for classification, identity for regression");
string[] classes = ["class 0", "class 1", "class 2"];
var bars = Chart.Bar(classes, P.Row(0).ToArray(), name: "example 1");
for (int n = 1; n < X.RowCount; n++)
    bars = bars.WithTrace(new Bar
    {
        X = classes, Y = P.Row(n).ToArray(), Name = $"example {n + 1}",
        Text = P.Row(n).Select(v => v.ToString("0.###")).ToArray(),
        Marker = new Marker { Color = Palette.ForClass(n) },
    });
display(bars.WithTitle("Softmax outputs of the untrained three-class network")
    .WithXTitle("class").WithYTitle("probability").WithYRange(0, 1));

// Each example's three bars add up to 1. An untrained network spreads its belief over the classes; training will make the right class's bar tall.
//
// ## 6. Universal approximation in pictures
//
// [HN410 2022](sources.md#hn410-2022) states a striking fact: with enough neurons and the right weights, a network can represent any function. Made precise, this is the **universal approximation theorem (万能近似定理)**: a network with one hidden layer and **enough** hidden units can approximate any continuous function on a closed, bounded range of inputs, such as the interval [-3, 3] below, as closely as you like. Outside that range it promises nothing. The talk points to a visual explanation (Nielsen, *Neural Networks and Deep Learning*, chapter 4). Here it is, built with the library.
//
// The idea: a sigmoid unit with a large weight k, σ(k(x - c)), is almost a **step** at x = c. Give the output layer (identity) a weight equal to how much the curve rises or falls at each step, and the sum of steps follows the curve like a staircase. More hidden units, smaller steps, closer fit. The cell builds such a network for a target curve f(x) = sin(2x) + 0.3x on [-3, 3] with n evenly spaced steps; the weights are set by hand, not learned.

// ── cell 29 ──
App.Cell(29, "6. Universal approximation in pictures");
Func<double, double> target = x => Math.Sin(2 * x) + 0.3 * x;
Network Staircase(int n, double k = 40)
{
    double[] c = Chart.Linspace(-3, 3, n + 1);     // n + 1 points, a step between pairs
    var W1 = Matrix<double>.Build.Dense(1, n, (_, j) => k);
    var b1 = Matrix<double>.Build.Dense(1, n, (_, j) => -k * (c[j] + c[j + 1]) / 2);
    var W2 = Matrix<double>.Build.Dense(n, 1, (j, _) => target(c[j + 1]) - target(c[j]));
    var b2 = Matrix<double>.Build.Dense(1, 1, target(c[0]));
    ILayer[] layers = [new Dense(W1, b1, 1), new ActivationLayer(Activation.Sigmoid),
                       new Dense(W2, b2, 2)];
    return new Network(layers, new IdentityWithLoss());
}
var grid = Chart.Linspace(-3, 3, 301);
var gridX = Matrix<double>.Build.Dense(grid.Length, 1, (i, _) => grid[i]);
int[] unitCounts = [2, 4, 8, 16, 32, 64];
foreach (int n in unitCounts)
{
    var y = Staircase(n).Predict(gridX).Column(0);
    double worst = grid.Select((g, i) => Math.Abs(y[i] - target(g))).Max();
    Console.WriteLine($"{n,3} hidden units: largest gap to the curve = {worst:F3}");
}

// The largest gap shrinks as the hidden layer grows. Press **Play** (or drag the slider) to watch the staircase (dashed) settle onto the curve:

// ── cell 31 ──
App.Cell(31, "6. Universal approximation in pictures");
var frames = unitCounts.Select(n =>
{
    var y = Staircase(n).Predict(gridX).Column(0).ToArray();
    var lines = Chart.Lines(grid, ("target f(x)", grid.Select(target).ToArray()),
                                  ($"network, {n} hidden units", y));
    // Dashed, so that the target stays visible once the network fits it.
    var dashedLine = new Line { Dash = "dash", Width = 3 };
    var dashed = (Scatter)lines.Data[1] with { Line = dashedLine };
    return (lines with { Data = [lines.Data[0], dashed] })
        .WithTitle("More hidden sigmoid units fit the curve better")
        .WithXTitle("x").WithYTitle("y").WithYRange(-2.2, 2.2);
}).ToList();
var labels = unitCounts.Select(n => n.ToString()).ToList();
display(Chart.Animation(frames, labels, frameMilliseconds: 900, prefix: "hidden units: "));

// The theorem says such weights **exist**; it does not say how to find them, nor that one wide layer is the most economical choice. In practice networks find their weights by training (lessons 07 to 09) and often use several narrower layers instead of one huge one.
//
// ## Check your understanding
//
// 1. A network has 3 inputs, one hidden layer of 5 units and 2 outputs. How many weights and how many biases does it have?
// 2. In the library, W of a `Dense(3→5)` layer is 3×5. What shape does the lecture's W in u = Wx + b have for the same layer, and why do both describe the same computation?
// 3. You feed a batch of 10 examples into the Medical AI lecture's network. What are the shapes of X, of the hidden outputs and of the predictions?
// 4. Which output activation would you choose to predict tomorrow's temperature, and which to recognise one of ten digits? Why?
// 5. In section 6, what plays the role of each "step" of the staircase, and what sets its height?

// ## Answers
//
//
// Show the answers
//
// 1. Weights: 3 × 5 + 5 × 2 = 25. Biases: 5 + 2 = 7. So 32 learnable numbers.
// 2. 5×3: one row per unit, one column per input. The library's 3×5 matrix is its transpose, and an example is a row instead of a column; since (Wx)^ᵀ = x^ᵀW^ᵀ, both give the same five weighted inputs.
// 3. X is 10×2, the hidden outputs are 10×4, the predictions are 10×1: one row per example throughout.
// 4. Temperature is a quantity that can be any real number: identity output (regression). Ten digits are ten classes: ten outputs with softmax, which gives a probability per digit that sums to 1.
// 5. Each hidden sigmoid unit with a large input weight is a near-step at one position; its output weight (the rise or fall of the curve across that step) sets the step's height, and the output bias sets the starting level.

// ## Summary
//
// - A network is a stack of layers: the input layer holds the inputs, hidden layers compute weighted sums and activations, the output layer gives the answer.
// - One layer is u = Wx + b, h = f(u). The library writes the same thing with rows, U = XW + b, which also handles a whole batch (one example per row) in one product.
// - The forward pass applies the layers in order; `network.Trace(X)` shows every intermediate value of the [Medical AI lecture](sources.md#medical-ai-lecture)'s 2 → 4 ReLU → 1 sigmoid network.
// - The output activation follows the task: softmax (or sigmoid for two classes) for classification, identity for regression.
// - With enough hidden units, one hidden layer can follow any continuous curve over a closed, bounded range of inputs (universal approximation); training is how the weights are found.
//
// ### Key terms
//
// | English | 日本語 | meaning |
// | --- | --- | --- |
// | layer | 層 | a group of units that all take the same inputs and compute in parallel |
// | input layer | 入力層 | the layer that holds the input values; it computes nothing |
// | hidden layer | 中間層 | a layer between input and output (also 隠れ層): weighted sums followed by an activation |
// | output layer | 出力層 | the last layer, whose values are the network's answer |
// | fully connected layer | 全結合層 | a layer in which every input is joined to every unit: U = XW + b (`Dense`) |
// | weighted input | 総入力 | a unit's weighted sum plus bias, u = Σ_i w_i x_i + b, before the activation |
// | batch | バッチ | several examples processed together as the rows of one matrix |
// | forward pass | 順伝播 | computing the output from the input by applying the layers in order |
// | classification | 分類 | predicting which class an input belongs to |
// | regression | 回帰 | predicting a real-valued quantity |
// | identity function | 恒等関数 | y = u, the output activation for regression |
// | universal approximation theorem | 万能近似定理 | one hidden layer with enough units can approximate any continuous function on a closed, bounded input range |
//
// Next, lesson 05 asks how wrong these predictions are, and turns the answer into a single number: the loss.

App.End();
// nbrun convert: sha256 0b402849416a0ecc
