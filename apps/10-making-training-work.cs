#!/usr/bin/env dotnet
// 10 · Making training work
// A file-based app generated from notebooks/10-making-training-work.ipynb by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/10-making-training-work.cs
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
using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;
using NeuralNetworks.Activations;
using NeuralNetworks.Calculus;
using NeuralNetworks.Data;
using NeuralNetworks.Exercises;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

App.Start("10 · Making training work", args);

// # 10 · Making training work
//
// *In lesson 09 you trained networks that worked. This lesson is about the many ways training can fail, and the fixes people use.*
//
// [HN410 2022](sources.md#hn410-2022) lists why neural networks were impractical until recently: slow convergence, vanishing gradients, and models that memorise their data. Each section below shows one problem on a chart, then a remedy changing that chart.
//
// ## What you will be able to do
//
// - Compare SGD, Momentum, AdaGrad, RMSProp, Adam and AdaDelta by their paths through a narrow valley and by their loss curves on a real data set, and see what a decaying learning rate changes.
// - Explain vanishing and exploding gradients from the factors backpropagation multiplies, measure them layer by layer, and show how shortcut connections, initialisation and gradient clipping help.
// - Choose an initial weight scale that keeps activations alive through many layers.
// - Recognise overfitting from training and validation curves, and use training, validation and test sets correctly.
// - Apply L2 regularisation, dropout, early stopping, data augmentation, input normalisation and batch normalisation, each changing a curve.

// ── cell 2 ──
App.Cell(2, "10 · Making training work");

// ## 1. Optimizers in a narrow valley
//
// HN410 2022 warns about *pathological curvature*: a loss surface with a long, narrow valley. Plain gradient descent steps in the direction of steepest descent, which points mostly across the valley, not along it. So it zig-zags from wall to wall, and its progress along the valley is slow.
//
// A small example is f(x, y) = x^2/20 + y^2, with its minimum at (0, 0) and the gradient ∇f = (x/10, 2y). Start at (−7, 2) and take one plain step with α = 0.95:

// ── cell 4 ──
App.Cell(4, "1. Optimizers in a narrow valley");
Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);
double Valley(Vector<double> p) => p[0] * p[0] / 20 + p[1] * p[1];
Vector<double> ValleyGradient(Vector<double> p) => V(p[0] / 10, 2 * p[1]);

var start = V(-7, 2);
var g = ValleyGradient(start);
Console.WriteLine($"gradient at the start: ({g[0]}, {g[1]})");
Console.WriteLine($"one step, α = 0.95:    ({start[0] - 0.95 * g[0]:F3}, "
                  + $"{start[1] - 0.95 * g[1]:F3})");

// The step moves y from 2 right over the valley floor to −1.8, but x only from −7 to −6.335: the gradient's y part, 4, dwarfs its x part, −0.7, although the minimum is much further away in x. A larger α does not help: each step multiplies y by 1 - 2α, so above α = 1 the zig-zag grows instead of shrinking (lesson 07), while x shrinks by only 1 - α/10 per step. The other optimizers (最適化手法) change the step using what they have seen before:
//
// | optimizer | update (g = ∂L/∂W) | idea |
// | --- | --- | --- |
// | SGD | W ← W - αg | lesson 07 |
// | Momentum (モーメンタム) | v ← μv - αg, W ← W + v | a ball rolling downhill keeps its speed; zig-zags cancel out, steady slopes add up |
// | AdaGrad | h ← h + g ⊙ g, W ← W - α g / (√h + ε) | each weight's steps shrink with the gradients it has already seen |
// | RMSProp | h ← ρh + (1 - ρ) g ⊙ g, W ← W - α g / (√h + ε) | AdaGrad that forgets old gradients, so steps never die out |
// | Adam | at step t = 1, 2, …: m ← β_1 m + (1 - β_1) g, v ← β_2 v + (1 - β_2) g ⊙ g, hat m = m / (1 - β_1^t), hat v = v / (1 - β_2^t), W ← W - α hat m / (√(hat v) + ε) | momentum (m) for the direction, RMSProp (v) for the size; dividing by 1 - β^t corrects for m and v starting at 0 (defaults β_1 = 0.9, β_2 = 0.999). HN410 2022: "Adam … momentum, RMS の合わせ技" |
// | AdaDelta | h ← ρh + (1 - ρ) g ⊙ g, Δ = (√(s + ε))/(√(h + ε)) ⊙ g, s ← ρs + (1 - ρ) Δ ⊙ Δ, W ← W - Δ | RMSProp with the learning rate replaced by the size of the recent steps s: nothing to tune |
//
// HN410 2022's one-line summaries match: Momentum adds a term for "momentum"; RMSProp damps the weights that changed a lot before; Adam combines the two. [Rabbit Challenge day 1](sources.md#rabbit-challenge-day-1) lists AdaDelta among the improved methods, beside Momentum, AdaGrad and Adam. Each is one file in `lib/NeuralNetworks/Optimizers/` (AdaDelta's is `AdaDelta.cs`). `OptimizerPath.Run` lets an optimizer walk over a function of two variables exactly as it would update a network's weights.
//
// Each optimizer gets a learning rate that suits it on this valley. SGD, Momentum, AdaGrad and Adam get the rates of the comparison in chapter 6 of the textbook ゼロから作るDeep Learning (Koki Saito, 2016; a book, not one of the course's lectures), which races them over this same function, 30 steps from (−7, 2): SGD 0.95, Momentum 0.1, AdaGrad 1.5 and Adam 0.3. With any α below 1, SGD's y shrinks instead of blowing up, and 0.95 is not the fastest of them: the cell's last lines try others. That comparison leaves out RMSProp; here it gets α = 0.2 with ρ = 0.9. AdaDelta runs as its inventor wrote it, without a learning rate (α = 1, ρ = 0.95). Thirty steps each:

// ── cell 6 ──
App.Cell(6, "1. Optimizers in a narrow valley");
var racers = new (string Name, IOptimizer Optimizer)[]
{
    ("SGD", new SGD(0.95)),
    ("Momentum", new Momentum(0.1, 0.9)),
    ("AdaGrad", new AdaGrad(1.5)),
    ("RMSProp", new RMSProp(0.2, 0.9)),
    ("Adam", new Adam(0.3)),
    ("AdaDelta", new AdaDelta()),
};
DescentPath Race(IOptimizer o) =>
    OptimizerPath.Run(o, ValleyGradient, start, steps: 30, f: Valley);
var paths = racers.Select(r => Race(r.Optimizer)).ToList();
for (int k = 0; k < racers.Length; k++)
    Console.WriteLine($"{racers[k].Optimizer,-30} ends at ({paths[k].Last[0],6:F3}, "
                      + $"{paths[k].Last[1],6:F3}), f = {paths[k].Values![^1]:F4}");
Console.WriteLine($"SGD's step multiplies x by 1 − α/10 = {1 - 0.95 / 10:F3}"
                  + $" and y by 1 − 2α = {1 - 2 * 0.95:F2}");
var firstStep = paths[5].Points[1] - start;
Console.WriteLine($"AdaDelta's first step: ({firstStep[0]:F4}, {firstStep[1]:F4})");
foreach (double a in new[] { 0.8, 0.9, 0.93, 0.95, 0.99 })
    Console.WriteLine($"SGD with α = {a:F2}: f = {Race(new SGD(a)).Values![^1]:F4}"
                      + " after 30 steps");

// ── cell 7 ──
App.Cell(7, "1. Optimizers in a narrow valley");
Figure ValleyMap(int resolution = 40) =>
    Chart.Contour((x, y) => x * x / 20 + y * y, -8, 8, -3, 3, resolution, levels: 15)
        .WithXTitle("x").WithYTitle("y").WithEqualAspect();
display(Chart.Subplots(3, 2, racers.Select((r, k) =>
        ValleyMap().WithPath(paths[k].Coordinate(0), paths[k].Coordinate(1), r.Name,
                             "#ffffff")
                   .WithTitle(r.Optimizer.ToString()!)).ToArray())
    .WithTitle("Thirty steps through the valley f(x, y) = x²/20 + y², from (−7, 2)")
    .WithLegend(false)
    .WithLayout(l => l with { Height = 900 }));

// Read the six walks, with the numbers the cell printed:
//
// - **SGD** zig-zags from wall to wall, as HN410 2022 warns. Each step multiplies y by −0.90, so the zig-zag dies out slowly, and x by 0.905, so it covers a tenth of the remaining distance per step and ends at (−0.350, 0.085), f = 0.0133. That is not the best plain SGD can do: with α = 0.93 it ends at f = 0.0075, and with α = 0.9 at f = 0.0085, because the y zig-zag dies out faster while x moves almost as fast. Push α towards 1 and the zig-zag hardly shrinks at all (α = 0.99: f = 1.1949). Since α cannot reach 1, x always keeps at least 0.9 of its distance per step, so plain SGD stays slow along the valley.
// - **Momentum**'s velocity carries it along the valley quickly, but the same velocity carries it past the minimum: at step 30 it is at (0.896, 0.088), swinging back (f = 0.0479).
// - **AdaGrad** divides each coordinate's step by the root of that coordinate's own squared gradients, so x and y move by similar amounts although their gradients start almost 6 times apart. It drops to the valley floor in a few steps, runs along it, and ends nearest the minimum: f = 0.0007.
// - **RMSProp** starts the same way, but its h follows only the recent gradients, so along the flat floor its steps stay about α = 0.2 long whatever the slope: a steady walk that still has 1.083 to go (f = 0.0586).
// - **Adam** carries momentum, so it curves and overshoots like Momentum: f = 0.1022 at step 30, the highest of the five that have a learning rate.
// - **AdaDelta** has no learning rate. Its first step is √ε/√(1 − ρ) ≈ 0.0045 in each coordinate, and its steps grow only as fast as its own past steps, so in 30 steps it has barely left the start (f = 5.8184). It is made for long runs on networks, as the wine data below shows.
//
// So this race ranks nothing: it is one function, 30 steps and one learning rate each, and the order changes with α (your turn 1 below). What it shows is *how* each rule moves: plain steps zig-zag, velocity overshoots, per-coordinate scaling straightens the path. As HN410 2022 puts it, Adam often does well, but which optimizer is best depends on the network. Press ▶ to watch the six race; the valley is drawn at equal scale in x and y, so it looks as narrow as it is:

// ── cell 9 ──
App.Cell(9, "1. Optimizers in a narrow valley");
Figure RaceAfter(int steps)
{
    Figure figure = ValleyMap(resolution: 25);
    for (int i = 0; i < racers.Length; i++)
        figure = figure.WithPath(paths[i].Coordinate(0).Take(steps + 1).ToArray(),
                                 paths[i].Coordinate(1).Take(steps + 1).ToArray(),
                                 racers[i].Name, Palette.ForClass(i));
    return figure;
}
var race = Enumerable.Range(0, 31).Select(RaceAfter).ToList();
display(Chart.Animation(race, prefix: "step ")
    .WithTitle("Six optimizers racing to the minimum at (0, 0)")
    .WithLayout(l => l with { Margin = new Margin(60, 30, 110, 110) }));

// The same race as f after each step, on a log scale, where a straight line means a steady rate: SGD's line is straight, AdaGrad's is straight and steeper, Momentum's and Adam's wave as they swing past the minimum, and AdaDelta's stays flat.

// ── cell 11 ──
App.Cell(11, "1. Optimizers in a narrow valley");
double[] stepAxis = Enumerable.Range(0, 31).Select(k => (double)k).ToArray();
var stepSeries = racers
    .Select((r, k) => (r.Name, (IReadOnlyList<double>)paths[k].Values!)).ToArray();
display(Chart.Lines(stepAxis, stepSeries)
    .WithTitle("f after each step of the race")
    .WithXTitle("step").WithYTitle("f(x, y) (log scale)").WithLogY());

// ── cell 12 ──
App.Cell(12, "1. Optimizers in a narrow valley");
// YOUR TURN 1 · Give Adam a better learning rate
// In the race, Adam (α = 0.3) ended above SGD. Find a learning rate for Adam, keeping
// β₁ and β₂ at their defaults, with which Adam ends below SGD after the same 30 steps.
// Try a few values between 0.1 and 1 and watch the printed f.
double adamRate = 0.3;                       // your learning rate here

var adamWalk = Race(new Adam(adamRate));
double sgdEnd = paths[0].Values![^1], adamEnd = adamWalk.Values![^1];
Console.WriteLine($"Adam(α = {adamRate}) ends at f = {adamEnd:F4}; "
                  + $"SGD ended at f = {sgdEnd:F4}");
SelfCheck.True("Adam ends below SGD", adamEnd < sgdEnd);

//
// Solution
//
// ```csharp
// // YOUR TURN 1 · Give Adam a better learning rate
// // In the race, Adam (α = 0.3) ended above SGD. Find a learning rate for Adam, keeping
// // β₁ and β₂ at their defaults, with which Adam ends below SGD after the same 30 steps.
// // Try a few values between 0.1 and 1 and watch the printed f.
// double adamRate = 0.7;                       // 0.7 works; so may others
//
// var adamWalk = Race(new Adam(adamRate));
// double sgdEnd = paths[0].Values![^1], adamEnd = adamWalk.Values![^1];
// Console.WriteLine($"Adam(α = {adamRate}) ends at f = {adamEnd:F4}; "
//                   + $"SGD ended at f = {sgdEnd:F4}");
// SelfCheck.True("Adam ends below SGD", adamEnd < sgdEnd);
// ```
//
// With α = 0.7, Adam ends at f = 0.0098, below SGD's 0.0133. A nearby rate can land higher again: a 30-step race on one function is a coin that lands differently for every α.

// ── cell 14 ──
App.Cell(14, "1. Optimizers in a narrow valley");
// YOUR TURN 2 · AdaDelta's first step by hand
// From the start (−7, 2) the gradient is g = (−0.7, 4) and h = s = 0. Compute AdaDelta's
// first step Δ (ρ = 0.95, ε = AdaDelta.Epsilon) with the formula of the table, for each
// coordinate. The position after one step is start − Δ.
double rho = 0.95, eps = AdaDelta.Epsilon;
double deltaX = double.NaN;                  // Δ for x
double deltaY = double.NaN;                  // Δ for y

var afterOne = paths[5].Points[1];                       // AdaDelta's walk from the race
SelfCheck.Close("your Δ for x", start[0] - afterOne[0], deltaX, 1e-12);
SelfCheck.Close("your Δ for y", start[1] - afterOne[1], deltaY, 1e-12);

//
// Solution
//
// ```csharp
// // YOUR TURN 2 · AdaDelta's first step by hand
// // From the start (−7, 2) the gradient is g = (−0.7, 4) and h = s = 0. Compute AdaDelta's
// // first step Δ (ρ = 0.95, ε = AdaDelta.Epsilon) with the formula of the table, for each
// // coordinate. The position after one step is start − Δ.
// double rho = 0.95, eps = AdaDelta.Epsilon;
// double hX = (1 - rho) * 0.7 * 0.7, hY = (1 - rho) * 4 * 4;     // h after one step
// double deltaX = Math.Sqrt(0 + eps) / Math.Sqrt(hX + eps) * -0.7;
// double deltaY = Math.Sqrt(0 + eps) / Math.Sqrt(hY + eps) * 4;
//
// var afterOne = paths[5].Points[1];                       // AdaDelta's walk from the race
// SelfCheck.Close("your Δ for x", start[0] - afterOne[0], deltaX, 1e-12);
// SelfCheck.Close("your Δ for y", start[1] - afterOne[1], deltaY, 1e-12);
// ```
//
// Both steps are about 0.0045 long although the gradients differ almost 6-fold: with s = 0 the step is √ε g / √((1-ρ) g^2 + ε) ≈ ±√(ε / (1-ρ)).

// ### A learning rate that changes
//
// Every optimizer above kept its α for all 30 steps. [hirotask 2024](sources.md#hirotask-2024) notes that the learning rate may be a constant or may change as training goes on. A rule that sets α step by step is a learning-rate schedule (学習率スケジュール); the usual direction is down, learning-rate decay (学習率減衰): long steps while the minimum is far away, shorter ones to settle near it. The simplest is step decay, where the rate starts at α_0 and is multiplied by γ every s steps:
//
// α_t = α_0 γ^(⌊ t / s ⌋), t = 0, 1, 2, …
//
// `StepDecay` is the schedule and `ScheduledSGD` the plain SGD step W ← W - α_t g that follows it (open `lib/NeuralNetworks/Optimizers/StepDecay.cs` and `ScheduledSGD.cs`); with γ = 1 the rate never changes. Race SGD over the same valley again, from the same α_0 = 0.95, with γ = 1 (the constant SGD of the race), γ = 0.9 and γ = 0.5, every s = 10 steps:

// ── cell 17 ──
App.Cell(17, "A learning rate that changes");
StepDecay[] schedules =
[
    new(0.95, 1, every: 10),          // γ = 1: the constant SGD of the race
    new(0.95, 0.9, every: 10),
    new(0.95, 0.5, every: 10),
];
var decayPaths = schedules.Select(s => Race(new ScheduledSGD(s))).ToList();
Console.WriteLine($"{"schedule",-32} {"α at step 0, 10, 20",-20}   "
                  + $"{"ends at (x, y)",-18}   f");
for (int k = 0; k < schedules.Length; k++)
{
    StepDecay s = schedules[k];
    Vector<double> end = decayPaths[k].Last;
    double fEnd = decayPaths[k].Values![^1];
    Console.WriteLine($"{s,-32} {s.RateAt(0):F4} {s.RateAt(10):F4} {s.RateAt(20):F4}"
                      + $"   ({end[0]:F3}, {end[1],8:0.0E+0})   {fEnd:F4}");
}
Console.WriteLine($"from step 10, γ = 0.5: y is multiplied by 1 − 2α = "
                  + $"{1 - 2 * schedules[2].RateAt(10):F2} per step, x by 1 − α/10 = "
                  + $"{1 - schedules[2].RateAt(10) / 10:F4}");

// ── cell 18 ──
App.Cell(18, "A learning rate that changes");
string[] scheduleNames = ["constant α = 0.95", "α × 0.9 every 10 steps",
                           "α × 0.5 every 10 steps"];
double[] rateSteps = Enumerable.Range(0, 30).Select(t => (double)t).ToArray();
display(Chart.Lines(rateSteps, schedules.Select((s, k) => (scheduleNames[k],
        (IReadOnlyList<double>)rateSteps.Select(t => s.RateAt((int)t)).ToArray()))
        .ToArray())
    .WithTitle("Step decay: the learning rate of each step")
    .WithXTitle("step t").WithYTitle("learning rate αₜ"));

// ── cell 19 ──
App.Cell(19, "A learning rate that changes");
display(Chart.Lines(stepAxis, schedules.Select((s, k) => (scheduleNames[k],
        (IReadOnlyList<double>)decayPaths[k].Values!)).ToArray())
    .WithTitle("SGD through the valley: a constant rate against two decaying ones")
    .WithXTitle("step").WithYTitle("f(x, y) (log scale)").WithLogY());

// The three walks are the same for the first 10 steps; then the rates part ways, and the two charts show what a decaying rate does.
//
// - **Halving** (γ = 0.5) drops α to 0.4750 at step 10. From there each step multiplies y by 1 − 2α = 0.05, so the zig-zag dies almost at once and the walk ends on the valley floor, y = 1.1E-16. But each step multiplies x by 1 − α/10 = 0.9525 instead of 0.905, and from step 20 by a number closer still to 1, so the walk crawls along the valley: it ends at x = −1.247 with f = 0.0777, far worse than the constant rate's 0.0133.
// - **Gentle decay** (γ = 0.9: 0.9500, then 0.8550, then 0.7695) calms the zig-zag too (y = 4.7E-5 at the end, against 8.5E-2) and loses only a little ground in x (−0.474 against −0.350): f = 0.0112, below the constant rate.
//
// So decay trades progress for calm: the smaller α, the less the walk overshoots, and the slower it moves. On this valley no schedule can do better than that trade, because x wants long steps and y short ones at the same time, and a schedule gives every coordinate the same α; the per-coordinate optimizers above attack exactly that. A schedule helps where the steps overshoot or bounce late in a run, as they do with the noisy gradients of small mini-batches, and it combines with any optimizer (PyTorch, which lesson 12 introduces, ships step decay, cosine decay and others in `torch.optim.lr_scheduler`).

// ### Loss curves on a real task
//
// Valleys like this hide in real loss surfaces with thousands of weights. Here is the wine data set (178 wines, 13 chemical measurements, 3 cultivars), standardised, with a 13 → 16 ReLU → 3 network trained by each optimizer at the same learning rate α = 0.01, and by AdaDelta, which has none:

// ── cell 22 ──
App.Cell(22, "Loss curves on a real task");
var wine = Dataset.LoadCsv("../data/wine.csv");
Console.WriteLine($"wine: {wine.Count} wines, {wine.FeatureCount} measurements, "
                  + $"{wine.ClassCount} cultivars");
DataSplit wineSplit = wine.Split(0.6, 0.2, seed: 10);
var wineScaler = Standardizer.Fit(wineSplit.Train.Features);
Dataset wineTrain = wineScaler.Transform(wineSplit.Train);
Dataset wineValidation = wineScaler.Transform(wineSplit.Validation);

var makers = new (string Name, Func<IOptimizer> Make)[]
{
    ("SGD", () => new SGD(0.01)), ("Momentum", () => new Momentum(0.01)),
    ("AdaGrad", () => new AdaGrad(0.01)), ("RMSProp", () => new RMSProp(0.01)),
    ("Adam", () => new Adam(0.01)), ("AdaDelta", () => new AdaDelta()),
};
var wineHistories = makers
    .Select(m => Trainer.Fit(new Network([13, 16, 3], Activation.ReLU, seed: 10),
                             wineTrain, m.Make(), wineValidation, epochs: 20,
                             batchSize: 16, seed: 10))
    .ToList();
for (int k = 0; k < makers.Length; k++)
    Console.WriteLine($"{makers[k].Name,-9} training loss after 20 epochs "
                      + $"{wineHistories[k].Last.TrainLoss:F4}, validation accuracy "
                      + $"{wineHistories[k].Last.ValidationAccuracy:P1}");

// ── cell 23 ──
App.Cell(23, "Loss curves on a real task");
double[] wineEpochs = Enumerable.Range(1, 20).Select(e => (double)e).ToArray();
display(Chart.Lines(wineEpochs, makers.Select((m, k) =>
        (m.Name, (IReadOnlyList<double>)wineHistories[k].TrainLosses.ToArray()))
        .ToArray())
    .WithTitle("Wine: training loss per epoch, α = 0.01 (AdaDelta has no α)")
    .WithXTitle("epoch").WithYTitle("training loss (log scale)").WithLogY());

// With the same α, plain SGD is still at a training loss of 0.4155 after 20 epochs, and AdaGrad at 0.3167 (its steps keep shrinking as h grows). Momentum reaches 0.0307, Adam 0.0141 and RMSProp 0.0042. AdaDelta, with no learning rate to choose, reaches 0.0824: its slow start matters little over a run of many steps. Don't read this as a ranking, though. Each optimizer has its own best learning rate (Adam is usually run with α = 0.001), and as HN410 2022 says, Adam often does well, but which optimizer is best depends on the network.
//
// ## 2. Vanishing and exploding gradients
//
// Backpropagation multiplies one factor per layer (lesson 08). If every factor is below 1, the product shrinks exponentially with depth, and the first layers barely learn: the gradient vanishes (勾配消失). If the factors are above 1, it explodes instead (勾配爆発); the end of this section measures that too. HN410 2022 blames the sigmoid: once its input is large in size, its derivative is almost 0. And even at its peak, at u = 0, the derivative is only 0.25:

// ── cell 25 ──
App.Cell(25, "2. Vanishing and exploding gradients");
Console.WriteLine($"σ′(0) = {Activation.Sigmoid.Derivative(0):F4} (the largest σ′ gets)");
Console.WriteLine($"σ′(4) = {Activation.Sigmoid.Derivative(4):F4}");
Console.WriteLine($"0.25 multiplied 6 times: {Math.Pow(0.25, 6):E2}");

// Even in the best case, six sigmoid layers contribute six σ′ factors whose product is at most 0.25⁶ = 2.44E-004. That bounds the σ′ factors, not the gradient: each layer also multiplies by its weights, and weights larger than 1 can make up for part of it. ReLU's derivative is exactly 1 for every positive input, and Leaky ReLU keeps a small slope for negative inputs too (HN410 2022 mentions 0.03 as a common choice):

// ── cell 27 ──
App.Cell(27, "2. Vanishing and exploding gradients");
var leaky = Activation.LeakyReLU(0.03);
var derivatives = Chart.Functions(-4, 4,
        ("sigmoid σ′(u)", Activation.Sigmoid.Derivative),
        ("ReLU′(u)", Activation.ReLU.Derivative),
        ("Leaky ReLU′(u), slope 0.03", leaky.Derivative));
// ReLU′ and Leaky ReLU′ agree for u > 0: ReLU′ wide and pale, Leaky ReLU′ dashed on top.
Line[] derivativeStyles =
[
    new() { Width = 2 }, new() { Width = 8, Color = "rgba(255,127,14,0.4)" },
    new() { Width = 3, Dash = "dash", Color = "#2ca02c" },
];
display((derivatives with
    {
        Data = derivatives.Data
            .Select((t, i) => (Trace)((Scatter)t with { Line = derivativeStyles[i] }))
            .ToList(),
    })
    .WithTitle("Derivatives of three activations: the sigmoid's never exceeds 0.25")
    .WithXTitle("u").WithYTitle("f′(u)").WithYRange(-0.1, 1.1));

// Now measure it. Take a deep network, 2 inputs → six hidden layers of 16 units → 2 outputs, run one backward pass on 200 points of a spiral, and print the size ‖∂L/∂W‖ of each layer's weight gradient. Layer 1 is nearest the input, the furthest from the loss:

// ── cell 29 ──
App.Cell(29, "2. Vanishing and exploding gradients");
var spiral = ToyData.Spirals(200, classes: 2, noise: 0.1, seed: 11);
int[] deep = [2, 16, 16, 16, 16, 16, 16, 2];
var activations = new[] { Activation.Sigmoid, Activation.ReLU, leaky };
string[] names = ["sigmoid", "ReLU", "Leaky ReLU 0.03"];
var gradientSizes = activations.Select(activation =>
{
    var net = new Network(deep, activation, seed: 11);
    net.Loss(spiral.Features, net.Targets(spiral.Labels));
    net.Backward();
    return net.Parameters.Where(p => !p.IsBias)
                         .Select(p => p.Gradient.FrobeniusNorm()).ToArray();
}).ToList();
string Row(IEnumerable<double> sizes) =>
    string.Join(" ", sizes.Select(s => s.ToString("0.0E+0").PadLeft(7)));
string header = string.Join(" ", Enumerable.Range(1, 7).Select(i => $"W{i}".PadLeft(7)));
Console.WriteLine("layer           " + header);
for (int a = 0; a < activations.Length; a++)
    Console.WriteLine($"{names[a],-15} " + Row(gradientSizes[a]));

// With the sigmoid, the gradient is 6.7E-1 at W7, next to the output, and shrinks layer by layer to 2.2E-5 at W1: the first layers hardly learn at all. With ReLU and Leaky ReLU every layer's gradient stays between 1.1E-1 and 3.1E-1. That is why hidden layers today use ReLU or its relatives, and the sigmoid survives mostly in output layers, where lesson 08 showed it pairs well with cross-entropy.
//
// ### Shortcut connections
//
// HN410 2022 names one more cure, the one ResNet uses: let the derivative skip layers. A **shortcut connection (ショートカット接続)** gives some layers their input twice, once through the layers and once around them, and a **residual block (残差ブロック)** adds the two:
//
// z = x + F(x), ∂z/∂x = I + ∂F/∂x
//
// However small the layers make ∂F / ∂x, the identity I passes the gradient on unchanged: backward, the block returns dz + (the layers' backward of dz). In the library a block is one more layer, `Residual`, that wraps the layers it skips (open `lib/NeuralNetworks/Layers/Residual.cs`). Keep the sigmoid, but put hidden layers 2 to 6 into five blocks, each z = x + σ(x W + b), and measure again:

// ── cell 31 ──
App.Cell(31, "Shortcut connections");
Network WithShortcuts(int blocks, int seed)
{
    var random = new Random(seed);
    var layers = new List<ILayer>
    {
        new Dense(2, 16, Initialization.Xavier, random, index: 1),
        new ActivationLayer(Activation.Sigmoid),
    };
    for (int i = 2; i <= blocks + 1; i++)        // z = x + σ(x·W + b)
        layers.Add(new Residual(
            new Dense(16, 16, Initialization.Xavier, random, index: i),
            new ActivationLayer(Activation.Sigmoid)));
    layers.Add(new Dense(16, 2, Initialization.Xavier, random, index: blocks + 2));
    return new Network(layers, new SoftmaxWithLoss());
}
var shortcutNet = WithShortcuts(blocks: 5, seed: 11);
Console.WriteLine($"2 → 16 Sigmoid, then 5 blocks like {shortcutNet.Layers[2]}, "
                  + "then → 2 softmax");
shortcutNet.Loss(spiral.Features, shortcutNet.Targets(spiral.Labels));
shortcutNet.Backward();
double[] shortcutSizes = shortcutNet.Parameters.Where(p => !p.IsBias)
    .Select(p => p.Gradient.FrobeniusNorm()).ToArray();
Console.WriteLine($"{"sigmoid",-24}" + Row(gradientSizes[0]));
Console.WriteLine($"{"sigmoid with shortcuts",-24}" + Row(shortcutSizes));

// ── cell 32 ──
App.Cell(32, "Shortcut connections");
double[] layerNumbers = Enumerable.Range(1, 7).Select(i => (double)i).ToArray();
var perLayer = Chart.Lines(layerNumbers,
    [.. names.Select((name, k) => (name, (IReadOnlyList<double>)gradientSizes[k])),
     ("sigmoid with shortcuts", shortcutSizes)]);
// ReLU and Leaky ReLU nearly coincide: ReLU wide and pale, Leaky ReLU dashed on top.
Line[] layerStyles = [new() { Width = 2, Color = "#1f77b4" },
                      new() { Width = 8, Color = "rgba(255,127,14,0.4)" },
                      new() { Width = 3, Dash = "dash", Color = "#2ca02c" },
                      new() { Width = 2, Color = "#d62728" }];
display((perLayer with
    {
        Data = perLayer.Data
            .Select((t, i) => (Trace)((Scatter)t with { Line = layerStyles[i] }))
            .ToList(),
    })
    .WithTitle("Gradient size per layer in a 7-layer network, one backward pass")
    .WithXTitle("layer (1 = next to the input)").WithYTitle("‖∂L/∂W‖ (log scale)")
    .WithLogY());

// With shortcuts, W1 gets a gradient of 5.3E-2 instead of 2.2E-5, and W2 to W6 get between 3.3E-1 and 1.2E+0: every block hands the gradient back through its "+ x", so the layers near the input learn as fast as the others. Section 6's batch-normalisation experiment trains such a network.

// ── cell 34 ──
App.Cell(34, "Shortcut connections");
// YOUR TURN 3 · The derivative of a residual block
// One unit: z = x + σ(w·x + b) with x = 0.5, w = 3, b = −1. Compute dz/dx by the
// chain rule (σ′(u) = σ(u)(1 − σ(u)), lesson 08), then the same without the shortcut,
// z = σ(w·x + b).
double x0 = 0.5, w0 = 3, b0 = -1;
double withShortcut = double.NaN;            // your dz/dx for z = x + σ(w·x + b)
double withoutShortcut = double.NaN;         // your dz/dx for z = σ(w·x + b)

Func<double, double> block = x => x + Activation.Sigmoid.Apply(w0 * x + b0);
Func<double, double> plainUnit = x => Activation.Sigmoid.Apply(w0 * x + b0);
SelfCheck.Close("dz/dx with the shortcut",
                NumericalDerivative.Central(block, x0), withShortcut, 1e-8);
SelfCheck.Close("dz/dx without it",
                NumericalDerivative.Central(plainUnit, x0), withoutShortcut, 1e-8);

//
// Solution
//
// ```csharp
// // YOUR TURN 3 · The derivative of a residual block
// // One unit: z = x + σ(w·x + b) with x = 0.5, w = 3, b = −1. Compute dz/dx by the
// // chain rule (σ′(u) = σ(u)(1 − σ(u)), lesson 08), then the same without the shortcut,
// // z = σ(w·x + b).
// double x0 = 0.5, w0 = 3, b0 = -1;
// double u0 = w0 * x0 + b0, s0 = Activation.Sigmoid.Apply(u0);
// double withoutShortcut = s0 * (1 - s0) * w0;             // σ′(u)·w
// double withShortcut = 1 + withoutShortcut;               // the shortcut adds 1
//
// Func<double, double> block = x => x + Activation.Sigmoid.Apply(w0 * x + b0);
// Func<double, double> plainUnit = x => Activation.Sigmoid.Apply(w0 * x + b0);
// SelfCheck.Close("dz/dx with the shortcut",
//                 NumericalDerivative.Central(block, x0), withShortcut, 1e-8);
// SelfCheck.Close("dz/dx without it",
//                 NumericalDerivative.Central(plainUnit, x0), withoutShortcut, 1e-8);
// ```
//
// The shortcut adds exactly 1 to the derivative. In a stack of blocks the 1s keep the product of the layers' factors from shrinking towards 0.

// ### Exploding gradients
//
// HN410 2022 names the opposite problem beside vanishing gradients: when each factor is larger than 1, the product grows with every layer, the gradient explodes (勾配爆発), and training becomes unstable. Each layer's factor is its activation's derivative times its weights. The sigmoid's derivative is at most 0.25, but tanh′(0) = 1, so a tanh network whose weights are too large can multiply the gradient up on its way back.
//
// Measure it exactly as before: the same 2 → six hidden layers of 16 units → 2 network, the same 200 spiral points, one backward pass, ‖∂L/∂W‖ per layer. This time the hidden layers use tanh and the weights are drawn with σ = 3 (seed 12). The sigmoid network drew its weights with σ = √(1/n) for a layer with n inputs (the library's `Xavier`, which section 3 explains), so its hidden layers, with 16 inputs each, got √(1/16) = 0.25: σ = 3 is 12 times that. Beside it, the same tanh network with σ = √(1/n):

// ── cell 37 ──
App.Cell(37, "Exploding gradients");
Network AfterOneBackward(Network net)
{
    net.Loss(spiral.Features, net.Targets(spiral.Labels));
    net.Backward();
    return net;
}
double[] WeightGradientSizes(Network net) => net.Parameters.Where(p => !p.IsBias)
    .Select(p => p.Gradient.FrobeniusNorm()).ToArray();
var tooLarge = AfterOneBackward(new Network(deep, Activation.Tanh,
    initialization: Initialization.Normal(3), seed: 12));
var scaled = AfterOneBackward(new Network(deep, Activation.Tanh,
    initialization: Initialization.Xavier, seed: 12));
double[] explodingSizes = WeightGradientSizes(tooLarge);
double[] scaledSizes = WeightGradientSizes(scaled);
double hiddenScale = Math.Sqrt(1.0 / 16);
Console.WriteLine($"σ = √(1/16) = {hiddenScale:F2}; σ = 3 is {3 / hiddenScale:F0} "
                  + $"times that; tanh′(0) = {Activation.Tanh.Derivative(0):F0}");
Console.WriteLine($"{"layer",-25}" + header);
Console.WriteLine($"{"sigmoid (vanishing)",-25}" + Row(gradientSizes[0]));
Console.WriteLine($"{"tanh, σ = 3 (exploding)",-25}" + Row(explodingSizes));
Console.WriteLine($"{"tanh, σ = √(1/n)",-25}" + Row(scaledSizes));
double explodingRatio = explodingSizes[0] / explodingSizes[6];
double vanishingRatio = gradientSizes[0][0] / gradientSizes[0][6];
Console.WriteLine($"W1 gets {explodingRatio:F0} times W7's gradient with σ = 3, "
                  + $"{vanishingRatio:0.0E+0} times with the sigmoid");

// With σ = 3 the gradient is 9.9E-1 at W7 and grows layer by layer towards the input, to 3.0E+1 at W1: the first layer gets 30 times the last one's, where the sigmoid's got 3.3E-5 times. With plain SGD a step moves each weight by α times its gradient, so one step would move the first layer's weights about 30 times as far as the last layer's, and far more than a step that suits the last layer: that is the instability HN410 2022 means.
//
// Two remedies are usual. The first is careful initialisation: the same tanh network with σ = √(1/n) keeps every layer's gradient between 9.0E-2 and 6.4E-1; section 3 shows how to choose that scale. The second is gradient clipping (勾配クリッピング): before each step, measure the whole gradient, all parameters together, by its norm ‖ g ‖, and if it is larger than a limit c, shrink every gradient by the same factor:
//
// g ← g · c/(‖ g ‖) if ‖ g ‖ > c, ‖ g ‖ = √(textstyleΣ_(all parameters) (∂L / ∂w)^2)
//
// The direction stays the same; only the length of the step is capped (open `lib/NeuralNetworks/Optimizers/GradientClipping.cs`; call it between `Backward` and the optimizer's `Step`). Clip the exploding network's gradient to c = 1:

// ── cell 39 ──
App.Cell(39, "Exploding gradients");
double normBefore = GradientClipping.ClipByNorm(tooLarge.Parameters, maxNorm: 1);
double[] clippedSizes = WeightGradientSizes(tooLarge);
Console.WriteLine($"‖g‖ before clipping {normBefore:F1}, after "
                  + $"{GradientClipping.GlobalNorm(tooLarge.Parameters):F1}");
Console.WriteLine($"{"layer",-25}" + header);
Console.WriteLine($"{"tanh, σ = 3, clipped",-25}" + Row(clippedSizes));
Console.WriteLine($"W1 / W7 after clipping: {clippedSizes[0] / clippedSizes[6]:F0}");

// ── cell 40 ──
App.Cell(40, "Exploding gradients");
var growing = Chart.Lines(layerNumbers,
    ("sigmoid: vanishing", gradientSizes[0]),
    ("tanh, σ = 3: exploding", explodingSizes),
    ("tanh, σ = 3, clipped to ‖g‖ = 1", clippedSizes),
    ("tanh, σ = √(1/n)", scaledSizes));
Line[] growingStyles = [new() { Width = 2, Color = "#1f77b4" },
                        new() { Width = 2, Color = "#d62728" },
                        new() { Width = 3, Dash = "dash", Color = "#d62728" },
                        new() { Width = 2, Color = "#2ca02c" }];
display((growing with
    {
        Data = growing.Data
            .Select((t, i) => (Trace)((Scatter)t with { Line = growingStyles[i] }))
            .ToList(),
    })
    .WithTitle("Vanishing and exploding: gradient size per layer, one backward pass")
    .WithXTitle("layer (1 = next to the input)").WithYTitle("‖∂L/∂W‖ (log scale)")
    .WithLogY());

// On the log scale the sigmoid's line climbs from the input to the output and the σ = 3 line falls: one gradient vanishes on its way back, the other explodes. Clipping cut the whole gradient from ‖g‖ = 120.2 to 1.0, so the dashed line is the red one moved down, parallel: W1 still gets 30 times W7's gradient. Clipping keeps a single step from going wild, but only a better scale of the weights, the green line, gives every layer a gradient of the same size. Deep networks use both.

// ## 3. Weight initialization
//
// The starting weights decide how big the signals are as they pass forward. Too small and every layer shrinks them towards 0; too large and tanh units saturate at ±1 (sigmoid units at 0 and 1), where their derivative is almost 0. Either way, gradients vanish.
//
// Watch the activations of a 100-unit tanh network with five hidden layers, for 300 random inputs, under three initial weight scales (重みの初期値): σ = 0.01 (the choice in [Namba, Hijiyama.R](sources.md#namba-hijiyama-r)), σ = 1, and σ = √(1/n), where n is the number of inputs of the layer. The library calls that last one `Xavier`, as ゼロから作るDeep Learning and many tutorials do; strictly it is LeCun's rule, and section 3 ends with the difference.

// ── cell 43 ──
App.Cell(43, "3. Weight initialization");
var inputs = Matrix<double>.Build.Random(300, 100, new Normal(0, 1, new Random(12)));
var initializations = new[]
{
    Initialization.Normal(0.01), Initialization.Normal(1), Initialization.Xavier,
};
var spreads = new List<double[]>();
foreach (var init in initializations)
{
    var net = new Network([100, 100, 100, 100, 100, 100, 2], Activation.Tanh,
                          initialization: init, seed: 12);
    var hidden = net.Trace(inputs).Where(t => t.Layer == "Tanh")
                    .Select(t => t.Value.Enumerate().ToArray()).ToList();
    spreads.Add(hidden.Select(z => z.StandardDeviation()).ToArray());
    double saturated = hidden[^1].Count(z => Math.Abs(z) > 0.99)
                       / (double)hidden[^1].Length;
    string stds = string.Join(", ", spreads[^1].Select(s => s.ToString("F3")));
    Console.WriteLine($"{init.Name,-12} std per layer {stds}");
    Console.WriteLine($"{"",-12} saturated in layer 5 (|z| > 0.99): {saturated:P0}");
}

// ── cell 44 ──
App.Cell(44, "3. Weight initialization");
display(Chart.Lines([1, 2, 3, 4, 5],
        initializations
            .Select((init, k) => (init.Name, (IReadOnlyList<double>)spreads[k]))
            .ToArray())
    .WithTitle("Spread of the activations, layer by layer, in a 5-layer tanh network")
    .WithXTitle("hidden layer")
    .WithYTitle("standard deviation of the activations (log scale)").WithLogY());

// With σ = 0.01 the spread drops tenfold per layer, from 0.100 in layer 1 to 0.000 by layer 4: the signal dies out. With σ = 1 the spread stays near 0.96, but 78 % of layer 5's units are saturated (|z| > 0.99), where tanh′ is almost 0: the signal survives, the gradient does not. Xavier keeps the spread between 0.629 and 0.315 with no saturated units.
//
// The rule behind it: a unit sums n inputs, so to keep the variance of u the same as that of each input, the weights need variance 1/n. That is LeCun's rule. Xavier Glorot and Yoshua Bengio's own rule, the original "Xavier" initialisation, also keeps the gradients' variance steady on the way back and settles on variance 2/(n_in + n_out); for the 100 → 100 layers here the two are the same. ReLU zeroes half its inputs, so He initialisation doubles it: σ = √(2/n). The library uses He for ReLU and Xavier otherwise unless told otherwise (`Initialization.For`, open `lib/NeuralNetworks/Layers/Initialization.cs`). Namba, Hijiyama.R's 0.01 works for iris only because that network has one hidden layer: lesson 09's curves showed its slow start.
//
// ## 4. Overfitting
//
// Overfitting (過学習) means learning the training data's accidents instead of its pattern, so that new data is predicted worse (HN410 2022: like memorising past exam papers). HN410 2022's picture is a cubic with noise, fitted by polynomials. Here are 12 training points of y = x³ − 3x plus noise, and 50 more points for validation:

// ── cell 46 ──
App.Cell(46, "4. Overfitting");
CurveSamples trainPoints = ToyData.NoisyCubic(12, noise: 1.0, seed: 2);
CurveSamples validationPoints = ToyData.NoisyCubic(50, noise: 1.0, seed: 3);
double[] Polyfit(int degree) =>
    Fit.Polynomial(trainPoints.X.ToArray(), trainPoints.Y.ToArray(), degree);
double Rmse(double[] c, CurveSamples s) =>
    Math.Sqrt(s.X.Select((x, i) => Math.Pow(Polynomial.Evaluate(x, c) - s.Y[i], 2))
                 .Average());

double[] cubic = Polyfit(3);
Console.WriteLine(trainPoints);
Console.WriteLine("degree-3 fit: "
                  + string.Join(", ", cubic.Select((c, k) => $"{c:F2}·x^{k}")));
Console.WriteLine($"true curve:   0.00·x^0, -3.00·x^1, 0.00·x^2, 1.00·x^3");

// `Fit.Polynomial` (from MathNet, the matrix library the course uses) finds the coefficients with the least squared error on the training points. With degree 3 it recovers the true curve roughly. Now give it more freedom:

// ── cell 48 ──
App.Cell(48, "4. Overfitting");
int[] shown = [1, 3, 11];
Func<double, double> Curve(int degree)
{
    double[] c = Polyfit(degree);
    return x => Polynomial.Evaluate(x, c);
}
var curves = shown.Select(d => ($"degree {d}", Curve(d))).ToList();
curves.Insert(0, ("true curve x³ − 3x", trainPoints.TrueFunction));
var trainDots = Chart.Scatter(trainPoints.X.ToArray(), trainPoints.Y.ToArray(),
                              "training points").Data[0];
display(Chart.Functions(-2, 2, 400, curves.ToArray())
    .WithTrace(trainDots)
    .WithYRange(-6, 6)
    .WithTitle("Polynomials of growing degree fitted to 12 noisy points of a cubic")
    .WithXTitle("x").WithYTitle("y"));

// Degree 1 is too stiff to follow the curve (underfitting). Degree 3 follows the pattern. Degree 11 has 12 coefficients for 12 points, so it passes through every one of them exactly, noise included, and swings wildly in between. Measure the root-mean-square error on both sets for every degree:

// ── cell 50 ──
App.Cell(50, "4. Overfitting");
int[] degrees = Enumerable.Range(0, 12).ToArray();
double[] trainErrors = degrees.Select(d => Rmse(Polyfit(d), trainPoints)).ToArray();
double[] validationErrors =
    degrees.Select(d => Rmse(Polyfit(d), validationPoints)).ToArray();
foreach (int d in degrees)
    Console.WriteLine($"degree {d,2}: training RMSE {trainErrors[d],7:F3}   "
                      + $"validation RMSE {validationErrors[d],7:F3}");

// ── cell 51 ──
App.Cell(51, "4. Overfitting");
display(Chart.Lines(degrees.Select(d => (double)d).ToArray(),
        ("training error", trainErrors.Select(e => Math.Max(e, 1e-3)).ToArray()),
        ("validation error", validationErrors))
    .WithTitle("Training error keeps falling; validation error has a minimum")
    .WithXTitle("polynomial degree").WithYTitle("root-mean-square error (log scale)")
    .WithLogY());

// The training error falls with every extra degree, down to 0.000 at degree 11. The validation error is lowest at degrees 3 and 4 (1.125) and then climbs, to 175.375 at degree 11. The gap between the two curves is overfitting, and only the validation set can show it: the training error alone would always pick the most complex model. (The training error of degree 11 is drawn at 0.001 because a log scale cannot show 0.)
//
// ## 5. Training, validation and test sets
//
// Lesson 09 introduced the three sets. Here is why all three are needed. Choosing the degree by the validation error makes the validation set part of the fitting: the chosen model looks a little better on it than it really is. So the final score comes from a third set that played no part in any choice, the test set, used once (HN410 2022: "テストデータは2回以上使ってはいけない").

// ── cell 53 ──
App.Cell(53, "5. Training, validation and test sets");
int bestDegree = degrees.MinBy(d => validationErrors[d]);
CurveSamples testPoints = ToyData.NoisyCubic(50, noise: 1.0, seed: 4);
Console.WriteLine($"chosen on validation: degree {bestDegree} "
                  + $"(validation RMSE {validationErrors[bestDegree]:F3})");
double testRmse = Rmse(Polyfit(bestDegree), testPoints);
Console.WriteLine($"reported once, on the test set: RMSE {testRmse:F3}");

// The validation set picks degree 4, level with degree 3 to three decimals. Its test RMSE, 1.190, is a little worse than the validation RMSE it was chosen by, 1.125: the honest number is usually the less flattering one. When data is scarce, cross-validation (交差検証) rotates which part is held out for validation, so every example serves in both roles (HN410 2022 mentions it).
//
// ## 6. Remedies for overfitting
//
// HN410 2022 lists the defences: a penalty on large weights, dropout, stopping early, and a simpler model. It lists data augmentation and normalising the inputs separately, as ways of preparing the data; both come later in this section. To see each one change a curve, build a network that overfits on purpose: 30 noisy points of two interleaved half-moons, a network far too big for them (2 → 32 → 32 → 2, ReLU), and 200 epochs of Adam. The validation set has 100 points.

// ── cell 55 ──
App.Cell(55, "6. Remedies for overfitting");
Dataset moons = ToyData.Moons(30, noise: 0.25, seed: 14);
Dataset moonsValidation = ToyData.Moons(100, noise: 0.25, seed: 15);
Network Big(double dropout = 0) =>
    new([2, 32, 32, 2], Activation.ReLU, dropout: dropout, seed: 13);
TrainingHistory Train(Network net, double weightDecay = 0, int? patience = null) =>
    Trainer.Fit(net, moons, new Adam(0.01), moonsValidation, epochs: 200, batchSize: 30,
                seed: 13, weightDecay: weightDecay, patience: patience);

var plainNet = Big();
var plain = Train(plainNet);
var best = plain.Epochs.MinBy(e => e.ValidationLoss)!;
Console.WriteLine($"lowest validation loss {best.ValidationLoss:F3} "
                  + $"at epoch {best.Epoch}");
Console.WriteLine($"after 200 epochs: training loss {plain.Last.TrainLoss:F3}, "
                  + $"validation loss {plain.Last.ValidationLoss:F3}");

// The validation loss is lowest, 0.282, at epoch 68. After that the network keeps driving the training loss down, to 0.003, by fitting the noise of its 30 points, and the validation loss climbs to 0.788. Three remedies, each one setting of `Trainer.Fit` or of the network:
//
// - **L2 regularisation (正則化), or weight decay (荷重減衰).** Add λ/2ΣW^2 to the loss, so every weight's gradient gains a term λW that pulls the weight towards 0: with plain SGD, by αλW per step; Adam, used here, rescales that term with the rest of the gradient (`lib/NeuralNetworks/Training/WeightDecay.cs`). HN410 2022: overfitted weights tend to be unusually large. Here λ = 0.02.
// - **Dropout (ドロップアウト).** During training each hidden unit is switched off at random (probability p, here 0.5) in every forward pass, so no unit can rely on particular others; at prediction time all units are used (`lib/NeuralNetworks/Layers/Dropout.cs`). HN410 2022 compares it to an ensemble of many thinned networks.
// - **Early stopping (早期終了).** Watch the validation loss; stop when it has not improved for `patience` epochs (here 30), and keep the weights of the best epoch.

// ── cell 57 ──
App.Cell(57, "6. Remedies for overfitting");
var l2Net = Big();
var l2 = Train(l2Net, weightDecay: 0.02);
var dropoutNet = Big(dropout: 0.5);
var dropped = Train(dropoutNet);
var earlyNet = Big();
var early = Train(earlyNet, patience: 30);
Console.WriteLine($"no remedy:    final validation loss {plain.Last.ValidationLoss:F3}");
Console.WriteLine($"L2, λ = 0.02: final validation loss {l2.Last.ValidationLoss:F3}");
Console.WriteLine($"dropout 0.5:  final validation loss "
                  + $"{dropped.Last.ValidationLoss:F3}");
Console.WriteLine($"early stop:   stopped after {early.Epochs.Count} epochs, "
                  + $"kept epoch {early.BestEpoch}, "
                  + $"validation loss {early.Best.ValidationLoss:F3}");

// ── cell 58 ──
App.Cell(58, "6. Remedies for overfitting");
double[] allEpochs = plain.Epochs.Select(e => (double)e.Epoch).ToArray();
display(Chart.Lines(allEpochs,
        ("training loss, no remedy", plain.TrainLosses.ToArray()),
        ("validation, no remedy", plain.ValidationLosses.ToArray()),
        ("validation, L2", l2.ValidationLosses.ToArray()),
        ("validation, dropout", dropped.ValidationLosses.ToArray()))
    .WithTrace(new Scatter
    {
        X = early.Epochs.Select(e => (double)e.Epoch).ToArray(),
        Y = early.ValidationLosses.ToArray(),
        Name = $"validation, early stopping (kept epoch {early.BestEpoch})",
        Mode = "lines",
        Line = new Line { Width = 5, Dash = "dot", Color = "black" },
    })
    .WithTitle("Moons: validation loss with and without the remedies")
    .WithXTitle("epoch").WithYTitle("cross-entropy loss"));

// L2 holds the final validation loss at 0.269, below even the plain network's best epoch (0.282). Dropout slows the climb, ending at 0.592. Early stopping gave up after 98 epochs and kept epoch 68's weights, with validation loss 0.282. The decision boundaries show what the numbers mean (class 0 blue, class 1 orange; the grey lines mark how sure the network is, from 0.5 to 0.9):

// ── cell 60 ──
App.Cell(60, "6. Remedies for overfitting");
Figure Boundary(Network net, string title) =>
    Chart.DecisionBoundary(moons, net.Predict, resolution: 60).WithTitle(title);
display(Chart.Subplots(2, 2,
        Boundary(plainNet, "no remedy (200 epochs)"), Boundary(l2Net, "L2, λ = 0.02"),
        Boundary(dropoutNet, "dropout 0.5"),
        Boundary(earlyNet, $"early stopping (epoch {early.BestEpoch})"))
    .WithTitle("The 30 training points and where each network puts the classes")
    .WithLegend(false)
    .WithLayout(l => l with { Height = 800 }));

// Without a remedy, the network bends its boundary into a narrow corridor and a pocket that reach for single noisy points: it has learned the 30 points, not the two moons. With L2 and with dropout the boundary is one smooth curve between the moons, which is what carries over to new points. Early stopping's boundary is smoother than the unregularised one but still curls around the blue point that sits among the orange ones: stopping early limits how far training goes, not what it reaches for.
//
// ### Data augmentation
//
// HN410 2022 lists one more remedy under data processing: **data augmentation (データ拡張)**, padding out the training data with altered copies of it (水増し). For images the lecture's examples are copies that are rotated, shifted, or have noise added; each copy is a picture the network should still recognise. Here are such copies of one of lesson 09's 8×8 digits:

// ── cell 62 ──
App.Cell(62, "Data augmentation");
var digits = Dataset.LoadCsv("../data/digits.csv");
double[] Shifted(Vector<double> image, int dx, int dy) =>
    Enumerable.Range(0, 64).Select(p =>
    {
        int row = p / 8 - dy, column = p % 8 - dx;
        bool inside = row is >= 0 and < 8 && column is >= 0 and < 8;
        return inside ? image[row * 8 + column] : 0;
    }).ToArray();
var pixelNoise = new Normal(0, 2, new Random(18));
Vector<double> digit = digits.Features.Row(3);
double[] noisy = digit.Select(v => Math.Clamp(v + pixelNoise.Sample(), 0, 16)).ToArray();
display(Chart.Subplots(1, 4,
        Chart.Image(digit.ToArray(), width: 8, title: $"a {digits.Labels[3]}"),
        Chart.Image(Shifted(digit, 1, 0), width: 8, title: "shifted right"),
        Chart.Image(Shifted(digit, 0, 1), width: 8, title: "shifted down"),
        Chart.Image(noisy, width: 8, title: "with noise"))
    .WithTitle("One training image and three augmented copies")
    .WithLayout(l => l with { Height = 300 }));

// The moons are points, not pictures, but the same idea applies: a point moved a little is still on the same moon. Give each of the 30 training points 9 copies, each moved by normal noise with σ = 0.15 (less than the data's own noise, 0.25), and train the same overfitting network on the 300 points. As in the other runs, every step uses the whole training set, so it also takes 200 steps:

// ── cell 64 ──
App.Cell(64, "Data augmentation");
Dataset NoisyCopies(Dataset data, int copies, double noise, int seed)
{
    var jitter = new Normal(0, noise, new Random(seed));
    int n = data.Count;
    var X = Matrix<double>.Build.Dense(n * copies, data.FeatureCount,
        (r, c) => data.Features[r % n, c] + (r < n ? 0 : jitter.Sample()));
    int[] labels = Enumerable.Range(0, n * copies).Select(r => data.Labels[r % n])
                             .ToArray();
    return new Dataset(X, labels, data.FeatureNames, data.ClassNames);
}
Dataset augmented = NoisyCopies(moons, copies: 10, noise: 0.15, seed: 17);
var augmentedNet = Big();
var augmentedRun = Trainer.Fit(augmentedNet, augmented, new Adam(0.01), moonsValidation,
                               epochs: 200, batchSize: augmented.Count, seed: 13);
Console.WriteLine($"{augmented.Count} training points; final validation loss "
                  + $"{augmentedRun.Last.ValidationLoss:F3} "
                  + $"(no remedy: {plain.Last.ValidationLoss:F3})");
display(Chart.DecisionBoundary(augmented, augmentedNet.Predict, resolution: 60)
    .WithTitle("Trained on the 30 points and 270 noisy copies"));

// The copies of the blue point that sits among the orange ones form a small blue cloud, and the network still gives that cloud a region of its own: augmentation adds data the network should treat alike, it cannot correct an unlucky point. But the thin corridor and the pocket around single points have become broad regions with gradual certainty lines, and the final validation loss falls from 0.788 to 0.434, lower than dropout's 0.592, though not as low as L2's 0.269 here. How many copies and how much noise are settings to choose on the validation set, like λ.
//
// ### Input normalisation
//
// HN410 2022 also recommends normalising (正規化) the inputs, for example standardising (標準化) them to mean 0 and standard deviation 1 per feature, "especially when the features have different units". The wine measurements are on very different scales. Train the same network by plain SGD on the raw numbers and on standardised ones:

// ── cell 66 ──
App.Cell(66, "Input normalisation");
var largest = Enumerable.Range(0, 13)
    .Select(j => (wine.FeatureNames[j], wineSplit.Train.Features.Column(j).Maximum()));
Console.WriteLine($"smallest feature maximum: {largest.MinBy(f => f.Item2)}, "
                  + $"largest: {largest.MaxBy(f => f.Item2)}");
TrainingHistory Raw(double alpha) =>
    Trainer.Fit(new Network([13, 16, 3], Activation.ReLU, seed: 10), wineSplit.Train,
                new SGD(alpha), wineSplit.Validation, epochs: 20, batchSize: 16,
                seed: 10);
var rawFast = Raw(0.01);
var rawSlow = Raw(0.0001);
var scaled_66 = wineHistories[0];            // SGD, α = 0.01, standardised: section 1
var inputRuns = new[]
{
    ("raw, α = 0.01", rawFast), ("raw, α = 0.0001", rawSlow),
    ("standardised, α = 0.01", scaled_66),
};
foreach (var (name, h) in inputRuns)
    Console.WriteLine($"{name,-23} final training loss {h.Last.TrainLoss,7:F3}, "
                      + $"validation accuracy {h.Last.ValidationAccuracy:P1}");

// ── cell 67 ──
App.Cell(67, "Input normalisation");
display(Chart.Lines(Enumerable.Range(1, 20).Select(e => (double)e).ToArray(),
        ("raw inputs, α = 0.01", rawFast.TrainLosses.ToArray()),
        ("raw inputs, α = 0.0001", rawSlow.TrainLosses.ToArray()),
        ("standardised inputs, α = 0.01", scaled_66.TrainLosses.ToArray()))
    .WithTitle("Wine: the same network and optimizer, raw against standardised inputs")
    .WithXTitle("epoch").WithYTitle("training loss (log scale)").WithLogY());

// On raw inputs, α = 0.01 is stuck from the start: the training loss stays flat and ends at 1.092, the ln 3 of pure guessing among three classes (lesson 09), with 51.4 % validation accuracy. A smaller α = 0.0001 does not help: the loss jumps around and ends at 9.925, with 37.1 %. Proline's values, up to 1680, dominate every weighted sum, while nonflavanoid phenols never exceed 0.66, so a step size that suits one weight is useless for another: the narrow valley of section 1 again. Standardised, the same network and α = 0.01 reach a training loss of 0.416 and 85.7 % validation accuracy.
//
// ### Batch normalisation
//
// Batch normalisation (バッチ正規化) applies the same idea inside the network. A `BatchNormalization` layer, placed between a Dense layer and its activation, standardises each unit over the current mini-batch and then lets the network rescale and shift it with two learned parameters, γ and β:
//
// hat u = (u - μ_B)/(√(σ_B^2 + ε)), z = γ hat u + β
//
// At prediction time there may be no batch at all, so the layer uses running averages of μ and σ² collected during training instead (open `lib/NeuralNetworks/Layers/BatchNormalization.cs`; its backward pass is checked against numerical gradients like every other layer's). HN410 2022 credits it with faster training and better accuracy.
//
// Try it where section 2 predicts trouble: five sigmoid hidden layers of 16 units, on 100 training points of the moons, plain SGD with α = 0.3 for 60 epochs. The only difference between the first two networks is a batch-normalisation layer before each sigmoid; the third keeps the plain sigmoid layers but puts layers 2 to 5 into section 2's shortcut blocks:

// ── cell 69 ──
App.Cell(69, "Batch normalisation");
List<ILayer> DeepSigmoid(bool withBatchNorm)
{
    var random = new Random(16);
    int[] sizes = [2, 16, 16, 16, 16, 16, 2];
    var layers = new List<ILayer>();
    for (int i = 1; i < sizes.Length; i++)
    {
        int from = sizes[i - 1], to = sizes[i];
        layers.Add(new Dense(from, to, Initialization.Xavier, random, index: i));
        if (i == sizes.Length - 1) break;
        if (withBatchNorm) layers.Add(new BatchNormalization(sizes[i], index: i));
        layers.Add(new ActivationLayer(Activation.Sigmoid));
    }
    return layers;
}
DataSplit moonSplit = ToyData.Moons(200, noise: 0.15, seed: 16).Split(0.5, 0.5, seed: 16);
var withoutNorm = new Network(DeepSigmoid(withBatchNorm: false), new SoftmaxWithLoss());
var withNorm = new Network(DeepSigmoid(withBatchNorm: true), new SoftmaxWithLoss());
var withShortcuts = WithShortcuts(blocks: 4, seed: 16);
Console.WriteLine(withoutNorm);
Console.WriteLine(withNorm);
TrainingHistory TrainDeep(Network net) =>
    Trainer.Fit(net, moonSplit.Train, new SGD(0.3), moonSplit.Validation, epochs: 60,
                batchSize: 20, seed: 16);
var historyWithout = TrainDeep(withoutNorm);
var historyWith = TrainDeep(withNorm);
var historyShortcuts = TrainDeep(withShortcuts);
var deepRuns = new[]
{
    ("plain:", historyWithout), ("batch norm:", historyWith),
    ("shortcuts:", historyShortcuts),
};
foreach (var (name, h) in deepRuns)
    Console.WriteLine($"{name,-12} training loss {h.Last.TrainLoss:F3}, "
                      + $"validation accuracy {h.Last.ValidationAccuracy:P1}");

// ── cell 70 ──
App.Cell(70, "Batch normalisation");
display(Chart.Lines(Enumerable.Range(1, 60).Select(e => (double)e).ToArray(),
        ("five sigmoid layers", historyWithout.TrainLosses.ToArray()),
        ("the same with batch normalisation", historyWith.TrainLosses.ToArray()),
        ("the same with shortcut connections", historyShortcuts.TrainLosses.ToArray()))
    .WithTitle("Moons: a deep sigmoid network, plain, with batch norm, with shortcuts")
    .WithXTitle("epoch").WithYTitle("training loss"));

// Without it, the network never leaves its starting point: a training loss of 0.688 after 60 epochs, the loss of guessing between two classes, and 44.0 % validation accuracy. These are section 2's vanishing gradients. With batch normalisation every sigmoid gets inputs spread around 0, where its slope is largest, and the same SGD reaches a training loss of 0.066 and 95.0 % validation accuracy. The shortcut connections of section 2 get the plain sigmoid layers learning too: a training loss of 0.229 and 85.0 % after the same 60 epochs, slower than batch normalisation here but far from stuck. (One detail: the bias of a Dense layer right before batch normalisation has no effect, because subtracting the batch mean removes any shift; β does its job instead.)
//
// ## Check your understanding
//
// 1. On the valley f(x, y) = x²/20 + y², why does plain SGD move mostly in y even though the minimum is far away in x? Which optimizers fix this by scaling each coordinate's step separately?
// 2. A network has ten sigmoid hidden layers. Give an upper bound for the factor that the sigmoid derivatives alone multiply the first layer's gradient by.
// 3. Why does a 0.01 × normal initialisation work for the iris network of Namba, Hijiyama.R (lesson 09) but not for a network with five tanh layers?
// 4. The polynomial of degree 11 has a training error of 0. Why is it still the worst model in section 4?
// 5. You tried twenty settings and picked the one with the best validation loss. Why should you not report that validation loss as your model's performance?

// ## Answers
//
//
// Show the answers
//
// 1. The gradient (x/10, 2y) is 20 times more sensitive to y than to x at equal distances, so the steepest direction points mostly across the valley. A step large enough to make progress in x overshoots in y. AdaGrad, RMSProp and Adam (and AdaDelta) divide each coordinate's step by the size of its own recent gradients, so both coordinates move at similar speeds.
// 2. σ′ ≤ 0.25, so ten layers give at most 0.25¹⁰ ≈ 9.5 × 10⁻⁷, before the weights are even counted.
// 3. With one hidden layer the signal shrinks only once, and the slow start is survivable (lesson 09's curves). With five layers each multiplies by roughly 0.01 × √100 = 0.1, so the activations reach the last layer about 10⁴ times smaller and the gradients vanish too.
// 4. It fits the noise of its 12 points exactly and swings wildly between them, so on new points from the same curve its error is by far the largest: low training error, high validation error.
// 5. The chosen setting is the one that happened to fit the validation set best, partly by luck, so its validation loss is optimistic. An honest estimate needs data that played no part in the choice: the test set, used once.

// ## Summary
//
// - On a narrow valley plain SGD zig-zags; Momentum keeps a velocity (and overshoots), AdaGrad and RMSProp scale each weight's steps by its past gradients, Adam combines the two ideas, and AdaDelta replaces the learning rate by the size of its own recent steps. A race on one function ranks nothing: which optimizer is best depends on the network and its learning rate (HN410 2022). A learning-rate schedule changes α as training goes on; step decay calmed SGD's zig-zag but slowed its walk along the valley.
// - The sigmoid's derivative is at most 0.25, so gradients shrink layer by layer in a deep sigmoid network; ReLU and Leaky ReLU keep them alive, and shortcut connections (z = x + F(x)) pass the gradient around the layers. Weights that are too large make the factors exceed 1 and the gradient explode towards the input; a smaller initial scale removes that, and gradient clipping caps the size of each step.
// - Initial weights must suit the depth: too small and signals die, too large and tanh saturates; the library's Xavier (σ = √(1/n), strictly LeCun's rule; Glorot and Bengio's has variance 2/(n_in + n_out)) kept five tanh layers alive with no saturated units, though the spread still halved from 0.629 to 0.315, and He (σ = √(2/n)) is the same idea for ReLU.
// - Overfitting shows as a validation curve that turns up while the training curve keeps falling; choose settings on the validation set and report the test set once.
// - L2 regularisation, dropout, early stopping and data augmentation each lowered the validation loss of an overfitting network; standardising the inputs made plain SGD work on the wine data; batch normalisation, which standardises inside the network, and shortcut connections each let a deep sigmoid network learn.
//
// ### Key terms
//
// | English | 日本語 | meaning |
// | --- | --- | --- |
// | optimizer | 最適化手法 | the rule that turns gradients into weight updates: SGD, Momentum, AdaGrad, RMSProp, Adam, AdaDelta |
// | momentum | モーメンタム | a velocity that accumulates past steps, damping zig-zags and speeding along steady slopes |
// | vanishing gradient | 勾配消失 | gradients shrinking layer by layer towards the input, so early layers barely learn |
// | exploding gradient | 勾配爆発 | gradients growing layer by layer, making training unstable |
// | gradient clipping | 勾配クリッピング | scaling the whole gradient down to a norm c whenever its norm ‖g‖ exceeds c, keeping its direction |
// | learning-rate schedule | 学習率スケジュール | a rule that changes the learning rate as the steps go by, such as step decay αₜ = α₀ γ^⌊t/s⌋ |
// | learning-rate decay | 学習率減衰 | a schedule that lowers the learning rate during training: long steps first, short ones to settle |
// | shortcut connection | ショートカット接続 | a path that carries a block's input around its layers and adds it to their output |
// | residual block | 残差ブロック | layers with a shortcut around them: z = x + F(x), as in ResNet |
// | weight initialization | 重みの初期値 | how the first weights are drawn: the scale decides whether signals survive many layers |
// | overfitting | 過学習 | fitting the training data's noise, so that new data is predicted worse |
// | regularization | 正則化 | any change that discourages overfitting, such as a penalty on large weights |
// | weight decay | 荷重減衰 | L2 regularisation: adding (λ/2)ΣW² to the loss, pulling weights towards 0 |
// | dropout | ドロップアウト | switching hidden units off at random during training |
// | early stopping | 早期終了 | ending training when the validation loss stops improving, keeping the best weights |
// | data augmentation | データ拡張 | adding altered copies of the training data (shifted, rotated, noisy) that should get the same answer |
// | normalization | 正規化 | rescaling inputs to a common scale; often min–max scaling to [0, 1] (lesson 09's `MinMaxScaler`), while mean 0 and standard deviation 1 is standardization (標準化) |
// | batch normalization | バッチ正規化 | standardising each hidden unit over the mini-batch inside the network, then rescaling it |
// | cross-validation | 交差検証 | rotating which part of the data is held out for validation |
//
// Next, lesson 11 is a playground: pick a data set, an architecture, an activation and a learning rate, and watch the decision boundary learn.

App.End();
// nbrun convert: sha256 a6ae8ffff51749c7
