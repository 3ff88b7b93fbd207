#!/usr/bin/env dotnet
// 08 · The chain rule and backpropagation
// A file-based app generated from notebooks/08-chain-rule-and-backprop.ipynb by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/08-chain-rule-and-backprop.cs
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
using NeuralNetworks.Activations;
using NeuralNetworks.Autograd;
using NeuralNetworks.Calculus;
using NeuralNetworks.Data;
using NeuralNetworks.Exercises;
using NeuralNetworks.Layers;

App.Start("08 · The chain rule and backpropagation", args);

// # 08 · The chain rule and backpropagation
//
// *Back in lesson 07 you walked downhill with w ← w - α ∂L / ∂w. That step needs ∂L / ∂w for every weight in the network.*
//
// This lesson shows where those derivatives come from. One rule from calculus, the chain rule, applied from the loss back to the inputs, gives all of them in a single backward sweep. That sweep is backpropagation (誤差逆伝播法).
//
// ## What you will be able to do
//
// - Differentiate a function of a function with the chain rule, and add up the paths when a variable reaches the output in several ways.
// - Read a computational graph: every node's value, its local derivatives, and the gradient that flows back into it.
// - Backpropagate by hand through a two-layer network in the index notation of the lecture, then in matrix form.
// - Explain why sigmoid with cross-entropy gives the plain gradient σ(u) - y.
// - Check a backward pass against numerical gradients, recognise a bug from the size of the error, and count why backpropagation needs far less work than numerical gradients.

// ── cell 2 ──
App.Cell(2, "08 · The chain rule and backpropagation");

// ## 1. The chain rule for one variable
//
// Take y = (3x + 1)^2. It is one function inside another: an inner g = 3x + 1 and an outer y = g^2.
// Each piece is easy to differentiate on its own: dy/dg = 2g and dg/dx = 3.
// The chain rule (連鎖律) says you multiply them. Work it out at x = 2.

// ── cell 4 ──
App.Cell(4, "1. The chain rule for one variable");
double x = 2;
double g = 3 * x + 1;            // inner function
double y = g * g;                // outer function
double dy_dg = 2 * g;            // outer derivative, at the inner value
double dg_dx = 3;                // inner derivative
Console.WriteLine($"g = {g}, y = {y}");
Console.WriteLine($"dy/dg = {dy_dg}, dg/dx = {dg_dx}");
Console.WriteLine($"dy/dx = dy/dg · dg/dx = {dy_dg * dg_dx}");
double numeric = NumericalDerivative.Central(t => Math.Pow(3 * t + 1, 2), x);
Console.WriteLine($"numerical check (central difference): {numeric:F6}");

// So dy/dx = 14 × 3 = 42, and the central difference from lesson 06 agrees.
//
// In general, for y = f(g(x)):
//
// dy/dx = dy/dg dg/dx = f'(g(x)) g'(x)
//
// A longer chain just multiplies more factors. [HN410 2022](sources.md#hn410-2022) writes it for three functions:
// d/dx f(g(h(x))) = h'(x) g'(h(x)) f'(g(h(x))).
// Each factor is a *local* slope: how much one step of the chain moves when the step before it moves.
//
// The chart shows the curve and the line through (2, 49) with slope 42: the derivative is the slope of the tangent.

// ── cell 6 ──
App.Cell(6, "1. The chain rule for one variable");
display(Chart.Functions(0.5, 3,
        ("y = (3x + 1)²", t => Math.Pow(3 * t + 1, 2)),
        ("tangent at x = 2, slope 42", t => 49 + 42 * (t - 2)))
    .WithTitle("The chain rule gives the slope: dy/dx = 14 × 3 = 42 at x = 2")
    .WithXTitle("x").WithYTitle("y")
    .WithAnnotation("(2, 49)", 2, 49));

// ── cell 7 ──
App.Cell(7, "1. The chain rule for one variable");
// YOUR TURN 1 · The chain rule by hand
// y = (2x − 1)³ is g = 2x − 1 inside y = g³. Compute dy/dg and dg/dx at x = 1.5,
// then multiply them.
double xAt = 1.5;
double gAt = 2 * xAt - 1;
double outer = double.NaN;                  // dy/dg, at g = gAt
double inner = double.NaN;                  // dg/dx

Func<double, double> chained = v => Math.Pow(2 * v - 1, 3);
SelfCheck.Close("dy/dx = dy/dg · dg/dx",
                NumericalDerivative.Central(chained, xAt), outer * inner, 1e-6);

//
// Solution
//
// ```csharp
// // YOUR TURN 1 · The chain rule by hand
// // y = (2x − 1)³ is g = 2x − 1 inside y = g³. Compute dy/dg and dg/dx at x = 1.5,
// // then multiply them.
// double xAt = 1.5;
// double gAt = 2 * xAt - 1;
// double outer = 3 * gAt * gAt;               // d(g³)/dg = 3g²
// double inner = 2;                           // d(2x − 1)/dx = 2
//
// Func<double, double> chained = v => Math.Pow(2 * v - 1, 3);
// SelfCheck.Close("dy/dx = dy/dg · dg/dx",
//                 NumericalDerivative.Central(chained, xAt), outer * inner, 1e-6);
// ```
//
// 3 · 2^2 · 2 = 24.

// ## 2. Several variables: add up the paths
//
// Often a variable reaches the output by more than one route. Let L = a · b, where a = 2t and b = t + 3.
// The variable t changes L through a *and* through b. Each route contributes its own chain-rule product, and you add them.

// ── cell 10 ──
App.Cell(10, "2. Several variables: add up the paths");
double t = 1;
double a = 2 * t, b = t + 3;
double L = a * b;
double viaA = b * 2;             // ∂L/∂a · ∂a/∂t
double viaB = a * 1;             // ∂L/∂b · ∂b/∂t
Console.WriteLine($"a = {a}, b = {b}, L = {L}");
Console.WriteLine($"path through a: {viaA}, path through b: {viaB}, "
                  + $"dL/dt = {viaA + viaB}");
double pathsChecked = NumericalDerivative.Central(r => 2 * r * (r + 3), t);
Console.WriteLine($"numerical check: {pathsChecked:F6}");

// The two paths give 8 and 2, so dL/dt = 10. Multiplying out, L = 2t^2 + 6t and L' = 4t + 6 = 10 at t = 1: the same.
//
// HN410 2022 states the rule for a function f(g_0, g_1, …) whose inputs g_i all depend on t_0, t_1, …:
//
// ∂f/(∂t_j) = Σ_i ∂f/(∂g_i) (∂g_i)/(∂t_j)
//
// "Do the one-variable chain rule through every inner function, then add." A hidden unit in a network feeds every unit of the next layer, so this sum is exactly what backpropagation computes.
//
// ## 3. A computational graph
//
// A computational graph (計算グラフ) records a calculation as a network of small steps: each node holds a number, the operation that made it, and its inputs.
// Going forward computes the numbers (the forward pass, 順伝播). Going backward multiplies local derivatives (局所微分), one per edge, to get every gradient (the backward pass, 逆伝播).
//
// The library's `Value` builds such a graph as you compute (open `lib/NeuralNetworks/Autograd/Value.cs`; each operation sits next to its local derivative in `ValueArithmetic.cs` and `ValueFunctions.cs`).
// Here is one neuron with a sigmoid and a squared error, on the first input of the [Medical AI lecture](sources.md#medical-ai-lecture), x = (0.5, 0.3), with target 1. The weights are made up:
//
// p_1 = w_1 x_1, p_2 = w_2 x_2, s = p_1 + p_2, u = s + b, o = σ(u), e = o - 1, L = e^2

// ── cell 12 ──
App.Cell(12, "3. A computational graph");
var x1 = new Value(0.5, "x1");
var x2 = new Value(0.3, "x2");
var w1 = new Value(0.4, "w1");
var w2 = new Value(-0.6, "w2");
var bias = new Value(0.1, "b");
var p1 = (w1 * x1).Named("p1");
var p2 = (w2 * x2).Named("p2");
var s = (p1 + p2).Named("s");
var u = (s + bias).Named("u");
var o = u.Sigmoid().Named("o");
var e = (o - 1.0).Named("e");        // error against the target 1
var loss = e.Pow(2).Named("L");      // L = e²
loss.Backward();
Console.WriteLine($"{loss.TopologicalOrder().Count} nodes; L = {loss.Data:F6}");

// `Chart.ComputationGraph` draws the graph (open `lib/NeuralNetworks/Charts/Chart.ComputationGraph.cs`; it works on any `Value`). The forward pass runs left to right: squares are the inputs, circles the operations, and every node shows its value. Every edge carries its local derivative, the derivative of the node on its right with respect to the node on its left: ∂L/∂e = 2e on the last edge, σ'(u) = o(1 - o) into o, and (∂p_1)/(∂w_1) = x_1 into p_1.
//
// Press **Play** to run the backward pass. It starts at the output with ∂L/∂L = 1 and visits one node at a time, from right to left. When a node is visited (ringed), its grad ∂L/∂node is complete, and each of its edges passes back *local derivative × grad* (in red), added (+=) to the grad of the node on the edge's left. A node used twice collects one contribution per edge.

// ── cell 14 ──
App.Cell(14, "3. A computational graph");
display(Chart.ComputationGraph(loss));

// So the gradient of the loss with respect to w_1 is the product of the local derivatives along the one path from L back to w_1:
//
// ∂L/(∂w_1) = ∂L/∂e ∂e/∂o ∂o/∂u ∂u/∂s ∂s/(∂p_1) (∂p_1)/(∂w_1)

// ── cell 16 ──
App.Cell(16, "3. A computational graph");
double[] factors =
[
    loss.LocalDerivatives[0], e.LocalDerivatives[0], o.LocalDerivatives[0],
    u.LocalDerivatives[0], s.LocalDerivatives[0], p1.LocalDerivatives[0],
];
double product = factors.Aggregate(1.0, (p, f) => p * f);
Console.WriteLine("∂L/∂e · ∂e/∂o · ∂o/∂u · ∂u/∂s · ∂s/∂p1 · ∂p1/∂w1 =");
Console.WriteLine(string.Join(" × ", factors.Select(f => f.ToString("G4")))
                  + $" = {product:G6}");
Console.WriteLine($"w1.Grad from Backward()  = {w1.Grad:G6}");

// The product, −0.117087, is exactly `w1.Grad`, and the last frame of the drawing shows it rounded: −0.1171. Backpropagation never multiplies a whole path for each weight, though: it walks the graph once from the output, and every node reuses the grad of the node to its right. That is why it is fast, and why HN410 2022 says to keep the forward pass's intermediate values: the local derivatives need them. Section 7 counts how much work this saves on real networks.

// ── cell 18 ──
App.Cell(18, "3. A computational graph");
// YOUR TURN 2 · Predict what Backward gives
// f = a·b + a with a = 2 and b = −3; a reaches f by two paths. Work out ∂f/∂a and ∂f/∂b
// by hand (section 2). The checks compare them with central differences (lesson 06),
// which know nothing of paths; the last line shows what Backward found.
double predictedA = double.NaN;             // your ∂f/∂a
double predictedB = double.NaN;             // your ∂f/∂b

Func<double, double, double> fOf = (a, b) => a * b + a;
SelfCheck.Close("∂f/∂a", NumericalDerivative.Central(a => fOf(a, -3), 2),
                predictedA, 1e-6);
SelfCheck.Close("∂f/∂b", NumericalDerivative.Central(b => fOf(2, b), -3),
                predictedB, 1e-6);
var va = new Value(2, "a");
var vb = new Value(-3, "b");
var fab = (va * vb + va).Named("f");
fab.Backward();
Console.WriteLine($"Backward: ∂f/∂a = {va.Grad}, ∂f/∂b = {vb.Grad}");

//
// Solution
//
// ```csharp
// // YOUR TURN 2 · Predict what Backward gives
// // f = a·b + a with a = 2 and b = −3; a reaches f by two paths. Work out ∂f/∂a and ∂f/∂b
// // by hand (section 2). The checks compare them with central differences (lesson 06),
// // which know nothing of paths; the last line shows what Backward found.
// double predictedA = -3 + 1;                 // b through a·b, plus 1 through + a
// double predictedB = 2;                      // a
//
// Func<double, double, double> fOf = (a, b) => a * b + a;
// SelfCheck.Close("∂f/∂a", NumericalDerivative.Central(a => fOf(a, -3), 2),
//                 predictedA, 1e-6);
// SelfCheck.Close("∂f/∂b", NumericalDerivative.Central(b => fOf(2, b), -3),
//                 predictedB, 1e-6);
// var va = new Value(2, "a");
// var vb = new Value(-3, "b");
// var fab = (va * vb + va).Named("f");
// fab.Backward();
// Console.WriteLine($"Backward: ∂f/∂a = {va.Grad}, ∂f/∂b = {vb.Grad}");
// ```
//
// Central differences nudge a and b and watch f, without any graph, and Backward agrees with them. Draw it with `Chart.ComputationGraph(fab)` to watch the two contributions to a's grad, −3 and 1, arrive one after the other.

// ## 4. Backpropagation through a two-layer network
//
// Now the network of HN410 2022: inputs x_1, x_2 plus the constant x_0 = 1 (so the bias is the weight on x_0), two hidden units, one output. The lecture's notation:
//
// - w^k_ij is a weight of layer k, from unit j of that layer to unit i of the next; superscripts count layers from 0, they are not powers.
// - Hidden layer: u^0_i = Σ_j w^0_ij x_j and o^0_i = f^0(u^0_i).
// - Output: u^1_0 = Σ_i w^1_0i o^0_i and o = f^1(u^1_0); the loss is L(o, y).
//
// Here f^0 is the sigmoid, f^1 is the identity and L = \frac12 (o - y)^2 with target y = 1. The weights are made up; the inputs are x_1 = 1, x_2 = 0.5.
// First the forward pass, number by number:

// ── cell 21 ──
App.Cell(21, "4. Backpropagation through a two-layer network");
double[] xs = [1.0, 1.0, 0.5];        // x₀ = 1 (the bias input), x₁, x₂
// w⁰ᵢⱼ: row i = hidden unit, column j = input
double[,] w0 = { { 0.1, 0.4, -0.3 }, { -0.2, 0.2, 0.5 } };
double[] w1s = [0.7, -0.5];           // w¹₀ᵢ: from hidden unit i to the output
double target = 1;
var f0 = Activation.Sigmoid;

double[] u0 = new double[2], o0 = new double[2];
for (int i = 0; i < 2; i++)
{
    u0[i] = w0[i, 0] * xs[0] + w0[i, 1] * xs[1] + w0[i, 2] * xs[2];
    o0[i] = f0.Apply(u0[i]);
}
double u1 = w1s[0] * o0[0] + w1s[1] * o0[1];
double output = u1;                   // f¹ is the identity
double L2 = 0.5 * (output - target) * (output - target);
Console.WriteLine($"u⁰₀ = {u0[0]:F4}   o⁰₀ = σ(u⁰₀) = {o0[0]:F4}");
Console.WriteLine($"u⁰₁ = {u0[1]:F4}   o⁰₁ = σ(u⁰₁) = {o0[1]:F4}");
Console.WriteLine($"u¹₀ = {u1:F4}   o = {output:F4}   L = ½(o − y)² = {L2:F4}");

// Now backward. Start at the loss and multiply one local derivative per step, reusing each result on the way down.
// HN410 2022 works out the gradient with respect to the input x_1 this way:
//
// ∂L/(∂x_1) = ∂L/∂o (f^1)'(u^1_0)[w^1_00 (f^0)'(u^0_0) w^0_01 + w^1_01 (f^0)'(u^0_1) w^0_11]
//
// The bracket is section 2's sum over paths: x_1 reaches the output through both hidden units. The weights work the same way; for example ∂L/(∂w^0_ij) = ∂L/∂o(f^1)'(u^1_0) w^1_0i (f^0)'(u^0_i) x_j. Give the shared part a name, the delta of hidden unit i: δ^0_i = ∂L/∂o(f^1)'(u^1_0) w^1_0i (f^0)'(u^0_i), so that ∂L/(∂w^0_ij) = δ^0_i x_j.

// ── cell 23 ──
App.Cell(23, "4. Backpropagation through a two-layer network");
double dL_do = output - target;       // ∂L/∂o for L = ½(o − y)²
double delta1 = dL_do * 1;            // × (f¹)′(u¹₀) = 1 for the identity
// ∂L/∂w¹₀ᵢ = δ¹ · o⁰ᵢ
double[] dL_dw1 = [delta1 * o0[0], delta1 * o0[1]];
// δ⁰ᵢ = δ¹ · w¹₀ᵢ · (f⁰)′(u⁰ᵢ)
double[] delta0 = [delta1 * w1s[0] * f0.Derivative(u0[0]),
                   delta1 * w1s[1] * f0.Derivative(u0[1])];
// ∂L/∂w⁰ᵢⱼ = δ⁰ᵢ · xⱼ
double[,] dL_dw0 = new double[2, 3];
for (int i = 0; i < 2; i++)
    for (int j = 0; j < 3; j++)
        dL_dw0[i, j] = delta0[i] * xs[j];
// HN410 2022's ∂L/∂x₁: one term per path
double dL_dx1 = delta0[0] * w0[0, 1] + delta0[1] * w0[1, 1];

Console.WriteLine($"∂L/∂o = {dL_do:F4}   δ⁰ = [{delta0[0]:F4}, {delta0[1]:F4}]");
Console.WriteLine($"∂L/∂w¹ = [{dL_dw1[0]:F4}, {dL_dw1[1]:F4}]");
for (int i = 0; i < 2; i++)
    Console.WriteLine($"∂L/∂w⁰{i}ⱼ = [{dL_dw0[i, 0]:F4}, {dL_dw0[i, 1]:F4}, "
                      + $"{dL_dw0[i, 2]:F4}]");
Console.WriteLine($"∂L/∂x₁ = {dL_dx1:F4}");

// So δ^0 = [-0.1478, 0.1071], and x_1's two paths add up to ∂L/(∂x_1) = -0.0377. The bias weights w^0_i0 get δ^0_i itself, because x_0 = 1.
//
// The same network as a graph of `Value`s must give the same numbers, since `Backward` applies the same chain rule:

// ── cell 25 ──
App.Cell(25, "4. Backpropagation through a two-layer network");
var vx = xs.Select((v, j) => new Value(v, $"x{j}")).ToArray();
var vw0 = new Value[2, 3];
for (int i = 0; i < 2; i++)
    for (int j = 0; j < 3; j++)
        vw0[i, j] = new Value(w0[i, j], $"w0{i}{j}");
var vw1 = w1s.Select((v, i) => new Value(v, $"w10{i}")).ToArray();
var vo0 = Enumerable.Range(0, 2)
    .Select(i => (vw0[i, 0] * vx[0] + vw0[i, 1] * vx[1] + vw0[i, 2] * vx[2]).Sigmoid())
    .ToArray();
var vL = 0.5 * (vw1[0] * vo0[0] + vw1[1] * vo0[1] - target).Pow(2);
vL.Backward();
Console.WriteLine($"L:     by hand {L2:F6}   graph {vL.Data:F6}");
Console.WriteLine($"∂L/∂x₁:   by hand {dL_dx1:F6}   graph {vx[1].Grad:F6}");
Console.WriteLine($"∂L/∂w⁰₀₁: by hand {dL_dw0[0, 1]:F6}   graph {vw0[0, 1].Grad:F6}");
Console.WriteLine($"∂L/∂w¹₀₁: by hand {dL_dw1[1]:F6}   graph {vw1[1].Grad:F6}");

// ### The same in matrix form
//
// With hundreds of units, indices become unreadable, so the lecture notes switch to matrices (an aside in HN410 2022, and the code of [Rabbit Challenge day 1](sources.md#rabbit-challenge-day-1)). The library keeps one example per row, as lesson 04 showed: U_1 = X W_1 + b_1, where W_1 is in×out. So W_1 holds the transpose of w^0 without its bias column, and b_1 holds that bias column.
//
// Rabbit Challenge day 1's backward pass is then four lines. Write ⊙ for element-by-element multiplication:
//
// δ_2 = ∂L/(∂U_2) = Y - T, ∇W_2 = Z_1^ᵀ δ_2, δ_1 = δ_2 W_2^ᵀ ⊙ f'(U_1), ∇W_1 = X^ᵀ δ_1
//
// (`delta1 = np.dot(delta2, W2.T) * functions.d_sigmoid(z1)` and `grad['W1'] = np.dot(x.T, delta1)` in its Python.) One difference hides in that line. There `z1 = functions.sigmoid(u)` is the sigmoid's *output* Z_1 = σ(U_1), not its weighted input U_1. The line equals f'(U_1) only if `d_sigmoid` is written in terms of the output, as Z_1 ⊙ (1 - Z_1), which works because σ'(u) = σ(u)(1 - σ(u)). A `d_sigmoid` written for the input, σ(u)(1 - σ(u)), must be given U_1: given Z_1 it computes σ'(Z_1), a different number. The library's `Derivative` takes the input, so the cell below passes `U1`. The bias gradients are the column sums of the deltas, and ∂L/∂X = δ_1 W_1^ᵀ.

// ── cell 27 ──
App.Cell(27, "The same in matrix form");
var M = Matrix<double>.Build;
var X = M.DenseOfArray(new double[,] { { 1.0, 0.5 } });       // one example: x₁, x₂
var T = M.DenseOfArray(new double[,] { { 1.0 } });
// W1 = (w⁰ without its bias column)ᵀ: column i = hidden unit i
var W1 = M.DenseOfArray(new double[,] { { 0.4, 0.2 }, { -0.3, 0.5 } });
var b1 = M.DenseOfArray(new double[,] { { 0.1, -0.2 } });     // w⁰ᵢ₀, as a row
var W2 = M.DenseOfArray(new double[,] { { 0.7 }, { -0.5 } }); // (w¹)ᵀ
var b2 = M.Dense(1, 1);                                        // no output bias here

var U1 = X * W1 + b1;              // forward
var Z1 = f0.Apply(U1);
var Y = Z1 * W2 + b2;

var delta2 = Y - T;                // backward, as in Rabbit Challenge day 1
var gradW2 = Z1.Transpose() * delta2;
var deltaHidden = (delta2 * W2.Transpose()).PointwiseMultiply(f0.Derivative(U1));
var gradW1 = X.Transpose() * deltaHidden;
var dX = deltaHidden * W1.Transpose();
Console.WriteLine($"δ₁ = {deltaHidden.ToMatrixString("F4")}");
Console.WriteLine($"∇W₁ = Xᵀδ₁ =\n{gradW1.ToMatrixString("F4")}");
Console.WriteLine($"∂L/∂X = {dX.ToMatrixString("F4")}");

// δ_1 is the δ^0 of the index version, ∇W_1 is ∂L / ∂w^0 without the bias column, transposed, and the first element of ∂L / ∂X is ∂L / ∂x_1 again.
//
// The library's layers do exactly these products: `Dense.Backward` computes dW = X^ᵀdU and returns dU W^ᵀ; `ActivationLayer.Backward` multiplies by f'(U) (open `lib/NeuralNetworks/Layers/Dense.cs` and `ActivationLayer.cs`). Build the same network from layers and let it backpropagate:

// ── cell 29 ──
App.Cell(29, "The same in matrix form");
var dense1 = new Dense(W1.Clone(), b1.Clone(), index: 1);
var dense2 = new Dense(W2.Clone(), b2.Clone(), index: 2);
var net = new Network([dense1, new ActivationLayer(Activation.Sigmoid), dense2],
                      new IdentityWithLoss());
Console.WriteLine(net);
Console.WriteLine($"loss {net.Loss(X, T):F6}");
Matrix<double> dXnet = net.Backward();
foreach (Parameter p in net.Parameters)
    Console.WriteLine($"∂L/∂{p.Name} =\n{p.Gradient.ToMatrixString("F4")}");
Console.WriteLine($"∂L/∂X =\n{dXnet.ToMatrixString("F4")}");

// Every number matches the hand computation. For a batch of N examples the same four lines hold with N rows in X, δ_2 and δ_1; the output layer divides δ_2 by N, because the loss is averaged over the batch.

// ── cell 31 ──
App.Cell(31, "The same in matrix form");
// YOUR TURN 3 · The bias gradient
// A bias gradient is the column sums of the layer's delta (section 4). Compute ∂L/∂b₁ of
// the 2-2-1 network from deltaHidden, as a 1×2 row, and compare it with what the
// library's Dense layer computed in its Backward.
Matrix<double>? gradB1 = null;              // your 1×2 row

SelfCheck.MatricesClose("∂L/∂b₁", dense1.Bias.Gradient, gradB1, 1e-12);

//
// Solution
//
// ```csharp
// // YOUR TURN 3 · The bias gradient
// // A bias gradient is the column sums of the layer's delta (section 4). Compute ∂L/∂b₁ of
// // the 2-2-1 network from deltaHidden, as a 1×2 row, and compare it with what the
// // library's Dense layer computed in its Backward.
// Matrix<double>? gradB1 = deltaHidden.ColumnSums().ToRowMatrix();
//
// SelfCheck.MatricesClose("∂L/∂b₁", dense1.Bias.Gradient, gradB1, 1e-12);
// ```
//
// With one example the column sums are δ_1 itself: the bias is a weight on an input that is always 1.

// ## 5. Sigmoid with cross-entropy: the gradient σ(u) - y
//
// For a yes/no output, the last unit is usually a sigmoid o = σ(u) with the binary cross-entropy loss
//
// L = -[ y ln σ(u) + (1 - y) ln(1 - σ(u)) ].
//
// Chain the two local derivatives, using σ'(u) = σ(u)(1 - σ(u)) (HN410 2022):
//
// ∂L/∂u = (-y/(σ(u)) + (1 - y)/(1 - σ(u)))σ(u)bigl(1 - σ(u)bigr) = σ(u) - y.
//
// The divisions by σ and 1 - σ, which blow up near 0 and 1, cancel against σ'. Check the factors at u = 2 and y = 1:

// ── cell 34 ──
App.Cell(34, "5. Sigmoid with cross-entropy: the gradient $\\sigma(u) - y$");
double uu = 2, yy = 1;
double sigma = Activation.Sigmoid.Apply(uu);
double dL_dsigma = -yy / sigma + (1 - yy) / (1 - sigma);
double dsigma_du = sigma * (1 - sigma);
Console.WriteLine($"σ(2) = {sigma:F4}");
Console.WriteLine($"∂L/∂σ = {dL_dsigma:F4}, ∂σ/∂u = {dsigma_du:F4}");
Console.WriteLine($"product = {dL_dsigma * dsigma_du:F4}");
Console.WriteLine($"σ(u) − y = {sigma - yy:F4}");

// The graph gives the same for any u, and so does the library's `SigmoidWithLoss` output step, which returns (σ(U) - T)/N for a batch of N (open `lib/NeuralNetworks/Layers/SigmoidWithLoss.cs`). A few values of u with y = 1:

// ── cell 36 ──
App.Cell(36, "5. Sigmoid with cross-entropy: the gradient $\\sigma(u) - y$");
double[] us = [-4, -1, 0, 1, 4];
var outputStep = new SigmoidWithLoss();
var U = M.Dense(us.Length, 1, (n, _) => us[n]);
outputStep.Loss(U, M.Dense(us.Length, 1, 1.0));
var dU = outputStep.Backward() * us.Length;    // × N undoes the batch average
Console.WriteLine("    u    graph ∂L/∂u    σ(u) − y    SigmoidWithLoss");
for (int n = 0; n < us.Length; n++)
{
    var vu = new Value(us[n], "u");
    var vs = vu.Sigmoid();
    var bce = -(1.0 * vs.Log() + 0.0 * (1.0 - vs).Log());
    bce.Backward();
    double plain = Activation.Sigmoid.Apply(us[n]) - 1;
    Console.WriteLine($"{us[n],5}    {vu.Grad,12:F6}    {plain,9:F6}"
                      + $"    {dU[n, 0],15:F6}");
}

// Why it matters: the gradient is as large as the mistake. Compare the squared error \frac12(σ(u) - y)^2, whose gradient is (σ(u) - y) σ'(u). When the unit is confidently wrong (u very negative while y = 1), σ'(u) is almost 0, so the squared error barely pushes, just when a push is most needed. Cross-entropy keeps pushing with a slope close to −1.

// ── cell 38 ──
App.Cell(38, "5. Sigmoid with cross-entropy: the gradient $\\sigma(u) - y$");
var sig = Activation.Sigmoid;
display(Chart.Functions(-8, 8,
        ("cross-entropy: σ(u) − 1", v => sig.Apply(v) - 1),
        ("squared error: (σ(u) − 1)·σ′(u)", v => (sig.Apply(v) - 1) * sig.Derivative(v)))
    .WithTitle("∂L/∂u for a sigmoid output whose target is y = 1")
    .WithXTitle("u (the output unit's input)").WithYTitle("∂L/∂u")
    .WithAnnotation("confidently wrong: squared error barely pushes", -6, -0.0025));

// Softmax with cross-entropy has the same simple gradient, Y - T, for several classes (`SoftmaxWithLoss.cs`). This is why the library computes the output activation and the loss together in one step.
//
// ## 6. Gradient checking
//
// A backward pass is easy to get subtly wrong: a missing factor or a transposed matrix still gives numbers. Gradient checking (勾配確認) compares it with the slow but simple numerical gradient of lesson 06: nudge one weight by ± h, recompute the loss, take the central difference.
//
// By hand for one weight of the network above, w^0_01 (the library's `W1[0, 0]`, from x_1 to hidden unit 0):

// ── cell 40 ──
App.Cell(40, "6. Gradient checking");
double h = 1e-5;
double original = dense1.Weights.Value[0, 0];
dense1.Weights.Value[0, 0] = original + h;
double lossPlus = net.Loss(X, T);
dense1.Weights.Value[0, 0] = original - h;
double lossMinus = net.Loss(X, T);
dense1.Weights.Value[0, 0] = original;
double numerical = (lossPlus - lossMinus) / (2 * h);
Console.WriteLine($"numerical  {numerical:F10}");
Console.WriteLine($"backprop   {gradW1[0, 0]:F10}");
Console.WriteLine($"|difference| = {Math.Abs(numerical - gradW1[0, 0]):E2}");

// For whole matrices, compare with the relative error (相対誤差) of the analytic gradient A against the numerical one N:
//
// relative error = (‖ A - N ‖)/(‖ A ‖ + ‖ N ‖).
//
// Dividing by the sizes makes it fair to small and large gradients alike. In double precision a correct backward pass gives about 10^(-9) or less; the course's threshold is 10^(-7). A bug gives something near 1.
//
// `GradientCheck.Run` does this for every parameter of a network (open `lib/NeuralNetworks/Calculus/GradientCheck.cs`). Try it on a bigger network: 2 inputs, two tanh hidden layers of 8 units, 3 softmax outputs, on 30 points of a spiral data set.

// ── cell 42 ──
App.Cell(42, "6. Gradient checking");
var spiral = ToyData.Spirals(30, classes: 3, noise: 0.1, seed: 8);
var bigger = new Network([2, 8, 8, 3], Activation.Tanh, seed: 8);
var check = GradientCheck.Run(bigger, spiral.Features, bigger.Targets(spiral.Labels));
Console.WriteLine(bigger);
Console.WriteLine(check);
Console.WriteLine(check.MaxRelativeError < 1e-7
    ? "passed: every relative error < 1e-7" : "FAILED");

// Every parameter passes, the largest relative error being 1.44E-09. Now see what a bug looks like. Go back to the matrix formulas of section 4 and forget the factor f'(U_1) in δ_1, a classic slip:

// ── cell 44 ──
App.Cell(44, "6. Gradient checking");
var buggyGradW1 = X.Transpose() * (delta2 * W2.Transpose());   // forgot ⊙ f′(U₁)
var numericalW1 = NumericalGradient.Of(() => net.Loss(X, T), dense1.Weights.Value);
var correct = GradientCheck.Compare("W1", gradW1, numericalW1);
var buggy = GradientCheck.Compare("W1 without f′", buggyGradW1, numericalW1);
Console.WriteLine($"correct δ₁:   relative error {correct.RelativeError:0.00E+00}");
Console.WriteLine($"forgotten f′: relative error {buggy.RelativeError:0.00E+00}");

// The chart puts all the checks side by side. Each bar is -log_10 of the relative error, which is roughly the number of leading digits on which backprop and the numerical gradient agree. A check passes above 7 digits (a relative error below 10^(-7)); the bug agrees on almost none.

// ── cell 46 ──
App.Cell(46, "6. Gradient checking");
var checks = check.Parameters
    .Append(correct with { Name = "W1 (2-2-1 net)" })
    .Append(buggy with { Name = "W1, no f′ (bug)" })
    .ToList();
var digits = checks.Select(c => -Math.Log10(c.RelativeError)).ToArray();
display(Chart.Bar(checks.Select(c => c.Name).ToArray(), digits, name: "digits of agreement")
    .WithTitle("Gradient check: digits on which backprop and central differences agree")
    .WithXTitle("parameter (spiral network, then the 2-2-1 network of section 4)")
    .WithYTitle("−log₁₀(relative error)")
    .WithAnnotation("pass: 7 digits", 7, 7));

// Two practical notes. A numerical gradient costs two forward passes per weight, so check on a small network and a few examples, then train with backpropagation (section 7 counts and times the difference). And use smooth activations (tanh, sigmoid) for the check, or stay away from ReLU's kink at 0, where the central difference straddles two slopes.

// ## 7. Why backpropagation saves work
//
// Training needs ∂L / ∂w for every weight, but the error is known only at the output: the loss is one number computed at the end of the forward pass. [hirotask 2024](sources.md#hirotask-2024) makes the point: computing the effect of every weight on that error all at once is a huge amount of work, while passing the derivative of the error back to each layer lets the layers be computed one after the other. [Rabbit Challenge day 1](sources.md#rabbit-challenge-day-1) says the same from the other side: backpropagation differentiates from the output layer back and reuses what it has already computed, so it gets every parameter's derivative with the least computation.
//
// Count the work for a network with n parameters (weights and biases):
//
// - **Numerical differentiation** (lesson 06): nudge one parameter by +h and by -h and run the whole network forward each time. That is 2 forward passes per parameter, 2n in all.
// - **Backpropagation**: one forward pass that keeps its intermediate values, then one backward pass that gives all n gradients. The backward pass does a few times the arithmetic of the forward pass (a Dense layer computes two products, dW = X^ᵀdU and dU W^ᵀ, where the forward pass computed one), but that does not grow with the number of gradients it delivers.
//
// The cell below makes both methods count the passes they run and times them with a `Stopwatch`. In the table, *numer.* is the numerical method's forward passes, *backprop* is backpropagation's forward + backward passes, then the milliseconds each took, their ratio, and the largest difference between the two gradients:

// ── cell 49 ──
App.Cell(49, "7. Why backpropagation saves work");
// Output varies with the machine: the milliseconds are this computer's, this run's.
// Each method returns every parameter's gradient, the passes it ran and its time in ms.
(Matrix<double>[] Grads, int Forward, int Backward, double Ms) Numerically(
    Network n, Matrix<double> x, Matrix<double> t)
{
    int forward = 0;
    double CountedLoss() { forward++; return n.Loss(x, t); }   // one forward pass
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var grads = n.Parameters.Select(p => NumericalGradient.Of(CountedLoss, p.Value));
    return (grads.ToArray(), forward, 0, clock.Elapsed.TotalMilliseconds);
}
(Matrix<double>[] Grads, int Forward, int Backward, double Ms) ByBackprop(
    Network n, Matrix<double> x, Matrix<double> t)
{
    int forward = 0, backward = 0;
    var clock = System.Diagnostics.Stopwatch.StartNew();
    n.Loss(x, t); forward++;                                   // one forward pass
    n.Backward(); backward++;                                  // one backward pass
    var grads = n.Parameters.Select(p => p.Gradient.Clone()).ToArray();
    return (grads, forward, backward, clock.Elapsed.TotalMilliseconds);
}

var wide = new Network([2, 48, 48, 3], Activation.Tanh, seed: 8);
var costCases = new (string Name, Network Net, Matrix<double> X, Matrix<double> T)[]
{
    ("2-2-1 (section 4)", net, X, T),
    ("2-8-8-3 (spiral)", bigger, spiral.Features, bigger.Targets(spiral.Labels)),
    ("2-48-48-3 (spiral)", wide, spiral.Features, wide.Targets(spiral.Labels)),
};
Numerically(net, X, T); ByBackprop(net, X, T);     // warm-up: a first call also compiles
var parameterCounts = new List<double>();
var numericalMs = new List<double>();
var backpropMs = new List<double>();
Console.WriteLine($"{"network",-18} {"params",6} {"numer.",7} {"backprop",8} "
                  + $"{"ms numer.",9} {"ms back.",9} {"ratio",6} {"max |diff|",10}");
foreach (var (name, n, x_49, t_49) in costCases)
{
    int count = n.Parameters.Sum(p => p.RowCount * p.ColumnCount);
    var slow = Numerically(n, x_49, t_49);
    var fast = ByBackprop(n, x_49, t_49);
    double gap = slow.Grads.Zip(fast.Grads, (a, b) => (a - b).Enumerate().Max(Math.Abs))
                           .Max();
    parameterCounts.Add(count); numericalMs.Add(slow.Ms); backpropMs.Add(fast.Ms);
    string passes = $"{fast.Forward} + {fast.Backward}";
    Console.WriteLine($"{name,-18} {count,6} {slow.Forward,7} {passes,8} "
                      + $"{slow.Ms,9:F2} {fast.Ms,9:F3} {slow.Ms / fast.Ms,6:F0} "
                      + $"{gap,10:0.0E+00}");
}

// The forward-pass counts are exact and the same on every machine: 18, 246 and 5286, twice the parameters (9, 123 and 2643), against one forward and one backward pass for backpropagation, whatever the size. The milliseconds, and so the ratio, depend on your computer and change from run to run; but the ratio grows with the size of the network, because the numerical method's work grows with n times the cost of a pass and backpropagation's only with the cost of a pass. And both give the same gradients: the largest difference on the biggest network is 4.6E-11, the error of the central difference itself.
//
// The chart puts the measured times on logarithmic axes against the number of parameters (your times will differ from anyone else's):

// ── cell 51 ──
App.Cell(51, "7. Why backpropagation saves work");
// Output varies with the machine: it draws the times measured above.
display(Chart.Lines(parameterCounts,
        ("numerical: 2 forward passes per parameter", numericalMs),
        ("backpropagation: 1 forward + 1 backward pass", backpropMs))
    .WithTitle("Time for every gradient of a network, numerical against backpropagation")
    .WithXTitle("parameters (log scale)").WithYTitle("milliseconds (log scale)")
    .WithLogX().WithLogY());

// So numerical gradients are for checking (section 6), on a small network; training, which needs every gradient at every step, uses backpropagation. For a network with millions of weights, two forward passes per weight at every step would take far too long; one backward pass does not.

// ## Check your understanding
//
// 1. Use the chain rule to find the derivative of y = sin(x^2). What is it at x = 0?
// 2. In z = x · x, the value x reaches z by two edges. What does `Backward` give for ∂z / ∂x at x = 3, and why does `Value` add (+=) into a grad instead of overwriting it?
// 3. A network has 4 inputs, 8 hidden units and 3 outputs, and you backpropagate a batch of N = 10 examples. What are the shapes of δ_2, W_2^ᵀ, δ_1 and ∇W_1 = X^ᵀ δ_1?
// 4. A sigmoid output has u = -6 and target y = 1. What is ∂L / ∂u with cross-entropy, and roughly what is it with the squared error \frac12(σ(u) - y)^2? Which loss learns faster from this mistake?
// 5. A gradient check reports a relative error of 0.5 for W1 but 10^(-10) for W2. Where would you look for the bug?

// ## Answers
//
//
// Show the answers
//
// 1. Inner g = x^2, outer sin g: dy/dx = cos(x^2) · 2x. At x = 0 it is cos(0) · 0 = 0.
// 2. ∂z / ∂x = 6: each edge contributes x = 3, and the two paths add up (section 2). If `Backward` overwrote the grad, the second edge would erase the first and give 3. `Chart.ComputationGraph(z)` shows both edges passing 3 back.
// 3. δ_2 is 10×3 (one row per example, one column per output); W_2 is 8×3, so W_2^ᵀ is 3×8; δ_1 = δ_2 W_2^ᵀ ⊙ f'(U_1) is 10×8; ∇W_1 = X^ᵀ δ_1 is (4×10)(10×8) = 4×8, the shape of W_1, as every gradient must be.
// 4. Cross-entropy: σ(-6) - 1 ≈ -0.9975. Squared error: (σ(-6) - 1) σ'(-6) ≈ -0.9975 × 0.0025 ≈ -0.0025, about 400 times smaller. Cross-entropy learns much faster from a confident mistake.
// 5. In the part of the backward pass that only W1's gradient uses: the step from δ_2 to δ_1 (W_2^ᵀ, the f'(U_1) factor) or X^ᵀ δ_1. W2's gradient is right, so δ_2 and the output step are fine.

// ## Summary
//
// - The chain rule multiplies local derivatives along a chain; when a variable reaches the output by several paths, the products are added (HN410 2022).
// - A computational graph records every operation with its local derivatives; one backward sweep from the output gives every gradient, each node reusing the grad of the nodes it feeds. `Chart.ComputationGraph` draws the sweep for any `Value`.
// - Through a network: δ at the output, then δ_1 = δ_2 W_2^ᵀ ⊙ f'(U_1) and ∇W_1 = X^ᵀ δ_1, layer by layer (Rabbit Challenge day 1); the index form of HN410 2022 gives the same numbers.
// - Sigmoid with cross-entropy has the gradient σ(u) - y, as large as the mistake; softmax with cross-entropy gives Y - T.
// - Gradient checking compares backprop with central differences; a relative error below 10^(-7) passes, a bug shows up near 1.
// - The error is known only at the output. Numerical gradients cost 2 forward passes per parameter (5286 for the 2643 parameters of a 2-48-48-3 network); backpropagation gets them all from one forward and one backward pass (hirotask 2024, Rabbit Challenge day 1).
//
// ### Key terms
//
// | English | 日本語 | meaning |
// | --- | --- | --- |
// | chain rule | 連鎖律 | the derivative of a composition is the product of the local derivatives along the chain, summed over paths |
// | computational graph | 計算グラフ | a calculation recorded as nodes (values and operations) joined by edges (inputs) |
// | local derivative | 局所微分 | the derivative of one node with respect to one of its inputs, at the forward values |
// | forward pass | 順伝播 | computing the values from the inputs to the loss |
// | backward pass | 逆伝播 | computing the gradients from the loss back to the inputs |
// | backpropagation | 誤差逆伝播法 | the chain rule applied from the loss back through a network, reusing each layer's delta |
// | gradient checking | 勾配確認 | comparing backprop's gradients with numerical ones to find bugs |
// | relative error | 相対誤差 | ‖A − N‖ / (‖A‖ + ‖N‖): the difference measured against the sizes |
//
// Next, lesson 09 puts backpropagation to work: it trains networks on the iris flowers and on handwritten digits.

App.End();
// nbrun convert: sha256 1415be9bec48a549
