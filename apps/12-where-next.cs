#!/usr/bin/env dotnet
// 12 · Where next
// A file-based app generated from notebooks/12-where-next.ipynb by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/12-where-next.cs
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
using System.IO;
using System.Text.Json.Nodes;
using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Charts;
using NeuralNetworks.Activations;
using NeuralNetworks.Autograd;
using NeuralNetworks.Data;
using NeuralNetworks.Exercises;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

App.Start("12 · Where next", args);

// # 12 · Where next
//
// *Lesson 11 was the last experiment with the course library. This lesson sets the library beside PyTorch, the framework you would learn next, and maps what comes after.*
//
// Every piece you built, from matrices and gradients to layers, losses, optimizers and the training loop, exists in every deep-learning framework (深層学習フレームワーク). [HN410 2022](sources.md#hn410-2022) ends by recommending one for today, PyTorch: Python is the language most people use, and many existing models are written in PyTorch. Here you meet each piece of the library beside its PyTorch counterpart, train lesson 09's iris network in both, and compare the two runs number by number.
//
// ## What you will be able to do
//
// - Name the PyTorch counterpart of each piece of the library: tensors, autograd, `nn.Linear`, losses, optimizers and the training loop.
// - Read a PyTorch training script for lesson 09's iris network and write the same network with the library.
// - Compare two training runs of one network, explain why their curves differ, and say what must agree.
// - Compute the core of a convolution, a recurrent step and attention on a few numbers, and say what each adds to the dense network of this course.
// - Know the C# route to PyTorch, TorchSharp, and what it needs from the system.

// ── cell 2 ──
App.Cell(2, "12 · Where next");

// ## 1. PyTorch's numbers come from a script
//
// Nothing PyTorch computed is typed into this lesson. The script `bench/where-next/torch_reference.py` runs PyTorch and writes everything it computed to `bench/where-next/torch_reference.json`, and the cells below read that file. The script uses Debian's Python and Debian's `python3-torch` package; `scripts/where-next-reference.sh` installs the package when it is missing and runs the script again.
//
// The script computes with 64-bit floating-point numbers (浮動小数点数), float64, the same as C#'s `double`. PyTorch's default is float32, with about 7 significant digits instead of 16, so the script asks for float64 with `torch.set_default_dtype(torch.float64)`.

// ── cell 4 ──
App.Cell(4, "1. PyTorch's numbers come from a script");
string path = "../bench/where-next/torch_reference.json";
JsonNode reference = JsonNode.Parse(File.ReadAllText(path))!;
// Readers for the file's numbers, lists of numbers and lists of rows.
double Number(JsonNode value) => value!.GetValue<double>();
double[] Numbers(JsonNode list) => list!.AsArray().Select(Number).ToArray();
int[] Integers(JsonNode list) =>
    list!.AsArray().Select(v => v!.GetValue<int>()).ToArray();
Matrix<double> Rows(JsonNode rows) =>
    Matrix<double>.Build.DenseOfRowArrays(rows!.AsArray().Select(Numbers));
Matrix<double> OneRow(JsonNode list) =>
    Matrix<double>.Build.DenseOfRowArrays(Numbers(list));
JsonNode pieces = reference["pieces"]!, settings = reference["network"]!;

Console.WriteLine($"PyTorch {reference["torch_version"]}, "
                  + $"Python {reference["python_version"]}, "
                  + $"{reference["dtype"]}, {reference["threads"]} thread");
Console.WriteLine($"run on {reference["date"]} by {reference["produced_by"]}");
Console.WriteLine($"network [{string.Join(", ", Integers(settings["sizes"]))}], "
                  + $"{settings["activation"]}, "
                  + $"weights {settings["init_std"]} × normal noise");
Console.WriteLine($"SGD learning rate {settings["learning_rate"]}, mini-batches of "
                  + $"{settings["batch_size"]}, {settings["epochs"]} epochs");

// ## 2. The pieces side by side
//
// | piece | this course | PyTorch | lesson |
// | --- | --- | --- | --- |
// | array of numbers | `Matrix<double>` (MathNet), one example per row | `torch.Tensor`, with any number of dimensions | 04 |
// | gradients | `Value` and `Backward()` | `requires_grad=True`, `loss.backward()`, `.grad` | 08 |
// | fully connected layer | `Dense`: U = X·W + b, W is in × out | `nn.Linear`: x·Wᵀ + b, weight is out × in | 04 |
// | activation | `ActivationLayer(Activation.ReLU)` | `nn.ReLU()` | 02 |
// | network | `Network` | `nn.Sequential` | 04 |
// | softmax with cross-entropy | `SoftmaxWithLoss` | `F.cross_entropy`, `nn.CrossEntropyLoss` | 05, 08 |
// | optimizer | `SGD`, `Momentum`, `Adam`, …: `Step` | `torch.optim.SGD`, `Adam`, …: `step()`, `zero_grad()` | 07, 10 |
// | training loop | `Trainer.Fit` | a loop you write yourself | 09 |
//
// ### Tensors and `nn.Linear`
//
// A tensor (テンソル) is PyTorch's array. A vector is a tensor with one dimension, a matrix one with two, and a batch of colour images one with four (image, colour channel, row, column). Here is PyTorch's fully connected layer on a batch of two examples:
//
// ```python
// torch.manual_seed(0)
// linear = nn.Linear(3, 2)          # 3 inputs, 2 outputs: weight 2×3, bias 2
// x = torch.tensor([[1.0, 2.0, 3.0],
//                   [0.5, -1.0, 2.0]])
// out = linear(x)                   # x @ linear.weight.T + linear.bias
// ```
//
// `nn.Linear` stores its weight as outputs × inputs and multiplies by its transpose; the library's `Dense` stores W as inputs × outputs (lesson 04's shape rule, U = X·W + b). So PyTorch's weight enters a `Dense` layer transposed. The cell takes the weight PyTorch drew, builds a `Dense` layer from it, and compares the outputs:

// ── cell 6 ──
App.Cell(6, "2. The pieces side by side");
JsonNode linear = pieces["linear"]!;
Matrix<double> torchWeight = Rows(linear["weight"]);             // 2×3: out × in
Matrix<double> torchBias = OneRow(linear["bias"]);              // 1×2
var dense = new Dense(torchWeight.Transpose(), torchBias);       // W: 3×2, in × out
Matrix<double> ours = dense.Forward(Rows(linear["input"]));
Matrix<double> theirs = Rows(linear["output"]);
string Line(Matrix<double> m) =>
    string.Join("  ", m.Enumerate().Select(v => $"{v,9:F6}"));
Console.WriteLine($"PyTorch weight {torchWeight.RowCount}×{torchWeight.ColumnCount}, "
                  + $"Dense W {dense.Weights.RowCount}×{dense.Weights.ColumnCount}");
Console.WriteLine($"Dense      {Line(ours)}");
Console.WriteLine($"nn.Linear  {Line(theirs)}");
double largest = (ours - theirs).Enumerate().Max(Math.Abs);
Console.WriteLine($"largest difference {largest:G3}");

// The two layers compute the same four numbers: the largest difference is 0. Same weights, same inputs, same formula, same result.
//
// ### Automatic differentiation
//
// Lesson 08's `Value` records every operation and then applies the chain rule backwards. PyTorch does the same for tensors, and the name for it is automatic differentiation (自動微分), or autograd. Lesson 08's neuron, o = σ(w₁x₁ + w₂x₂ + b) with x = (0.5, 0.3) and the loss L = (o − 1)², in PyTorch:
//
// ```python
// w1 = torch.tensor(0.4, requires_grad=True)   # and likewise w2 = −0.6, b = 0.1
// o = torch.sigmoid(w1 * 0.5 + w2 * 0.3 + b)
// loss = (o - 1.0) ** 2
// loss.backward()                              # fills w1.grad, w2.grad and b.grad
// ```

// ── cell 8 ──
App.Cell(8, "Automatic differentiation");
JsonNode autograd = pieces["autograd"]!;
var vw1 = new Value(0.4, "w1");
var vw2 = new Value(-0.6, "w2");
var vb = new Value(0.1, "b");
Value vLoss = ((vw1 * 0.5 + vw2 * 0.3 + vb).Sigmoid() - 1.0).Pow(2);
vLoss.Backward();
Console.WriteLine("            Value      PyTorch");
(string Name, double Ours, string Key)[] autogradRows =
    [("L", vLoss.Data, "loss"), ("∂L/∂w1", vw1.Grad, "grad_w1"),
     ("∂L/∂w2", vw2.Grad, "grad_w2"), ("∂L/∂b", vb.Grad, "grad_b")];
foreach (var (name, value, key) in autogradRows)
    Console.WriteLine($"{name,-8}{value,11:F8}  {Number(autograd[key]),11:F8}");

// One difference matters when you write PyTorch. Its `backward()` *adds* to `.grad`, so a training loop clears the gradients before each backward pass with `optimizer.zero_grad()`. The library's layers overwrite their gradients in `Backward`, and `Value.Backward` sets every grad to 0 before it starts, so the course never needed that call.
//
// ### Losses
//
// `F.cross_entropy` is softmax and cross-entropy in one step, exactly like the library's `SoftmaxWithLoss` (lesson 08). It takes the scores u, which PyTorch calls logits, and the class numbers, not one-hot vectors:
//
// ```python
// logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]], requires_grad=True)
// loss = F.cross_entropy(logits, torch.tensor([0, 2]))  # softmax, −ln p, row mean
// loss.backward()                                       # logits.grad is (Y − T) / N
// ```

// ── cell 10 ──
App.Cell(10, "Losses");
// YOUR TURN 1 · PyTorch's cross-entropy with the library
// Compute the same loss with the library's SoftmaxWithLoss: make one-hot targets with
// OneHot.Encode(classes, 3), call Loss(logits, targets), then Backward() for ∂L/∂U.
JsonNode crossEntropy = pieces["cross_entropy"]!;
Matrix<double> logits = Rows(crossEntropy["logits"]);
int[] classes = Integers(crossEntropy["targets"]);
double myLoss = double.NaN;                                   // the library's loss
Matrix<double> myGradient = Matrix<double>.Build.Dense(2, 3); // the library's ∂L/∂U

SelfCheck.Close("loss, against PyTorch's", Number(crossEntropy["loss"]), myLoss,
                1e-12);
SelfCheck.MatricesClose("∂L/∂U, against PyTorch's logits.grad",
                        Rows(crossEntropy["grad"]), myGradient, 1e-12);

//
// Solution
//
// ```csharp
// // YOUR TURN 1 · PyTorch's cross-entropy with the library
// // Compute the same loss with the library's SoftmaxWithLoss: make one-hot targets with
// // OneHot.Encode(classes, 3), call Loss(logits, targets), then Backward() for ∂L/∂U.
// JsonNode crossEntropy = pieces["cross_entropy"]!;
// Matrix<double> logits = Rows(crossEntropy["logits"]);
// int[] classes = Integers(crossEntropy["targets"]);
// var outputStep = new SoftmaxWithLoss();
// double myLoss = outputStep.Loss(logits, OneHot.Encode(classes, 3));
// Matrix<double> myGradient = outputStep.Backward();
//
// SelfCheck.Close("loss, against PyTorch's", Number(crossEntropy["loss"]), myLoss,
//                 1e-12);
// SelfCheck.MatricesClose("∂L/∂U, against PyTorch's logits.grad",
//                         Rows(crossEntropy["grad"]), myGradient, 1e-12);
// ```
//
// Both compute ln p as u − max − ln Σ e^(u − max), so neither needs the δ that lesson 05 added inside the logarithm, and the gradient (Y − T)/N is the same formula in both.

// ### Optimizers
//
// An optimizer holds the parameters and turns their gradients into a step. The [Medical AI lecture](sources.md#medical-ai-lecture)'s example from lesson 07, a weight of 1.5 with slope 3 and learning rate 0.1, in PyTorch:
//
// ```python
// w = torch.tensor(1.5, requires_grad=True)
// optimizer = torch.optim.SGD([w], lr=0.1)
// (3.0 * w).backward()          # a loss whose slope in w is 3
// optimizer.step()              # w ← w − 0.1 × 3
// ```

// ── cell 13 ──
App.Cell(13, "Optimizers");
JsonNode sgdStep = pieces["sgd_step"]!;
var w = new Parameter("w", Matrix<double>.Build.Dense(1, 1, 1.5));
w.Gradient[0, 0] = 3;                    // the slope, as a backward pass would set it
new SGD(0.1).Step([w]);
Console.WriteLine($"library SGD: w = {w.Value[0, 0]:G6}   "
                  + $"torch.optim.SGD: w = {Number(sgdStep["after"]):G6}");

// ## 3. Lesson 09's network in both
//
// Lesson 09 trained the iris network of [Namba, Hijiyama.R](sources.md#namba-hijiyama-r): 4 inputs, 6 ReLU units, 3 softmax outputs, weights 0.01 × normal noise and biases 0, plain SGD with learning rate 0.1 on mini-batches of 10 for 100 epochs. This is the heart of `torch_reference.py`, the same network and the training loop written out:
//
// ```python
// torch.set_default_dtype(torch.float64)        # compute in double, as the library does
// torch.manual_seed(4)
// model = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 3))
// with torch.no_grad():
//     for layer in (model[0], model[2]):
//         layer.weight.normal_(0.0, 0.01)       # 0.01 × normal noise
//         layer.bias.zero_()
// optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
// for epoch in range(100):
//     order = torch.randperm(90)                # shuffle the 90 training flowers
//     for start in range(0, 90, 10):            # mini-batches of 10
//         rows = order[start:start + 10]
//         loss = F.cross_entropy(model(x_train[rows]), y_train[rows])
//         optimizer.zero_grad()                 # clear the gradients PyTorch adds up
//         loss.backward()                       # backpropagation
//         optimizer.step()                      # W ← W − α ∂L/∂W
// ```
//
// And here is lesson 09's library version, run live. `Trainer.Fit` is the loop above (open `lib/NeuralNetworks/Training/Trainer.cs`):

// ── cell 15 ──
App.Cell(15, "3. Lesson 09's network in both");
var iris = Dataset.LoadCsv("../data/iris.csv");
DataSplit split = iris.Split(trainFraction: 0.6, validationFraction: 0.2, seed: 4);
var scaler = Standardizer.Fit(split.Train.Features);
Dataset train = scaler.Transform(split.Train);
Dataset validation = scaler.Transform(split.Validation);
Dataset test = scaler.Transform(split.Test);

var net = new Network([4, 6, 3], Activation.ReLU,
                      initialization: Initialization.Normal(0.01), seed: 4);
double libraryStart = net.Loss(train.Features, net.Targets(train.Labels));
TrainingHistory history = Trainer.Fit(net, train, new SGD(0.1), validation,
                                      epochs: 100, batchSize: 10, seed: 4);
Console.WriteLine(net);

// Both must train on the same flowers. The library shuffles the 150 rows with .NET's `new Random(4)` before cutting them 90/30/30. The script repeats that shuffle with a Python copy of .NET's random-number generator (`bench/where-next/dotnet_random.py`) and records the rows it cut, and the mean and standard deviation it standardised with. Check them against the library's split:

// ── cell 17 ──
App.Cell(17, "3. Lesson 09's network in both");
JsonNode data = reference["data"]!;
bool SameRows(string key, Dataset part) =>
    iris.Take(Integers(data[key])).Features.Equals(part.Features);
Console.WriteLine($"same training flowers:   {SameRows("train_rows", split.Train)}");
Console.WriteLine("same validation flowers: "
                  + SameRows("validation_rows", split.Validation));
Console.WriteLine($"same test flowers:       {SameRows("test_rows", split.Test)}");
double Gap(Vector<double> ours, JsonNode theirs) =>
    (ours - Vector<double>.Build.DenseOfArray(Numbers(theirs))).AbsoluteMaximum();
double gapMean = Gap(scaler.Mean, data["mean"]);
double gapSd = Gap(scaler.StandardDeviation, data["std"]);
Console.WriteLine($"largest difference in μ {gapMean:0.0E+00}, in σ {gapSd:0.0E+00}");

// The same flowers, and the same μ and σ up to 1.8E-15, a difference in the last bits of a `double`: a mean is a sum, and two programs may add the same numbers in a different order, rounding differently on the way. Now the two runs, epoch by epoch:

// ── cell 19 ──
App.Cell(19, "3. Lesson 09's network in both");
JsonNode torchHistory = reference["history"]!;
double[] torchTrainLoss = Numbers(torchHistory["train_loss"]);
double[] torchValidationLoss = Numbers(torchHistory["validation_loss"]);
double[] torchTrainAccuracy = Numbers(torchHistory["train_accuracy"]);
double[] torchValidationAccuracy = Numbers(torchHistory["validation_accuracy"]);
double torchTest = Number(reference["test_accuracy"]);
double libraryTest = net.Accuracy(test.Features, test.Labels);
EpochRecord last = history.Last;
int BelowOne(IEnumerable<double> losses) => losses.TakeWhile(l => l >= 1).Count() + 1;

void Row(string what, double library, double torch, string format) =>
    Console.WriteLine($"{what,-26}{library.ToString(format),10}"
                      + $"{torch.ToString(format),10}");
Console.WriteLine($"{"",-26}{"library",10}{"PyTorch",10}");
Row("loss before training", libraryStart, Number(reference["initial_loss"]), "F4");
Row("training loss, epoch 1", history.Epochs[0].TrainLoss, torchTrainLoss[0], "F4");
Row("training loss, epoch 100", last.TrainLoss, torchTrainLoss[^1], "F4");
Row("validation loss, epoch 100", last.ValidationLoss, torchValidationLoss[^1], "F4");
Row("training accuracy", last.TrainAccuracy, torchTrainAccuracy[^1], "P1");
Row("validation accuracy", last.ValidationAccuracy, torchValidationAccuracy[^1], "P1");
Row("test accuracy", libraryTest, torchTest, "P1");
Row("first epoch with loss < 1", BelowOne(history.TrainLosses),
    BelowOne(torchTrainLoss), "F0");

// ── cell 20 ──
App.Cell(20, "3. Lesson 09's network in both");
double[] epochs = history.Epochs.Select(e => (double)e.Epoch).ToArray();
// The library's runs solid, PyTorch's dashed in the same colour on top.
Figure TwoRuns(string title, string yTitle, double[] ourTrain, double[] ourValidation,
               double[] torchTrain, double[] torchValidation)
{
    Figure lines = Chart.Lines(epochs, ("library, training", ourTrain),
        ("library, validation", ourValidation), ("PyTorch, training", torchTrain),
        ("PyTorch, validation", torchValidation));
    Line[] styles = [new() { Width = 2, Color = "#1f77b4" },
                     new() { Width = 2, Color = "#ff7f0e" },
                     new() { Width = 3, Dash = "dash", Color = "#1f77b4" },
                     new() { Width = 3, Dash = "dash", Color = "#ff7f0e" }];
    List<Trace> styled = lines.Data
        .Select((t, i) => (Trace)((Scatter)t with { Line = styles[i] })).ToList();
    return (lines with { Data = styled })
        .WithTitle(title).WithXTitle("epoch").WithYTitle(yTitle);
}
display(Chart.Subplots(1, 2,
        TwoRuns("Cross-entropy loss", "loss",
                history.TrainLosses.ToArray(), history.ValidationLosses.ToArray(),
                torchTrainLoss, torchValidationLoss),
        TwoRuns("Accuracy", "fraction correct",
                history.Epochs.Select(e => e.TrainAccuracy).ToArray(),
                history.Epochs.Select(e => e.ValidationAccuracy).ToArray(),
                torchTrainAccuracy, torchValidationAccuracy))
    .WithTitle("Lesson 09's iris network: the library (solid) and PyTorch (dashed)")
    .WithLayout(l => l with { Height = 440 }));

// The two runs tell the same story. Both start near ln 3 ≈ 1.0986 (1.0987 and 1.0989), both sit on lesson 09's plateau for the first epochs, both then fall steeply, and both end with 98.9 % of the training flowers and 93.3 % of the test flowers right. The validation accuracy ends one flower apart, 93.3 % against 96.7 % of 30.
//
// They are not the same curves, though. The library's training loss drops below 1 at epoch 7, PyTorch's at epoch 9. Three things differ between the runs:
//
// - **The first weights.** Both draw 0.01 × normal noise, but from different random-number generators: the library from .NET's `Random(4)` through MathNet's normal distribution, PyTorch from its own generator seeded with 4. With weights this small, how long a run stays on the plateau depends on where it starts.
// - **The order of the mini-batches.** The library shuffles the training flowers with .NET's `Random`, PyTorch with `torch.randperm`.
// - **The order of the arithmetic.** Both compute in float64, but a matrix product or a sum may add its terms in a different order in each program, and every floating-point addition rounds.
//
// What agrees is everything the lessons taught: the network, the loss, the gradients and the update rule. The next section pulls the three causes apart.
//
// ## 4. Same start, same order
//
// The script also recorded PyTorch's first weights and, for every epoch, the order in which it visited the 90 training flowers. Give the library both, and only the third difference, the order of the arithmetic, is left.
//
// `TorchStart` builds the network layer by layer, the library's counterpart of `nn.Sequential`, with PyTorch's weights transposed into the `Dense` layers (its biases start at 0, as the library's do):

// ── cell 22 ──
App.Cell(22, "4. Same start, same order");
// nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 3)), PyTorch's first weights
Network TorchStart()
{
    JsonNode start = reference["initial_weights"]!;
    return new Network(
        [new Dense(Rows(start["w1"]).Transpose(), OneRow(start["b1"]), index: 1),
         new ActivationLayer(Activation.ReLU),
         new Dense(Rows(start["w2"]).Transpose(), OneRow(start["b2"]), index: 2)],
        new SoftmaxWithLoss());
}
Console.WriteLine(TorchStart());
int parameterCount = TorchStart().Parameters.Sum(p => p.RowCount * p.ColumnCount);
Console.WriteLine($"{parameterCount} parameters; PyTorch counted "
                  + pieces["parameter_counts"]!["iris_network"]);

// ── cell 23 ──
App.Cell(23, "4. Same start, same order");
// YOUR TURN 2 · PyTorch's start, the library's loss
// Before any training, compute the library's loss of TorchStart() on the training
// flowers: train.Features, targets from Targets(train.Labels). Compare with PyTorch.
double myStartLoss = double.NaN;             // your loss before training

SelfCheck.Close("loss before training, against PyTorch's",
                Number(reference["initial_loss"]), myStartLoss, 1e-12);

//
// Solution
//
// ```csharp
// // YOUR TURN 2 · PyTorch's start, the library's loss
// // Before any training, compute the library's loss of TorchStart() on the training
// // flowers: train.Features, targets from Targets(train.Labels). Compare with PyTorch.
// Network fromTorch = TorchStart();
// double myStartLoss = fromTorch.Loss(train.Features, fromTorch.Targets(train.Labels));
//
// SelfCheck.Close("loss before training, against PyTorch's",
//                 Number(reference["initial_loss"]), myStartLoss, 1e-12);
// ```
//
// With weights this small every score is near 0 and softmax gives each species about 1/3, so the loss is near ln 3 ≈ 1.0986; with the same weights it is the same number in both programs.

// Now the training loop written out with the library, line for line the PyTorch loop of section 3, but taking each epoch's order of the training flowers from PyTorch's run instead of shuffling:

// ── cell 26 ──
App.Cell(26, "4. Same start, same order");
Network replay = TorchStart();
var optimizer = new SGD(0.1);
var replayLoss = new List<double>();
foreach (JsonNode epochOrder in reference["batch_orders"]!.AsArray())
{
    int[] order = Integers(epochOrder);
    for (int start = 0; start < order.Length; start += 10)
    {
        Dataset batch = train.Take(order[start..(start + 10)]);
        replay.Loss(batch.Features, replay.Targets(batch.Labels), training: true);
        replay.Backward();                   // backpropagation
        optimizer.Step(replay.Parameters);   // W ← W − α ∂L/∂W
    }
    replayLoss.Add(replay.Loss(train.Features, replay.Targets(train.Labels)));
}
double[] GapTo(IEnumerable<double> losses) =>
    losses.Zip(torchTrainLoss, (a, b) => Math.Abs(a - b)).ToArray();
double[] ownGap = GapTo(history.TrainLosses), replayGap = GapTo(replayLoss);
int worst = Array.IndexOf(ownGap, ownGap.Max());
Console.WriteLine("largest |library − PyTorch| training loss "
                  + $"in {ownGap.Length} epochs:");
Console.WriteLine($"  own start and order:       {ownGap[worst]:0.0E+00}"
                  + $" (epoch {worst + 1})");
Console.WriteLine($"  PyTorch's start and order: {replayGap.Max():0.0E+00},"
                  + $" exactly 0 in {replayGap.Count(g => g == 0)} epochs");
double replayTest = replay.Accuracy(test.Features, test.Labels);
Console.WriteLine($"test accuracy: replay {replayTest:P1}, PyTorch {torchTest:P1}");

// ── cell 27 ──
App.Cell(27, "4. Same start, same order");
// log₁₀ of the difference: −16 means 10⁻¹⁶. A difference of exactly 0 has no
// logarithm; it is drawn at −18, the bottom of the chart.
double[] Log10(double[] gaps) =>
    gaps.Select(g => Math.Log10(Math.Max(g, 1e-18))).ToArray();
display(Chart.Lines(epochs, ("own start and order", Log10(ownGap)),
        ("PyTorch's start and order", Log10(replayGap)))
    .WithTitle("How far the library's training loss is from PyTorch's, per epoch")
    .WithXTitle("epoch").WithYTitle("log₁₀ |library − PyTorch|")
    .WithYRange(-18.5, 0.5));

// With its own first weights and batch order, the library's training loss differs from PyTorch's by up to 0.25, at epoch 9, where the library has already left the plateau and PyTorch is only leaving it. With PyTorch's weights and order the difference is at most 4.4E-16 over all 100 epochs, and exactly 0 in 11 of them (drawn at −18, the bottom of the chart): a few units in the last digit a `double` holds. The replay also ends with PyTorch's test accuracy, 93.3 %.
//
// So two correct implementations of one network agree to rounding when they start from the same weights and see the batches in the same order, and differ as much as two random seeds do when they do not. That is why this course gives every random choice a seed, and why a careful report of a result states its seeds: reproducibility (再現性) means that the same code, data, settings and seeds give the same numbers. Two frameworks draw different random numbers from the same seed, so comparing a network across frameworks means comparing the shape of the curves and the final scores, as in section 3.
//
// ## 5. TorchSharp: PyTorch from C#
//
// You do not have to leave C# to use PyTorch. TorchSharp is a .NET library over libtorch, the C++ library underneath PyTorch, and it keeps PyTorch's names, so the iris network reads almost like the Python of section 3 (a sketch, not run here):
//
// ```csharp
// #r "nuget: TorchSharp-cpu, 0.107.0"
// using TorchSharp;
// using static TorchSharp.torch;
//
// torch.manual_seed(4);
// var model = nn.Sequential(("fc1", nn.Linear(4, 6)), ("relu", nn.ReLU()),
//                           ("fc2", nn.Linear(6, 3)));
// var optimizer = optim.SGD(model.parameters(), 0.1);
// // for each mini-batch (x, y) of each epoch:
// var loss = nn.functional.cross_entropy(model.forward(x), y);
// optimizer.zero_grad();
// loss.backward();
// optimizer.step();
// ```
//
// It has one requirement to know before you start. The package `TorchSharp-cpu` 0.107.0, which bundles libtorch 2.10.0, needs the C++ standard library of GCC 13: `libstdc++` with the symbol version `GLIBCXX_3.4.32`. Debian 12 ships the `libstdc++` of GCC 12, which stops at `GLIBCXX_3.4.30`, so on Debian 12 TorchSharp 0.107.0 does not load. That is why this course calls PyTorch from Python for its reference run. On a system with GCC 13's `libstdc++` or newer, TorchSharp is the way to keep your C# and use PyTorch underneath.
//
// ## 6. What comes after
//
// The network of this course, fully connected layers trained by backpropagation, is the base of what follows. [HN410 2022](sources.md#hn410-2022) closes with the designs built on it, and [hirotask 2024](sources.md#hirotask-2024) names convolutional and recurrent networks as the developments of neural networks that people are talking about:
//
// - **Convolutional neural networks** (畳み込みニューラルネットワーク, CNN), for images. A small grid of weights, a filter, slides over the image. It looks at neighbouring pixels together (locality), and, since the same filter is used everywhere, it finds its pattern wherever in the image it is: shift the pattern and the filter's response shifts with it (translation equivariance). Pooling layers, which keep one summary (often the maximum) of each small region, then make the answer change little under small shifts (approximate translation invariance). In PyTorch: `nn.Conv2d`.
// - **Recurrent neural networks** (再帰型ニューラルネットワーク, RNN), and their variants LSTM and GRU, for sequences such as text. The output of one step is fed back in with the next input, so the network remembers what came before. In PyTorch: `nn.RNN`, `nn.LSTM`, `nn.GRU`.
// - **Attention** (注意機構) and the Transformer built from it, also for text. The network computes where in the input to look, and takes dot products with the data to pull out what matters. In PyTorch: `nn.MultiheadAttention`, `nn.Transformer`.
//
// HN410 2022 also names the generative adversarial network (GAN): two networks trained together, one making fake images and the other learning to spot them.
//
// Each of these is built from pieces you know. The three small examples below compute the core of each with the course's own arithmetic, a few numbers at a time, and say what it adds to the dense network of this course.

// ### A convolution: one small filter, shared along the input
//
// In a `Dense` layer every input has its own weight to every output. A convolution (畳み込み) has one small filter instead, here three weights w = (-1, 2, -1) and a bias b = 0, and slides it along the input: output t is the weighted sum of the three inputs from position t on,
//
// y_t = Σ_(k=1)^3 w_k x_(t+k-1) + b .
//
// On a signal of 8 numbers the filter fits at 6 positions. The cell computes the 6 outputs by hand, and then with a `Dense` layer whose 8 × 6 weight matrix holds the same three weights in every column, one row lower in each, and zeros elsewhere:

// ── cell 30 ──
App.Cell(30, "A convolution: one small filter, shared along the input");
double[] signal = [0, 0, 1, 3, 1, 0, 0, 0];
double[] filter = [-1, 2, -1];
int positions = signal.Length - filter.Length + 1;
double[] Convolve(double[] x) => Enumerable.Range(0, positions)
    .Select(t => Enumerable.Range(0, filter.Length).Sum(k => filter[k] * x[t + k]))
    .ToArray();
string Joined(IEnumerable<double> values) => string.Join(", ", values);
Console.WriteLine($"by hand:          [{Joined(Convolve(signal))}]");

// The same convolution as a Dense layer: column t holds the filter in rows t to t + 2.
var banded = Matrix<double>.Build.Dense(signal.Length, positions,
    (i, t) => i - t >= 0 && i - t < filter.Length ? filter[i - t] : 0);
var convolutionLayer = new Dense(banded, Matrix<double>.Build.Dense(1, positions));
var convolved = convolutionLayer.Forward(Matrix<double>.Build.DenseOfRowArrays(signal));
Console.WriteLine($"as a Dense layer: [{Joined(convolved.Row(0))}]");
Console.WriteLine("its weights W (8 × 6):");
Console.Write(banded.ToMatrixString("F0"));

double[] later = [0, 0, 0, 0, 1, 3, 1, 0];          // the same bump, two places later
Console.WriteLine($"bump two later:   [{Joined(Convolve(later))}]");
int denseCount = signal.Length * positions + positions;
Console.WriteLine($"parameters: Dense(8→6) learns {denseCount}, "
                  + $"the convolution {filter.Length + 1}");
int imageDense = 64 * 36 + 36, imageFilter = 3 * 3 + 1;
Console.WriteLine($"8×8 image to a 6×6 map: Dense {imageDense}, "
                  + $"one 3×3 filter {imageFilter}");

// ── cell 31 ──
App.Cell(31, "A convolution: one small filter, shared along the input");
double[] at = Enumerable.Range(1, positions).Select(t => (double)t).ToArray();
display(Chart.Lines(at, ("bump at positions 3 to 5", Convolve(signal)),
        ("the bump two places later", Convolve(later)))
    .WithTitle("The filter (−1, 2, −1) answers wherever the bump is")
    .WithXTitle("output position t").WithYTitle("output y_t"));

// What the convolution adds to a dense layer is locality and weight sharing (重み共有): each output looks only at three neighbouring inputs, and the same three weights are used at every position. So the number of weights does not grow with the input (4 parameters here against 54 for the `Dense` layer of the same sizes; 10 against 2340 for one 3×3 filter on an 8×8 image), and the filter answers to its pattern wherever it is: move the bump two places and the peak of 4 moves two places with it, the translation equivariance of the list above. [HN410 2022](sources.md#hn410-2022) names the convolutional network for images, built on their locality and on shifts; `nn.Conv2d` slides a 2-D filter over the rows and columns of an image the same way. It is used wherever neighbouring values belong together: images above all, and also sound and other signals.

// ### A recurrent step: the same weights at every step of a sequence
//
// A `Dense` layer takes a fixed number of inputs, all at once. A recurrent network reads a sequence one element at a time and carries a hidden state h (隠れ状態) from one step to the next:
//
// h_t = tanh(x_t W_x + h_(t-1) W_h + b), h_0 = 0 .
//
// Each step is a dense layer's computation on the current input and the previous state, followed by tanh (lesson 02), and every step uses the same W_x, W_h and b. Here x_t is one number and h has two units, so W_x is 1 × 2, W_h is 2 × 2 and b is 1 × 2. Two sequences of four numbers that differ only in their first element:

// ── cell 34 ──
App.Cell(34, "A recurrent step: the same weights at every step of a sequence");
var Wx = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, -0.5 } });
var Wh = Matrix<double>.Build.DenseOfArray(new[,] { { 0.5, 0.3 }, { -0.4, 0.6 } });
var bh = Matrix<double>.Build.Dense(1, 2);
Matrix<double> RecurrentStep(Matrix<double> hPrevious, double xt) =>
    Activation.Tanh.Apply(xt * Wx + hPrevious * Wh + bh);

foreach (double[] sequence in new double[][] { [1, 0, 0, 0], [0, 0, 0, 0] })
{
    var hState = Matrix<double>.Build.Dense(1, 2);   // h₀ = 0
    Console.WriteLine($"x = ({Joined(sequence)})");
    for (int t = 0; t < sequence.Length; t++)
    {
        hState = RecurrentStep(hState, sequence[t]);
        string h = $"({hState[0, 0],6:F3}, {hState[0, 1],6:F3})";
        Console.WriteLine($"  step {t + 1}: h = {h}");
    }
}
int recurrentCount = Wx.RowCount * Wx.ColumnCount + Wh.RowCount * Wh.ColumnCount
                     + bh.ColumnCount;
Console.WriteLine($"parameters: {recurrentCount}, for a sequence of any length");

// After the first sequence's single 1, the state three steps later is still h = (0.085, 0.154), while the sequence of zeros stays at 0 throughout: the network remembers an input it has already passed, which is what a recurrent network adds to a dense one. [HN410 2022](sources.md#hn410-2022) describes the RNN as looping the data back so that earlier inputs are remembered. The same 8 parameters serve a sequence of any length. LSTM and GRU add gates, small sigmoid layers that decide what the state keeps and what it forgets, so that a memory lasts over long sequences. Recurrent networks are used for data that comes in order: text, speech and other time series.

// ### Attention: mixing weights computed from the data
//
// In a `Dense` layer the weights are fixed once training ends: every input is mixed the same way. Attention (注意機構) computes its mixing weights from the input itself. Each token (a word, say, as a vector of numbers) is compared with every token by a dot product; softmax (lesson 02) turns each token's dot products into weights that add up to 1; and each token's output is the weighted sum of the tokens:
//
// A = softmax ((X X^ᵀ)/(√d)), output = A X ,
//
// with softmax taken along each row, and d the length of a token's vector (dividing by √d keeps the dot products from growing with d, as the Transformer does). A Transformer first passes the tokens through three `Dense` layers, making a query, a key and a value for each, and compares queries with keys; here the tokens serve as all three, to keep the numbers few. Three tokens of two numbers each, by hand for token 3 and then as matrices:

// ── cell 37 ──
App.Cell(37, "Attention: mixing weights computed from the data");
var tokens = Matrix<double>.Build.DenseOfArray(
    new[,] { { 1.0, 0.0 }, { 0.0, 1.0 }, { 1.0, 1.0 } });
double root = Math.Sqrt(tokens.ColumnCount);

// Token 3 by hand: its dot products with tokens 1, 2, 3, divided by √2, then softmax.
double[] dots3 = Enumerable.Range(0, 3)
    .Select(j => tokens.Row(2).DotProduct(tokens.Row(j)) / root).ToArray();
double[] exps3 = dots3.Select(Math.Exp).ToArray();
string F3(IEnumerable<double> values) => string.Join(", ", values.Select(v => $"{v:F3}"));
Console.WriteLine($"token 3: dot products / √2 = ({F3(dots3)})");
Console.WriteLine($"         weights = ({F3(exps3.Select(e => e / exps3.Sum()))})");

Matrix<double> attention = Softmax.Apply(tokens * tokens.Transpose() / root);
Matrix<double> mixed = attention * tokens;
Console.WriteLine("attention weights A, one row per token:");
Console.Write(attention.ToMatrixString("F3"));
Console.WriteLine($"row sums: ({F3(attention.RowSums())})");
Console.WriteLine("outputs A X, one row per token:");
Console.Write(mixed.ToMatrixString("F3"));

// Token 3 gives about half its attention, 0.503, to itself, because its dot product with itself is the largest, and 0.248 to each of the others; its output is (0.752, 0.752). Every row of weights adds up to 1. Change the tokens and the weights change with them: that is what attention adds to a dense network, mixing weights computed from the data for every input anew, between any two positions of a sequence however far apart. [HN410 2022](sources.md#hn410-2022) describes attention as a representation of where in the input to look, whose dot products with the data pull out what matters. The Transformer, built from attention and dense layers, is what today's language models use for text, and it is used for images too.
//
// All of these networks are trained by the loop of section 3: forward, loss, backward, step. What changes is which weights are shared, and that shows in how many there are. The script counted the parameters of one small layer of each kind:

// ── cell 39 ──
App.Cell(39, "Attention: mixing weights computed from the data");
JsonNode counts = pieces["parameter_counts"]!;
(string Layer, string Key)[] nextLayers =
[
    ("nn.Linear(64, 8)", "linear_64_to_8"),
    ("nn.Conv2d(1, 8, kernel_size=3)", "conv2d_1_to_8_kernel_3"),
    ("nn.LSTM(input_size=8, hidden_size=8)", "lstm_8_to_8"),
    ("nn.MultiheadAttention(8, num_heads=2)", "attention_8_dims_2_heads"),
];
Console.WriteLine($"{"PyTorch layer",-40}parameters");
foreach (var (layer, key) in nextLayers)
    Console.WriteLine($"{layer,-40}{counts[key]!.GetValue<int>(),10}");

// ── cell 40 ──
App.Cell(40, "Attention: mixing weights computed from the data");
// YOUR TURN 3 · The weights of a convolution
// nn.Conv2d(1, 8, kernel_size=3) slides 8 filters of 3×3 weights over an image with
// one channel; each filter also has one bias. Count its parameters from that.
int myConvolutionCount = 0;                  // your count

int torchCount = counts["conv2d_1_to_8_kernel_3"]!.GetValue<int>();
SelfCheck.Equal("parameters of nn.Conv2d(1, 8, kernel_size=3)", torchCount,
                myConvolutionCount);

//
// Solution
//
// ```csharp
// // YOUR TURN 3 · The weights of a convolution
// // nn.Conv2d(1, 8, kernel_size=3) slides 8 filters of 3×3 weights over an image with
// // one channel; each filter also has one bias. Count its parameters from that.
// int myConvolutionCount = 8 * (3 * 3 * 1 + 1);   // 8 filters × (9 weights + 1 bias)
//
// int torchCount = counts["conv2d_1_to_8_kernel_3"]!.GetValue<int>();
// SelfCheck.Equal("parameters of nn.Conv2d(1, 8, kernel_size=3)", torchCount,
//                 myConvolutionCount);
// ```
//
// The count does not depend on the size of the image: the same 80 numbers are used at every position. `nn.Linear(64, 8)` on a flattened 8×8 image needs 520, one weight for every pixel and output.

// ## Check your understanding
//
// 1. A PyTorch `nn.Linear(4, 6)` has a weight of shape 6 × 4. What shape is W in the library's `Dense(4→6)`, and how do you copy PyTorch's weights into it?
// 2. Why does a PyTorch training loop call `optimizer.zero_grad()` before `loss.backward()`, and why did the library's loop never need it?
// 3. The library and PyTorch trained the same network on the same flowers with the same settings, yet their training losses were up to 0.25 apart. Name the three differences, and say which one section 4 showed to be tiny.
// 4. Both runs started at a loss near 1.0986. Why that number, whatever the framework?
// 5. Why does `nn.Conv2d(1, 8, kernel_size=3)` have 80 parameters whatever the size of the image, while a fully connected layer from the image to 8 units grows with the image?
//
// ## Answers
//
//
// Show the answers
//
// 1. 4 × 6, inputs × outputs: the transpose. Copy the weight transposed, `Rows(weight).Transpose()` as `TorchStart` does, and the bias as it is. The two layers then compute the same numbers: the library's U = X·W + b is PyTorch's x·Wᵀ + b.
// 2. PyTorch's `backward()` adds the new gradient to `.grad`, so without `zero_grad()` every step would use the sum of all the gradients so far. The library's layers write their gradients in `Backward`, replacing the old ones, and `Value.Backward` starts by setting every grad to 0.
// 3. The first weights and the order of the mini-batches, which come from different random-number generators, and the order in which the floating-point additions are done. With PyTorch's weights and order, the difference was at most 4.4E-16: the order of the arithmetic alone changes only the last digits. The random draws made the 0.25.
// 4. With weights of about 0.01 every score is near 0, softmax gives each of the three species about 1/3, and the cross-entropy of 1/3 is −ln(1/3) = ln 3 ≈ 1.0986. That follows from the maths, so every correct implementation starts there.
// 5. A convolution uses the same 3×3 filter at every position of the image (its weights are shared), so it needs 8 × (9 + 1) = 80 numbers for an image of any size. A fully connected layer has one weight for every pixel and output: 64 × 8 + 8 = 520 for an 8×8 image, and more for a larger one.
//
//
//
// ## Summary
//
// - PyTorch has a counterpart for every piece of the library: tensors for matrices, autograd for `Value`, `nn.Linear` for `Dense` (with the weight transposed), `F.cross_entropy` for `SoftmaxWithLoss`, `torch.optim` for the optimizers, and a loop you write for `Trainer.Fit`.
// - Given the same numbers, the library and PyTorch compute the same layer outputs, gradients, losses and SGD steps.
// - Lesson 09's iris network trained in both tells the same story (start near ln 3, a plateau, a steep fall, 93.3 % of the test flowers right), but the curves differ because the first weights and the batch order come from different random-number generators.
// - With PyTorch's first weights and batch order, the library reproduces PyTorch's run to 4.4E-16: the order of the arithmetic alone changes only the last digits.
// - TorchSharp brings PyTorch to C#; version 0.107.0 needs GCC 13's libstdc++ (`GLIBCXX_3.4.32`) and does not load on Debian 12.
// - Convolutional networks (images), recurrent networks (sequences) and attention (text) are built from the same pieces and trained by the same loop. A convolution is a `Dense` layer with shared weights (4 parameters against 54 for 8 → 6 inputs), a recurrent step reuses its weights at every step and carries a hidden state, and attention mixes the tokens with softmax weights of their dot products.
//
// ### Key terms
//
// | English | 日本語 | meaning |
// | --- | --- | --- |
// | deep-learning framework | 深層学習フレームワーク | a library of tensors, automatic differentiation, layers, losses and optimizers, such as PyTorch |
// | tensor | テンソル | an array of numbers with any number of dimensions: a vector has one, a matrix two |
// | automatic differentiation | 自動微分 | computing gradients by recording the operations and applying the chain rule backwards (autograd) |
// | reproducibility | 再現性 | the same code, data, settings and random seeds give the same numbers |
// | convolutional neural network | 畳み込みニューラルネットワーク | a network for images whose small filters of shared weights slide over the input |
// | weight sharing | 重み共有 | using the same weights at many positions of the input, as a convolution's filter does |
// | hidden state | 隠れ状態 | the vector a recurrent network carries from one step of a sequence to the next |
// | recurrent neural network | 再帰型ニューラルネットワーク | a network for sequences that feeds its output back in with the next input |
// | attention | 注意機構 | computing where in the input to look and weighting the input by it; the core of the Transformer |
//
// This is the end of the course. You have built every piece of a neural network and seen each one again in the framework you would use next: from here on, what you learn is new layers for the same loop.

App.End();
// nbrun convert: sha256 a3baf02b53bebeb0
