#!/usr/bin/env dotnet
// Homework for lesson 09 · Train a network on iris
// A file-based app generated from notebooks/homework/09-iris.ipynb (its released student version) by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/homework/09-iris.cs
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
using NeuralNetworks.Data;
using NeuralNetworks.Homework;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

App.Start("Homework for lesson 09 · Train a network on iris", args);

// # Homework for lesson 09 · Train a network on iris
//
// Lesson 09 trained a network on the iris flowers, as [Namba, Hijiyama.R](../sources.md#namba-hijiyama-r) does.
// Now you choose the network and the training settings yourself, and reach a stated accuracy on flowers the network
// never saw.
//
// ## What to do
// 1. Run the first code cells: they load the library and the iris data, split it into training (60%), validation (20%)
//    and test (20%) sets with random seed 7, and standardize the features. The test set stays out of reach until
//    section 2.
// 2. Fill in `TrainIris`: build a network with the library (`new Network([...], ...)`), train it with `Trainer.Fit`
//    on the two data sets it is given, and return it. Use explicit seeds, so that training twice gives the same network.
// 3. Run the check cells. A passing check prints ✓ and its points.
//
// ## How it is graded
// 10 points. The visible checks are worth 4 (the network's shape, at least 90% accuracy on the validation set);
// hidden checks worth 6 more run when your work is graded: the same predictions when trained again, and at least
// **90% accuracy on test flowers (テストデータ) the grader keeps back**. For that one the grader calls `TrainIris` again
// with a training set (訓練データ) and a validation set (検証データ) of its own, drawn from the iris flowers in another
// way and shown to your code in disguise, then measures the network on flowers your code never receives. So `TrainIris`
// must learn from the data it is given: a network trained on this notebook's `test` set, or on `data/iris.csv` itself,
// earns none of those points.
// Edits to check cells do not count: the grader runs its own copy of every check. Keep training under a few seconds.

// ── cell 2 ──
App.Cell(2, "Homework for lesson 09 · Train a network on iris");

// ── cell 3 ──
App.Cell(3, "Homework for lesson 09 · Train a network on iris");
// ANSWER MEMBERS: none. This assignment asks you to use the library
// (Network, Trainer, …), not to write part of it again.
AnswerMembers.Declare();
// ALLOWED: what your code may use of the library besides vectors, matrices, Check,
// charts and data sets. A function that uses any other part of it earns no points.
AnswerMembers.Allow(
    "NeuralNetworks.Layers",
    "NeuralNetworks.Training",
    "NeuralNetworks.Optimizers",
    "NeuralNetworks.Activations");

// ── cell 4 ──
App.Cell(4, "Homework for lesson 09 · Train a network on iris");
// The iris flowers, split 60/20/20 with random seed 7 and standardized with the training
// set's means and standard deviations, as in lesson 09. Only the training and validation
// sets leave this block: the test flowers are split off again in section 2, after
// TrainIris, so that no function above that cell can reach them.
Dataset train, validation;
{
    DataSplit split_4 = Dataset.LoadCsv("../../data/iris.csv").Split(0.6, 0.2, seed: 7);
    Standardizer scaler_4 = Standardizer.Fit(split_4.Train.Features);
    train = scaler_4.Transform(split_4.Train);
    validation = scaler_4.Transform(split_4.Validation);
}
Console.WriteLine($"{train.Count} training flowers, {validation.Count} for validation");

// ## 1. Your network
//
// Start from lesson 09's recipe: `new Network([4, …, 3], activation, seed: …)` and `Trainer.Fit` with `new SGD(α)`,
// mini-batches and a number of epochs. Then change **one setting at a time** and let the validation set tell you
// whether it helped. `Trainer.Fit` returns the history of every epoch: `history.ToTable(rows: 8)` prints it, as in
// lesson 09. What to look at, and why:
//
// - **The hidden layer.** Too few units cannot draw the boundaries between three species; a few more cost little here.
// - **The learning rate α.** Too small, and the weights, which start near 0, have barely moved when training stops:
//   lesson 09's first epochs were slow for that reason. Too large, and the loss jumps about or blows up (lesson 07).
// - **Epochs and batch size.** Smaller batches take more steps per epoch. Train until the validation accuracy stops
//   rising, not for a fixed long time.
// - **Aim above the bar.** The validation set has only 30 flowers, so each one is 3.3 %. Settings that only just reach
//   90 % on them may fall short on other flowers, and the hidden check trains yours again on other flowers.
//
// Pass `seed:` to both the network and `Trainer.Fit`: lesson 09 shows both calls. Train on `train` (and watch
// `validation`), the two data sets the function gets, and on nothing else. The test flowers are for your own last look
// in section 2, once your settings are chosen: lesson 09 uses its test set once, at the end.

// ── cell 6 ──
App.Cell(6, "1. Your network");
Network TrainIris(Dataset train, Dataset validation)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Build it, train it with seeds, return it.");
}

Network network = TrainIris(train, validation);
display(network);

// ── cell 7 ──
App.Cell(7, "1. Your network");
try
{
    // CHECK iris-network-shape (1 point)
    Check.Equal(4, network?.InputCount, "the network's inputs (iris has 4 features)");
    Check.Equal(3, network?.OutputCount, "the network's outputs (iris has 3 classes)");
    Check.Passed("iris-network-shape", points: 1);
}
catch (Exception error)
{
    App.Error(error);
}

// ── cell 8 ──
App.Cell(8, "1. Your network");
try
{
    // CHECK iris-validation-accuracy (3 points)
    double accuracy = network.Accuracy(validation.Features, validation.Labels);
    Console.WriteLine($"validation accuracy: {accuracy:P1}");
    Check.AccuracyAtLeast(0.9, validation, network, "validation accuracy");
    Check.Passed("iris-validation-accuracy", points: 3);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 2. The test flowers, once
//
// Once your settings are chosen, look at the test set once: the 30 flowers that played no part in any choice. The cell
// splits them off as section 1's block did (same random seed, same standardization) and measures your network on them.
// Changing the settings after this look would make the test set one more validation set.

// ── cell 10 ──
App.Cell(10, "2. The test flowers, once");
DataSplit split = Dataset.LoadCsv("../../data/iris.csv").Split(0.6, 0.2, seed: 7);
Standardizer scaler = Standardizer.Fit(split.Train.Features);
Dataset test = scaler.Transform(split.Test);
Console.WriteLine($"test accuracy: {network.Accuracy(test.Features, test.Labels):P1}");

// ## Before you hand in
//
// Restart the kernel and run all cells from the top: every visible check should print ✓.
// Then save the notebook and hand it in as your course asks (a push to your GitHub Classroom repository, or a shared folder).

App.End();
// nbrun convert: sha256 0c8ddfcd510c3e44
