#!/usr/bin/env dotnet
// 09 · Training a network
// A file-based app generated from notebooks/09-training-a-network.ipynb by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/09-training-a-network.cs
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

App.Start("09 · Training a network", args);

// # 09 · Training a network
//
// *Lesson 08 gave you every gradient through backpropagation. This lesson puts the gradients to work and trains real networks.*
//
// You will follow [Namba, Hijiyama.R](sources.md#namba-hijiyama-r), which builds a network for the iris flowers step by step, and then train a larger network to read handwritten digits. On the way you will learn to judge a trained network by more than one number.
//
// ## What you will be able to do
//
// - Split a data set into training, validation and test sets, standardise the features with statistics from the training set only, and compare two settings by k-fold cross-validation without touching the test set.
// - Build the iris network of Namba, Hijiyama.R (4 inputs, a ReLU hidden layer, 3 softmax outputs, weights from 0.01 × normal noise) and explain its loss before training.
// - Train it with mini-batches and read the loss and accuracy curves for training and validation.
// - Judge a classifier with a confusion matrix and with its individual predictions.
// - Train a larger network on 8×8 images of digits and look at the images it gets wrong.

// ── cell 2 ──
App.Cell(2, "09 · Training a network");

// ## 1. The iris data
//
// Namba, Hijiyama.R trains on the iris flowers: 150 flowers of three species, each measured four times in centimetres.
// The file has one flower per line, the four measurements and then the species.

// ── cell 4 ──
App.Cell(4, "1. The iris data");
var iris = Dataset.LoadCsv("../data/iris.csv");
Console.WriteLine($"{iris.Count} flowers, {iris.FeatureCount} features, "
                  + $"{iris.ClassCount} classes");
Console.WriteLine($"features: {string.Join(", ", iris.FeatureNames)}");
Console.WriteLine($"classes:  {string.Join(", ", iris.ClassNames)}");
Console.WriteLine($"first flower: [{string.Join(", ", iris.Features.Row(0))}] → "
                  + iris.ClassNames[iris.Labels[0]]);

// Two of the four features already separate the species quite well. Setosa (blue) stands apart; versicolor and virginica overlap a little, and that is where the network's mistakes will be.

// ── cell 6 ──
App.Cell(6, "1. The iris data");
display(Chart.ScatterByClass(iris, xFeature: 2, yFeature: 3)
    .WithTitle("Iris: petal length against petal width")
    .WithXTitle("petal length (cm)").WithYTitle("petal width (cm)"));

// ### Training, validation and test sets
//
// The network must work on flowers it has never seen, so you keep some flowers away from training. [HN410 2022](sources.md#hn410-2022) names three sets:
//
// - the training set (訓練データ) fits the weights;
// - the validation set (検証データ) is checked during training, to choose settings such as the learning rate and the number of epochs;
// - the test set (テストデータ) is used once, at the very end, for the final score.
//
// `Split` shuffles the rows with a seed and cuts them: 60 % training, 20 % validation, the rest test.

// ── cell 8 ──
App.Cell(8, "Training, validation and test sets");
DataSplit split = iris.Split(trainFraction: 0.6, validationFraction: 0.2, seed: 4);
Console.WriteLine(split);
string PerClass(Dataset part) =>
    string.Join(", ", Enumerable.Range(0, 3).Select(c => part.Labels.Count(l => l == c)));
Console.WriteLine($"training   per class: {PerClass(split.Train)}");
Console.WriteLine($"validation per class: {PerClass(split.Validation)}");
Console.WriteLine($"test       per class: {PerClass(split.Test)}");

// ### Standardisation
//
// The four measurements have different centres and spreads, as the μ and σ printed below show. Standardisation (標準化) shifts and scales each feature to mean 0 and standard deviation 1:
//
// z = (x - μ)/σ
//
// μ and σ come from the training set only, and the same μ and σ are then applied to all three sets. Fitting them on all the data would let the test flowers leak into training. (Lesson 10 shows what standardisation does to training.)

// ── cell 10 ──
App.Cell(10, "Standardisation");
var scaler = Standardizer.Fit(split.Train.Features);
Dataset train = scaler.Transform(split.Train);
Dataset validation = scaler.Transform(split.Validation);
Dataset test = scaler.Transform(split.Test);
Console.WriteLine(scaler);
var means = train.Features.ColumnSums() / train.Count;
Console.WriteLine("training set after: means "
                  + $"[{string.Join(", ", means.Select(m => m.ToString("F2")))}]");

// ── cell 11 ──
App.Cell(11, "Standardisation");
// YOUR TURN 1 · Standardise petal length by hand
// z = (x − μ) / σ with the training set's μ and σ for petal length (feature 2):
// scaler.Mean[2] and scaler.StandardDeviation[2]. x is in centimetres.
double MyZ(double x) => double.NaN;          // replace: your z

// The check standardises all 90 training petal lengths with MyZ: they must come out
// with mean 0 and standard deviation 1 (dividing by N, as the standardiser does),
// and a longer petal must keep a larger z.
double[] myZs = split.Train.Features.Column(2).Select(MyZ).ToArray();
double myZMean = myZs.Average();
double myZSd = Math.Sqrt(myZs.Sum(v => (v - myZMean) * (v - myZMean)) / myZs.Length);
SelfCheck.Close("mean of the standardised petal lengths", 0, myZMean, 1e-12);
SelfCheck.Close("their standard deviation", 1, myZSd, 1e-12);
SelfCheck.True("a 5 cm petal gets a larger z than a 4 cm one", MyZ(5.0) > MyZ(4.0));

//
// Solution
//
// ```csharp
// // YOUR TURN 1 · Standardise petal length by hand
// // z = (x − μ) / σ with the training set's μ and σ for petal length (feature 2):
// // scaler.Mean[2] and scaler.StandardDeviation[2]. x is in centimetres.
// double MyZ(double x) => (x - scaler.Mean[2]) / scaler.StandardDeviation[2];
//
// // The check standardises all 90 training petal lengths with MyZ: they must come out
// // with mean 0 and standard deviation 1 (dividing by N, as the standardiser does),
// // and a longer petal must keep a larger z.
// double[] myZs = split.Train.Features.Column(2).Select(MyZ).ToArray();
// double myZMean = myZs.Average();
// double myZSd = Math.Sqrt(myZs.Sum(v => (v - myZMean) * (v - myZMean)) / myZs.Length);
// SelfCheck.Close("mean of the standardised petal lengths", 0, myZMean, 1e-12);
// SelfCheck.Close("their standard deviation", 1, myZSd, 1e-12);
// SelfCheck.True("a 5 cm petal gets a larger z than a 4 cm one", MyZ(5.0) > MyZ(4.0));
// ```
//
// Subtracting μ moves the mean to 0; dividing by σ makes the spread 1. Those two properties are what standardisation means, so they check your z without using the library's transform.

// ## 2. The network of Namba, Hijiyama.R
//
// The lecture's network has 4 inputs (one per measurement), a hidden layer of ReLU units and 3 outputs (one per species), turned into probabilities by softmax and scored with cross-entropy. Its weights start as small random numbers, 0.01 × normal noise (`0.01*matrix(rnorm(...))` in the lecture's R code), and its biases start at 0. A fixed seed (`set.seed()` in R) makes every run the same.
//
// Here the hidden layer has 6 units. `Initialization.Normal(0.01)` draws every weight from a normal distribution with standard deviation 0.01 (open `lib/NeuralNetworks/Layers/Initialization.cs`).

// ── cell 14 ──
App.Cell(14, "2. The network of Namba, Hijiyama.R");
var net = new Network([4, 6, 3], Activation.ReLU,
                      initialization: Initialization.Normal(0.01), seed: 4);
Console.WriteLine(net);
foreach (Parameter p in net.Parameters)
    Console.WriteLine($"{p}: largest |value| {p.Value.Enumerate().Max(Math.Abs):F4}");

// Before any training, what does this network predict? With weights around 0.01 every score u is close to 0, and softmax of three equal scores is 1/3 each. The cross-entropy of a prediction of 1/3 for the right class is −ln(1/3) = ln 3. Check the first three training flowers and the loss:

// ── cell 16 ──
App.Cell(16, "2. The network of Namba, Hijiyama.R");
Console.WriteLine(net.Predict(train.Features.SubMatrix(0, 3, 0, 4)).ToMatrixString("F4"));
double startLoss = net.Loss(train.Features, net.Targets(train.Labels));
Console.WriteLine($"loss before training {startLoss:F4}, ln 3 = {Math.Log(3):F4}");

// So the network starts knowing nothing, exactly as it should: every species equally likely, and a loss of 1.0987, a hair from ln 3 = 1.0986.
//
// ## 3. Training
//
// `Trainer.Fit` repeats what lesson 07 called mini-batch gradient descent. One epoch (エポック) is one pass over the training set:
//
// 1. shuffle the training rows (with a seed);
// 2. for each mini-batch of 10 rows: forward pass and loss, backward pass (lesson 08), one step W ← W − α ∂L/∂W;
// 3. measure the loss and accuracy on the whole training and validation sets.
//
// Open `lib/NeuralNetworks/Training/Trainer.cs` to see the loop. Train for 100 epochs with learning rate α = 0.1:

// ── cell 18 ──
App.Cell(18, "3. Training");
TrainingHistory history = Trainer.Fit(net, train, new SGD(0.1), validation,
                                      epochs: 100, batchSize: 10, seed: 4);
Console.WriteLine(history.ToTable(rows: 8));

// The training loss falls from 1.0974 after the first epoch to 0.0453 after the last, and the training accuracy (正解率, the fraction classified correctly) rises from 36.7% to 98.9%. The validation accuracy ends at 93.3%.
//
// ## 4. Loss and accuracy curves
//
// A table hides the shape; the curves show it. Namba, Hijiyama.R draws these same two charts for its iris network: the loss and the accuracy, per iteration. Here both are measured on the training and the validation sets after each epoch. Such charts are called learning curves (学習曲線).

// ── cell 20 ──
App.Cell(20, "4. Loss and accuracy curves");
double[] epochs = history.Epochs.Select(e => (double)e.Epoch).ToArray();
var lossChart = Chart.Lines(epochs,
        ("training loss", history.TrainLosses.ToArray()),
        ("validation loss", history.ValidationLosses.ToArray()))
    .WithTitle("Cross-entropy loss").WithXTitle("epoch").WithYTitle("loss");
var accuracyChart = Chart.Lines(epochs,
        ("training accuracy", history.Epochs.Select(e => e.TrainAccuracy).ToArray()),
        ("validation accuracy",
         history.Epochs.Select(e => e.ValidationAccuracy).ToArray()))
    .WithTitle("Accuracy").WithXTitle("epoch").WithYTitle("fraction correct");
display(Chart.Subplots(1, 2, lossChart, accuracyChart).WithLayout(l => l with { Height = 420 }));

// Three things to read from them:
//
// - The first few epochs barely move. With weights of 0.01 the gradients are tiny too, and it takes a while for the weights to grow. (Lesson 10 is about starting better.)
// - Accuracy jumps in steps, because it only changes when a flower crosses a boundary; the loss moves smoothly, because it also rewards being more sure of right answers.
// - The validation curves follow the training curves closely. The network is not memorising the training flowers; lesson 10 shows what it looks like when it does.

// ## 5. Cross-validation
//
// Section 3 trained for 100 epochs. Would 20 epochs, a fifth of the work, have done as well? That is a choice of setting, so the test set must not make it; the validation set of section 1 should. But it holds only 30 flowers: one flower more or less right moves its accuracy by a thirtieth, so a choice made on it depends on which 30 flowers the seed happened to put there.
//
// Cross-validation (交差検証), which [HN410 2022](sources.md#hn410-2022) names beside the three sets, lets every flower outside the test set take a turn at validation. k-fold cross-validation goes:
//
// 1. put the training and validation flowers together (90 + 30 = 120) and shuffle them with a seed;
// 2. cut them into k parts of equal size, called folds; here k = 5 folds of 24 flowers;
// 3. for each fold in turn, fit the standardiser and train a fresh network on the other k − 1 folds (96 flowers), then measure its accuracy a_i on the held-out fold;
// 4. report the mean of the k accuracies and their standard deviation:
//
// bar a = 1/kΣ_(i=1)^k a_i, s = √(1/(k-1)Σ_(i=1)^k (a_i - bar a)^2)
//
// Every flower is held out exactly once, and the 30 test flowers take no part. `KFold.Split` does steps 1 and 2 (open `lib/NeuralNetworks/Data/KFold.cs`):

// ── cell 23 ──
App.Cell(23, "5. Cross-validation");
Dataset notTest = split.Train.Concat(split.Validation);   // every flower but the test set
IReadOnlyList<Fold> folds = KFold.Split(notTest, k: 5, seed: 4);
Console.WriteLine($"{notTest.Count} flowers outside the test set");
foreach (Fold fold in folds)
    Console.WriteLine($"{fold}, held out per class: {PerClass(fold.Validation)}");

// Each round is the recipe of sections 1 to 3 on a smaller scale: the standardiser's μ and σ come from the round's 96 training flowers only, and the network is the one of section 2, with the same initial weights, learning rate, mini-batches and seeds. The shuffle does not balance the species across the folds (fold 4 holds 13 setosa and only 4 versicolor), but every fold holds all three. Only the number of epochs differs between the two candidates:

// ── cell 25 ──
App.Cell(25, "5. Cross-validation");
// One round: scale with the training folds' μ and σ, train a fresh network,
// and measure its accuracy on the held-out fold.
double FoldAccuracy(Fold fold, int epochs)
{
    var foldScaler = Standardizer.Fit(fold.Train.Features);
    Dataset foldTrain = foldScaler.Transform(fold.Train);
    Dataset heldOut = foldScaler.Transform(fold.Validation);
    var foldNet = new Network([4, 6, 3], Activation.ReLU,
                              initialization: Initialization.Normal(0.01), seed: 4);
    Trainer.Fit(foldNet, foldTrain, new SGD(0.1), epochs: epochs, batchSize: 10, seed: 4);
    return foldNet.Accuracy(heldOut.Features, heldOut.Labels);
}
int[] candidates = [20, 100];
double[][] foldScores = candidates
    .Select(epochs => folds.Select(fold => FoldAccuracy(fold, epochs)).ToArray())
    .ToArray();

string Percent(double a) => $"{100 * a:F1}%";
Console.WriteLine("epochs    fold 1  fold 2  fold 3  fold 4  fold 5    mean ± SD");
for (int c = 0; c < candidates.Length; c++)
{
    double[] a = foldScores[c];
    double mean = a.Average();
    double sd = Math.Sqrt(a.Sum(x => (x - mean) * (x - mean)) / (a.Length - 1));
    string perFold = string.Join("  ", a.Select(x => $"{Percent(x),6}"));
    Console.WriteLine($"{candidates[c],6}    {perFold}    "
                      + $"{Percent(mean)} ± {100 * sd:F1}");
}
var pairs = foldScores[1].Zip(foldScores[0]).ToArray();      // (100 epochs, 20 epochs)
Console.WriteLine($"100 epochs better in {pairs.Count(p => p.First > p.Second)} folds, "
                  + $"equal in {pairs.Count(p => p.First == p.Second)}, "
                  + $"worse in {pairs.Count(p => p.First < p.Second)}");

// ── cell 26 ──
App.Cell(26, "5. Cross-validation");
string[] foldNames = folds.Select(f => $"fold {f.Number}").ToArray();
Bar Candidate(int c) => new Bar
{
    X = foldNames, Y = foldScores[c], Name = $"{candidates[c]} epochs",
    Text = foldScores[c].Select(Percent).ToArray(), TextPosition = "auto",
    Marker = new Marker { Color = Palette.ForClass(c) },
};
display(new Figure([Candidate(0), Candidate(1)])
    .WithTitle("Accuracy on each held-out fold, for two epoch counts")
    .WithXTitle("held-out fold (24 flowers)").WithYTitle("fraction correct"));

// With 100 epochs the network gets 96.7% ± 3.5 of the held-out flowers right, with 20 epochs 91.7% ± 6.6. The comparison is fair fold by fold, since both candidates saw the same flowers in each round: 100 epochs is better in 3 of the 5 folds and equal in the other 2, never worse. So the decision is to keep 100 epochs, the network of section 3.
//
// The spread matters as much as the means. The same setting, 100 epochs, scores anywhere from 91.7% to 100.0% depending on which 24 flowers are held out, a range of two flowers. A single small validation set can therefore flatter or wrong a setting, and the mean over five folds is the steadier judge. Cross-validation costs k trainings per candidate, here 10 small networks in all: cheap for a data set this small, where one validation set is least reliable, and costly for a large one, where one validation set is already big enough.

// ## 6. The confusion matrix
//
// One accuracy number does not say *which* flowers go wrong. A confusion matrix (混同行列) counts, for each true class (row), how often each class was predicted (column). The diagonal holds the correct answers.
//
// Cross-validation chose the network of section 3 without a look at the test flowers. This is the moment to use the test set, once:

// ── cell 29 ──
App.Cell(29, "6. The confusion matrix");
int[] predicted = net.Classify(test.Features);
var confusion = new ConfusionMatrix(test.Labels, predicted, iris.ClassNames);
Console.WriteLine(confusion);

// All 9 setosa and all 8 virginica test flowers are right; 2 of the 13 versicolor are taken for virginica, the pair that overlaps in the chart of section 1. Accuracy: 93.3% of 30. Namba, Hijiyama.R reports the same pattern for its network: setosa perfect, the other two almost.

// ── cell 31 ──
App.Cell(31, "6. The confusion matrix");
// YOUR TURN 2 · Recall from the confusion matrix
// The recall of a class is the fraction of its test examples classified correctly: the
// diagonal count of its row over the row's sum. Compute versicolor's recall (class 1)
// from the counts confusion[actual, predicted].
double myRecall = double.NaN;                // your recall

SelfCheck.Close("recall of versicolor", confusion.Recall(1), myRecall, 1e-12);

//
// Solution
//
// ```csharp
// // YOUR TURN 2 · Recall from the confusion matrix
// // The recall of a class is the fraction of its test examples classified correctly: the
// // diagonal count of its row over the row's sum. Compute versicolor's recall (class 1)
// // from the counts confusion[actual, predicted].
// double rowSum = Enumerable.Range(0, 3).Sum(j => confusion[1, j]);
// double myRecall = confusion[1, 1] / rowSum;  // 11 of 13
//
// SelfCheck.Close("recall of versicolor", confusion.Recall(1), myRecall, 1e-12);
// ```
//
// 11 of the 13 versicolor test flowers are right, so the recall is 11/13 ≈ 84.6 %.

// ## 7. Some predictions
//
// Behind each predicted class are three probabilities. Here are the first eight test flowers, with their petal measurements in centimetres (before standardisation):

// ── cell 34 ──
App.Cell(34, "7. Some predictions");
Matrix<double> P = net.Predict(test.Features);
Matrix<double> cm = split.Test.Features;          // the test flowers in centimetres
Console.WriteLine("petal length  width   true         predicted    "
                  + "p(setosa)  p(versicolor)  p(virginica)");
for (int n = 0; n < 8; n++)
{
    string truth_34 = iris.ClassNames[test.Labels[n]], guess = iris.ClassNames[predicted[n]];
    Console.Write($"{cm[n, 2],12:F1}  {cm[n, 3],5:F1}   {truth_34,-11}  {guess,-11}");
    Console.WriteLine($"  {P[n, 0],9:F3}  {P[n, 1],13:F3}  {P[n, 2],12:F3}");
}

// Most flowers get one probability near 1. The least certain test flower is the interesting one:

// ── cell 36 ──
App.Cell(36, "7. Some predictions");
int unsure = Enumerable.Range(0, test.Count).MinBy(n => P.Row(n).Maximum());
string truly = iris.ClassNames[test.Labels[unsure]];
Console.WriteLine($"test flower {unsure}: petal {cm[unsure, 2]} × {cm[unsure, 3]} cm");
Console.WriteLine($"truly {truly}, predicted {iris.ClassNames[predicted[unsure]]}");
string probabilities = string.Join(", ", P.Row(unsure).Select(p => p.ToString("F3")));
Console.WriteLine($"probabilities [{probabilities}]");
display(Chart.Bar(iris.ClassNames, P.Row(unsure).ToArray(), name: "probability")
    .WithTitle($"The network's least certain test flower (truly {truly})")
    .WithXTitle("species").WithYTitle("predicted probability"));

// ── cell 37 ──
App.Cell(37, "7. Some predictions");
// YOUR TURN 3 · The loss of one prediction
// Cross-entropy scores a prediction by −ln p, where p is the probability given to the
// true class. Compute it for the least certain test flower (row `unsure` of P).
int truth = test.Labels[unsure];
double myLoss = double.NaN;                  // your −ln p

var oneHot = Vector<double>.Build.Dense(3, j => j == truth ? 1 : 0);
double library = NeuralNetworks.Losses.CrossEntropyError.Loss(P.Row(unsure), oneHot);
SelfCheck.Close("cross-entropy of the least certain flower", library, myLoss, 1e-6);

//
// Solution
//
// ```csharp
// // YOUR TURN 3 · The loss of one prediction
// // Cross-entropy scores a prediction by −ln p, where p is the probability given to the
// // true class. Compute it for the least certain test flower (row `unsure` of P).
// int truth = test.Labels[unsure];
// double myLoss = -Math.Log(P[unsure, truth]);
//
// var oneHot = Vector<double>.Build.Dense(3, j => j == truth ? 1 : 0);
// double library = NeuralNetworks.Losses.CrossEntropyError.Loss(P.Row(unsure), oneHot);
// SelfCheck.Close("cross-entropy of the least certain flower", library, myLoss, 1e-6);
// ```
//
// The library adds a tiny δ = 1e-7 inside the logarithm (lesson 05), hence the tolerance. This flower was given 0.485 for its true class, so its loss is about −ln 0.485 ≈ 0.72, while a confident right answer scores near 0.

// This versicolor, with a petal 4.9 cm long and 1.5 cm wide, sits right where versicolor and virginica overlap. The network gives versicolor 0.485 and virginica 0.512, so it answers virginica, only just: it is one of the two mistakes in the confusion matrix. A probability near one half is the network saying "not sure", which is worth more than a confident wrong answer.
//
// ## 8. Handwritten digits
//
// A bigger task: 1797 images of handwritten digits, each 8×8 pixels with a darkness from 0 to 16, so 64 numbers per image and ten classes. `Chart.Image` draws the 64 numbers as the picture they are.

// ── cell 40 ──
App.Cell(40, "8. Handwritten digits");
var digits = Dataset.LoadCsv("../data/digits.csv");
Console.WriteLine($"{digits.Count} images, {digits.FeatureCount} pixels each, " +
                  $"darkness from {digits.Features.Enumerate().Min()} "
                  + $"to {digits.Features.Enumerate().Max()}");
Console.WriteLine($"classes {string.Join(" ", digits.ClassNames)}");
Figure Digit(int n) =>
    Chart.Image(digits.Features.Row(n).ToArray(), width: 8,
                title: $"label {digits.Labels[n]}");
display(Chart.Subplots(2, 5, Enumerable.Range(0, 10).Select(Digit).ToArray())
    .WithTitle("The first ten images of the digits data set"));

// The recipe is the same as for iris, only bigger: split 60/20/20, scale, build, train. The pixels all share one scale, so a min–max scaling to [0, 1] is enough (`MinMaxScaler`, open `lib/NeuralNetworks/Data/MinMaxScaler.cs`). The network is 64 → 32 ReLU → 10 softmax, with the library's default He initialisation for ReLU (lesson 10 explains why that helps), and trains for 20 epochs in mini-batches of 32.

// ── cell 42 ──
App.Cell(42, "8. Handwritten digits");
DataSplit digitSplit = digits.Split(0.6, 0.2, seed: 9);
var pixelScaler = MinMaxScaler.Fit(digitSplit.Train.Features);
Dataset digitTrain = pixelScaler.Transform(digitSplit.Train);
Dataset digitValidation = pixelScaler.Transform(digitSplit.Validation);
Dataset digitTest = pixelScaler.Transform(digitSplit.Test);
Console.WriteLine(digitSplit);

var reader = new Network([64, 32, 10], Activation.ReLU, seed: 9);
TrainingHistory digitHistory = Trainer.Fit(reader, digitTrain, new SGD(0.1),
                                           digitValidation, epochs: 20, batchSize: 32,
                                           seed: 9);
Console.WriteLine(reader);
Console.WriteLine(digitHistory.ToTable(rows: 5));

// ── cell 43 ──
App.Cell(43, "8. Handwritten digits");
double[] digitEpochs = digitHistory.Epochs.Select(e => (double)e.Epoch).ToArray();
display(Chart.Lines(digitEpochs,
        ("training loss", digitHistory.TrainLosses.ToArray()),
        ("validation loss", digitHistory.ValidationLosses.ToArray()))
    .WithTitle("Digits: cross-entropy loss per epoch")
    .WithXTitle("epoch").WithYTitle("loss"));

// Both losses drop fast for five epochs and then level off. After 20 epochs the validation loss (0.2012) sits above the training loss (0.1204): the network does a little better on images it has trained on, which is normal as long as the gap stays small. Now the test set, once:

// ── cell 45 ──
App.Cell(45, "8. Handwritten digits");
int[] digitPredicted = reader.Classify(digitTest.Features);
var digitConfusion =
    new ConfusionMatrix(digitTest.Labels, digitPredicted, digits.ClassNames);
Console.WriteLine(digitConfusion);

// 95.6% of the 360 test images are right. Most digits are read almost perfectly; the weak spot is the 8s, with a recall of only 70.6%: 8 of them were read as 1s.
//
// ### The mistakes
//
// Numbers say how often; pictures say why. Here are the first eight test images the network got wrong, each with its true label, its prediction and the probability it gave that prediction:

// ── cell 47 ──
App.Cell(47, "The mistakes");
Matrix<double> digitP = reader.Predict(digitTest.Features);
var mistakes = Enumerable.Range(0, digitTest.Count)
    .Where(n => digitPredicted[n] != digitTest.Labels[n]).ToList();
Console.WriteLine($"{mistakes.Count} of {digitTest.Count} test images are misclassified");
Figure Mistake(int n) =>
    Chart.Image(digitSplit.Test.Features.Row(n).ToArray(), width: 8,
        title: $"true {digitTest.Labels[n]}, said {digitPredicted[n]} "
               + $"({digitP[n, digitPredicted[n]]:P0})");
display(Chart.Subplots(2, 4, mistakes.Take(8).Select(Mistake).ToArray())
    .WithTitle("Test images the network got wrong"));

// Five of these eight are 8s, and four of those were read as 1: drawn narrow, an 8 at 8×8 pixels is mostly one dark vertical stroke. The probabilities are telling too: several wrong answers came with less than 50 % confidence, so the network itself was unsure. A person squinting at these pictures would hesitate over some of them as well.
//
// ## Check your understanding
//
// 1. Before training, the iris network's loss was ln 3 ≈ 1.0986. What would it be for the untrained digits network with 0.01 × normal weights, and why?
// 2. Why is the standardiser fitted on the training set only, and then applied unchanged to the validation and test sets?
// 3. During training, the validation accuracy is checked after every epoch, but the test accuracy only once, at the end. What would go wrong if you picked the number of epochs by looking at the test accuracy?
// 4. What does a row of a confusion matrix add up to, and what does a large number off the diagonal in row i, column j tell you?
// 5. Training accuracy 100 % and validation accuracy 80 %: what is happening, and which lesson deals with it?

// ## Answers
//
//
// Show the answers
//
// 1. ln 10 ≈ 2.303. With tiny weights all ten scores are near 0, so softmax gives 1/10 to each class, and the cross-entropy of the right class is −ln(1/10) = ln 10.
// 2. μ and σ are part of the model: new flowers must be scaled exactly as the training flowers were. Fitting them on validation or test data would let those sets leak into training, so their scores would no longer measure performance on unseen data.
// 3. The test score would then be part of the tuning, like a second validation set, and would overstate how well the network does on truly new data. HN410 2022 says the test set is used once, for the final score.
// 4. Row i adds up to the number of test examples whose true class is i. A large count in column j ≠ i means many examples of class i were taken for class j: those two classes are being confused.
// 5. The network memorises its training examples instead of learning what generalises: overfitting. Lesson 10 shows how to spot it in the curves and what to do about it.

// ## Summary
//
// - A data set is split into training, validation and test sets; scalers are fitted on the training set and applied to all three.
// - The iris network of Namba, Hijiyama.R (4 → 6 ReLU → 3 softmax, weights 0.01 × normal, biases 0, fixed seed) starts at loss ln 3 and reaches 93.3% test accuracy in 100 epochs of mini-batch SGD.
// - k-fold cross-validation lets every flower outside the test set take a turn at validation: with k = 5 it chose 100 epochs over 20 (96.7% ± 3.5 against 91.7% ± 6.6 on the held-out folds) before the test set was used.
// - Learning curves show loss and accuracy per epoch for training and validation; close curves mean the network generalises.
// - A confusion matrix shows which classes are mistaken for which; the probabilities show how sure each prediction is.
// - The same recipe trains a 64 → 32 → 10 network to read handwritten digits, and its mistakes are often digits a person would hesitate over too.
//
// ### Key terms
//
// | English | 日本語 | meaning |
// | --- | --- | --- |
// | training set | 訓練データ | the examples the weights are fitted on |
// | validation set | 検証データ | examples checked during training to choose settings such as epochs and learning rate |
// | test set | テストデータ | examples kept aside and used once, for the final score |
// | standardization | 標準化 | rescaling each feature to mean 0 and standard deviation 1, with the training set's μ and σ |
// | epoch | エポック | one pass over the whole training set |
// | accuracy | 正解率 | the fraction of examples classified correctly |
// | learning curve | 学習曲線 | loss or accuracy plotted against the epoch, for training and validation |
// | cross-validation | 交差検証 | rotating which part of the data is held out for validation |
// | confusion matrix | 混同行列 | counts of (true class, predicted class) pairs; the diagonal is the correct answers |
//
// Next, lesson 10 looks at what makes training work well: better optimisers, the right activations and initial weights, and defences against overfitting.

App.End();
// nbrun convert: sha256 0bf45f26d3b6b5d5
