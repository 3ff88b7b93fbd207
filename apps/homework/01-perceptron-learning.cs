#!/usr/bin/env dotnet
// Homework for lesson 01 · The perceptron learning rule
// A file-based app generated from notebooks/homework/01-perceptron-learning.ipynb (its released student version) by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/homework/01-perceptron-learning.cs
// Add `-- --offline` for a chart page that carries plotly.js itself (after `npm ci`).
// To step into the library in a debugger, see docs/file-based-apps.md.

// The chart page is JSON written by reflection, which PublishAot (a file-based app's default) turns off.
#:property PublishAot=false
// The repository's Directory.Build.props makes every warning an error; in an app you edit, it stays a warning.
#:property TreatWarningsAsErrors=false
// The course library, as the notebook's #r loads it; its .pdb lets a debugger step into its source.
#:include ../../lib/NeuralNetworks/bin/Debug/net8.0/MathNet.Numerics.dll
#:include ../../lib/NeuralNetworks/bin/Debug/net8.0/NeuralNetworks.dll

// The namespaces the notebook kernel imports by default, and the app's stand-ins for its display(…) and HTML(…).
using System.Text;
using System.Collections;
using NeuralNetworks.Apps;
using static NeuralNetworks.Apps.App;
using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Data;
using NeuralNetworks.Homework;
using NeuralNetworks.Perceptrons;

App.Start("Homework for lesson 01 · The perceptron learning rule", args);

// # Homework for lesson 01 · The perceptron learning rule
//
// Lesson 01 built logic gates from perceptrons with weights chosen by hand, then let the perceptron learning rule find
// them. Here you write the perceptron and its learning rule yourself, train it on the gates and on two iris species,
// and see why it never settles on XOR.
//
// ## What to do
// 1. Run the first code cells: they load the course library and the data.
// 2. Fill in the three functions below: replace each `throw new NotImplementedException(...)` with your code.
//    Do not call the library's `Perceptron.Predict`, `Perceptron.WeightedInput`, `PerceptronLearning` or
//    `PerceptronLearningSteps`: write the sums and the loop yourself. `Vector<double>` arithmetic is yours to use.
// 3. Run each check cell under a function. A passing check prints ✓ and its points.
//
// ## How it is graded
// 11 points. The check cells you see are worth 7 points; hidden checks worth 4 more run when your work is graded
// (perceptrons with three inputs, updates from other starting points, and training on other data sets and learning rates).
// Edits to check cells do not count: the grader runs its own copy of every check.

// ── cell 2 ──
App.Cell(2, "Homework for lesson 01 · The perceptron learning rule");

// ── cell 3 ──
App.Cell(3, "Homework for lesson 01 · The perceptron learning rule");
// ANSWER MEMBERS: the library's own versions of what you write in this assignment.
// A function that calls one of them (directly, through an alias or by reflection)
// earns no points.
AnswerMembers.Declare(
    "NeuralNetworks.Perceptrons.Perceptron.Predict",
    "NeuralNetworks.Perceptrons.Perceptron.WeightedInput",
    "NeuralNetworks.Perceptrons.PerceptronLearning",
    "NeuralNetworks.Perceptrons.PerceptronLearningSteps");

// ── cell 4 ──
App.Cell(4, "Homework for lesson 01 · The perceptron learning rule");
Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);

// Setosa (label 0) and versicolor (label 1) by sepal and petal length, as in lesson 01.
Dataset iris = Dataset.LoadCsv("../../data/iris.csv");
Dataset twoSpecies = iris.Take(
    Enumerable.Range(0, iris.Count).Where(i => iris.Labels[i] < 2));
Dataset flowers = new Dataset(
    Matrix<double>.Build.DenseOfColumnVectors(
        twoSpecies.Features.Column(0), twoSpecies.Features.Column(2)),
    twoSpecies.Labels, ["sepal length (cm)", "petal length (cm)"],
    ["setosa", "versicolor"]);
Console.WriteLine(flowers);

// ## 1. The perceptron
//
// A perceptron with weights w and bias b answers
//
// u = w · x + b = Σ_i w_i x_i + b, o = 1 u > 0 ; 0 u ≤ 0
//
// Mind the boundary rule: a point exactly on the line, u = 0, gets 0. Lesson 01 showed a perceptron that is an AND gate
// only because of it.

// ── cell 6 ──
App.Cell(6, "1. The perceptron");
int Predict(Vector<double> w, double b, Vector<double> x)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Add up wᵢxᵢ and b; only u > 0 answers 1.");
}

// ── cell 7 ──
App.Cell(7, "1. The perceptron");
try
{
    // CHECK perceptron-and-gate (2 points)
    var andW = V(0.5, 0.5);
    Check.Equal(0, Predict(andW, -0.7, V(0, 0)), "AND's perceptron at (0, 0)");
    Check.Equal(0, Predict(andW, -0.7, V(0, 1)), "AND's perceptron at (0, 1)");
    Check.Equal(0, Predict(andW, -0.7, V(1, 0)), "AND's perceptron at (1, 0)");
    Check.Equal(1, Predict(andW, -0.7, V(1, 1)), "AND's perceptron at (1, 1)");
    Check.Equal(0, Predict(V(0.1, 0.1), -0.2, V(1, 1)),
        "w = (0.1, 0.1), b = −0.2 at (1, 1), where u = 0");
    Check.Passed("perceptron-and-gate", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 2. One step of the learning rule
//
// Show the perceptron one example x with its target t (0 or 1). If its output o is right, nothing changes; if it is
// wrong, the rule moves the weights and the bias:
//
// w ← w + η (t - o) x, b ← b + η (t - o)
//
// With t = 1 and o = 0 the weights move towards x, so u grows on this example; with t = 0 and o = 1 they move
// away from it. By hand, from w = (0, 0), b = 0 with η = 0.1 and the example x = (1, 1), t = 1: the output
// is 0, so w becomes (0.1, 0.1) and b becomes 0.1.
//
// `Update` returns the new weights and bias and leaves the vectors it was given as they were.

// ── cell 9 ──
App.Cell(9, "2. One step of the learning rule");
(Vector<double> W, double B) Update(
    Vector<double> w, double b, Vector<double> x, int t, double eta)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Find o first; t − o is 0, +1 or −1.");
}

// ── cell 10 ──
App.Cell(10, "2. One step of the learning rule");
try
{
    // CHECK update-rule (2 points)
    var start = Update(V(0, 0), 0, V(1, 1), t: 1, eta: 0.1);
    Check.VectorsClose(V(0.1, 0.1), start.W, 1e-12, "w after (1, 1) with t = 1, from w = 0");
    Check.Close(0.1, start.B, 1e-12, "b after (1, 1) with t = 1, from b = 0");
    var wrongOne = Update(V(0.1, 0.1), 0.1, V(0, 0), t: 0, eta: 0.1);
    Check.VectorsClose(V(0.1, 0.1), wrongOne.W, 1e-12, "w after (0, 0) with t = 0 and o = 1");
    Check.Close(0.0, wrongOne.B, 1e-12, "b after (0, 0) with t = 0 and o = 1");
    var rightOne = Update(V(0.1, 0.1), 0.1, V(1, 1), t: 1, eta: 0.1);
    Check.VectorsClose(V(0.1, 0.1), rightOne.W, 0, "w after an example it gets right");
    Check.Close(0.1, rightOne.B, 0, "b after an example it gets right");
    Check.Passed("update-rule", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 3. Training
//
// `Train` runs the rule over a whole data set, epoch after epoch:
//
// - start from w = 0 (one weight per feature) and b = 0;
// - in each epoch, show the examples in the data set's order, row 1 first, and update after every mistake;
// - stop after the first epoch that makes no mistake, and return its number (epochs count from 1) with `Converged` true;
// - if `maxEpochs` epochs all made mistakes, return `maxEpochs` with `Converged` false.
//
// Lesson 01's library version shuffles the examples every epoch, so its numbers differ from yours; yours are repeatable
// without a seed. If a line separates the two classes the rule finds one in a finite number of epochs (the perceptron
// convergence theorem). XOR has no such line: think about what the rule then does for ever.
//
// Before you run the XOR check, trace the first epoch on XOR by hand, as section 2 did for one step: the rows are
// (0, 0), (0, 1), (1, 0), (1, 1) with targets 0, 1, 1, 0, and η = 0.1. Which examples does the perceptron get
// wrong, and where do w and b end up? The check compares `Train` with that trace after one epoch and after 50, so
// a `Train` that returns without learning does not pass it.

// ── cell 12 ──
App.Cell(12, "3. Training");
(Vector<double> W, double B, int Epochs, bool Converged) Train(
    Dataset data, double eta, int maxEpochs)
{
    // YOUR CODE HERE
    throw new NotImplementedException("An epoch without mistakes ends the training.");
}

// ── cell 13 ──
App.Cell(13, "3. Training");
var learned = Train(ToyData.And(), eta: 0.1, maxEpochs: 20);
Console.WriteLine($"AND: w = ({learned.W[0]:G4}, {learned.W[1]:G4}), b = {learned.B:G4}, "
                  + $"{learned.Epochs} epochs, converged: {learned.Converged}");

// ── cell 14 ──
App.Cell(14, "3. Training");
try
{
    // CHECK train-and-gate (2 points)
    var and = Train(ToyData.And(), eta: 0.1, maxEpochs: 20);
    Check.Separates(ToyData.And(), and.W, and.B, "the trained AND perceptron");
    Check.VectorsClose(V(0.2, 0.1), and.W, 1e-9, "w after training on AND with η = 0.1");
    Check.Close(-0.2, and.B, 1e-9, "b after training on AND with η = 0.1");
    Check.Equal(6, and.Epochs, "epochs until one without a mistake (it counts too)");
    Check.Equal(true, and.Converged, "AND converged");
    Check.Passed("train-and-gate", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ── cell 15 ──
App.Cell(15, "3. Training");
try
{
    // CHECK train-xor-never-settles (1 point)
    var firstEpoch = Train(ToyData.Xor(), eta: 0.1, maxEpochs: 1);
    Check.VectorsClose(V(-0.1, 0), firstEpoch.W, 1e-12, "w after one epoch on XOR, from 0");
    Check.Close(0.0, firstEpoch.B, 1e-12, "b after one epoch on XOR, from b = 0");
    var xor = Train(ToyData.Xor(), eta: 0.1, maxEpochs: 50);
    Check.Equal(50, xor.Epochs, "epochs run on XOR with maxEpochs = 50");
    Check.Equal(false, xor.Converged, "XOR converged");
    Check.VectorsClose(V(-0.1, 0), xor.W, 1e-12, "w after 50 epochs on XOR");
    Check.Close(0.1, xor.B, 1e-12, "b after 50 epochs on XOR");
    Check.Passed("train-xor-never-settles", points: 1);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 4. What the rule found
//
// The two iris species are linearly separable, so training on them stops; XOR is not, so training on it runs until
// `maxEpochs`. The line w_1 x_1 + w_2 x_2 + b = 0 found for the flowers:

// ── cell 17 ──
App.Cell(17, "4. What the rule found");
foreach (int epochs in new[] { 1, 2, 3, 4, 50 })
{
    var onXor = Train(ToyData.Xor(), eta: 0.1, maxEpochs: epochs);
    Console.WriteLine($"XOR, maxEpochs = {epochs}: "
                      + $"w = ({onXor.W[0]:F2}, {onXor.W[1]:F2}), b = {onXor.B:F2}, "
                      + $"converged: {onXor.Converged}");
}
var onFlowers = Train(flowers, eta: 0.1, maxEpochs: 100);
Console.WriteLine($"flowers: {onFlowers.Epochs} epochs, "
                  + $"converged: {onFlowers.Converged}");
var (w1, w2, b) = (onFlowers.W[0], onFlowers.W[1], onFlowers.B);
Console.WriteLine($"w = ({w1:F2}, {w2:F2}), b = {b:F2}");
double petal = -(w1 * 5 + b) / w2;
Console.WriteLine($"on the line, a 5 cm sepal goes with a {petal:F2} cm petal");

// On XOR, every one of the 50 epochs makes a mistake, so the rule keeps moving the line: no line puts both 1s on one
// side and both 0s on the other (lesson 01 proved it). From the second epoch on, every epoch ends at the same
// w = (-0.10, 0.00), b = 0.10: the rule goes round the same cycle of updates for ever. Lesson 01's two-layer perceptron is the way out.
//
// ## Before you hand in
//
// Restart the kernel and run all cells from the top: every visible check should print ✓.
// Then save the notebook and hand it in as your course asks (a push to your GitHub Classroom repository, or a shared folder).

App.End();
// nbrun convert: sha256 ca82683c89d3b484
