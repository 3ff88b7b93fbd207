#!/usr/bin/env dotnet
// Homework for lesson 10 · Momentum, RMSProp and Adam
// A file-based app generated from notebooks/homework/10-optimizers.ipynb (its released student version) by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/homework/10-optimizers.cs
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
using NeuralNetworks.Homework;
using NeuralNetworks.Optimizers;

App.Start("Homework for lesson 10 · Momentum, RMSProp and Adam", args);

// # Homework for lesson 10 · Momentum, RMSProp and Adam
//
// Lesson 10 raced the library's optimizers through a narrow valley. Here you write three of them yourself, one step at a
// time, with the memory each one keeps passed in and handed back, and race your own versions through the same valley.
//
// ## What to do
// 1. Run the first code cells: they load the course library and define lesson 10's valley.
// 2. Fill in the three functions below: replace each `throw new NotImplementedException(...)` with your code.
//    Do not call the library's `Momentum`, `RMSProp` or `Adam`: write the update rules yourself.
// 3. Run each check cell under a function. A passing check prints ✓ and its points.
//
// ## How it is graded
// 10 points. The check cells you see are worth 6 points; hidden checks worth 4 more run when your work is graded
// (other learning rates and decay factors on a bowl of three weights, Adam for up to two hundred steps).
// Edits to check cells do not count: the grader runs its own copy of every check.

// ── cell 2 ──
App.Cell(2, "Homework for lesson 10 · Momentum, RMSProp and Adam");

// ── cell 3 ──
App.Cell(3, "Homework for lesson 10 · Momentum, RMSProp and Adam");
// ANSWER MEMBERS: the library's own versions of what you write in this assignment.
// A function that calls one of them (directly, through an alias or by reflection)
// earns no points.
AnswerMembers.Declare(
    "NeuralNetworks.Optimizers.Momentum",
    "NeuralNetworks.Optimizers.RMSProp",
    "NeuralNetworks.Optimizers.Adam");

// ── cell 4 ──
App.Cell(4, "Homework for lesson 10 · Momentum, RMSProp and Adam");
Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);
Vector<double> Zeros(int n) => Vector<double>.Build.Dense(n);

// Lesson 10's narrow valley f(x, y) = x²/20 + y², its gradient, and its start.
double Valley(Vector<double> p) => p[0] * p[0] / 20 + p[1] * p[1];
Vector<double> ValleyGradient(Vector<double> p) => V(p[0] / 10, 2 * p[1]);
Vector<double> start = V(-7, 2);

// Each function below takes one step. It gets the weights w, the gradient g = ∇f(w) at them, the
// hyperparameters, and the optimizer's memory from the step before (all zeros before the first step). It returns the
// new weights and the new memory; the caller passes that memory back in at the next step. Vectors are multiplied element
// by element with `PointwiseMultiply`, divided with `PointwiseDivide`, and `PointwiseSqrt` takes each element's root.
//
// ## 1. Momentum
//
// Momentum keeps a velocity v, like a ball rolling downhill ([HN410 2022](../sources.md#hn410-2022)):
//
// v ← μv - αg, w ← w + v
//
// μ (usually 0.9) is the share of the velocity kept from one step to the next.

// ── cell 6 ──
App.Cell(6, "1. Momentum");
(Vector<double> W, Vector<double> V) MomentumStep(
    Vector<double> w, Vector<double> v, Vector<double> g, double alpha, double mu)
{
    // YOUR CODE HERE
    throw new NotImplementedException("New velocity first, then move by it.");
}

// ── cell 7 ──
App.Cell(7, "1. Momentum");
try
{
    // CHECK momentum-in-the-valley (2 points)
    var one = MomentumStep(start, Zeros(2), ValleyGradient(start), 0.1, 0.9);
    Check.VectorsClose(V(-6.93, 1.6), one.W, 1e-12, "w after one Momentum step from (−7, 2)");
    Check.VectorsClose(V(0.07, -0.4), one.V, 1e-12, "v after one Momentum step");
    var (w, v) = (start, Zeros(2));
    for (int k = 0; k < 30; k++) (w, v) = MomentumStep(w, v, ValleyGradient(w), 0.1, 0.9);
    var library = OptimizerPath.Run(new Momentum(0.1, 0.9), ValleyGradient, start, 30).Last;
    Check.VectorsClose(library, w, 1e-9, "w after 30 Momentum steps, α = 0.1, μ = 0.9");
    Check.Passed("momentum-in-the-valley", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 2. RMSProp
//
// RMSProp keeps a moving average h of the squared gradient, one number per weight, and divides each step by its
// root, so a weight whose gradient has been large takes smaller steps:
//
// h ← ρh + (1 - ρ) g ⊙ g, w ← w - α g/(√h + ε)
//
// with ε = 10^(-7) (the library's `RMSProp.Epsilon`) keeping the division away from 0.

// ── cell 9 ──
App.Cell(9, "2. RMSProp");
(Vector<double> W, Vector<double> H) RMSPropStep(
    Vector<double> w, Vector<double> h, Vector<double> g, double alpha, double rho)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Update the average first, then divide by √h.");
}

// ── cell 10 ──
App.Cell(10, "2. RMSProp");
try
{
    // CHECK rmsprop-in-the-valley (2 points)
    var first = RMSPropStep(start, Zeros(2), ValleyGradient(start), 0.2, 0.9);
    Check.VectorsClose(V(0.049, 1.6), first.H, 1e-12, "h after one RMSProp step");
    var afterOne = OptimizerPath.Run(new RMSProp(0.2, 0.9), ValleyGradient, start, 1).Last;
    Check.VectorsClose(afterOne, first.W, 1e-12, "w after one step, α = 0.2, ρ = 0.9");
    var (w_10, h) = (start, Zeros(2));
    for (int k = 0; k < 30; k++) (w_10, h) = RMSPropStep(w_10, h, ValleyGradient(w_10), 0.2, 0.9);
    var library_10 = OptimizerPath.Run(new RMSProp(0.2, 0.9), ValleyGradient, start, 30).Last;
    Check.VectorsClose(library_10, w_10, 1e-9, "w after 30 RMSProp steps");
    Check.Passed("rmsprop-in-the-valley", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 3. Adam
//
// Adam keeps both: an average m of the gradient, like Momentum's velocity, and an average v of its square, like
// RMSProp's h. At step t = 1, 2, …:
//
// m ← β_1 m + (1 - β_1) g, v ← β_2 v + (1 - β_2) g ⊙ g,
// hat m = m/(1 - β_1^t), hat v = v/(1 - β_2^t),
// w ← w - α (hat m)/(√(hat v) + ε)
//
// with ε = 10^(-8) (the library's `Adam.Epsilon`). Both averages start at 0, so in the first steps they are
// far too small; hat m and hat v correct for that. **Work out on paper** what the first step is: with m = v = 0
// and t = 1, what are hat m and hat v, and how long is the step for each weight, whatever its gradient?
// The first check compares your function with that.

// ── cell 12 ──
App.Cell(12, "3. Adam");
(Vector<double> W, Vector<double> M, Vector<double> V) AdamStep(
    Vector<double> w, Vector<double> m, Vector<double> v, Vector<double> g, int t,
    double alpha, double beta1, double beta2)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Both averages, both corrections, one step.");
}

// ── cell 13 ──
App.Cell(13, "3. Adam");
try
{
    // CHECK adam-in-the-valley (2 points)
    var step1 = AdamStep(start, Zeros(2), Zeros(2), ValleyGradient(start), t: 1,
                         alpha: 0.3, beta1: 0.9, beta2: 0.999);
    Check.VectorsClose(V(-6.7, 1.7), step1.W, 1e-7, "w after Adam's first step, α = 0.3");
    var (w_13, m, v_13) = (start, Zeros(2), Zeros(2));
    for (int t = 1; t <= 30; t++)
        (w_13, m, v_13) = AdamStep(w_13, m, v_13, ValleyGradient(w_13), t, 0.3, 0.9, 0.999);
    var library_13 = OptimizerPath.Run(new Adam(0.3), ValleyGradient, start, steps: 30).Last;
    Check.VectorsClose(library_13, w_13, 1e-9, "w after 30 Adam steps, α = 0.3");
    Check.Passed("adam-in-the-valley", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 4. Your race
//
// Your three optimizers through the valley, 30 steps each with lesson 10's learning rates, beside plain gradient descent
// with α = 0.95:

// ── cell 15 ──
App.Cell(15, "4. Your race");
double Race(string name)
{
    var (w, a, b) = (start, Zeros(2), Zeros(2));
    for (int t = 1; t <= 30; t++)
    {
        Vector<double> g = ValleyGradient(w);
        if (name == "SGD") w = w - 0.95 * g;
        else if (name == "Momentum") (w, a) = MomentumStep(w, a, g, 0.1, 0.9);
        else if (name == "RMSProp") (w, a) = RMSPropStep(w, a, g, 0.2, 0.9);
        else (w, a, b) = AdamStep(w, a, b, g, t, 0.3, 0.9, 0.999);
    }
    return Valley(w);
}
foreach (string name in new[] { "SGD", "Momentum", "RMSProp", "Adam" })
    Console.WriteLine($"{name,-9} f after 30 steps = {Race(name):F4}");

// These are the numbers lesson 10 printed for the library's versions: the same rules give the same walks. As lesson 10
// said, a 30-step race on one function ranks nothing; what your code now shows is how each rule moves.
//
// ## Before you hand in
//
// Restart the kernel and run all cells from the top: every visible check should print ✓.
// Then save the notebook and hand it in as your course asks (a push to your GitHub Classroom repository, or a shared folder).

App.End();
// nbrun convert: sha256 e536905445abfb6f
