#!/usr/bin/env dotnet
// Homework for lesson 03 · Linear maps, affine maps and ReLU
// A file-based app generated from notebooks/homework/03-linearity.ipynb (its released student version) by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/homework/03-linearity.cs
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
using NeuralNetworks.Linearity;

App.Start("Homework for lesson 03 · Linear maps, affine maps and ReLU", args);

// # Homework for lesson 03 · Linear maps, affine maps and ReLU
//
// Lesson 03 showed that two layers without an activation collapse into one, and that one pair of numbers proves ReLU
// nonlinear. Here you prove the first fact for any number of layers, write a test of the two laws for functions of
// vectors, and find counterexamples for a small ReLU network yourself.
//
// ## What to do
// 1. Run the first code cells: they load the course library and define the ReLU network of section 3.
// 2. Fill in the four functions below: replace each `throw new NotImplementedException(...)` with your code.
//    Do not call the library's `AffineMap.Then` or `LinearityCheck`: write the products and the test yourself.
//    `AffineMap`'s constructor, `W`, `B` and `Apply` are yours to use.
// 3. Run each check cell under a function. A passing check prints ✓ and its points.
//
// ## How it is graded
// 9 points. The check cells you see are worth 6 points; hidden checks worth 3 more run when your work is graded
// (deep stacks of layers of many shapes, and the test of the laws on other functions and points).
// Edits to check cells do not count: the grader runs its own copy of every check.

// ── cell 2 ──
App.Cell(2, "Homework for lesson 03 · Linear maps, affine maps and ReLU");

// ── cell 3 ──
App.Cell(3, "Homework for lesson 03 · Linear maps, affine maps and ReLU");
// ANSWER MEMBERS: the library's own versions of what you write in this assignment.
// A function that calls one of them (directly, through an alias or by reflection)
// earns no points.
AnswerMembers.Declare(
    "NeuralNetworks.Linearity.AffineMap.Then",
    "NeuralNetworks.Linearity.LinearityCheck");
// ALLOWED: what your code may use of the library besides vectors, matrices, Check,
// charts and data sets. A function that uses any other part of it earns no points.
AnswerMembers.Allow(
    "NeuralNetworks.Linearity.AffineMap",
    "NeuralNetworks.Layers.Network",
    "NeuralNetworks.Layers.Dense",
    "NeuralNetworks.Layers.ActivationLayer",
    "NeuralNetworks.Layers.IdentityWithLoss",
    "NeuralNetworks.Activations.Activation.ReLU");

// ── cell 4 ──
App.Cell(4, "Homework for lesson 03 · Linear maps, affine maps and ReLU");
var M = Matrix<double>.Build;
Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);

// ## 1. Any stack of layers is one layer
//
// A layer without an activation computes the affine map u = Wx + b. Lesson 03 put two of them in a row:
//
// W_2(W_1 x + b_1) + b_2 = (W_2 W_1) x + (W_2 b_1 + b_2).
//
// **Derive it first, on paper.** Without biases the maps are linear, f(x) = W_1 x and g(x) = W_2 x. Show that their
// composition g(f(x)) obeys both laws of lesson 03, additivity and homogeneity: expand g(f(a x + y)) with the rules
// of matrix products until you reach a g(f(x)) + g(f(y)). A composition of linear maps is linear, and by the same
// step a composition of affine maps is affine.
//
// Then write `Collapse`: it gets a stack of layers, `layers[0]` applied first, and returns the one `AffineMap` that does
// the same to every x. Think of the stack as a fold: collapse the first two, then that with the third, and so on.
// The shapes must chain: a map with n outputs feeds a map with n inputs (`AffineMap.W` is outputs × inputs).

// ── cell 6 ──
App.Cell(6, "1. Any stack of layers is one layer");
AffineMap Collapse(IReadOnlyList<AffineMap> layers)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Collapse two at a time, in order.");
}

// ── cell 7 ──
App.Cell(7, "1. Any stack of layers is one layer");
try
{
    // CHECK collapse-small-stacks (2 points)
    var first = new AffineMap(M.DenseOfArray(new double[,] { { 1, 2 }, { 0, -1 }, { 3, 1 } }),
                              V(1, 0, -2));
    var second = new AffineMap(M.DenseOfArray(new double[,] { { 2, -1, 1 } }), V(0.5));
    var third = new AffineMap(M.DenseOfArray(new double[,] { { 2 }, { -1 } }), V(1, 0));
    var two = Collapse([first, second]);
    Check.MatricesClose(M.DenseOfArray(new double[,] { { 5, 6 } }), two.W, 1e-12,
        "W of lesson 03's two layers");
    Check.VectorsClose(V(0.5), two.B, 1e-12, "b of lesson 03's two layers");
    var three = Collapse([first, second, third]);
    Check.MatricesClose(M.DenseOfArray(new double[,] { { 10, 12 }, { -5, -6 } }), three.W,
        1e-12, "W of three layers");
    Check.VectorsClose(V(2, -0.5), three.B, 1e-12, "b of three layers");
    Check.MatricesClose(first.W, Collapse([first]).W, 0, "W of a stack of one layer");
    Check.Passed("collapse-small-stacks", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 2. Testing the two laws on vectors
//
// Lesson 03's test took numbers. A layer takes vectors, so test vectors, with both laws at once:
//
// gap(f, x, y, a) = bigl‖ f(a x + y) - bigl(a f(x) + f(y)bigr) bigr‖,
//
// the length of the difference (`Vector<double>.L2Norm()`). A linear f gives 0 for every x, y and a: with a = 1
// it is additivity, and with y = 0 homogeneity. One choice with a gap above rounding proves f nonlinear.
//
// **Derive it first, on paper:** what is the gap of the affine map f(x) = Wx + b? Expand f(a x + y) and
// a f(x) + f(y); most of it cancels, and what is left depends only on a and b. The check below compares your
// function with the number your formula gives for b = (3, 4) and a = 2.

// ── cell 9 ──
App.Cell(9, "2. Testing the two laws on vectors");
double LinearityGap(Func<Vector<double>, Vector<double>> f, Vector<double> x,
                    Vector<double> y, double a)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Work out both sides, then the difference.");
}

// ── cell 10 ──
App.Cell(10, "2. Testing the two laws on vectors");
try
{
    // CHECK linearity-gap-small-cases (2 points)
    var W = M.DenseOfArray(new double[,] { { 1, 2 }, { 0, -1 } });
    var b = V(3, 4);
    Vector<double> Linear(Vector<double> x) => W * x;
    Vector<double> Affine(Vector<double> x) => W * x + b;
    Check.Close(0, LinearityGap(Linear, V(1, -2), V(0.5, 3), 2), 1e-12, "the gap of x ↦ Wx");
    Check.Close(10, LinearityGap(Affine, V(1, -2), V(0.5, 3), 2), 1e-12,
        "the gap of x ↦ Wx + b with b = (3, 4), a = 2");
    Check.Close(0, LinearityGap(x => W * (W * x), V(2, 1), V(-1, 4), -3), 1e-12,
        "the gap of x ↦ W(Wx), a composition of linear maps");
    Check.Close(2, LinearityGap(x => Activation.ReLU.Apply(x), V(2, 0), V(-3, 0), 1), 1e-12,
        "the gap of ReLU at lesson 03's pair 2 and −3");
    Check.Passed("linearity-gap-small-cases", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 3. Counterexamples for a ReLU network
//
// Here is a network of two layers with ReLU between them and no biases, built from lesson 03's weights:
//
// f(x) = W_2 ReLU(W_1 x), W_1 = 1 2 ; 0 -1 ; 3 1 ,
// W_2 = 2 -1 1 .
//
// The cell below builds it with the library (a `Dense` layer holds W^ᵀ, since it multiplies rows) and defines `F`,
// so you can try points before you answer.

// ── cell 12 ──
App.Cell(12, "3. Counterexamples for a ReLU network");
Matrix<double> W1 = M.DenseOfArray(new double[,] { { 1, 2 }, { 0, -1 }, { 3, 1 } });
Matrix<double> W2 = M.DenseOfArray(new double[,] { { 2, -1, 1 } });
Network bent = new Network(
    [new Dense(W1.Transpose(), M.Dense(1, 3), 1), new ActivationLayer(Activation.ReLU),
     new Dense(W2.Transpose(), M.Dense(1, 1), 2)],
    new IdentityWithLoss());
Vector<double> F(Vector<double> x) => bent.Predict(x.ToRowMatrix()).Row(0);
Console.WriteLine($"f(1, 2) = {F(V(1, 2))[0]}, f(2, 4) = {F(V(2, 4))[0]}");

// Find two inputs x and y with f(x + y) ≠ f(x) + f(y). Each hidden unit is a ReLU of its own line
// w_i · x = 0: on which side of the lines do your points need to lie?

// ── cell 14 ──
App.Cell(14, "3. Counterexamples for a ReLU network");
(Vector<double> X, Vector<double> Y) AdditivityCounterexample()
{
    // YOUR CODE HERE
    throw new NotImplementedException("Points on both sides of a hidden unit's line.");
}

// ── cell 15 ──
App.Cell(15, "3. Counterexamples for a ReLU network");
try
{
    // CHECK additivity-counterexample (1 point)
    var pair = AdditivityCounterexample();
    Check.BreaksAdditivity(bent, pair.X, pair.Y, "f(x + y) against f(x) + f(y)");
    Check.Passed("additivity-counterexample", points: 1);
}
catch (Exception error)
{
    App.Error(error);
}

// Now find a number a and an input x with f(a x) ≠ a f(x). The cell above printed f(1, 2) and
// f(2, 4) = f(2 · (1, 2)): try a few values of a by hand on ReLU alone first. For which a does
// ReLU(a u) = a ReLU(u) hold for every u?

// ── cell 17 ──
App.Cell(17, "3. Counterexamples for a ReLU network");
(double A, Vector<double> X) HomogeneityCounterexample()
{
    // YOUR CODE HERE
    throw new NotImplementedException("Which a can ReLU never keep in step with?");
}

// ── cell 18 ──
App.Cell(18, "3. Counterexamples for a ReLU network");
try
{
    // CHECK homogeneity-counterexample (1 point)
    var scaled = HomogeneityCounterexample();
    Check.BreaksHomogeneity(bent, scaled.A, scaled.X, "f(a·x) against a·f(x)");
    Check.Passed("homogeneity-counterexample", points: 1);
}
catch (Exception error)
{
    App.Error(error);
}

// Your two counterexamples prove that this network is not linear, and so not a single layer in disguise: the ReLU
// between the layers is what lesson 03's two rings needed.
//
// ## Before you hand in
//
// Restart the kernel and run all cells from the top: every visible check should print ✓.
// Then save the notebook and hand it in as your course asks (a push to your GitHub Classroom repository, or a shared folder).

App.End();
// nbrun convert: sha256 0e90da8e97f21a53
