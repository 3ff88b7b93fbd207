#!/usr/bin/env dotnet
// 06 · Derivatives and partial derivatives
// A file-based app generated from notebooks/06-derivatives.ipynb by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/06-derivatives.cs
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
using NeuralNetworks.Calculus;
using NeuralNetworks.Exercises;

App.Start("06 · Derivatives and partial derivatives", args);

// # 06 · Derivatives and partial derivatives
//
// Lesson 05 ended with the loss as a curve over one weight and a surface over two. To walk downhill on them you need their slope: the derivative, and for several variables the partial derivatives and the gradient.
//
// ## What you will be able to do
//
// - Explain the derivative as the slope of a curve, and compute it for y = x^2 by hand and by formula (2x).
// - Estimate a derivative numerically with a central difference, and choose the step h.
// - Compute the partial derivatives of z = x^2 + y^2 and read them off a slice of the surface.
// - Compute the gradient vector and read a gradient field on a contour chart.

// ── cell 2 ──
App.Cell(2, "06 · Derivatives and partial derivatives");

// ## 1. The derivative as a slope
//
// The [Medical AI lecture](sources.md#medical-ai-lecture) takes y = x^2 and asks: when x moves a little, how much does y change? Start at x = 1 and move by h. The **slope** of the straight line through the two points is the rise over the run:
//
// (f(1 + h) - f(1))/h
//
// By hand, for shrinking h:

// ── cell 4 ──
App.Cell(4, "1. The derivative as a slope");
Func<double, double> f = x => x * x;
foreach (double h in new[] { 1, 0.5, 0.1, 0.01, 0.001 })
    Console.WriteLine($"h = {h,-6}  (f(1 + h) − f(1)) / h = ({f(1 + h):G7} − 1) / {h}"
                      + $" = {(f(1 + h) - f(1)) / h:G6}");

// The slopes 3, 2.5, 2.1, 2.01, 2.001 close in on 2. That limit is the **derivative (微分係数)** of f at x = 1:
//
// f'(x) = dy/dx = lim_(h → 0) (f(x + h) - f(x))/h
//
// Geometrically, the line through the two points (a secant) turns into the line that just touches the curve at x = 1: the **tangent (接線)**. Press **Play** to watch the secant become the tangent.

// ── cell 6 ──
App.Cell(6, "1. The derivative as a slope");
double[] steps = [1.5, 1, 0.5, 0.25, 0.1, 0.01];
var frames = steps.Select(h =>
{
    double slope = (f(1 + h) - f(1)) / h;
    var points = new Scatter
    {
        X = [1, 1 + h], Y = [f(1), f(1 + h)], Mode = "markers", Name = "the two points",
        Marker = new Marker { Color = "black", Size = 9 },
    };
    string secant = $"line through x = 1 and x = 1 + h, slope {slope:F2}";
    return Chart.Functions(-1, 3, ("y = x²", f), (secant, x => f(1) + slope * (x - 1)))
        .WithTrace(points)
        .WithTitle("The secant turns into the tangent as h shrinks")
        .WithXTitle("x").WithYTitle("y").WithYRange(-1, 9);
}).ToList();
var stepLabels = steps.Select(h => h.ToString()).ToList();
display(Chart.Animation(frames, stepLabels, frameMilliseconds: 800, prefix: "h = "));

// For y = x^2 the limit can be worked out for every x: ((x+h)^2 - x^2)/h = 2x + h → 2x. So
//
// y = x^2 ⇒ y' = dy/dx = f'(x) = 2x
//
// Taken at every x, the derivative is itself a function, f', which Japanese calls the 導関数; finding it is **differentiation (微分)**.
//
// The Medical AI lecture writes the same thing four ways: y', dy/dx, f'(x) and d/dxf(x). And it points out the key fact for learning: 2x = 0 at x = 0, where the slope is zero and y is smallest. The chart draws the curve with its derivative: left of 0 the slope is negative (going downhill to the right), right of 0 it is positive.

// ── cell 8 ──
App.Cell(8, "1. The derivative as a slope");
display(Chart.Functions(-3, 3, ("y = x²", f), ("slope y′ = 2x", x => 2 * x))
    .WithAnnotation("slope 0: the minimum", 0, 0)
    .WithTitle("y = x² and its derivative 2x")
    .WithXTitle("x").WithYTitle("value"));

// ## 2. Numerical derivatives
//
// A network's loss is far too tangled to differentiate by hand for every weight. But the definition itself gives a way to estimate a derivative from two values of the function: a **numerical derivative (数値微分)**. The Medical AI lecture describes the slope only in words, as the change in y when x moves a little; [HN410 2022](sources.md#hn410-2022) writes it as the limit of section 1 (for partial derivatives, section 3). Stop that limit at a small h and you have the **forward difference**; a better estimate is the **central difference (中心差分)**, which looks both ways:
//
// f'(x) ≈ (f(x + h) - f(x))/h (forward), f'(x) ≈ (f(x + h) - f(x - h))/2h (central)
//
// The library has both in `lib/NeuralNetworks/Calculus/NumericalDerivative.cs`. At x = 1, where the exact answer is 2:

// ── cell 10 ──
App.Cell(10, "2. Numerical derivatives");
Console.WriteLine($"forward, h = 1e-5: {NumericalDerivative.Forward(f, 1, 1e-5):F10}");
Console.WriteLine($"central, h = 1e-5: {NumericalDerivative.Central(f, 1, 1e-5):F10}");
Console.WriteLine($"exact 2x          : {2 * 1.0:F10}");

// How small should h be? Smaller is better only up to a point: computers store about 16 significant digits, and f(x + h) - f(x) subtracts two nearly equal numbers, losing digits. The cell measures the error of both estimates for every h from 10^(-1) to 10^(-13), using f(x) = x^3 at x = 1 (exact slope 3x^2 = 3), a curve where the two methods differ visibly.

// ── cell 12 ──
App.Cell(12, "2. Numerical derivatives");
Func<double, double> cube = x => x * x * x;
var hs = Enumerable.Range(1, 13).Select(k => Math.Pow(10, -k)).ToArray();
var forwardError = hs.Select(h => Math.Abs(NumericalDerivative.Forward(cube, 1, h) - 3))
                     .ToArray();
var centralError = hs.Select(h => Math.Abs(NumericalDerivative.Central(cube, 1, h) - 3))
                     .ToArray();
for (int k = 0; k < hs.Length; k++)
    Console.WriteLine($"h = {hs[k]:0E+00}   forward error {forwardError[k]:0.0E+00}"
                      + $"   central error {centralError[k]:0.0E+00}");
int best = Array.IndexOf(centralError, centralError.Min());
Console.WriteLine($"smallest central error: {centralError[best]:0.0E+00}"
                  + $" at h = {hs[best]:0E+00}");

// ── cell 13 ──
App.Cell(13, "2. Numerical derivatives");
display(Chart.Lines(hs, ("forward difference", forwardError),
                ("central difference", centralError))
    .WithLogX().WithLogY()
    .WithXTitle("step h (log scale)").WithYTitle("|estimate − exact| (log scale)")
    .WithTitle("Error of numerical derivatives of x³ at x = 1"));

// Read the chart from the right (large h) to the left. The forward error falls in step with h (ten times smaller h, ten times smaller error); the central error falls with h^2, much faster. Then both turn around and grow again: rounding errors take over. The central error is smallest, 2.5E-11, at h = 10^(-6); on either side of it, at 10^(-5) and 10^(-7), it is 9.7E-11 and 8.6E-11. The library's default, h = 10^(-5), sits on the side where the rounding error is still small. Lesson 08 uses these estimates to check backpropagation.
//
// ### Why the forward difference wins at h = 10^(-8)
//
// At h = 10^(-8) the chart shows something odd: the forward difference (4.0E-09) beats the central one (7.1E-09). Each error has two parts. The **truncation error (打ち切り誤差)** is what the formula leaves out even with exact arithmetic; for x^3 at 1 it is exactly 3h + h^2 for the forward difference and h^2 for the central one, since ((1+h)^3 - 1)/h = 3 + 3h + h^2 and ((1+h)^3 - (1-h)^3)/2h = 3 + h^2. The **rounding error (丸め誤差)** comes from the computer: `1 + h` must be stored as one of the doubles near 1, which are spaced about 2.2E-16 apart, and dividing by a tiny h magnifies that slip. Split the forward error into its two parts:

// ── cell 15 ──
App.Cell(15, "Why the forward difference wins at $h = 10^{-8}$");
double spacing = Math.BitIncrement(1.0) - 1;
Console.WriteLine($"spacing of the doubles next to 1: {spacing:0.0E+00}");
// ((1 + h)³ − 1)/h = 3 + 3h + h² exactly:
// the forward difference's truncation error is 3h + h².
foreach (double h in new[] { 1e-7, 1e-8, 1e-9 })
{
    double error = NumericalDerivative.Forward(cube, 1, h) - 3;
    double truncation = 3 * h + h * h;
    Console.WriteLine($"h = {h:0E+00}: forward error {error:+0.0E+00;-0.0E+00}"
                      + $" = truncation {truncation:+0.0E+00;-0.0E+00}"
                      + $" + rounding {error - truncation:+0.0E+00;-0.0E+00}");
}

// At h = 10^(-8) the truncation error, +3.0E-08, and the rounding error, −2.6E-08, happen to have opposite signs and almost cancel. That is luck, not a better method: one step either side, at 10^(-7) and 10^(-9), the forward error is back to +3.0E-07 and +2.5E-07. The central difference's truncation error at 10^(-8) is only h^2 = 10^(-16), so its whole 7.1E-09 is rounding. Below about 10^(-8) both estimates are mostly rounding noise, and which one lands closer is a coin toss.

// ── cell 17 ──
App.Cell(17, "Why the forward difference wins at $h = 10^{-8}$");
// YOUR TURN 1 · A central difference by hand
// Estimate the slope of sin x at x = 0.5 with the central difference and h = 1e-5.
// Write the formula yourself from wave(0.5 + h) and wave(0.5 − h), without the library.
Func<double, double> wave = Math.Sin;
double hStep = 1e-5;
double mySlope = double.NaN;                 // your central difference here

SelfCheck.Close("your central difference of sin at 0.5",
                NumericalDerivative.Central(wave, 0.5, hStep), mySlope, tolerance: 1e-12);
SelfCheck.Close("within 1e-9 of the exact slope cos 0.5", Math.Cos(0.5), mySlope, 1e-9);

//
// Solution
//
// ```csharp
// // YOUR TURN 1 · A central difference by hand
// // Estimate the slope of sin x at x = 0.5 with the central difference and h = 1e-5.
// // Write the formula yourself from wave(0.5 + h) and wave(0.5 − h), without the library.
// Func<double, double> wave = Math.Sin;
// double hStep = 1e-5;
// double mySlope = (wave(0.5 + hStep) - wave(0.5 - hStep)) / (2 * hStep);
//
// SelfCheck.Close("your central difference of sin at 0.5",
//                 NumericalDerivative.Central(wave, 0.5, hStep), mySlope, tolerance: 1e-12);
// SelfCheck.Close("within 1e-9 of the exact slope cos 0.5", Math.Cos(0.5), mySlope, 1e-9);
// ```

// ## 3. Partial derivatives
//
// A loss depends on many weights. The Medical AI lecture moves to a function of two variables:
//
// z = x^2 + y^2
//
// Its graph is a bowl. Drag it to look around:

// ── cell 20 ──
App.Cell(20, "3. Partial derivatives");
Func<double, double, double> bowl = (x, y) => x * x + y * y;
display(Chart.Surface(bowl, -2, 2, -2, 2, resolution: 40, name: "z = x² + y²")
    .WithTitle("z = x² + y²").WithXTitle("x").WithYTitle("y").WithZTitle("z"));

// A **partial derivative (偏微分)** asks how z changes when **one** variable moves and the others stay fixed. Fix x = 1: the bowl, cut by the plane x = 1, leaves the curve z = 1 + y^2, a function of y alone. Its ordinary derivative is the partial derivative with respect to y:
//
// ∂z/∂y = 2y, qquadand likewise ∂z/∂x = 2x
//
// The other variable acts as a constant, so its term differentiates to 0. The symbol ∂ ("partial", "round d") marks that other variables are being held still. The chart draws the slice at x = 1 with its tangent at y = 2, where the slope is 2 · 2 = 4:

// ── cell 22 ──
App.Cell(22, "3. Partial derivatives");
display(Chart.Functions(-2.5, 2.5,
        ("slice x = 1: z = 1 + y²", y => bowl(1, y)),
        ("tangent at y = 2, slope ∂z/∂y = 4", y => bowl(1, 2) + 4 * (y - 2)))
    .WithTitle("The bowl cut at x = 1")
    .WithXTitle("y").WithYTitle("z").WithYRange(0, 8));

// The library estimates a partial derivative by nudging only variable i (`NumericalGradient.Partial`, in `lib/NeuralNetworks/Calculus/NumericalGradient.cs`). At the point (1, 2):

// ── cell 24 ──
App.Cell(24, "3. Partial derivatives");
var point = Vector<double>.Build.DenseOfArray([1, 2]);
Func<Vector<double>, double> z = p => bowl(p[0], p[1]);
double dx = NumericalGradient.Partial(z, point, 0);
double dy = NumericalGradient.Partial(z, point, 1);
Console.WriteLine($"∂z/∂x at (1, 2): numerical {dx:F6}, formula 2x = {2 * point[0]:F6}");
Console.WriteLine($"∂z/∂y at (1, 2): numerical {dy:F6}, formula 2y = {2 * point[1]:F6}");

// ── cell 25 ──
App.Cell(25, "3. Partial derivatives");
// YOUR TURN 2 · Partial derivatives of a new function
// For z = x²·y + 3y, work out ∂z/∂x and ∂z/∂y on paper (hold the other variable still),
// then write them as functions of (x, y). The check compares them with numerical ones.
Func<double, double, double> dz_dx = (x, y) => double.NaN;   // your ∂z/∂x
Func<double, double, double> dz_dy = (x, y) => double.NaN;   // your ∂z/∂y

Func<Vector<double>, double> zNew = p => p[0] * p[0] * p[1] + 3 * p[1];
foreach (var (px, py) in new[] { (2.0, -1.0), (-0.5, 3.0) })
{
    var numeric = NumericalGradient.Of(zNew, Vector<double>.Build.DenseOfArray([px, py]));
    SelfCheck.Close($"∂z/∂x at ({px}, {py})", numeric[0], dz_dx(px, py), tolerance: 1e-6);
    SelfCheck.Close($"∂z/∂y at ({px}, {py})", numeric[1], dz_dy(px, py), tolerance: 1e-6);
}

//
// Solution
//
// ```csharp
// // YOUR TURN 2 · Partial derivatives of a new function
// // For z = x²·y + 3y, work out ∂z/∂x and ∂z/∂y on paper (hold the other variable still),
// // then write them as functions of (x, y). The check compares them with numerical ones.
// Func<double, double, double> dz_dx = (x, y) => 2 * x * y;
// Func<double, double, double> dz_dy = (x, y) => x * x + 3;
//
// Func<Vector<double>, double> zNew = p => p[0] * p[0] * p[1] + 3 * p[1];
// foreach (var (px, py) in new[] { (2.0, -1.0), (-0.5, 3.0) })
// {
//     var numeric = NumericalGradient.Of(zNew, Vector<double>.Build.DenseOfArray([px, py]));
//     SelfCheck.Close($"∂z/∂x at ({px}, {py})", numeric[0], dz_dx(px, py), tolerance: 1e-6);
//     SelfCheck.Close($"∂z/∂y at ({px}, {py})", numeric[1], dz_dy(px, py), tolerance: 1e-6);
// }
// ```
//
// Holding y still, x^2 y differentiates to 2xy and 3y to 0; holding x still, x^2 y + 3y is (x^2 + 3) y, whose slope in y is x^2 + 3.

// Both partial derivatives are 0 only at x = y = 0, the bottom of the bowl, where z is smallest ([Medical AI lecture](sources.md#medical-ai-lecture)). With many variables the rule is the same: hold all the others still and the change of one variable shows the small change of z.
//
// ## 4. The gradient
//
// Put all the partial derivatives in one vector and you have the **gradient (勾配)**:
//
// ∇z = (∂z/∂x, ∂z/∂y) = (2x, 2y)
//
// At every point it is an arrow. It points in the direction in which z rises fastest, and its length is how steep that rise is. `NumericalGradient.Of` computes all partial derivatives at once:

// ── cell 28 ──
App.Cell(28, "4. The gradient");
foreach (var (px, py) in new[] { (1.0, 2.0), (-1.5, 0.5), (0.0, 0.0) })
{
    var g = NumericalGradient.Of(z, Vector<double>.Build.DenseOfArray([px, py]));
    Console.WriteLine($"∇z at ({px,4}, {py,4}) = ({g[0],7:F4}, {g[1],7:F4})"
                      + $",  length {g.L2Norm():F4}");
}

// Draw one arrow at each point of a grid and you see the **gradient field**. On the contour chart below (the bowl seen from above, dark is low), every arrow starts at a dot and is drawn at a tenth of its length. The arrows point away from the bottom, straight across the level curves, and grow longer where the bowl is steeper.

// ── cell 30 ──
App.Cell(30, "4. The gradient");
var ax = new List<double>();
var ay = new List<double>();
var tailsX = new List<double>();
var tailsY = new List<double>();
foreach (double px in Chart.Linspace(-2, 2, 9))
    foreach (double py in Chart.Linspace(-2, 2, 9))
    {
        var g = NumericalGradient.Of(z, Vector<double>.Build.DenseOfArray([px, py]));
        ax.AddRange([px, px + 0.1 * g[0], double.NaN]);
        ay.AddRange([py, py + 0.1 * g[1], double.NaN]);
        tailsX.Add(px);
        tailsY.Add(py);
    }
display(Chart.Contour(bowl, -2.5, 2.5, -2.5, 2.5, name: "z = x² + y²")
    .WithTrace(new Scatter
    {
        X = ax, Y = ay, Mode = "lines", Name = "gradient ∇z (0.1 × length)",
        Line = new Line { Color = "#d62728", Width = 2 },
    })
    .WithTrace(new Scatter
    {
        X = tailsX, Y = tailsY, Mode = "markers", Name = "where each arrow starts",
        Marker = new Marker { Color = "#d62728", Size = 5 },
    })
    .WithTitle("The gradient field of z = x² + y²")
    .WithXTitle("x").WithYTitle("y").WithSize(680, 620));

// To go **down** as fast as possible, walk against the arrows, in the direction -∇z. For a loss L(w, b) that means: compute ∂L/∂w and ∂L/∂b, and move each parameter a little against its partial derivative. That is gradient descent, the subject of lesson 07.

// ── cell 32 ──
App.Cell(32, "4. The gradient");
// YOUR TURN 3 · Which way is down?
// At (−1.5, 0.5) on the bowl z, find the direction of steepest descent as a vector of
// length 1: minus the gradient (NumericalGradient.Of), divided by the gradient's length.
var here = Vector<double>.Build.DenseOfArray([-1.5, 0.5]);
Vector<double>? downhill = null;             // your unit vector here

// The check walks 0.01 along your direction and along 3,600 others, 0.1° apart.
double After(Vector<double> d) => z(here + 0.01 * d);
var compass = Enumerable.Range(0, 3600).Select(k => k * Math.PI / 1800)
    .Select(a => Vector<double>.Build.DenseOfArray([Math.Cos(a), Math.Sin(a)]));
double length = downhill?.L2Norm() ?? double.NaN;
SelfCheck.Close("the length of your direction", 1, length, 1e-9);
SelfCheck.True("no direction 0.1° apart goes lower than yours",
               downhill is not null && compass.All(d => After(downhill) <= After(d)));

//
// Solution
//
// ```csharp
// // YOUR TURN 3 · Which way is down?
// // At (−1.5, 0.5) on the bowl z, find the direction of steepest descent as a vector of
// // length 1: minus the gradient (NumericalGradient.Of), divided by the gradient's length.
// var here = Vector<double>.Build.DenseOfArray([-1.5, 0.5]);
// var uphill = NumericalGradient.Of(z, here);
// Vector<double>? downhill = -uphill / uphill.L2Norm();
//
// // The check walks 0.01 along your direction and along 3,600 others, 0.1° apart.
// double After(Vector<double> d) => z(here + 0.01 * d);
// var compass = Enumerable.Range(0, 3600).Select(k => k * Math.PI / 1800)
//     .Select(a => Vector<double>.Build.DenseOfArray([Math.Cos(a), Math.Sin(a)]));
// double length = downhill?.L2Norm() ?? double.NaN;
// SelfCheck.Close("the length of your direction", 1, length, 1e-9);
// SelfCheck.True("no direction 0.1° apart goes lower than yours",
//                downhill is not null && compass.All(d => After(downhill) <= After(d)));
// ```

// ## Check your understanding
//
// 1. Using the forward difference with h = 0.1, estimate the slope of y = x^2 at x = 3. What is the exact value?
// 2. Why does the error of a numerical derivative grow again when h becomes very small?
// 3. For z = x^2 + y^2, what are ∂z/∂x and ∂z/∂y at (-1, 3)?
// 4. For z = 3x + y^2, what is ∂z/∂x? Does it depend on y?
// 5. At the point (1, 2) the gradient of the bowl is (2, 4). In which direction should you step to lower z fastest?

// ## Answers
//
//
// Show the answers
//
// 1. (3.1^2 - 3^2) / 0.1 = (9.61 - 9) / 0.1 = 6.1. The exact slope is 2 · 3 = 6.
// 2. f(x + h) and f(x) become so close that subtracting them loses most of their significant digits (rounding error), and dividing by a tiny h magnifies what is left.
// 3. 2 · (-1) = -2 and 2 · 3 = 6: the gradient is (-2, 6).
// 4. ∂z/∂x = 3, the same everywhere: y^2 is held constant, so its derivative with respect to x is 0.
// 5. Against the gradient: (-2, -4), that is, towards the origin, the bottom of the bowl.

// ## Summary
//
// - The derivative f'(x) = lim_(h→0)(f(x+h)-f(x))/h is the slope of the tangent; for y = x^2 it is 2x, zero at the minimum x = 0 ([Medical AI lecture](sources.md#medical-ai-lecture)).
// - Numerical derivatives estimate it from two values; the central difference is far more accurate than the forward one. Its error is truncation plus rounding: for x^3 at 1 the sum is smallest at h = 10^(-6), and below about 10^(-8) rounding dominates both methods.
// - A partial derivative moves one variable and holds the others still: for z = x^2 + y^2, ∂z/∂x = 2x and ∂z/∂y = 2y; a slice of the surface shows it as an ordinary slope.
// - The gradient collects all partial derivatives; it points uphill, across the level curves. Stepping against it goes downhill.
//
// ### Key terms
//
// | English | 日本語 | meaning |
// | --- | --- | --- |
// | derivative | 微分係数 | the slope of a function at a point, f'(x) = dy/dx; taken at every x, the function f' (導関数) |
// | differentiation | 微分 | finding the derivative of a function |
// | tangent | 接線 | the straight line that touches a curve at one point with the same slope |
// | numerical derivative | 数値微分 | a derivative estimated from function values at nearby points |
// | central difference | 中心差分 | (f(x+h) - f(x-h))/2h, a numerical derivative with error shrinking like h^2 |
// | truncation error | 打ち切り誤差 | the error a formula makes even with exact arithmetic, such as the h^2 of the central difference |
// | rounding error | 丸め誤差 | the error from storing numbers with limited digits; in a numerical derivative it grows as h shrinks |
// | partial derivative | 偏微分 | the derivative with respect to one variable while the others are held fixed, ∂z/∂x |
// | gradient | 勾配 | the vector of all partial derivatives, ∇f; it points in the direction of steepest ascent |
//
// Next, lesson 07 uses the gradient to walk downhill: gradient descent.

App.End();
// nbrun convert: sha256 ad8735cf91db30ac
