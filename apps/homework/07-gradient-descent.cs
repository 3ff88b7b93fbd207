#!/usr/bin/env dotnet
// Homework for lesson 07 · Gradient descent and the learning rate
// A file-based app generated from notebooks/homework/07-gradient-descent.ipynb (its released student version) by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/homework/07-gradient-descent.cs
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

App.Start("Homework for lesson 07 · Gradient descent and the learning rate", args);

// # Homework for lesson 07 · Gradient descent and the learning rate
//
// Lesson 07 walked downhill with the library's `GradientDescent.Minimize` and watched learning rates that were too
// small, good and too large. Here you write the walk yourself, measure how many steps a learning rate needs, and derive
// the learning-rate limit of any bowl-shaped loss: every rate below it converges, the limit itself does not.
//
// ## What to do
// 1. Run the first code cells: they load the course library and define two losses from lesson 07.
// 2. Fill in the three functions below: replace each `throw new NotImplementedException(...)` with your code.
//    Do not call the library's `GradientDescent`, `OptimizerPath` or `SGD`: write the loop yourself.
// 3. Run each check cell under a function. A passing check prints ✓ and its points.
//
// ## How it is graded
// 10 points. The check cells you see are worth 6 points; hidden checks worth 4 more run when your work is graded
// (other functions, starting points and learning rates, walks that blow up, and bowls of three and four weights).
// Edits to check cells do not count: the grader runs its own copy of every check.

// ── cell 2 ──
App.Cell(2, "Homework for lesson 07 · Gradient descent and the learning rate");

// ── cell 3 ──
App.Cell(3, "Homework for lesson 07 · Gradient descent and the learning rate");
// ANSWER MEMBERS: the library's own versions of what you write in this assignment.
// A function that calls one of them (directly, through an alias or by reflection)
// earns no points.
AnswerMembers.Declare(
    "NeuralNetworks.Calculus.GradientDescent",
    "NeuralNetworks.Optimizers.OptimizerPath",
    "NeuralNetworks.Optimizers.SGD");

// ── cell 4 ──
App.Cell(4, "Homework for lesson 07 · Gradient descent and the learning rate");
Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);

// L(w) = w², the Medical AI lecture's loss, with one weight: ∂L/∂w = 2w.
double Square(Vector<double> w) => w[0] * w[0];
Vector<double> SquareGradient(Vector<double> w) => V(2 * w[0]);

// L(w1, w2) = w1² + 4 w2², lesson 07's bowl: ∇L = (2 w1, 8 w2).
double Bowl(Vector<double> w) => w[0] * w[0] + 4 * w[1] * w[1];
Vector<double> BowlGradient(Vector<double> w) => V(2 * w[0], 8 * w[1]);

// ## 1. The walk
//
// Gradient descent repeats one step ([Medical AI lecture](../sources.md#medical-ai-lecture),
// [Rabbit Challenge day 1](../sources.md#rabbit-challenge-day-1)):
//
// w ← w - α ∇L(w)
//
// `Descend` takes the gradient as a function, a starting point, the learning rate α and a number of steps, and
// returns where the walk ends. The caller's `start` must come back unchanged: MathNet's `a - b` makes a new vector,
// while writing into `start[i]` changes the caller's. By hand: on L(w) = w^2 from w = 1.5 with α = 0.1, one
// step goes to 1.5 - 0.1 · 3 = 1.2.

// ── cell 6 ──
App.Cell(6, "1. The walk");
Vector<double> Descend(Func<Vector<double>, Vector<double>> gradient,
                       Vector<double> start, double learningRate, int steps)
{
    // YOUR CODE HERE
    throw new NotImplementedException("One step per loop turn, from the new point.");
}

// ── cell 7 ──
App.Cell(7, "1. The walk");
try
{
    // CHECK descend-small-cases (2 points)
    Check.VectorsClose(V(1.2), Descend(SquareGradient, V(1.5), 0.1, steps: 1), 1e-12,
        "one step on w² from 1.5 with α = 0.1");
    Check.VectorsClose(V(-1.2), Descend(SquareGradient, V(-1.5), 0.1, steps: 1), 1e-12,
        "one step on w² from −1.5 with α = 0.1");
    var bowlWalk = GradientDescent.Minimize(BowlGradient, V(-2.5, 1.2), 0.1, steps: 30);
    Check.VectorsClose(bowlWalk.Last, Descend(BowlGradient, V(-2.5, 1.2), 0.1, steps: 30),
        1e-12, "30 steps on the bowl from (−2.5, 1.2) with α = 0.1");
    Check.Passed("descend-small-cases", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 2. How many steps?
//
// A learning rate is good when it gets low fast. `StepsToReach` counts the steps until the loss first drops below a
// target: 0 if it already is at the start, k if it is after step k. If `maxSteps` steps never get there, it returns
// −1; that includes a walk that runs away, whose loss grows until it is no longer a finite number.

// ── cell 9 ──
App.Cell(9, "2. How many steps?");
int StepsToReach(Func<Vector<double>, double> f,
                 Func<Vector<double>, Vector<double>> gradient, Vector<double> start,
                 double learningRate, double target, int maxSteps)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Test the loss before every step.");
}

// ── cell 10 ──
App.Cell(10, "2. How many steps?");
try
{
    // CHECK steps-to-reach-small-cases (2 points)
    Check.Equal(33, StepsToReach(Square, SquareGradient, V(1.5), 0.1, 1e-6, 1000),
        "steps until w² < 1e-6 from 1.5 with α = 0.1");
    Check.Equal(1, StepsToReach(Square, SquareGradient, V(1.5), 0.5, 1e-6, 1000),
        "steps with α = 0.5, which lands on the minimum at once");
    Check.Equal(0, StepsToReach(Square, SquareGradient, V(0.0001), 0.1, 1e-6, 1000),
        "steps when the start is already low enough");
    Check.Equal(-1, StepsToReach(Square, SquareGradient, V(1.5), 1.05, 1e-6, 1000),
        "steps with α = 1.05, which overshoots more every step");
    Check.Equal(-1, StepsToReach(Square, SquareGradient, V(1.5), 0.01, 1e-6, 100),
        "steps with α = 0.01 and only 100 allowed");
    Check.Passed("steps-to-reach-small-cases", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 3. The learning-rate limit
//
// Lesson 07 found the limit for L(w) = a w^2 by hand: each step multiplies w by 1 - 2aα, so the walk
// converges only while |1 - 2aα| < 1. Every bowl-shaped loss near its minimum looks like
//
// L(w) = \tfrac12 w^ᵀH w, ∇L(w) = Hw,
//
// with H symmetric and its eigenvalues λ_1, …, λ_n all positive (lesson 07's bowl has
// H = diag(2, 8)).
//
// **Derive it first, on paper.** Write one step as w ← (I - αH) w. Along an
// eigenvector v of H, Hv = lambdav: by what factor does one step multiply the part of
// w along v? The walk converges from every start only if every such factor has size below 1. Which
// eigenvalue decides the limit, and below which α does every factor shrink? (At the limit itself the
// steep direction's factor is exactly -1: the walk swings from side to side forever.)
//
// `LargestStableRate` returns that limit, the supremum of the stable rates, for a given H. MathNet computes eigenvalues: `H.Evd().EigenValues` holds
// them as complex numbers, whose `.Real` parts are the eigenvalues of a symmetric H.

// ── cell 12 ──
App.Cell(12, "3. The learning-rate limit");
double LargestStableRate(Matrix<double> H)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Which direction overshoots first?");
}

// ── cell 13 ──
App.Cell(13, "3. The learning-rate limit");
try
{
    // CHECK largest-stable-rate-small-cases (2 points)
    var bowlH = Matrix<double>.Build.DenseOfDiagonalArray([2.0, 8.0]);
    Check.Close(0.25, LargestStableRate(bowlH), 1e-12, "the limit for lesson 07's bowl");
    var tilted = Matrix<double>.Build.DenseOfArray(new double[,] { { 3, 1 }, { 1, 3 } });
    Check.Close(0.5, LargestStableRate(tilted), 1e-12, "the limit for H = [[3, 1], [1, 3]]");
    Check.Passed("largest-stable-rate-small-cases", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 4. A rate near the limit is not the fastest
//
// With your two functions, count the steps to bring lesson 07's bowl below 10^(-8) from (-2.5, 1.2) for learning
// rates up to its limit:

// ── cell 15 ──
App.Cell(15, "4. A rate near the limit is not the fastest");
double limit = LargestStableRate(Matrix<double>.Build.DenseOfDiagonalArray([2.0, 8.0]));
Console.WriteLine($"limit: α < {limit}");
foreach (double alpha in new[] { 0.05, 0.1, 0.15, 0.2, 0.22, 0.24, 0.249, 0.26 })
{
    int steps = StepsToReach(Bowl, BowlGradient, V(-2.5, 1.2), alpha, 1e-8, 3000);
    Console.WriteLine($"α = {alpha,-6} {(steps < 0 ? "never" : steps + " steps")}");
}

// The count falls as α grows to 0.2, then rises again towards the limit, and above it the walk never gets
// there. Near the limit the steep direction's factor 1 - 8α is close to −1: the walk zig-zags across the valley
// almost without shrinking, as lesson 07's animation showed. The fastest fixed rate balances the two directions,
// |1 - 2α| = |1 - 8α|, at α = 2 / (2 + 8) = 0.2. Lesson 10's optimizers avoid the compromise by
// adapting the step to each direction.
//
// ## Before you hand in
//
// Restart the kernel and run all cells from the top: every visible check should print ✓.
// Then save the notebook and hand it in as your course asks (a push to your GitHub Classroom repository, or a shared folder).

App.End();
// nbrun convert: sha256 0be83d2f1275597b
