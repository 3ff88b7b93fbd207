#!/usr/bin/env dotnet
// Homework for lesson 05 · Losses and their gradients
// A file-based app generated from notebooks/homework/05-losses.ipynb (its released student version) by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/homework/05-losses.cs
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
using NeuralNetworks.Calculus;
using NeuralNetworks.Homework;
using NeuralNetworks.Losses;

App.Start("Homework for lesson 05 · Losses and their gradients", args);

// # Homework for lesson 05 · Losses and their gradients
//
// Lesson 05 measured errors with loss functions; lesson 08 needs their gradients. Here you write both:
// mean squared error for regression, cross-entropy for classification, and the famous softmax-with-cross-entropy
// gradient, which you derive on paper first and then check against a numerical gradient.
//
// ## What to do
// 1. Run the first code cell: it loads the course library.
// 2. Fill in the four functions: replace each `throw new NotImplementedException(...)` with your code.
//    Do not call the library's `MeanSquaredError`, `CrossEntropyError` or `SoftmaxWithLoss`; you may use `Softmax.Apply`.
// 3. Run the check cell under each function. A passing check prints ✓ and its points.
//
// ## How it is graded
// 12 points. The visible checks are worth 7; hidden checks worth 5 more run when your work is graded
// (your gradients compared with numerical gradients at random points, and a probability of exactly 0).
// Edits to check cells do not count: the grader runs its own copy of every check.

// ── cell 2 ──
App.Cell(2, "Homework for lesson 05 · Losses and their gradients");

// ── cell 3 ──
App.Cell(3, "Homework for lesson 05 · Losses and their gradients");
// ANSWER MEMBERS: the library's own versions of what you write in this assignment.
// A function that calls one of them (directly, through an alias or by reflection)
// earns no points.
AnswerMembers.Declare(
    "NeuralNetworks.Losses.MeanSquaredError",
    "NeuralNetworks.Losses.CrossEntropyError",
    "NeuralNetworks.Layers.SoftmaxWithLoss");
// ALLOWED: what your code may use of the library besides vectors, matrices, Check,
// charts and data sets. A function that uses any other part of it earns no points.
AnswerMembers.Allow(
    "NeuralNetworks.Activations.Softmax");

// ## 1. Mean squared error
//
// For outputs y and targets t with n elements:
//
// E = 1/nΣ_i (y_i - t_i)^2, ∂E/(∂y_i) = 2/n(y_i - t_i)

// ── cell 5 ──
App.Cell(5, "1. Mean squared error");
double MeanSquaredError(Vector<double> y, Vector<double> t)
{
    // YOUR CODE HERE
    throw new NotImplementedException("The mean of the squared differences.");
}

Vector<double> MeanSquaredErrorGradient(Vector<double> y, Vector<double> t)
{
    // YOUR CODE HERE
    throw new NotImplementedException("A vector with 2(yᵢ − tᵢ)/n in place i.");
}

// ── cell 6 ──
App.Cell(6, "1. Mean squared error");
try
{
    // CHECK mse-values (2 points)
    var y = Vector<double>.Build.DenseOfArray([0.8, 0.1, 0.3]);
    var t = Vector<double>.Build.DenseOfArray([1.0, 0.0, 0.0]);
    Check.Close(0.04666666666666667, MeanSquaredError(y, t), 1e-12,
        "MeanSquaredError([0.8, 0.1, 0.3], [1, 0, 0])");
    Check.Close(0.0, MeanSquaredError(t, t), 1e-12, "MeanSquaredError(t, t)");
    Check.Passed("mse-values", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ── cell 7 ──
App.Cell(7, "1. Mean squared error");
try
{
    // CHECK mse-gradient-values (1 point)
    var yg = Vector<double>.Build.DenseOfArray([0.8, 0.1, 0.3]);
    var tg = Vector<double>.Build.DenseOfArray([1.0, 0.0, 0.0]);
    Check.VectorsClose(Vector<double>.Build.DenseOfArray([-0.4 / 3, 0.2 / 3, 0.6 / 3]),
        MeanSquaredErrorGradient(yg, tg), 1e-12, "MeanSquaredErrorGradient");
    Check.Passed("mse-gradient-values", points: 1);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 2. Cross-entropy
//
// For probabilities y (a softmax output) and a one-hot target t, with δ = 10^(-7) keeping the logarithm away from ln 0:
//
// E = -Σ_k t_k ln(y_k + δ)

// ── cell 9 ──
App.Cell(9, "2. Cross-entropy");
double CrossEntropy(Vector<double> y, Vector<double> t)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Minus the sum of tₖ·ln(yₖ + δ).");
}

// ── cell 10 ──
App.Cell(10, "2. Cross-entropy");
try
{
    // CHECK cross-entropy-values (2 points)
    var probabilities = Vector<double>.Build.DenseOfArray([0.1, 0.7, 0.2]);
    var target = Vector<double>.Build.DenseOfArray([0.0, 1.0, 0.0]);
    Check.Close(-Math.Log(0.7 + 1e-7), CrossEntropy(probabilities, target), 1e-12,
        "CrossEntropy([0.1, 0.7, 0.2], [0, 1, 0])");
    Check.Close(0.35667480, CrossEntropy(probabilities, target), 1e-8,
        "CrossEntropy([0.1, 0.7, 0.2], [0, 1, 0])");
    Check.Passed("cross-entropy-values", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 3. Softmax with cross-entropy: derive the gradient, then check it numerically
//
// A batch of scores U (N × k, one example per row) goes through softmax, Y = softmax(U), and the
// loss is the mean cross-entropy over the rows, E = -1/NΣ_n Σ_k T_nk ln Y_nk (here without
// δ, whose effect is far below the checks' tolerance).
//
// **Derive its gradient first, on paper**, for one row u with y = softmax(u) and a one-hot target t:
//
// 1. ∂E / ∂y_k = -t_k / y_k.
// 2. Lesson 02 derived the softmax Jacobian: ∂y_k / ∂u_j = y_k(δ_kj - y_j), where
//    δ_kj is 1 when k = j and 0 otherwise.
// 3. By the chain rule, $\partial E / \partial u_j = \sum_k \frac{\partial E}{\partial y_k}
//    \frac{\partial y_k}{\partial u_j}$ (lesson 02 showed the numbers cancel; lesson 08 explains the rule). Put in
//    steps 1 and 2 and simplify by hand; Σ_k t_k = 1 finishes it.
//
// Your result should say that the gradient of each row is "prediction minus target"; averaging over the rows divides by
// N. Write the function from your result. The checks then test the derivation numerically: they nudge each score by
// ± h, recompute E, and compare the slope with your formula (lesson 06's numerical gradient).

// ── cell 12 ──
App.Cell(12, "3. Softmax with cross-entropy: derive the gradient, then check it numerically");
Matrix<double> SoftmaxCrossEntropyGradient(Matrix<double> U, Matrix<double> T)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Your derived formula, a row per example.");
}

// ── cell 13 ──
App.Cell(13, "3. Softmax with cross-entropy: derive the gradient, then check it numerically");
try
{
    // CHECK softmax-ce-gradient-values (2 points)
    var U = Matrix<double>.Build.DenseOfArray(new[,] { { 0.0, 0.0 }, { 1.0, -1.0 } });
    var T = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 0.0 }, { 0.0, 1.0 } });
    var expected = Matrix<double>.Build.DenseOfArray(
        new[,] { { -0.25, 0.25 }, { 0.44039853898894116, -0.44039853898894116 } });
    Check.MatricesClose(expected, SoftmaxCrossEntropyGradient(U, T), 1e-12,
        "SoftmaxCrossEntropyGradient");
    double SmallLoss() =>
        -T.PointwiseMultiply(Softmax.Apply(U).PointwiseLog()).Enumerate().Sum() / U.RowCount;
    Check.MatricesClose(NumericalGradient.Of(SmallLoss, U), SoftmaxCrossEntropyGradient(U, T),
        1e-7, "your gradient against the numerical gradient of E");
    Check.Passed("softmax-ce-gradient-values", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## Before you hand in
//
// Restart the kernel and run all cells from the top: every visible check should print ✓.
// Then save the notebook and hand it in as your course asks (a push to your GitHub Classroom repository, or a shared folder).

App.End();
// nbrun convert: sha256 d3c4bae375a49c17
