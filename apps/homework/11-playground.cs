#!/usr/bin/env dotnet
// Homework for lesson 11 · A playground experiment: the smallest network for the spiral
// A file-based app generated from notebooks/homework/11-playground.ipynb (its released student version) by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/homework/11-playground.cs
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
using NeuralNetworks.Charts;
using NeuralNetworks.Data;
using NeuralNetworks.Homework;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

App.Start("Homework for lesson 11 · A playground experiment: the smallest network for the spiral", args);

// # Homework for lesson 11 · A playground experiment: the smallest network for the spiral
//
// Lesson 11 was a bench for experiments, in the spirit of the TensorFlow Playground that
// [Namba, Hijiyama.R](../sources.md#namba-hijiyama-r) points to. Here the data set is fixed, two spiral arms, and you
// choose everything else. The challenge: separate the arms with a network of **at most 30 weights and biases**, then
// write what you found.
//
// ## What to do
// 1. Run the first code cells: they load the course library, make the spiral data and define `Train`, which trains a
//    network from your settings with plain SGD, as lesson 11 does.
// 2. Experiment in the "try" cell of section 2 as often as you like.
// 3. Fill in `MySettings` (your best settings) and `WhatYouFound` (your written answer, with the runs it discusses in
//    the form section 4 shows): replace each `throw new NotImplementedException(...)` with your code.
// 4. Run the check cells. A passing check prints ✓ and its points.
//
// ## How it is graded
// 9 points. The check cells you see are worth 6 points: the size of your network, at least **90 % accuracy on the
// held-out points**, and your written answer: at least 60 words, with the runs it discusses on lines of the form section 4
// shows, which the grader trains again. Every run must give the held-out accuracy it quotes, and one must be the
// settings you hand in. Hidden checks worth 3 more run when your work is graded: at least 85 % accuracy on 200 new
// spiral points the network never saw, and that your settings, trained again, give the network you handed in. The grader
// rebuilds your network from its weights and measures it itself. Edits to check cells do not count: the grader runs its
// own copy of every check. Keep training under a few seconds.

// ── cell 2 ──
App.Cell(2, "Homework for lesson 11 · A playground experiment: the smallest network for the spiral");

// ── cell 3 ──
App.Cell(3, "Homework for lesson 11 · A playground experiment: the smallest network for the spiral");
// ANSWER MEMBERS: none. This assignment asks you to use the library
// (Network, Trainer, …), not to write part of it again.
AnswerMembers.Declare();
// ALLOWED: what your code may use of the library besides vectors, matrices, Check,
// charts and data sets. A function that uses any other part of it earns no points.
AnswerMembers.Allow(
    "NeuralNetworks.Layers",
    "NeuralNetworks.Training",
    "NeuralNetworks.Optimizers",
    "NeuralNetworks.Activations",
    "NeuralNetworks.Homework.ReportedRun");

// ── cell 4 ──
App.Cell(4, "Homework for lesson 11 · A playground experiment: the smallest network for the spiral");
// Two spiral arms, 200 points, noise 0.1 (random seed 5): half train, half held out.
Dataset spiral = ToyData.Spirals(200, classes: 2, noise: 0.1, seed: 5);
DataSplit split = spiral.Split(trainFraction: 0.5, validationFraction: 0.5, seed: 5);
Dataset train = split.Train, heldOut = split.Validation;
Console.WriteLine($"{train.Count} training points, {heldOut.Count} held out");
display(Chart.ScatterByClass(spiral).WithTitle("Two spiral arms").WithEqualAspect());

// ── cell 5 ──
App.Cell(5, "Homework for lesson 11 · A playground experiment: the smallest network for the spiral");
// A 2 → hidden → 2 softmax network, trained on the training points with plain SGD.
Network Train(Settings s)
{
    var network = new Network([2, .. s.Hidden, 2], s.Activation, seed: 0);
    Trainer.Fit(network, train, new SGD(s.LearningRate), epochs: s.Epochs,
                batchSize: s.BatchSize, seed: 0);
    return network;
}

// The network's size, then its run as a line your written answer can quote.
void Describe(string name, Settings s, Network network)
{
    int weights = network.Parameters.Sum(p => p.RowCount * p.ColumnCount);
    double accuracy = network.Accuracy(heldOut.Features, heldOut.Labels);
    Console.WriteLine($"{name}: {network}, {weights} weights and biases");
    Console.WriteLine(FormattableString.Invariant($"{s} → {accuracy * 100:F1} %"));
}

// ## 1. Where a straight line gets
//
// A network without a hidden layer draws one straight line (lesson 03). It is the place to start:

// ── cell 7 ──
App.Cell(7, "1. Where a straight line gets");
var none = new Settings([], Activation.Tanh, LearningRate: 0.3, Epochs: 300,
                        BatchSize: 10);
Network line = Train(none);
Describe("no hidden layer", none, line);

// ## 2. Your experiments
//
// Change the settings in this cell and run it, as often as you like; nothing below depends on it. Lesson 11's questions
// are good guides: what does the activation change (lesson 03)? Is the learning rate too small or too large
// (lesson 07)? Does a deeper or a wider network help, within 30 weights and biases? A layer from n inputs to m units
// has nm weights and m biases.

// ── cell 9 ──
App.Cell(9, "2. Your experiments");
var trial = new Settings(Hidden: [2], Activation.ReLU, LearningRate: 0.03, Epochs: 300,
                         BatchSize: 10);
Network tried = Train(trial);
Describe("your trial", trial, tried);
display(Chart.DecisionBoundary(spiral, tried.Classify, resolution: 60)
    .WithTitle("Your trial's decision boundary").WithEqualAspect());

// ## 3. Your settings
//
// Return the settings you hand in: at most 30 weights and biases, at least 90 % held-out accuracy. The cell after it
// trains them; the checks measure that network.

// ── cell 11 ──
App.Cell(11, "3. Your settings");
Settings MySettings()
{
    // YOUR CODE HERE
    throw new NotImplementedException("Your best settings from section 2.");
}

Network mine = Train(MySettings());
Describe("your network", MySettings(), mine);

// ── cell 12 ──
App.Cell(12, "3. Your settings");
display(Chart.HiddenUnits(mine, spiral, layer: 1, resolution: 40)
    .WithTitle("What your first hidden layer computes, beside the decision boundary"));

// ── cell 13 ──
App.Cell(13, "3. Your settings");
try
{
    // CHECK playground-size (1 point)
    Check.ParametersAtMost(30, mine, "your network");
    Check.Passed("playground-size", points: 1);
}
catch (Exception error)
{
    App.Error(error);
}

// ── cell 14 ──
App.Cell(14, "3. Your settings");
try
{
    // CHECK playground-held-out-accuracy (3 points)
    Check.AccuracyAtLeast(0.9, heldOut, mine, "your network's held-out accuracy");
    Check.Passed("playground-held-out-accuracy", points: 3);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 4. What you found
//
// Write at least 60 words: which settings did you try, which change made the difference, and why, in the words of
// lessons 03, 07 and 10? Change one setting at a time, as lesson 11 says: when two settings change between two runs,
// neither run can tell you which of them made the difference. Report each run you discuss on a line of its own, as
// `Describe` printed it, like your trial in section 2:
//
// ```text
// hidden [2], ReLU, learning rate 0.03, 300 epochs, batch size 10 → 75.0 %
// ```
//
// Report at least two runs, the settings you hand in among them, and at most 6, each of at most 30,000 SGD steps
// (epochs × batches per epoch) and 400 weights and biases. The grader trains every run you report again and compares
// the held-out accuracy it reaches with the one you quote, so each line must be a run you really made; your instructor
// reads the words around the lines. The cell after `WhatYouFound` trains every run your answer reports again, as the
// grader will, and prints what each one reaches.

// ── cell 16 ──
App.Cell(16, "4. What you found");
string WhatYouFound()
{
    // YOUR CODE HERE
    throw new NotImplementedException("Your answer, with a line for each run.");
}

// ── cell 17 ──
App.Cell(17, "4. What you found");
// The runs your answer reports, trained again as the grader trains them (plain SGD,
// random seed 0), within the grader's limits: 30,000 SGD steps and 400 weights each.
foreach (ReportedRun run in ReportedRun.Parse(WhatYouFound()))
{
    if (run.Steps(train.Count) > 30_000 || run.Parameters(2, 2) > 400)
    {
        Console.WriteLine($"line {run.Line}: too large for the grader to train again");
        continue;
    }
    double reached = run.Train(train).Accuracy(heldOut.Features, heldOut.Labels);
    string again = FormattableString.Invariant($"{reached * 100:F1}");
    Console.WriteLine($"line {run.Line} quotes {run.QuotedPercent} %, "
                      + $"trained again it reaches {again} %");
}

// ── cell 18 ──
App.Cell(18, "4. What you found");
try
{
    // CHECK written-answer (2 points)
    Check.WordsAtLeast(60, WhatYouFound(), "your answer");
    Check.RunsReproduce(train, heldOut, mine, WhatYouFound(), "your answer");
    Check.Passed("written-answer", points: 2);
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
// Everything you choose: hidden layer sizes, activation, learning rate, epochs and
// batch size. ToString writes them as your answer reports a run (section 4).
record Settings(int[] Hidden, Activation Activation, double LearningRate, int Epochs,
                int BatchSize)
{
    public override string ToString() =>
        $"hidden [{string.Join(", ", Hidden)}], {Activation}, "
        + FormattableString.Invariant($"learning rate {LearningRate}, {Epochs} epochs, ")
        + $"batch size {BatchSize}";
}
// nbrun convert: sha256 20c39d52fa3929f8
