#!/usr/bin/env dotnet
// 11 · Playground
// A file-based app generated from notebooks/11-playground.ipynb by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/11-playground.cs
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
using NeuralNetworks.Data;
using NeuralNetworks.Exercises;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

App.Start("11 · Playground", args);

// # 11 · Playground
//
// *Lesson 10 showed, one at a time, what makes training work or fail. Here you get to try it all yourself.*
//
// [Namba, Hijiyama.R](sources.md#namba-hijiyama-r) ends by pointing at the TensorFlow Playground, a web page where you pick a data set and a network with buttons and watch it learn. This notebook is the same kind of bench, built on the course library: one settings cell, then run everything below it.
//
// ## What you will be able to do
//
// - Set up an experiment from a handful of hyperparameters: data set, noise, hidden layers, activation, learning rate, epochs.
// - Watch a network's decision boundary and its loss curves evolve epoch by epoch.
// - Predict how the boundary changes when you change one setting, then check your prediction.
// - See what each hidden unit computes over the input plane, beside the decision boundary.
// - Connect what you see to earlier lessons: linear limits (03), learning rates (07), overfitting and vanishing gradients (10).

// ── cell 2 ──
App.Cell(2, "11 · Playground");

// ## 1. Your settings
//
// Everything you can change is in the next cell, and only there. The settings as shipped are those of the Playground link in Namba, Hijiyama.R: the circle data set, two hidden layers of 4 and 2 units, tanh, learning rate 0.03, mini-batches of 10, and half of the points for training. One setting differs: the link has no noise, and this notebook ships `noise = 0.1`, so that the points scatter a little around their circles. Change one thing at a time, then run this cell and every cell after it.
//
// Settings like these, chosen by you rather than learned, are called hyperparameters (ハイパーパラメータ). Three of them make up the network architecture (ネットワーク構造, Namba, Hijiyama.R's word for the layers, their units and their activations): the hidden layers (隠れ層), their sizes and their activation. The learning rate (学習率) α sets the size of each step.
//
// On the course's web site this page also has a live playground, right here: pick the same settings with buttons, press Play, and the network trains in your browser with the same library, redrawing its decision boundary and what its first hidden layer computes as it learns, like the TensorFlow Playground. Its C# code is under the picture; edit it and press Reset to run your version. In VS Code and Jupyter the box below stays empty, and the cells that follow do the same work one run at a time.

// ── cell 4 ──
App.Cell(4, "1. Your settings");
// ═══════════ YOUR SETTINGS: change these, then run this cell and all below ═══════════
string dataSet = "circles";              // "circles", "moons", "spiral" or "xor"
double noise = 0.1;                      // scatter around the pattern (0 = none)
int[] hidden = [4, 2];                   // hidden layer sizes: [], [8], [8, 8], [4, 2], …
Activation activation = Activation.Tanh; // .Tanh, .ReLU, .Sigmoid, .LeakyReLU(0.03),
                                         // or .Identity
double learningRate = 0.03;              // α for plain SGD: try 0.003, 0.03, 0.3, 3, 30
int epochs = 300;                        // passes over the training points
int batchSize = 10;                      // points per weight update
int seed = 0;                            // same seed: same points, weights and run

// ## 2. The data
//
// The four data sets come from `ToyData` (open `lib/NeuralNetworks/Data/ToyDataShapes.cs`): two rings, two interleaved half-moons, two spiral arms, and four clouds in an XOR pattern. None of them can be split by one straight line. Half the points train the network; the other half are held out to watch for overfitting (the Playground calls them "test" data, but since you look at them while choosing settings, lesson 09 would call them the validation set (検証データ)).

// ── cell 6 ──
App.Cell(6, "2. The data");
Dataset data = dataSet switch
{
    "circles" => ToyData.Circles(200, noise, seed),
    "moons" => ToyData.Moons(200, noise, seed),
    "spiral" => ToyData.Spirals(200, classes: 2, noise, seed),
    "xor" => ToyData.XorClouds(200, noise, seed),
    _ => throw new ArgumentException(
             $"Unknown data set \"{dataSet}\": choose circles, moons, spiral or xor."),
};
DataSplit split = data.Split(trainFraction: 0.5, validationFraction: 0.5, seed: seed);
Dataset train = split.Train, validation = split.Validation;
Console.WriteLine($"{dataSet}: {data.Count} points, {train.Count} for training, "
                  + $"{validation.Count} held out");
display(Chart.ScatterByClass(data)
    .WithTitle($"The {dataSet} data set (noise {noise})")
    .WithEqualAspect());

// ## 3. The network
//
// Two inputs (the point's coordinates x1 and x2), your hidden layers, and two softmax outputs, one per class. The weights start from the library's default for the activation (He for the ReLU family, Xavier otherwise; lesson 10), and the optimizer is plain SGD, as in the Playground.

// ── cell 8 ──
App.Cell(8, "3. The network");
var network = new Network([2, .. hidden, 2], activation, seed: seed);
var optimizer = new SGD(learningRate);
int weightCount = network.Parameters.Sum(p => p.RowCount * p.ColumnCount);
Console.WriteLine($"{network}, {weightCount} weights and biases, trained by {optimizer}");

// ── cell 9 ──
App.Cell(9, "3. The network");
// YOUR TURN 1 · Count the weights
// A Dense layer from n inputs to m units has n·m weights and m biases. Write the number
// of weights and biases of a 2 → 8 → 8 → 2 network; the check builds it and counts.
int[] exampleSizes = [2, 8, 8, 2];
int myCount = -1;                            // your count

var built = new Network(exampleSizes, Activation.Tanh, seed: 0);
int counted = built.Parameters.Sum(p => p.RowCount * p.ColumnCount);
SelfCheck.Equal("weights and biases of 2 → 8 → 8 → 2", counted, myCount);

//
// Solution
//
// ```csharp
// // YOUR TURN 1 · Count the weights
// // A Dense layer from n inputs to m units has n·m weights and m biases. Write the number
// // of weights and biases of a 2 → 8 → 8 → 2 network; the check builds it and counts.
// int[] exampleSizes = [2, 8, 8, 2];
// int myCount = Enumerable.Range(1, exampleSizes.Length - 1)
//     .Sum(i => exampleSizes[i - 1] * exampleSizes[i] + exampleSizes[i]);   // 24 + 72 + 18
//
// var built = new Network(exampleSizes, Activation.Tanh, seed: 0);
// int counted = built.Parameters.Sum(p => p.RowCount * p.ColumnCount);
// SelfCheck.Equal("weights and biases of 2 → 8 → 8 → 2", counted, myCount);
// ```
//
// (2 · 8 + 8) + (8 · 8 + 8) + (8 · 2 + 2) = 24 + 72 + 18 = 114.

// ## 4. Watch it learn
//
// The next cell trains in 20 stretches of epochs. After each stretch it takes a snapshot of the decision boundary (決定境界), the line where the network's answer changes from one class to the other, and of the loss so far. It can take a few seconds.

// ── cell 12 ──
App.Cell(12, "4. Watch it learn");
const int Snapshots = 20;
int epochsPerSnapshot = Math.Max(1, epochs / Snapshots);
Matrix<double> TrainT = network.Targets(train.Labels);
Matrix<double> ValidationT = network.Targets(validation.Labels);
double LossOn(Matrix<double> X, Matrix<double> T) => Trainer.Evaluate(network, X, T).Loss;
Figure BoundaryNow() => Chart.DecisionBoundary(train, network.Classify, resolution: 50);
var epochNumbers = new List<double> { 0 };
var trainLosses = new List<double> { LossOn(train.Features, TrainT) };
var validationLosses = new List<double> { LossOn(validation.Features, ValidationT) };
var boundaries = new List<Figure> { BoundaryNow() };
var snapshotEpochs = new List<int> { 0 };
for (int s = 1; s <= Snapshots; s++)
{
    TrainingHistory stretch = Trainer.Fit(network, train, optimizer, validation,
                                          epochs: epochsPerSnapshot, batchSize: batchSize,
                                          seed: seed + s);
    foreach (EpochRecord e in stretch.Epochs)
    {
        epochNumbers.Add(epochNumbers.Count);
        trainLosses.Add(e.TrainLoss);
        validationLosses.Add(e.ValidationLoss);
    }
    boundaries.Add(BoundaryNow());
    snapshotEpochs.Add(s * epochsPerSnapshot);
}
Console.WriteLine($"trained {epochNumbers.Count - 1} epochs: "
                  + $"training loss {trainLosses[^1]:F4}, "
                  + $"held-out loss {validationLosses[^1]:F4}");

// Press ▶ to play the snapshots. On the left, the training points over the region each class gets; on the right, the loss on the training points and on the held-out points.

// ── cell 14 ──
App.Cell(14, "4. Watch it learn");
double lossTop = 1.1 * Math.Max(trainLosses.Max(), validationLosses.Max());
Figure Frame(int k)
{
    int upTo = snapshotEpochs[k] + 1;
    Figure losses = Chart.Lines(epochNumbers.Take(upTo).ToArray(),
            ("training loss", trainLosses.Take(upTo).ToArray()),
            ("held-out loss", validationLosses.Take(upTo).ToArray()))
        .WithTitle("loss").WithXTitle("epoch").WithYTitle("cross-entropy loss")
        .WithXRange(0, epochNumbers[^1]).WithYRange(0, lossTop);
    var boundary = boundaries[k].WithTitle("decision boundary, training points");
    return Chart.Subplots(1, 2, boundary, losses);
}
display(Chart.Animation(Enumerable.Range(0, Snapshots + 1).Select(Frame).ToList(),
                labels: snapshotEpochs.Select(e => e.ToString()).ToList(),
                prefix: "epoch ")
    .WithTitle($"{network} on {dataSet}, α = {learningRate}")
    .WithLayout(l => l with { Height = 500, Margin = new Margin(60, 30, 110, 110) }));

// ## 5. How it ended
//
// The final network, with the certainty contours of lesson 10 (how sure it is, from 0.5 to 0.9), over all the points, training and held out:

// ── cell 16 ──
App.Cell(16, "5. How it ended");
double trainAccuracy = network.Accuracy(train.Features, train.Labels);
double heldOutAccuracy = network.Accuracy(validation.Features, validation.Labels);
Console.WriteLine($"accuracy: training {trainAccuracy:P1}, "
                  + $"held out {heldOutAccuracy:P1}");
display(Chart.DecisionBoundary(data, network.Predict, resolution: 80)
    .WithTitle($"After {epochNumbers.Count - 1} epochs: all {data.Count} points")
    .WithEqualAspect());

// With the settings as shipped, the rings are separated: the network ends at a training loss of 0.0974 and a held-out loss of 0.1134, with 98.0 % accuracy on both. Your numbers will differ as soon as you change a setting, which is the point.
//
// ## 6. What the hidden units learned
//
// A decision boundary shows what the whole network does. To see how it gets there, look at each hidden unit (隠れユニット) on its own: its activation z at every point of the input plane. `Chart.HiddenUnits` draws one panel per unit of a hidden layer, beside the boundary (open `lib/NeuralNetworks/Charts/Chart.HiddenUnits.cs`). White marks where the unit switches (z = 0 for tanh and ReLU, 0.5 for the sigmoid; the black line), red where it is on, blue where it is off.

// ── cell 18 ──
App.Cell(18, "6. What the hidden units learned");
for (int layer = 1; layer <= Math.Min(hidden.Length, 2); layer++)
{
    if (hidden[layer - 1] > 16)
    {
        Console.WriteLine($"layer {layer}: {hidden[layer - 1]} units, too many panels");
        continue;
    }
    display(Chart.HiddenUnits(network, data, layer, resolution: 40)
        .WithTitle($"What hidden layer {layer} computes, beside the decision boundary"));
}
if (hidden.Length == 0)
    Console.WriteLine("No hidden layer (hidden = []): the outputs see x1, x2 directly.");

// With the settings as shipped, every unit of the first layer is a straight line with tanh's soft edge across it: the unit splits the plane along its line u = w_1 x_1 + w_2 x_2 + b = 0, like lesson 01's perceptron, only smoothly. None of the four lines separates the rings on its own. Each unit of the second layer mixes the four, so it switches along a bent line made of their pieces; and the output mixes those two into the closed curve around the inner ring. Lines, then regions made of lines, then the boundary: that is what the layers add. Change the settings and look again: with ReLU a unit is 0 (white) on one side of its line and grows on the other; with `Activation.Identity` every unit is a plain tilted plane, so no layer can bend anything (lesson 03).

// ── cell 20 ──
App.Cell(20, "6. What the hidden units learned");
// YOUR TURN 2 · Where does a unit switch?
// Unit 1 of the first layer has u = w₁·x1 + w₂·x2 + b and switches where u = 0: a line.
// Find where that line crosses the x2 axis (x1 = 0) from the trained weights.
var firstLayer = network.Layers.OfType<Dense>().First();
double w1 = firstLayer.Weights.Value[0, 0], w2 = firstLayer.Weights.Value[1, 0];
double b = firstLayer.Bias.Value[0, 0];
double crossing = double.NaN;                // x2 where u = 0 on x1 = 0

Console.WriteLine($"w₁ = {w1:F4}, w₂ = {w2:F4}, b = {b:F4}; your x2 = {crossing:F4}");
SelfCheck.Close("u of unit 1 at (0, your x2)", 0, w1 * 0 + w2 * crossing + b, 1e-9);

//
// Solution
//
// ```csharp
// // YOUR TURN 2 · Where does a unit switch?
// // Unit 1 of the first layer has u = w₁·x1 + w₂·x2 + b and switches where u = 0: a line.
// // Find where that line crosses the x2 axis (x1 = 0) from the trained weights.
// var firstLayer = network.Layers.OfType<Dense>().First();
// double w1 = firstLayer.Weights.Value[0, 0], w2 = firstLayer.Weights.Value[1, 0];
// double b = firstLayer.Bias.Value[0, 0];
// double crossing = -b / w2;                   // w₂·x2 + b = 0
//
// Console.WriteLine($"w₁ = {w1:F4}, w₂ = {w2:F4}, b = {b:F4}; your x2 = {crossing:F4}");
// SelfCheck.Close("u of unit 1 at (0, your x2)", 0, w1 * 0 + w2 * crossing + b, 1e-9);
// ```
//
// Compare the printed x2 with where the black line of the first unit's panel crosses x1 = 0.

// ## 7. Things to try
//
// Change one setting at a time, predict what will happen, then run and look.
//
// 1. **No hidden layer.** `hidden = []` on circles. The network is then a single linear layer followed by softmax. What shape can its boundary have? (Lesson 03.)
// 2. **A linear activation.** `hidden = [8]` with `Activation.Identity`. Eight hidden units, but does the boundary bend? (Lesson 03: stacked linear layers collapse into one.)
// 3. **Learning rate.** Try `learningRate = 0.003`, `0.3`, then `30`. Watch the loss curve: too slow, fast, and jumping around without settling. (Lesson 07.)
// 4. **Harder shapes.** `dataSet = "spiral"` or `"xor"`, with `hidden = [4, 2]` and then `[16, 16]`. More units give the boundary more bends.
// 5. **Activations.** On circles, compare `Activation.Sigmoid`, `Activation.Tanh` and `Activation.ReLU`. Which starts learning first? (Lesson 10's vanishing gradients.)
// 6. **Noise and overfitting.** `noise = 0.3` with `hidden = [32, 32]` and `epochs = 1000`. Does the held-out loss turn upward while the training loss keeps falling? (Lesson 10.)
//
// ## Check your understanding
//
// 1. With `hidden = []`, why can no amount of training separate the two circles?
// 2. With `hidden = [8]` and `Activation.Identity`, the network has more weights than with `hidden = []`. Why is its boundary still a straight line?
// 3. You raise the learning rate from 0.03 to 30. What do you expect the loss curve to do, and why?
// 4. During a run the held-out loss starts rising while the training loss keeps falling. What is happening, and name two remedies from lesson 10.
// 5. Things to try 5 swaps tanh for `Activation.Sigmoid` with the shipped settings. Why would you expect the sigmoid network's loss to stay flat for longer before it starts to fall? Give one reason from lesson 10.

// ## Answers
//
//
// Show the answers
//
// 1. Without a hidden layer the class scores are linear in x1 and x2, so the boundary where the two scores are equal is a straight line. No straight line separates a ring from the ring inside it.
// 2. Identity layers are linear, and a linear layer after a linear layer is again one linear layer (lesson 03: W₂(W₁x + b₁) + b₂ = Wx + b). The extra weights add no new shapes, so the boundary is still a line.
// 3. The loss jumps up and down, or stays high, instead of falling smoothly: each step overshoots the valley it is meant to descend (lesson 07). If it grows without bound, training stops with a `TrainingDivergedException` that suggests a smaller learning rate.
// 4. Overfitting: the network is fitting the noise of its training points. Remedies: stop early (keep the weights of the best held-out epoch), add L2 regularisation or dropout, use a smaller network, or get more data.
// 5. The sigmoid's derivative is at most 0.25, so gradients shrink through each sigmoid layer (vanishing gradients); its outputs are also all positive, centred at 0.5 rather than 0, which makes plain SGD zig-zag. Tanh is a rescaled sigmoid without either weakness to the same degree.

// ## Summary
//
// - A playground turns the course into experiments: a data set, an architecture, an activation and a learning rate decide what a network can learn and how fast.
// - Without a hidden layer, or with only linear activations, the decision boundary is a straight line, whatever the training.
// - The learning rate sets the pace: too small crawls, too large jumps around or diverges.
// - The held-out loss is the one to watch: when it rises while the training loss falls, the network is overfitting.
// - Each first-layer unit switches along a straight line; later layers combine those lines into the curved boundary.
// - Everything here is the library you studied: `ToyData`, `Network`, `SGD`, `Trainer.Fit`, and the charts.
//
// ### Key terms
//
// | English | 日本語 | meaning |
// | --- | --- | --- |
// | hyperparameter | ハイパーパラメータ | a setting chosen before training rather than learned: layer sizes, activation, learning rate, epochs |
// | network architecture | ネットワーク構造 | the number of layers, the units in each and the activations ([Namba, Hijiyama.R](sources.md#namba-hijiyama-r)) |
// | decision boundary | 決定境界 | where in the input space the predicted class changes |
// | learning rate | 学習率 | α, the size of each gradient-descent step |
// | hidden layer | 隠れ層 | a layer between the input and the output; it lets the network bend its boundary |
// | hidden unit | 隠れユニット | one unit of a hidden layer; in the first layer it switches along a straight line |
//
// This is the end of the lessons. The homework notebooks ask you to build the key pieces yourself, from an activation function to backpropagation checked against numerical gradients, and to train on iris to a stated accuracy.

App.End();
// nbrun convert: sha256 bfa67c783a62b445
