#!/usr/bin/env dotnet
// 01 · The perceptron
// A file-based app generated from notebooks/01-perceptron.ipynb by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/01-perceptron.cs
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
using NeuralNetworks.Data;
using NeuralNetworks.Perceptrons;
using NeuralNetworks.Exercises;

App.Start("01 · The perceptron", args);

// # 01 · The perceptron
//
// In lesson 00 you computed a weighted sum, 0.5 · 1 + 0.5 · 1 − 0.7 = 0.3, and drew a first chart. Add one rule, "answer 1 if the sum is above zero, else 0", and that sum becomes a neuron.
// This lesson builds logic gates from such neurons, finds the one gate a single neuron cannot make, and then lets a neuron find its own weights.
//
// ## What you will be able to do
//
// - Compute a perceptron's output from its weights, its bias and its inputs, and read the bias as one more weight.
// - Build the AND, OR and NAND gates from one perceptron each and check their truth tables.
// - Draw a perceptron's decision boundary and explain why XOR needs two layers.
// - Train a perceptron with the perceptron learning rule and watch its boundary move.

// ── cell 2 ──
App.Cell(2, "01 · The perceptron");

// ## 1. A neuron: a weighted sum, then a step
//
// A **perceptron (パーセプトロン)** takes a few numbers as input, here two: x_1 and x_2. It multiplies each by its own **weight (重み)**, adds the products and one more number, the **bias (バイアス)**, and then decides. That is how [hirotask 2024](sources.md#hirotask-2024) draws it: inputs multiplied by weights, added up, a bias added.
//
// Try it by hand with weights w_1 = 0.5, w_2 = 0.5, bias b = -0.7 and the input x = (1, 0). The sum is 0.5 · 1 + 0.5 · 0 - 0.7. The perceptron answers 1 if the sum is above zero and 0 otherwise.

// ── cell 4 ──
App.Cell(4, "1. A neuron: a weighted sum, then a step");
double x1 = 1, x2 = 0;
double w1 = 0.5, w2 = 0.5, b = -0.7;

double u = w1 * x1 + w2 * x2 + b;
double o = u > 0 ? 1 : 0;
Console.WriteLine($"u = {u:F2}, o = {o}");

// The sum is −0.20, below zero, so the output is 0. In general, with inputs x_1, x_2:
//
// u = w_1 x_1 + w_2 x_2 + b, o = f(u), f(u) = 1 u > 0 ; 0 u ≤ 0
//
// u is the **weighted input**, and f is the **activation function (活性化関数)**: it turns u into the output o. The perceptron's activation is the **step function (ステップ関数)**, which jumps from 0 to 1 at u = 0. Lesson 02 meets the other activations.
//
// The bias is a weight in disguise. Add a constant input x_0 = 1 and give it the weight w_0 = b. Then the sum is one tidy dot product over i = 0, 1, 2, which is how the student-club talk [HN410 2022](sources.md#hn410-2022) writes it:
//
// u = Σ_(i=0)^2 w_i x_i = w_0 · 1 + w_1 x_1 + w_2 x_2 .
//
// Check that it gives the same u:

// ── cell 6 ──
App.Cell(6, "1. A neuron: a weighted sum, then a step");
var x = Vector<double>.Build.DenseOfArray([1.0, 1.0, 0.0]);    // x0 = 1, x1, x2
var w = Vector<double>.Build.DenseOfArray([-0.7, 0.5, 0.5]);   // w0 = b, w1, w2
Console.WriteLine($"u = w·x = {w.DotProduct(x):F2}");

// The library's `Perceptron` does the same. It keeps the weights and the bias, computes u with `WeightedInput` and the output with `Predict`. To see how, open `lib/NeuralNetworks/Perceptrons/Perceptron.cs`.

// ── cell 8 ──
App.Cell(8, "1. A neuron: a weighted sum, then a step");
var neuron = new Perceptron([0.5, 0.5], bias: -0.7);
var input = Vector<double>.Build.DenseOfArray([1.0, 0.0]);
Console.WriteLine(neuron);
Console.WriteLine($"u = {neuron.WeightedInput(input):F2}, o = {neuron.Predict(input)}");

// ## 2. Logic gates from one perceptron
//
// A **logic gate (論理ゲート)** takes inputs that are 0 or 1 and answers 0 or 1. Its **truth table (真理値表)** lists the answer for every input: with two inputs there are four rows. AND answers 1 only when both inputs are 1; OR when at least one is; NAND ("not AND") is AND turned upside down.
//
// The perceptron you just used is already an AND gate. By hand: at (1, 1), u = 0.5 + 0.5 - 0.7 = 0.3 > 0, so the output is 1; at (1, 0) you found u = -0.2, so 0. OR and NAND need only other numbers:
//
// | gate | w_1 | w_2 | b |
// | --- | --- | --- | --- |
// | AND | 0.5 | 0.5 | −0.7 |
// | OR | 0.5 | 0.5 | −0.2 |
// | NAND | −0.5 | −0.5 | 0.7 |
//
// These are the textbook choices in `lib/NeuralNetworks/Perceptrons/LogicGates.cs`; many other numbers work too. The library prints each gate's truth table:

// ── cell 10 ──
App.Cell(10, "2. Logic gates from one perceptron");
var and = LogicGates.TruthTable(LogicGates.And);
var or = LogicGates.TruthTable(LogicGates.Or);
var nand = LogicGates.TruthTable(LogicGates.Nand);

Console.WriteLine("x1 x2 | AND  OR  NAND");
for (int row = 0; row < 4; row++)
{
    var (x1Row, x2Row) = (and[row].X1, and[row].X2);
    var (a, o1, n) = (and[row].Output, or[row].Output, nand[row].Output);
    Console.WriteLine($" {x1Row}  {x2Row} |  {a}    {o1}    {n}");
}

// Every row is right. `ToyData` holds the same four rows with the correct answers as labels, so the library can check each gate against them:

// ── cell 12 ──
App.Cell(12, "2. Logic gates from one perceptron");
var gates = new[]
{
    (Name: "AND", Gate: LogicGates.And, Truth: ToyData.And()),
    (Name: "OR", Gate: LogicGates.Or, Truth: ToyData.Or()),
    (Name: "NAND", Gate: LogicGates.Nand, Truth: ToyData.Nand()),
};
foreach (var (name, gate, truth) in gates)
{
    bool same = gate.Predict(truth.Features).SequenceEqual(truth.Labels);
    Console.WriteLine($"{name,-4} matches its truth table: {same}");
}

// Your turn. Each exercise below is a code cell that starts with `// YOUR TURN`: replace the placeholder with your own code and run the cell. The check at its end prints ✓ when your answer is right, or ✗ with what came back and what was expected. The solution is folded under the cell; try first.
//
// **NOR** ("not OR") answers 1 only when both inputs are 0. Find weights and a bias that make one perceptron a NOR gate. Hint: start from OR's numbers in the table above.

// ── cell 14 ──
App.Cell(14, "2. Logic gates from one perceptron");
// YOUR TURN 1 · a NOR gate
var nor = new Perceptron([double.NaN, double.NaN], bias: double.NaN);   // your w1, w2, b

var norTruth = ToyData.Or().Labels.Select(label => 1 - label);   // NOR = not OR
SelfCheck.Equal("NOR's outputs at (0,0) (0,1) (1,0) (1,1)",
    string.Join(" ", norTruth), string.Join(" ", nor.Predict(ToyData.Or().Features)));

//
// Solution
//
// ```csharp
// // YOUR TURN 1 · a NOR gate
// var nor = new Perceptron([-0.5, -0.5], bias: 0.2);   // OR's numbers, every sign flipped
//
// var norTruth = ToyData.Or().Labels.Select(label => 1 - label);   // NOR = not OR
// SelfCheck.Equal("NOR's outputs at (0,0) (0,1) (1,0) (1,1)",
//     string.Join(" ", norTruth), string.Join(" ", nor.Predict(ToyData.Or().Features)));
// ```
//
// Flipping every sign turns u into -u, so the answer flips wherever u ≠ 0: NAND is AND flipped in the same way. Many other numbers work, for example w = (-1, -1), b = 0.5.

// ## 3. The decision boundary is a line
//
// The output flips where u crosses zero. The points where u = 0 exactly,
//
// w_1 x_1 + w_2 x_2 + b = 0,
//
// form a straight line in the (x_1, x_2) plane: the perceptron's **decision boundary (決定境界)**. On one side it answers 1, on the other 0. Solve for x_2 to draw it: x_2 = -(w_1 x_1 + b) / w_2.
//
// For AND: x_2 = -(0.5 x_1 - 0.7) / 0.5 = 1.4 - x_1. At x_1 = 0 the line is at height 1.4, and it crosses x_2 = 0 at x_1 = 1.4. Only the corner (1, 1) lies above it.

// ── cell 17 ──
App.Cell(17, "3. The decision boundary is a line");
foreach (var (name, gate, _) in gates)
{
    var line = gate.Boundary;
    Console.WriteLine($"{name,-4}  {line}   x2 at x1 = 0: {line.X2At(0):F1}");
}

// Here are the three gates. Each chart colours the plane by the perceptron's answer (pale blue for 0, pale orange for 1), draws the four corners in the colour of the correct answer, and draws the line. A gate is right when every point sits on its own colour.

// ── cell 19 ──
App.Cell(19, "3. The decision boundary is a line");
Figure GateChart(string name, Perceptron gate, Dataset truth) =>
    Chart.DecisionBoundary(truth, X => gate.Predict(X), resolution: 80, margin: 0.3)
        .WithBoundaryLine(gate.Boundary, name: "boundary")
        .WithTitle(name).WithXTitle("x1").WithYTitle("x2");

display(Chart.Subplots(1, 3, gates.Select(g => GateChart(g.Name, g.Gate, g.Truth)).ToArray())
    .WithLayout(layout => layout with { Height = 420 }));

// When one straight line can put all the 1s on one side and all the 0s on the other, the data is **linearly separable (線形分離可能)**. AND, OR and NAND are. A single perceptron can only ever draw one line, so linearly separable problems are exactly the ones it can solve.
//
// ## 4. XOR: one line is not enough
//
// **XOR (排他的論理和, "exclusive or")** answers 1 when exactly one input is 1. Its 1s sit at (0, 1) and (1, 0), on one diagonal of the square; its 0s at (0, 0) and (1, 1), on the other. Try to draw one line that separates the diagonals: you cannot.
//
// The computer cannot either. `LinearSeparability.Search` tries every perceptron whose w_1, w_2 and b are each one of the 21 values -1, -0.9, …, 1 of a grid, and returns the first that gets all four rows right:

// ── cell 21 ──
App.Cell(21, "4. XOR: one line is not enough");
var xor = ToyData.Xor();
double[] grid = LinearSeparability.Grid(min: -1, max: 1, step: 0.1);
Console.WriteLine($"grid: {string.Join(" ", grid)}");
int size = grid.Length;
Console.WriteLine($"candidates: {size}³ = {size * size * size}");
var andLine = LinearSeparability.Search(ToyData.And());
Console.WriteLine($"AND: {andLine}");
var xorLine = LinearSeparability.Search(xor);
Console.WriteLine($"XOR: {xorLine?.ToString() ?? "no perceptron works"}");

// For AND a perceptron turns up at once; for XOR none of the 9261 does.
//
// A grid only illustrates; here is the proof that no weights at all can work. The two 1s need w_2 + b > 0 and w_1 + b > 0; add them: w_1 + w_2 + 2b > 0. The two 0s need b ≤ 0 and w_1 + w_2 + b ≤ 0; add them: w_1 + w_2 + 2b ≤ 0. Both cannot be true.
//
// The grid values print as exactly -1, -0.9, …, 1, but most of them are not exactly those numbers: like 0.7 in lesson 00, -0.9 or 0.1 has no exact binary form. Each value is the `double` nearest to its decimal, and C# prints a `double` with the fewest digits that read back as the same `double`, so it prints as that decimal. The library gets the nearest `double` by building each value as a decimal, -1 + k · 0.1, and converting it once. Adding 0.1 again and again instead would drift, as 0.7 did in lesson 00:

// ── cell 23 ──
App.Cell(23, "4. XOR: one line is not enough");
double drifting = -1;
for (int k = 0; k < 11; k++) drifting += 0.1;
Console.WriteLine($"-1 + 0.1 + 0.1 + … (11 times) = {drifting}");
Console.WriteLine($"the grid's 12th value        = {grid[11]}");

// A perceptron built from the drifting number would print as w_1 = 0.1 but compute with a slightly different one, and could pass or fail a corner by a rounding error. With the grid's values, the corners that sit on the line show the **boundary rule**: 0.1 - 0.1 is exactly 0, however 0.1 is stored. Here is the AND perceptron the search found, at each corner:

// ── cell 25 ──
App.Cell(25, "4. XOR: one line is not enough");
var corners = ToyData.And().Features;
for (int row = 0; row < 4; row++)
{
    var corner = corners.Row(row);
    double uCorner = andLine!.WeightedInput(corner);
    int oCorner = andLine.Predict(corner);
    Console.WriteLine($"x = ({corner[0]}, {corner[1]}): u = {uCorner,4}, o = {oCorner}");
}

// At (0, 1) and (1, 0) the weighted input is exactly 0: those corners lie on the decision boundary itself. What the perceptron answers there is decided by the rule of section 1, o = 1 only if u > 0, so u = 0 gives 0 and this perceptron is an AND gate. Under the other possible rule, o = 1 if u ≥ 0, the same numbers would answer 1 at three corners: an OR gate. The course uses u > 0 throughout.

// ── cell 27 ──
App.Cell(27, "4. XOR: one line is not enough");
// YOUR TURN 2 · exactly on the line
// w = (0.1, 0.1), b = −0.2. Compute u at the corner (1, 1),
// and the output o under the rule u > 0.
double uOnLine = double.NaN;   // your u
int oOnLine = -1;              // your o: 0 or 1

var onLine = new Perceptron([0.1, 0.1], bias: -0.2);
var oneOne = Vector<double>.Build.DenseOfArray([1.0, 1.0]);
SelfCheck.Close("u at (1, 1)", onLine.WeightedInput(oneOne), uOnLine);
SelfCheck.Equal("o at (1, 1)", onLine.Predict(oneOne), oOnLine);

//
// Solution
//
// ```csharp
// // YOUR TURN 2 · exactly on the line
// // w = (0.1, 0.1), b = −0.2. Compute u at the corner (1, 1),
// // and the output o under the rule u > 0.
// double uOnLine = 0.1 * 1 + 0.1 * 1 - 0.2;   // your u
// int oOnLine = uOnLine > 0 ? 1 : 0;          // your o: 0 or 1
//
// var onLine = new Perceptron([0.1, 0.1], bias: -0.2);
// var oneOne = Vector<double>.Build.DenseOfArray([1.0, 1.0]);
// SelfCheck.Close("u at (1, 1)", onLine.WeightedInput(oneOne), uOnLine);
// SelfCheck.Equal("o at (1, 1)", onLine.Predict(oneOne), oOnLine);
// ```
//
// u = 0.1 + 0.1 - 0.2 = 0 exactly (doubling 0.1 is exact in binary), so o = 0: this perceptron answers 0 at (1, 1) and is not an AND gate. The search skipped it for that reason.
//
//
//
// Section 5 introduces a rule that lets a perceptron learn its weights from examples. Run ahead a little and give it XOR: it keeps making mistakes, epoch after epoch, while on AND it soon makes none.

// ── cell 29 ──
App.Cell(29, "4. XOR: one line is not enough");
var onAnd = PerceptronLearning.Train(ToyData.And(),
    learningRate: 0.1, epochs: 20, seed: 0);
var onXor = PerceptronLearning.Train(xor, learningRate: 0.1, epochs: 20, seed: 0);
foreach (var (name, run) in new[] { ("AND", onAnd), ("XOR", onXor) })
{
    string mistakes = string.Join(" ", run.Mistakes);
    Console.WriteLine($"{name}: converged {run.Converged}, mistakes {mistakes}");
}

// ── cell 30 ──
App.Cell(30, "4. XOR: one line is not enough");
// Training stops after the first epoch without a mistake;
// a converged perceptron makes none after that.
double[] epochNumbers = Enumerable.Range(1, 20).Select(e => (double)e).ToArray();
double[] andMistakes = Enumerable.Range(0, 20)
    .Select(e => e < onAnd.Mistakes.Count ? onAnd.Mistakes[e] : 0.0).ToArray();
double[] xorMistakes = onXor.Mistakes.Select(m => (double)m).ToArray();

display(Chart.Lines(epochNumbers, ("AND", andMistakes), ("XOR", xorMistakes))
    .WithTitle("Perceptron learning: mistakes per epoch")
    .WithXTitle("epoch").WithYTitle("mistakes (out of 4)"));

// ### Two layers solve it
//
// XOR is "OR, but not both", that is, XOR(x_1, x_2) = AND(NAND(x_1, x_2), OR(x_1, x_2)). So feed the two inputs to a NAND perceptron and an OR perceptron, and feed their two outputs h_1, h_2 to an AND perceptron. The middle perceptrons form a **hidden layer (隠れ層)**: you never see their outputs, only the final answer. Perceptrons in layers make a **multilayer perceptron (多層パーセプトロン)**.
//
// By hand for (1, 0): NAND gives 1, OR gives 1, and AND(1, 1) = 1. For (1, 1): NAND gives 0, OR gives 1, and AND(0, 1) = 0. The library's `LogicGates.Xor` prints every row with its hidden outputs h:

// ── cell 32 ──
App.Cell(32, "Two layers solve it");
foreach (var row in LogicGates.TruthTable(LogicGates.Xor))
    Console.WriteLine(row);
bool matches = LogicGates.Xor.Predict(xor.Features).SequenceEqual(xor.Labels);
Console.WriteLine($"XOR matches its truth table: {matches}");

// Each hidden perceptron draws one line. On the left below, the output is 1 in the band between the NAND line (green) and the OR line (purple). On the right is what the output perceptron sees: each input moved to its hidden outputs (h_1, h_2). There, (0, 1) and (1, 0) land on the same point, (1, 1), and one line, AND's, separates the classes. The hidden layer has made the problem linearly separable.

// ── cell 34 ──
App.Cell(34, "Two layers solve it");
var twoLines = Chart.DecisionBoundary(xor, X => LogicGates.Xor.Predict(X),
        resolution: 80, margin: 0.3)
    .WithBoundaryLine(LogicGates.Nand.Boundary, name: "NAND line", color: "#2ca02c")
    .WithBoundaryLine(LogicGates.Or.Boundary, name: "OR line", color: "#9467bd")
    .WithTitle("XOR in the input plane: two lines").WithXTitle("x1").WithYTitle("x2");

// Each input row x, moved to its hidden outputs h = (NAND(x), OR(x)).
var H = Matrix<double>.Build.DenseOfRowVectors(
    xor.Features.EnumerateRows().Select(row => LogicGates.Xor.HiddenOutputs(row)));
var hiddenSpace = new Dataset(H, xor.Labels, ["h1", "h2"], xor.ClassNames);
var oneLine = Chart.DecisionBoundary(hiddenSpace, h => LogicGates.And.Predict(h),
        resolution: 80, margin: 0.3)
    .WithBoundaryLine(LogicGates.And.Boundary, name: "AND line")
    .WithTitle("What the output sees: one line")
    .WithXTitle("h1 (NAND)").WithYTitle("h2 (OR)");

display(Chart.Subplots(1, 2, twoLines, oneLine)
    .WithLayout(layout => layout with { Height = 460 }));

// ## 5. Learning the weights
//
// So far you chose the weights. A perceptron can also find them from labelled examples with the **perceptron learning rule (パーセプトロンの学習規則)**. Show it an example x with the correct answer, its target t (0 or 1). If its output o is right, nothing changes. If it is wrong, move the weights and the bias:
//
// w ← w + η (t - o) x, b ← b + η (t - o).
//
// η (eta) is the **learning rate (学習率)**, the size of each step. When t = 1 and o = 0, the weights move toward x, so u grows on this example; when t = 0 and o = 1, they move away. One pass through all the examples is an **epoch (エポック)**. The library does not take the examples in table order: it shuffles them anew in every epoch, with a random number generator started from `seed`, so the same seed gives the same order, and the same updates, on every run.
//
// By hand on AND, starting from w = (0, 0), b = 0, with η = 0.1: every output is step(0) = 0, which is right for the three corners whose target is 0. The first mistake is x = (1, 1) with t = 1, so w ← (0, 0) + 0.1 · (1 - 0) · (1, 1) = (0.1, 0.1) and b ← 0 + 0.1 = 0.1. `PerceptronLearningSteps.Trace` lists every update the rule makes:

// ── cell 36 ──
App.Cell(36, "5. Learning the weights");
var andUpdates = PerceptronLearningSteps.Trace(ToyData.And(), learningRate: 0.1, seed: 0);
foreach (var update in andUpdates)
    Console.WriteLine(update);
var learned = andUpdates[^1].After;
double uLearned = learned.WeightedInput(corners.Row(1));
Console.WriteLine($"last perceptron at (0, 1): u = {uLearned}");

// The first line is the update you did by hand. Epochs and examples are both counted from 1: example 4 is the fourth row of the truth table, (1, 1). Example 2 follows it in epoch 1 because the order is shuffled (`seed: 0`); examples answered correctly change nothing and are not listed. The rule stops after an epoch with no mistake, and the last perceptron gets all four rows right: it learned AND. Like the grid's perceptron, it leans on the boundary rule: at (0, 1) its u is exactly 0, and u > 0 fails, so it answers 0 as AND must. `PerceptronLearning.Train` runs the same training and reports it epoch by epoch:

// ── cell 38 ──
App.Cell(38, "5. Learning the weights");
display(onAnd);

// ### Watching the line move
//
// Now a real data set. The iris data (lesson 09 uses all of it) measures flowers of three species. Take the first two species, setosa and versicolor, and two measurements, the sepal length and the petal length, in centimetres:

// ── cell 40 ──
App.Cell(40, "Watching the line move");
var iris = Dataset.LoadCsv("../data/iris.csv");
// The rows of setosa (label 0) and versicolor (label 1);
// columns 0 and 2 are the sepal and the petal length.
var twoSpecies = iris.Take(
    Enumerable.Range(0, iris.Count).Where(i => iris.Labels[i] < 2));
var lengths = Matrix<double>.Build.DenseOfColumnVectors(
    twoSpecies.Features.Column(0), twoSpecies.Features.Column(2));
var flowers = new Dataset(lengths, twoSpecies.Labels,
    ["sepal length (cm)", "petal length (cm)"], ["setosa", "versicolor"]);
Console.WriteLine(flowers);

// ── cell 41 ──
App.Cell(41, "Watching the line move");
var updates = PerceptronLearningSteps.Trace(flowers,
    learningRate: 0.1, epochs: 20, seed: 0);
var trained = PerceptronLearning.Train(flowers, learningRate: 0.1, epochs: 20, seed: 0);
Console.WriteLine($"{updates.Count} updates");
Console.WriteLine($"Mistakes per epoch: {string.Join(" ", trained.Mistakes)}");
Console.WriteLine($"Final: {trained.Final}");
int correct = trained.Final.Predict(flowers.Features)
    .Where((p, i) => p == flowers.Labels[i]).Count();
Console.WriteLine($"Correct: {correct} of {flowers.Count}");

// All 12 updates happen during the first epoch, and the second epoch makes no mistake.
//
// The rule is one line of algebra, so you can write it yourself. `Learn` below gets a perceptron, one example x with its target t, and η; make it return the perceptron after the rule's update. The check replays all 12 iris updates with your function (`step.Row` is the example's row in the data set, counted from 0 as C# counts).

// ── cell 43 ──
App.Cell(43, "Watching the line move");
// YOUR TURN 3 · the learning rule
Perceptron Learn(Perceptron p, Vector<double> x, int t, double eta)
{
    int o = p.Predict(x);
    return p;   // replace: w ← w + η(t − o)x, b ← b + η(t − o)
}

bool Same(Perceptron a, Perceptron b) =>
    (a.Weights - b.Weights).AbsoluteMaximum() < 1e-12
    && Math.Abs(a.Bias - b.Bias) < 1e-12;
int reproduced = updates.Count(step => Same(step.After,
    Learn(step.Before, flowers.Features.Row(step.Row), step.Target, 0.1)));
SelfCheck.Equal("iris updates your rule reproduces", updates.Count, reproduced);

//
// Solution
//
// ```csharp
// // YOUR TURN 3 · the learning rule
// Perceptron Learn(Perceptron p, Vector<double> x, int t, double eta)
// {
//     int o = p.Predict(x);
//     return new Perceptron(p.Weights + eta * (t - o) * x, p.Bias + eta * (t - o));
// }
//
// bool Same(Perceptron a, Perceptron b) =>
//     (a.Weights - b.Weights).AbsoluteMaximum() < 1e-12
//     && Math.Abs(a.Bias - b.Bias) < 1e-12;
// int reproduced = updates.Count(step => Same(step.After,
//     Learn(step.Before, flowers.Features.Row(step.Row), step.Target, 0.1)));
// SelfCheck.Equal("iris updates your rule reproduces", updates.Count, reproduced);
// ```
//
// `eta * (t - o) * x` scales the vector x by the number η(t - o), which is +η, -η or 0. The library's version is in `lib/NeuralNetworks/Perceptrons/PerceptronLearningSteps.cs`.
//
//
//
// Now watch the line move. The animation replays them one at a time: press ▶ Play, or drag the slider. The black ring marks the flower that was misclassified and caused the update; the line moves so that this flower comes closer to its correct side, or crosses onto it.

// ── cell 45 ──
App.Cell(45, "Watching the line move");
Figure UpdateFrame(Perceptron p, int row, string title) =>
    Chart.DecisionBoundary(flowers, X => p.Predict(X), resolution: 60)
        .WithBoundaryLine(p.Boundary, name: "boundary")
        .WithTrace(new Scatter   // a black ring around the example that caused it
        {
            X = row < 0 ? [] : [flowers.Features[row, 0]],
            Y = row < 0 ? [] : [flowers.Features[row, 1]],
            Name = "misclassified example", Mode = "markers",
            Marker = new Marker { Size = 18, Symbol = "circle-open", Color = "black" },
        })
        .WithTitle(title);

var title = "Perceptron learning, one update at a time";
var frames = new List<Figure> { UpdateFrame(updates[0].Before, -1, title) };
frames.AddRange(updates.Select(step => UpdateFrame(step.After, step.Row, "")));
var labels = new[] { "start" }.Concat(updates.Select((_, k) => $"{k + 1}")).ToList();

display(Chart.Animation(frames, labels, frameMilliseconds: 700, prefix: "update "));

// The start, w = 0 and b = 0, answers 0 everywhere and has no line. Each update tilts or shifts the line; after the last one every flower is on its own side, and the next epoch makes no mistake. For linearly separable data this always happens after a finite number of updates (the perceptron convergence theorem). For XOR it never happens, as the mistakes chart in section 4 showed.
//
// ## Check your understanding
//
// 1. The OR perceptron has w = (0.5, 0.5) and b = -0.2. Compute u and o for the input (0, 1).
// 2. Keep AND's weights (0.5, 0.5) and change only its bias from −0.7 to −0.2. Which gate do you get? What do you get with b = 0.3?
// 3. Multiply AND's weights and bias by 10. Does the decision boundary move? Does any output change?
// 4. Why can the perceptron learning rule never stop on XOR, however many epochs you allow?
// 5. In the learning rule, a flower with target t = 0 got the output o = 1. Which way do the weights move, and why does that help?

// ## Answers
//
//
// Show the answers
//
// 1. u = 0.5 · 0 + 0.5 · 1 - 0.2 = 0.3 > 0, so o = 1: OR of 0 and 1 is 1.
// 2. b = -0.2 gives OR: that is the OR row of the table. With b = 0.3 even (0, 0) has u = 0.3 > 0, so the output is 1 for every input: a gate that always says "true". Its line 0.5 x_1 + 0.5 x_2 + 0.3 = 0 passes below and to the left of all four corners.
// 3. Neither. The line 10 w_1 x_1 + 10 w_2 x_2 + 10 b = 0 is the same line, because you can divide the equation by 10, and every u keeps its sign, so every output stays the same. Only the size of u changes.
// 4. The rule stops only after an epoch with no mistake, which needs a perceptron that gets all four rows right. Section 4 proved no such perceptron exists, so every epoch makes at least one mistake.
// 5. t - o = -1, so w ← w - ηx and b ← b - η: the weights move away from x. That lowers u = w · x + b for this flower by η(‖ x ‖^2 + 1), pushing it toward the 0 side of the line.

// ## Summary
//
// - A perceptron computes a weighted sum u = w_1 x_1 + w_2 x_2 + b and answers o = 1 if u > 0, else 0. The bias is a weight on a constant input x_0 = 1.
// - With the right weights one perceptron is an AND, OR or NAND gate; its decision boundary is the line w_1 x_1 + w_2 x_2 + b = 0.
// - No single line separates XOR. Two layers can: NAND and OR in a hidden layer, AND on top.
// - The perceptron learning rule w ← w + η(t - o)x finds a separating line by itself whenever one exists, and never stops when none does.
//
// ### Key terms
//
// | English | 日本語 | meaning |
// | --- | --- | --- |
// | perceptron | パーセプトロン | a unit that outputs 1 when its weighted sum plus bias is above 0, else 0 |
// | weight | 重み | the number each input is multiplied by |
// | bias | バイアス | the number added to the weighted sum; a weight on the constant input 1 |
// | activation function | 活性化関数 | the function that turns the weighted input u into the output |
// | step function | ステップ関数 | 1 if u > 0, else 0: the perceptron's activation |
// | logic gate | 論理ゲート | a rule from 0/1 inputs to a 0/1 output, such as AND or OR |
// | truth table | 真理値表 | the list of a gate's output for every input |
// | decision boundary | 決定境界 | where a classifier's answer changes; for a perceptron the line u = 0 |
// | linearly separable | 線形分離可能 | the classes can be split by one straight line (a plane in more dimensions) |
// | XOR | 排他的論理和 | 1 when exactly one of two inputs is 1 |
// | hidden layer | 隠れ層 | a layer between the inputs and the output, whose outputs you do not see |
// | multilayer perceptron | 多層パーセプトロン | perceptrons in layers, each layer feeding the next |
// | perceptron learning rule | パーセプトロンの学習規則 | on a mistake, w ← w + η(t − o)x and b ← b + η(t − o) |
// | learning rate | 学習率 | η, the size of each learning step |
// | epoch | エポック | one pass of training through every example |
//
// **Next:** the step function's jump is what makes a perceptron a clean 0-or-1 decider, and also what stops it from learning by gradients. Lesson 02 meets the smooth activation functions that networks use instead.

App.End();
// nbrun convert: sha256 9fba99f935af0211
