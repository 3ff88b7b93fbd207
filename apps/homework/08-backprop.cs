#!/usr/bin/env dotnet
// Homework for lesson 08 · Backpropagation for a two-layer network
// A file-based app generated from notebooks/homework/08-backprop.ipynb (its released student version) by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/homework/08-backprop.cs
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
using NeuralNetworks.Layers;

App.Start("Homework for lesson 08 · Backpropagation for a two-layer network", args);

// # Homework for lesson 08 · Backpropagation for a two-layer network
//
// Lesson 08 derived backpropagation (誤差逆伝播法) in matrix form. Here you derive the backward pass of a small network
// on paper, step by step, then write it and check it the way professionals do: against numerical gradients.
//
// ## What to do
// 1. Run the first code cells: they load the library and define the network's forward pass and loss.
// 2. Fill in `Backward`: replace `throw new NotImplementedException(...)` with your code. Do not call the library's
//    `Network` or `Dense`: write the matrix products. You may use `Softmax.Apply` and the helpers `AddBias` and
//    `SumRows`. The hidden layer's activation comes in as two functions, `f` and its derivative `fPrime`: the checks
//    pass the sigmoid and other activations, so use `f` and `fPrime` rather than a formula of your own.
// 3. Run the check cells. A passing check prints ✓ and its points.
//
// ## How it is graded
// 9 points. The visible checks are worth 5 (the gradients' shapes, and both layers' gradients on small batches);
// hidden checks worth 4 more run when your work is graded (other batches, weights and activations, from one example to
// eight). The gradients are compared with numerical gradients to 1e-6, as a professional would, and with the exact
// gradients to a relative tolerance of 1e-12: backpropagation is exact up to rounding, a numerical gradient only to
// about 1e-7.
//
// **One forward pass.** Every check gives `Backward` a budget: it may call `f` and `fPrime` once per example and hidden
// unit each, which is what one forward pass (順伝播) and one backward pass (逆伝播) need. A call beyond the budget fails
// the check. So a `Backward` that nudges each weight and runs the network again, a numerical gradient (数値勾配), earns
// no points, however it is written: it calls `f` again for every weight it nudges.
// Edits to check cells do not count: the grader runs its own copy of every check.

// ── cell 2 ──
App.Cell(2, "Homework for lesson 08 · Backpropagation for a two-layer network");

// ── cell 3 ──
App.Cell(3, "Homework for lesson 08 · Backpropagation for a two-layer network");
// ANSWER MEMBERS: the library's own versions of what you write in this assignment.
// A function that calls one of them (directly, through an alias or by reflection)
// earns no points.
AnswerMembers.Declare(
    "NeuralNetworks.Activations.Activation.Derivative",
    "NeuralNetworks.Layers.Network.Backward",
    "NeuralNetworks.Layers.Dense.Backward",
    "NeuralNetworks.Layers.ActivationLayer.Backward",
    "NeuralNetworks.Layers.SoftmaxWithLoss.Backward",
    "NeuralNetworks.Autograd.Value");
// ALLOWED: what your code may use of the library besides vectors, matrices, Check,
// charts and data sets. A function that uses any other part of it earns no points.
AnswerMembers.Allow(
    "NeuralNetworks.Activations.Activation.Sigmoid",
    "NeuralNetworks.Activations.Activation.Apply",
    "NeuralNetworks.Activations.Softmax");

// ## 1. The network
//
// A batch X (N × 3, one example per row) goes through a hidden layer of 4 units with activation f (the
// sigmoid σ in the visible checks) and a softmax output of 2 classes:
//
// U_1 = X W_1 + b_1, Z_1 = f(U_1), Y = softmax(Z_1 W_2 + b_2),
// E = -1/NΣ_(n,k) T_nk ln Y_nk
//
// with W_1: 3×4, b_1: 1×4, W_2: 4×2, b_2: 1×2, and f applied to every element. The cell below computes E;
// read it before you write the backward pass.

// ── cell 5 ──
App.Cell(5, "1. The network");
// U + b with the 1×k row b added to every row of U.
Matrix<double> AddBias(Matrix<double> U, Matrix<double> b) =>
    U + Matrix<double>.Build.Dense(U.RowCount, U.ColumnCount, (_, j) => b[0, j]);

// The 1×k row of column sums of M: how a bias gradient adds up over the batch.
Matrix<double> SumRows(Matrix<double> M) =>
    Matrix<double>.Build.Dense(1, M.ColumnCount, (_, j) => M.Column(j).Sum());

// The sigmoid and its derivative σ′(u) = σ(u)(1 − σ(u)) (lesson 02): the visible checks'
// f and f′.
double Sigmoid(double u) => Activation.Sigmoid.Apply(u);
double SigmoidPrime(double u) => Sigmoid(u) * (1 - Sigmoid(u));

// E of the network whose hidden layer applies f.
double Loss(Matrix<double> X, Matrix<double> T, Matrix<double> W1,
            Matrix<double> b1, Matrix<double> W2, Matrix<double> b2,
            Func<double, double> f)
{
    Matrix<double> Z1 = AddBias(X * W1, b1).Map(f);
    Matrix<double> Y = Softmax.Apply(AddBias(Z1 * W2, b2));
    return -T.PointwiseMultiply(Y.PointwiseLog()).Enumerate().Sum() / X.RowCount;
}

Matrix<double> RandomMatrix(int rows, int columns, int seed)
{
    var random = new Random(seed);
    return Matrix<double>.Build.Dense(rows, columns, (_, _) => random.NextDouble() - 0.5);
}

// N one-hot targets for the 2 classes: example n is class (n + shift) mod 2.
Matrix<double> Targets(int n, int shift) =>
    Matrix<double>.Build.Dense(n, 2, (i, j) => j == (i + shift) % 2 ? 1.0 : 0.0);

// ## 2. The backward pass
//
// **Derive it first, on paper.** Go backwards through the forward pass above, one step per line, with lesson 08's
// chain rule in matrix form. Call the output layer's weighted input U_2 = Z_1 W_2 + b_2 (N × 2), and write
// Δ_2 = ∂E / ∂U_2 and Δ_1 = ∂E / ∂U_1. Every gradient has the shape of
// what it is the gradient of: check the shapes at each step.
//
// 1. **The output.** Homework 05 derived the gradient of softmax with cross-entropy for one row, and here E is the
//    mean over the N rows. What is Δ_2?
// 2. **The output layer's parameters.** dW_2 = ∂E / ∂W_2 is 4×2 and db_2 is 1×2. Each example adds
//    its share, and U_2 depends on W_2 through Z_1: which product of Z_1 and Δ_2 is 4×2? The bias is added
//    to every row, so how do the rows of Δ_2 add up into db_2?
// 3. **Back to the hidden outputs.** ∂E / ∂Z_1 is N × 4, like Z_1. Which product of
//    Δ_2 and W_2 has that shape?
// 4. **Through the activation.** Z_1 = f(U_1) acts on each element alone, so each element of
//    ∂E / ∂Z_1 is multiplied by the slope of f at its own weighted input. That gives Δ_1.
// 5. **The hidden layer's parameters.** dW_1 (3×4) and db_1 (1×4) follow as in step 2, with X in the place of
//    Z_1.
//
// [Rabbit Challenge day 1](../sources.md#rabbit-challenge-day-1) writes step 4 in its Python as
// `delta1 = np.dot(delta2, W2.T) * functions.d_sigmoid(z1)`. One difference hides in that line. There
// `z1 = functions.sigmoid(u)` is the sigmoid's *output* Z_1 = σ(U_1), not its weighted input U_1. The line gives
// the slope at U_1 only if `d_sigmoid` is written in terms of the output, as z(1 - z), which works because
// σ'(u) = σ(u)(1 - σ(u)). Your `fPrime`, like the library's `Derivative`, takes the weighted input:
// give it U_1. Given Z_1 it computes σ'(Z_1), a different number.
//
// Then write `Backward` from your derivation. Compute U_1, Z_1 and f'(U_1) once each and keep them: that is the
// budget of calls the checks allow. MathNet helps: `U.Map(f)` applies `f` to every element,
// `A.TransposeThisAndMultiply(B)` is A^ᵀB, `A.TransposeAndMultiply(B)` is A B^ᵀ,
// `A.PointwiseMultiply(B)` is A ⊙ B.

// ── cell 7 ──
App.Cell(7, "2. The backward pass");
Gradients Backward(Matrix<double> X, Matrix<double> T, Matrix<double> W1,
                   Matrix<double> b1, Matrix<double> W2, Matrix<double> b2,
                   Func<double, double> f, Func<double, double> fPrime)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Forward once with f, then Δ₂ down with f′.");
}

// ## 3. Checks
//
// Each check compares your gradient for one parameter with `NumericalGradient.Of(() => Loss(...), parameter)`, which
// nudges every element of the parameter by ±h and recomputes the loss, and with the exact gradient of the library's own
// backward pass, to rounding. It hands `Backward` the sigmoid through
// `CallBudget.Limit(Sigmoid, 20, "f")`: the sigmoid itself for 20 calls (5 examples × 4 hidden units), a failed check
// on the 21st. `global::` in front of it makes sure that no name in your notebook can stand in for the course's.

// ── cell 9 ──
App.Cell(9, "3. Checks");
try
{
    // CHECK backprop-shapes (1 point)
    {
        var X = RandomMatrix(5, 3, seed: 1);
        var (W1, b1) = (RandomMatrix(3, 4, 2), RandomMatrix(1, 4, 3));
        var (W2, b2) = (RandomMatrix(4, 2, 4), RandomMatrix(1, 2, 5));
        // f and f′ may each be called 20 times: once per example and hidden unit.
        var f = global::NeuralNetworks.Homework.CallBudget.Limit(Sigmoid, 20, "f");
        var fPrime = global::NeuralNetworks.Homework.CallBudget.Limit(SigmoidPrime, 20, "f′");
        Gradients g = Backward(X, Targets(5, shift: 0), W1, b1, W2, b2, f, fPrime);
        Check.Equal((3, 4), (g.dW1.RowCount, g.dW1.ColumnCount), "the shape of dW1");
        Check.Equal((1, 4), (g.db1.RowCount, g.db1.ColumnCount), "the shape of db1");
        Check.Equal((4, 2), (g.dW2.RowCount, g.dW2.ColumnCount), "the shape of dW2");
        Check.Equal((1, 2), (g.db2.RowCount, g.db2.ColumnCount), "the shape of db2");
    }
    Check.Passed("backprop-shapes", points: 1);
}
catch (Exception error)
{
    App.Error(error);
}

// ── cell 10 ──
App.Cell(10, "3. Checks");
try
{
    // CHECK output-layer-gradients (2 points)
    {
        var (X, T) = (RandomMatrix(5, 3, seed: 1), Targets(5, shift: 0));
        var (W1, b1) = (RandomMatrix(3, 4, 2), RandomMatrix(1, 4, 3));
        var (W2, b2) = (RandomMatrix(4, 2, 4), RandomMatrix(1, 2, 5));
        // f and f′ may each be called 20 times: once per example and hidden unit.
        var f = global::NeuralNetworks.Homework.CallBudget.Limit(Sigmoid, 20, "f");
        var fPrime = global::NeuralNetworks.Homework.CallBudget.Limit(SigmoidPrime, 20, "f′");
        Gradients g = Backward(X, T, W1, b1, W2, b2, f, fPrime);
        double L() => Loss(X, T, W1, b1, W2, b2, Sigmoid);
        Check.MatricesClose(NumericalGradient.Of(L, W2), g.dW2, 1e-6, "dW2");
        Check.MatricesClose(NumericalGradient.Of(L, b2), g.db2, 1e-6, "db2");
        // The exact gradients, from the library's own backward pass (Network.Backward):
        // backpropagation meets them up to rounding, a numerical gradient only to about 1e-7.
        Matrix<double> Exact(int parameter)
        {
            var net = new Network([new Dense(W1, b1), new ActivationLayer(Activation.Sigmoid),
                                   new Dense(W2, b2)], new SoftmaxWithLoss());
            net.Loss(X, T);
            net.Backward();
            return net.Parameters[parameter].Gradient;
        }
        Check.MatricesClose(Exact(2), g.dW2, 1e-12, "dW2, exactly");
        Check.MatricesClose(Exact(3), g.db2, 1e-12, "db2, exactly");
    }
    Check.Passed("output-layer-gradients", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ── cell 11 ──
App.Cell(11, "3. Checks");
try
{
    // CHECK hidden-layer-gradients (2 points)
    {
        var (X, T) = (RandomMatrix(2, 3, seed: 6), Targets(2, shift: 1));
        var (W1, b1) = (RandomMatrix(3, 4, 7), RandomMatrix(1, 4, 8));
        var (W2, b2) = (RandomMatrix(4, 2, 9), RandomMatrix(1, 2, 10));
        // f and f′ may each be called 8 times: once per example and hidden unit.
        var f = global::NeuralNetworks.Homework.CallBudget.Limit(Sigmoid, 8, "f");
        var fPrime = global::NeuralNetworks.Homework.CallBudget.Limit(SigmoidPrime, 8, "f′");
        Gradients g = Backward(X, T, W1, b1, W2, b2, f, fPrime);
        double L() => Loss(X, T, W1, b1, W2, b2, Sigmoid);
        Check.MatricesClose(NumericalGradient.Of(L, W1), g.dW1, 1e-6, "dW1 for a batch of 2");
        Check.MatricesClose(NumericalGradient.Of(L, b1), g.db1, 1e-6, "db1 for a batch of 2");
        // The exact gradients, from the library's own backward pass (Network.Backward):
        // backpropagation meets them up to rounding, a numerical gradient only to about 1e-7.
        Matrix<double> Exact(int parameter)
        {
            var net = new Network([new Dense(W1, b1), new ActivationLayer(Activation.Sigmoid),
                                   new Dense(W2, b2)], new SoftmaxWithLoss());
            net.Loss(X, T);
            net.Backward();
            return net.Parameters[parameter].Gradient;
        }
        Check.MatricesClose(Exact(0), g.dW1, 1e-12, "dW1 for a batch of 2, exactly");
        Check.MatricesClose(Exact(1), g.db1, 1e-12, "db1 for a batch of 2, exactly");
    }
    Check.Passed("hidden-layer-gradients", points: 2);
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

// The notebook's type declarations: C# puts them after the top-level statements.
record Gradients(Matrix<double> dW1, Matrix<double> db1,
                 Matrix<double> dW2, Matrix<double> db2);
// nbrun convert: sha256 00e41848493dbb71
