#!/usr/bin/env dotnet
// Homework for lesson 06 · A numerical gradient
// A file-based app generated from notebooks/homework/06-numerical-gradient.ipynb (its released student version) by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/homework/06-numerical-gradient.cs
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
using NeuralNetworks.Calculus;
using NeuralNetworks.Homework;

App.Start("Homework for lesson 06 · A numerical gradient", args);

// # Homework for lesson 06 · A numerical gradient
//
// Lesson 06 estimated slopes with central differences; lesson 08 uses them to check backpropagation.
// Here you write the estimate yourself: first for a function of one variable, then the gradient of a function of many.
//
// ## What to do
// 1. Run the first code cell: it loads the course library.
// 2. Fill in the two functions: replace each `throw new NotImplementedException(...)` with your code.
//    Do not call the library's `NumericalDerivative` or `NumericalGradient`: write the loop.
// 3. Run the check cell under each function. A passing check prints ✓ and its points.
//
// ## How it is graded
// 9 points. The visible checks are worth 4; hidden checks worth 5 more run when your work is graded
// (that the difference is central rather than forward, a function of four variables, and that your gradient leaves
// `x` as it found it).
// Edits to check cells do not count: the grader runs its own copy of every check.

// ── cell 2 ──
App.Cell(2, "Homework for lesson 06 · A numerical gradient");

// ── cell 3 ──
App.Cell(3, "Homework for lesson 06 · A numerical gradient");
// ANSWER MEMBERS: the library's own versions of what you write in this assignment.
// A function that calls one of them (directly, through an alias or by reflection)
// earns no points.
AnswerMembers.Declare(
    "NeuralNetworks.Calculus.NumericalDerivative",
    "NeuralNetworks.Calculus.NumericalGradient");

// ## 1. The central difference
//
// f'(x) ≈ (f(x + h) - f(x - h))/2h
//
// Its error shrinks like h^2, much faster than the forward difference (f(x + h) - f(x))/h, whose error shrinks like h.

// ── cell 5 ──
App.Cell(5, "1. The central difference");
double CentralDifference(Func<double, double> f, double x, double h = 1e-5)
{
    // YOUR CODE HERE
    throw new NotImplementedException("The slope between x − h and x + h.");
}

// ── cell 6 ──
App.Cell(6, "1. The central difference");
try
{
    // CHECK central-difference-square (2 points)
    Check.Close(6.0, CentralDifference(x => x * x, 3.0), 1e-6, "the slope of x² at x = 3");
    Check.Close(Math.Cos(1.0), CentralDifference(Math.Sin, 1.0), 1e-8,
        "the slope of sin x at x = 1");
    Check.Passed("central-difference-square", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 2. The gradient
//
// For f(x_1, …, x_n), each partial derivative moves one variable and keeps the others fixed:
//
// ∂f/(∂x_i) ≈ (f(x + h e_i) - f(x - h e_i))/2h
//
// where e_i is 1 in place i and 0 elsewhere. The [Medical AI lecture](../sources.md#medical-ai-lecture) computes
// ∇(x^2 + y^2) = (2x, 2y), so at (1, 2) it is (2, 4). The check also tries a function whose gradient is not
// 2x: for f(x, y) = x^2 y + 3y, work out ∂f / ∂x and ∂f / ∂y by hand and compare
// your numbers at (2, -1) with what the check expects.
// Put every x_i back after you nudge it: the caller's vector must come back unchanged.

// ── cell 8 ──
App.Cell(8, "2. The gradient");
Vector<double> NumericalGradientOf(Func<Vector<double>, double> f, Vector<double> x,
                                   double h = 1e-5)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Nudge one xᵢ at a time, then put it back.");
}

// ── cell 9 ──
App.Cell(9, "2. The gradient");
try
{
    // CHECK gradient-of-two-functions (2 points)
    var point = Vector<double>.Build.DenseOfArray([1.0, 2.0]);
    Check.VectorsClose(Vector<double>.Build.DenseOfArray([2.0, 4.0]),
        NumericalGradientOf(v => v[0] * v[0] + v[1] * v[1], point), 1e-6,
        "∇(x² + y²) at (1, 2)");
    // x²y + 3y: ∂/∂x = 2xy and ∂/∂y = x² + 3, so at (2, −1) the gradient is (−4, 7).
    var other = Vector<double>.Build.DenseOfArray([2.0, -1.0]);
    Check.VectorsClose(Vector<double>.Build.DenseOfArray([-4.0, 7.0]),
        NumericalGradientOf(v => v[0] * v[0] * v[1] + 3 * v[1], other), 1e-6,
        "∇(x²y + 3y) at (2, −1)");
    Check.Passed("gradient-of-two-functions", points: 2);
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
// nbrun convert: sha256 8173ad6d320d1486
