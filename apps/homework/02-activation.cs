#!/usr/bin/env dotnet
// Homework for lesson 02 · Sigmoid and ReLU, with their derivatives
// A file-based app generated from notebooks/homework/02-activation.ipynb (its released student version) by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/homework/02-activation.cs
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

App.Start("Homework for lesson 02 · Sigmoid and ReLU, with their derivatives", args);

// # Homework for lesson 02 · Sigmoid and ReLU, with their derivatives
//
// Lesson 02 drew the activation functions; now you write two of them yourself, with their derivatives.
// Backpropagation (lesson 08) needs each activation's derivative, so both halves matter.
//
// ## What to do
// 1. Run the first code cell: it loads the course library.
// 2. Fill in the four functions below: replace each `throw new NotImplementedException(...)` with your code.
//    Do not call the library's `Activation.Sigmoid` or `Activation.ReLU`: write the formula.
// 3. Run each check cell under a function. A passing check prints ✓ and its points.
//
// ## How it is graded
// 10 points. The check cells you see are worth 6 points; hidden checks worth 4 more run when your work is graded
// (large inputs, many points compared with a numerical derivative, the value of ReLU′ at 0).
// Edits to check cells do not count: the grader runs its own copy of every check.

// ── cell 2 ──
App.Cell(2, "Homework for lesson 02 · Sigmoid and ReLU, with their derivatives");

// ── cell 3 ──
App.Cell(3, "Homework for lesson 02 · Sigmoid and ReLU, with their derivatives");
// ANSWER MEMBERS: the library's own versions of what you write in this assignment.
// A function that calls one of them (directly, through an alias or by reflection)
// earns no points.
AnswerMembers.Declare(
    "NeuralNetworks.Activations.Activation.Sigmoid",
    "NeuralNetworks.Activations.Activation.ReLU");

// ## 1. Sigmoid
//
// σ(u) = 1/(1 + e^(-u))
//
// It maps any real number into (0, 1), and σ(0) = 0.5.

// ── cell 5 ──
App.Cell(5, "1. Sigmoid");
double Sigmoid(double u)
{
    // YOUR CODE HERE
    throw new NotImplementedException("σ(u) = 1 / (1 + e^(−u)); Math.Exp computes e^x.");
}

// ── cell 6 ──
App.Cell(6, "1. Sigmoid");
try
{
    // CHECK sigmoid-values (2 points)
    Check.Close(0.5, Sigmoid(0), 1e-12, "Sigmoid(0)");
    Check.Close(0.8807970779778823, Sigmoid(2), 1e-12, "Sigmoid(2)");
    Check.Close(0.11920292202211755, Sigmoid(-2), 1e-12, "Sigmoid(-2)");
    Check.Passed("sigmoid-values", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 2. The derivative of sigmoid
//
// σ'(u) = σ(u) bigl(1 - σ(u)bigr)
//
// Its largest value is σ'(0) = 0.25: the reason deep sigmoid networks learn slowly (lesson 10).
// Write it from the formula (compute σ(u) inside), so a mistake in one function does not hide in the other.

// ── cell 8 ──
App.Cell(8, "2. The derivative of sigmoid");
double SigmoidDerivative(double u)
{
    // YOUR CODE HERE
    throw new NotImplementedException("s = 1 / (1 + e^(−u)) first, then s(1 − s).");
}

// ── cell 9 ──
App.Cell(9, "2. The derivative of sigmoid");
try
{
    // CHECK sigmoid-derivative-values (2 points)
    Check.Close(0.25, SigmoidDerivative(0), 1e-12, "SigmoidDerivative(0)");
    Check.Close(0.10499358540350652, SigmoidDerivative(2), 1e-12, "SigmoidDerivative(2)");
    Check.Passed("sigmoid-derivative-values", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 3. ReLU and its derivative
//
// ReLU(u) = max(0, u), ReLU'(u) = 1 u > 0 ; 0 u ≤ 0
//
// ReLU has a kink at 0 where the derivative is undefined; like the course library, take ReLU'(0) = 0.

// ── cell 11 ──
App.Cell(11, "3. ReLU and its derivative");
double ReLU(double u)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Return u when it is positive, 0 otherwise.");
}

double ReLUDerivative(double u)
{
    // YOUR CODE HERE
    throw new NotImplementedException("1 for u > 0, 0 otherwise (0 at u = 0 too).");
}

// ── cell 12 ──
App.Cell(12, "3. ReLU and its derivative");
try
{
    // CHECK relu-values (2 points)
    Check.Close(3.0, ReLU(3), 0, "ReLU(3)");
    Check.Close(0.0, ReLU(-2), 0, "ReLU(-2)");
    Check.Close(1.0, ReLUDerivative(3), 0, "ReLUDerivative(3)");
    Check.Close(0.0, ReLUDerivative(-2), 0, "ReLUDerivative(-2)");
    Check.Passed("relu-values", points: 2);
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
// nbrun convert: sha256 bcef34f4944e80e8
