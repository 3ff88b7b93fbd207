#!/usr/bin/env dotnet
// Homework for lesson 04 · The forward pass of a batch
// A file-based app generated from notebooks/homework/04-forward-pass.ipynb (its released student version) by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/homework/04-forward-pass.cs
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
using NeuralNetworks.Activations;
using NeuralNetworks.Homework;
using NeuralNetworks.Layers;

App.Start("Homework for lesson 04 · The forward pass of a batch", args);

// # Homework for lesson 04 · The forward pass of a batch
//
// Lesson 04 pushed the [Medical AI lecture](../sources.md#medical-ai-lecture)'s three examples through a network of
// 2 inputs, 4 ReLU hidden units and 1 sigmoid output, first one example at a time and then as one batch. Here you write
// that forward pass yourself in matrix form: the bias row added to every example of a batch, one layer written the way
// the lectures write it, and the whole two-layer network on a batch.
//
// ## What to do
// 1. Run the first code cells: they load the course library and build lesson 04's network (random seed 3).
// 2. Fill in the three functions below: replace each `throw new NotImplementedException(...)` with your code.
//    Do not call the network's own passes (`Predict`, `Trace`, `Classify`, `Accuracy`, `Loss`), a `Dense` layer's
//    `Forward` or `AffineMap.Apply`: write the products yourself. `Activation.ReLU` and `Activation.Sigmoid` are yours
//    to use, or write them again as in homework 02.
// 3. Run each check cell under a function. A passing check prints ✓ and its points.
//
// ## How it is graded
// 11 points. The check cells you see are worth 7 points; hidden checks worth 4 more run when your work is graded
// (batches and layers of other shapes, a batch of one example, and networks of other sizes and weights).
// Edits to check cells do not count: the grader runs its own copy of every check.

// ── cell 2 ──
App.Cell(2, "Homework for lesson 04 · The forward pass of a batch");

// ── cell 3 ──
App.Cell(3, "Homework for lesson 04 · The forward pass of a batch");
// ANSWER MEMBERS: the library's own versions of what you write in this assignment.
// A function that calls one of them (directly, through an alias or by reflection)
// earns no points.
AnswerMembers.Declare(
    "NeuralNetworks.Layers.Dense.Forward",
    "NeuralNetworks.Linearity.AffineMap.Apply",
    "NeuralNetworks.Layers.Network.Predict",
    "NeuralNetworks.Layers.Network.Trace",
    "NeuralNetworks.Layers.Network.Classify",
    "NeuralNetworks.Layers.Network.Accuracy",
    "NeuralNetworks.Layers.Network.Loss");
// ALLOWED: what your code may use of the library besides vectors, matrices, Check,
// charts and data sets. A function that uses any other part of it earns no points.
AnswerMembers.Allow(
    "NeuralNetworks.Layers.Network",
    "NeuralNetworks.Layers.NetworkOutput",
    "NeuralNetworks.Layers.Parameter",
    "NeuralNetworks.Activations.Activation.ReLU",
    "NeuralNetworks.Activations.Activation.Sigmoid",
    "NeuralNetworks.Activations.Activation.Apply");

// ── cell 4 ──
App.Cell(4, "Homework for lesson 04 · The forward pass of a batch");
var M = Matrix<double>.Build;
Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);

// Lesson 04's network: 2 inputs, 4 ReLU hidden units, 1 sigmoid output, random seed 3.
// In the library's form W1 is 2×4 (a row per input, a column per hidden unit), b1 the
// 1×4 bias row, W2 4×1 and b2 1×1. Its biases start at 0, as in lesson 04.
Network network = new Network([2, 4, 1], Activation.ReLU, NetworkOutput.Sigmoid, seed: 3);
Matrix<double> W1 = network.Parameters[0].Value, b1 = network.Parameters[1].Value;
Matrix<double> W2 = network.Parameters[2].Value, b2 = network.Parameters[3].Value;

// The Medical AI lecture's three examples, one per row.
Matrix<double> X = M.DenseOfArray(new[,] { { 0.5, 0.3 }, { 0.2, 0.4 }, { 0.6, 0.2 } });

// ## 1. The bias row
//
// Lesson 04 computed a layer on a batch as U = XW + b. The product XW has one row per example, and the
// bias row b (1 × k) is added to **every** row. Strictly, a 1 × k matrix cannot be added to an
// N × k one. [Namba, Hijiyama.R](../sources.md#namba-hijiyama-r) shows R refusing `input %*% weights + bias` and
// repeating the bias over the rows with `sweep(input %*% weights, 2, bias, "+")` instead. MathNet refuses too, as the
// cell below shows; NumPy would stretch the row for you, and calls that broadcasting. The numbers are the talk's:
// R fills `matrix(1:4, nrow=2, ncol=2)` column by column, so `input` is 1 3 ; 2 4.

// ── cell 6 ──
App.Cell(6, "1. The bias row");
// Namba's R example: input <- matrix(1:4, nrow=2, ncol=2),
// weights <- matrix(1:6, nrow=2, ncol=3) and bias <- matrix(1:3, nrow=1, ncol=3).
var input = M.DenseOfArray(new double[,] { { 1, 3 }, { 2, 4 } });
var weights = M.DenseOfArray(new double[,] { { 1, 3, 5 }, { 2, 4, 6 } });
var bias = M.DenseOfArray(new double[,] { { 1, 2, 3 } });
Console.WriteLine($"input * weights:\n{(input * weights).ToMatrixString("F0")}");
try
{
    Console.WriteLine(input * weights + bias);
}
catch (ArgumentException e)
{
    Console.WriteLine($"input * weights + bias: {e.GetType().Name}");
}

// Write `AddBiasRow`: it gets S (N × k) and the row b (1 × k) and returns S with
// b added to every row, as `sweep` does. Return a new matrix and leave S and b as they were.
// Lesson 04's solution built an N × k matrix whose every row is b from a column of ones; a loop
// works too. Before you run the check, add Namba's bias to the product above by hand.

// ── cell 8 ──
App.Cell(8, "1. The bias row");
Matrix<double> AddBiasRow(Matrix<double> S, Matrix<double> b)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Repeat b once per row of S, then add.");
}

// ── cell 9 ──
App.Cell(9, "1. The bias row");
try
{
    // CHECK bias-row (2 points)
    var swept = AddBiasRow(input * weights, bias);
    Check.MatricesClose(M.DenseOfArray(new double[,] { { 8, 17, 26 }, { 11, 24, 37 } }),
        swept, 1e-12, "sweep(input %*% weights, 2, bias, \"+\") for Namba's numbers");
    var single = AddBiasRow(M.DenseOfArray(new double[,] { { 0.5, -2 } }),
                            M.DenseOfArray(new double[,] { { 1, 1 } }));
    Check.MatricesClose(M.DenseOfArray(new double[,] { { 1.5, -1 } }), single, 1e-12,
        "a batch of one example");
    var tall = AddBiasRow(M.Dense(4, 2, (i, j) => i - j),
                          M.DenseOfArray(new double[,] { { 10, -10 } }));
    Check.MatricesClose(M.Dense(4, 2, (i, j) => i - j + (j == 0 ? 10 : -10)), tall, 1e-12,
        "four rows and b = (10, −10)");
    Check.Passed("bias-row", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 2. One layer, written as the lectures write it
//
// [Rabbit Challenge day 1](../sources.md#rabbit-challenge-day-1) and [HN410 2022](../sources.md#hn410-2022) write a
// layer for one example as a column: u = Wx + b, where W has one **row per unit**
// (m × n for n inputs and m units) and b is a column of m biases. The Rabbit Challenge
// report's code is `u = np.dot(W, x) + b`. The library keeps one example per **row** instead, as in section 1.
//
// **Derive it first, on paper.** Example n is row x_n^ᵀ of the batch X (N × n). Transpose the
// lecture's u_n = Wx_n + b with the rule (AB)^ᵀ = B^ᵀA^ᵀ: that gives row n
// of U. Now stack the N rows. Which one product gives all of them at once, what is added to each row, and what
// shape does every matrix have?
//
// Then write `LayerColumnForm`: it gets a batch X in rows, the lecture's W and b, and returns U
// (N × m), row n for example n. Add the bias row here too, without calling `AddBiasRow`: that way a mistake in
// one function costs only its own checks. `W.Transpose()` is W^ᵀ, and `b.ToRowMatrix()` makes the vector
// b a 1 × m row.

// ── cell 11 ──
App.Cell(11, "2. One layer, written as the lectures write it");
Matrix<double> LayerColumnForm(Matrix<double> X, Matrix<double> W, Vector<double> b)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Transpose uₙ = Wxₙ + b into a row, then stack.");
}

// ── cell 12 ──
App.Cell(12, "2. One layer, written as the lectures write it");
try
{
    // CHECK column-form-layer (2 points)
    // A layer of 3 units on 2 inputs, one row of W per unit, and a batch of two examples.
    var Wc = M.DenseOfArray(new double[,] { { 1, 2 }, { 0, -1 }, { 3, 1 } });
    var two = M.DenseOfArray(new double[,] { { 1, 1 }, { 2, -1 } });
    Check.MatricesClose(M.DenseOfArray(new double[,] { { 4, -1, 2 }, { 1, 1, 3 } }),
        LayerColumnForm(two, Wc, V(1, 0, -2)), 1e-12, "U for two examples, b = (1, 0, −2)");
    // Lesson 04's hidden layer: the lecture's W is the library's W1 transposed.
    Check.MatricesClose(network.Trace(X)[1].Value,
        LayerColumnForm(X, W1.Transpose(), b1.Row(0)), 1e-12,
        "lesson 04's hidden layer on the Medical AI lecture's batch");
    Check.Passed("column-form-layer", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 3. The forward pass of a batch
//
// Lesson 04's network on a batch X (N × 2), in the library's row form:
//
// U_1 = XW_1 + b_1, Z_1 = ReLU(U_1), U_2 = Z_1 W_2 + b_2,
//  Y = σ(U_2)
//
// with ReLU and the sigmoid applied to every element. Before you write it, write down the shape of U_1, Z_1, U_2
// and Y for a batch of N examples; the first check compares them with yours for a batch of 5, and for a network of
// other sizes. Namba, Hijiyama.R points out a trap in R: `max(0, s1)` returns one number, the largest of the whole
// matrix, while `pmax(0, s1)` takes the larger of 0 and each element, which is ReLU. In MathNet,
// `U.Map(u => Math.Max(0, u))` and `Activation.ReLU.Apply(U)` both work element by element.
//
// `Forward` returns every intermediate value in a `Pass`, as lesson 04's `network.Trace` did. Write its bias rows
// yourself, as in section 2.

// ── cell 14 ──
App.Cell(14, "3. The forward pass of a batch");
Pass Forward(Matrix<double> X, Matrix<double> W1, Matrix<double> b1,
             Matrix<double> W2, Matrix<double> b2)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Each layer: product, bias row, activation.");
}

// ── cell 15 ──
App.Cell(15, "3. The forward pass of a batch");
Pass pass = Forward(X, W1, b1, W2, b2);
Console.WriteLine("predictions: "
                  + string.Join(", ", pass.Y.Column(0).Select(y => y.ToString("F6"))));

// ── cell 16 ──
App.Cell(16, "3. The forward pass of a batch");
try
{
    // CHECK forward-shapes (1 point)
    {
        var five = M.Dense(5, 2, (i, j) => 0.1 * (i + 1) - 0.2 * j);
        Pass p = Forward(five, W1, b1, W2, b2);
        Check.Equal((5, 4), (p.U1.RowCount, p.U1.ColumnCount), "the shape of U1, 5 examples");
        Check.Equal((5, 4), (p.Z1.RowCount, p.Z1.ColumnCount), "the shape of Z1, 5 examples");
        Check.Equal((5, 1), (p.U2.RowCount, p.U2.ColumnCount), "the shape of U2, 5 examples");
        Check.Equal((5, 1), (p.Y.RowCount, p.Y.ColumnCount), "the shape of Y, 5 examples");
        // A 3 → 6 → 2 network on a batch of 4.
        Pass q = Forward(M.Dense(4, 3, 0.5), M.Dense(3, 6, 0.1), M.Dense(1, 6, 0.2),
                         M.Dense(6, 2, -0.3), M.Dense(1, 2, 0.4));
        Check.Equal((4, 6), (q.U1.RowCount, q.U1.ColumnCount), "the shape of U1, 3 → 6 → 2");
        Check.Equal((4, 6), (q.Z1.RowCount, q.Z1.ColumnCount), "the shape of Z1, 3 → 6 → 2");
        Check.Equal((4, 2), (q.U2.RowCount, q.U2.ColumnCount), "the shape of U2, 3 → 6 → 2");
        Check.Equal((4, 2), (q.Y.RowCount, q.Y.ColumnCount), "the shape of Y, 3 → 6 → 2");
    }
    Check.Passed("forward-shapes", points: 1);
}
catch (Exception error)
{
    App.Error(error);
}

// ── cell 17 ──
App.Cell(17, "3. The forward pass of a batch");
try
{
    // CHECK forward-lecture-batch (2 points)
    {
        Pass mine = Forward(X, W1, b1, W2, b2);
        var trace = network.Trace(X);
        Check.MatricesClose(trace[1].Value, mine.U1, 1e-12, "U1, the hidden weighted inputs");
        Check.MatricesClose(trace[2].Value, mine.Z1, 1e-12, "Z1, the hidden outputs");
        Check.MatricesClose(trace[3].Value, mine.U2, 1e-12, "U2, the output's input");
        Check.MatricesClose(trace[4].Value, mine.Y, 1e-12, "Y, the predictions");
        Check.VectorsClose(V(0.497614, 0.556081, 0.495886), mine.Y.Column(0), 1e-6,
            "the predictions lesson 04 printed");
        // The same weights with biases that are not 0.
        var (c1, c2) = (M.DenseOfArray(new double[,] { { 0.1, -0.2, 0.3, 0.05 } }),
                        M.DenseOfArray(new double[,] { { -0.4 } }));
        Pass biased = Forward(X, W1, c1, W2, c2);
        var withBiases = new Network(
            [new Dense(W1, c1, 1), new ActivationLayer(Activation.ReLU),
             new Dense(W2, c2, 2)],
            new SigmoidWithLoss());
        Check.MatricesClose(withBiases.Trace(X)[1].Value, biased.U1, 1e-12,
            "U1 with b1 = (0.1, −0.2, 0.3, 0.05)");
        Check.MatricesClose(withBiases.Predict(X), biased.Y, 1e-12, "Y with b2 = −0.4 too");
    }
    Check.Passed("forward-lecture-batch", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// Row by row, your `Forward` is lesson 04's forward pass, one example at a time; as matrices it takes the whole batch
// in two products. Lesson 08 runs the same pass backwards.
//
// ## Before you hand in
//
// Restart the kernel and run all cells from the top: every visible check should print ✓.
// Then save the notebook and hand it in as your course asks (a push to your GitHub Classroom repository, or a shared folder).

App.End();

// The notebook's type declarations: C# puts them after the top-level statements.
// Every value of a forward pass, in the order lesson 04's network.Trace printed them.
record Pass(Matrix<double> U1, Matrix<double> Z1, Matrix<double> U2, Matrix<double> Y);
// nbrun convert: sha256 4060baf1621653c0
