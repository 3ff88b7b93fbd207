#!/usr/bin/env dotnet
// 11 · プレイグラウンド
// notebooks/11-playground.ja.ipynb から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/11-playground.cs
// `-- --offline` を付けると、plotly.js を自分で含むチャートページになります(`npm ci` の後)。
// デバッガーでライブラリの中までステップ実行する方法は docs/file-based-apps.md にあります。

// チャートページの JSON はリフレクションで書くので、PublishAot(ファイルベースアプリの既定)を切ります。
#:property PublishAot=false
// リポジトリの Directory.Build.props はすべての警告をエラーにしますが、手で編集するアプリでは警告のままにします。
#:property TreatWarningsAsErrors=false
// コースのライブラリ。ノートブックの #r と同じものを読み込みます。.pdb があるので、デバッガーでソースまで入れます。
#:include ../../lib/NeuralNetworks/bin/Debug/net8.0/MathNet.Numerics.dll
#:include ../../lib/NeuralNetworks/bin/Debug/net8.0/NeuralNetworks.dll

// ノートブックのカーネルが既定でインポートする名前空間と、カーネルの display(…) と HTML(…) の代わりになるものです。
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

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー .. から読みます。
App.Start("11 · プレイグラウンド", args, workIn: "..");

// # 11 · プレイグラウンド
//
// *レッスン10では、学習をうまくいかせるものと失敗させるものを1つずつ見てきました。ここでは、そのすべてを自分で試せます。*
//
// 「[がんばろう！はじめてのDNN！](sources.md#namba-hijiyama-r)」（Namba, Hijiyama.R）は、最後にTensorFlow Playgroundを紹介しています。データセットとネットワークをボタンで選び、ネットワークが学習する様子を眺められるWebページです。このノートブックは、コースのライブラリの上に作った同じ種類の実験台です。設定のセルが1つあり、あとはその下をすべて実行するだけです。
//
// ## このレッスンでできるようになること
//
// - データセット、ノイズ、隠れ層（hidden layer）、活性化関数、学習率（learning rate）、エポック数という少数のハイパーパラメータ（hyperparameter）から実験を組み立てられる。
// - ネットワークの決定境界（decision boundary）と損失曲線が、エポックごとに変化していく様子を観察できる。
// - 設定を1つ変えたときに境界がどう変わるかを予測し、その予測を確かめられる。
// - 各隠れユニット（hidden unit）が入力平面の上で何を計算しているかを、決定境界と並べて読み取れる。
// - 見たことを、これまでのレッスンの内容と結びつけられる。線形の限界（レッスン03）、学習率（レッスン07）、過学習と勾配消失（レッスン10）。

// ── cell 2 ──
App.Cell(2, "11 · プレイグラウンド");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ## 1. 設定
//
// 変更できるものはすべて次のセルにあり、ほかの場所にはありません。初期設定は、「がんばろう！はじめてのDNN！」（Namba, Hijiyama.R）にあるPlaygroundのリンクと同じです。同心円のデータセット、4ユニットと2ユニットの隠れ層2つ、双曲線正接関数（tanh）、学習率0.03、大きさ10のミニバッチ、そして点の半分を学習に使う、という設定です。1つだけ違う設定があります。リンク先の設定にはノイズがありませんが、このノートブックでは、点がそれぞれの円のまわりに少し散らばるように `noise = 0.1` としています。一度に1つだけ変え、このセルとその後のすべてのセルを実行してください。
//
// このように、学習で求めるのではなく自分で選ぶ設定をハイパーパラメータと呼びます。そのうち3つがネットワーク構造（network architecture）をなします。ネットワーク構造とは「がんばろう！はじめてのDNN！」（Namba, Hijiyama.R）での呼び方で、層とそのユニット、活性化関数のことです。ここでは隠れ層、その大きさ、その活性化関数の3つです。学習率αは、各ステップの大きさを決めます。
//
// このコースのWebサイトでは、このページのまさにこの場所に、ライブのプレイグラウンドもあります。同じ設定をボタンで選んでPlayを押すと、同じライブラリを使ってネットワークがブラウザの中で学習し、TensorFlow Playgroundのように、学習の進行に合わせて決定境界と最初の隠れ層が計算するものを描き直します。そのC#のコードは図の下にあり、編集してResetを押すと、自分で書き換えたものが実行されます。VS CodeとJupyterでは下のボックスは空のままで、その後のセルが、実行のたびに1回ずつ同じ作業を行います。

// ── cell 4 ──
App.Cell(4, "1. 設定");
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

// ## 2. データ
//
// 4つのデータセットは `ToyData` で作ります（`lib/NeuralNetworks/Data/ToyDataShapes.cs` を開いてみてください）。2つの同心円、互いにかみ合った2つの半月、2本の渦巻きの腕、そして排他的論理和（XOR）の形に並んだ4つの点の集まりです。どれも1本の直線では分けられません。点の半分でネットワークを学習させ、残りの半分は過学習を見張るために取り分けておきます（Playgroundはこれを「test」データと呼びますが、設定を選ぶ間にそれを見るので、レッスン09の呼び方では検証データ（validation set）にあたります）。

// ── cell 6 ──
App.Cell(6, "2. データ");
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

// ## 3. ネットワーク
//
// 入力は2つ（点の座標x1とx2）で、その後に設定した隠れ層が続き、出力はクラスごとに1つ、合わせて2つのソフトマックス関数の出力です。重みの初期値は活性化関数に応じたライブラリの既定のもの（正規化線形関数（ReLU）の仲間ならHeの初期値、それ以外ならXavierの初期値。レッスン10）で、最適化手法はPlaygroundと同じく通常のSGDです。

// ── cell 8 ──
App.Cell(8, "3. ネットワーク");
var network = new Network([2, .. hidden, 2], activation, seed: seed);
var optimizer = new SGD(learningRate);
int weightCount = network.Parameters.Sum(p => p.RowCount * p.ColumnCount);
Console.WriteLine($"{network}, {weightCount} weights and biases, trained by {optimizer}");

// ── cell 9 ──
App.Cell(9, "3. ネットワーク");
// YOUR TURN 1 · Count the weights
// A Dense layer from n inputs to m units has n·m weights and m biases. Write the number
// of weights and biases of a 2 → 8 → 8 → 2 network; the check builds it and counts.
int[] exampleSizes = [2, 8, 8, 2];
int myCount = -1;                            // your count

var built = new Network(exampleSizes, Activation.Tanh, seed: 0);
int counted = built.Parameters.Sum(p => p.RowCount * p.ColumnCount);
SelfCheck.Equal("weights and biases of 2 → 8 → 8 → 2", counted, myCount);

//
// 解答例
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
// (2 · 8 + 8) + (8 · 8 + 8) + (8 · 2 + 2) = 24 + 72 + 18 = 114 です。

// ## 4. 学習の様子を見る
//
// 次のセルは、エポックを20の区間に分けて学習します。各区間の後で、決定境界、つまりネットワークの答えが一方のクラスからもう一方のクラスに変わる線と、それまでの損失のスナップショットをとります。数秒かかることがあります。

// ── cell 12 ──
App.Cell(12, "4. 学習の様子を見る");
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

// ▶を押すと、スナップショットが順に再生されます。左は訓練用の点と、各クラスに割り当てられた領域です。右は、訓練用の点での損失と、取り分けた点での損失です。

// ── cell 14 ──
App.Cell(14, "4. 学習の様子を見る");
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

// ## 5. 最終結果
//
// 最終的なネットワークを、レッスン10で見た確信度の等高線（どれだけ確信しているか、0.5から0.9まで）とともに、訓練用と取り分けた点を合わせたすべての点の上に描きます。

// ── cell 16 ──
App.Cell(16, "5. 最終結果");
double trainAccuracy = network.Accuracy(train.Features, train.Labels);
double heldOutAccuracy = network.Accuracy(validation.Features, validation.Labels);
Console.WriteLine($"accuracy: training {trainAccuracy:P1}, "
                  + $"held out {heldOutAccuracy:P1}");
display(Chart.DecisionBoundary(data, network.Predict, resolution: 80)
    .WithTitle($"After {epochNumbers.Count - 1} epochs: all {data.Count} points")
    .WithEqualAspect());

// 初期設定のままなら、2つの円は分離されます。ネットワークは最終的に、訓練用の点での損失が0.0974、取り分けた点での損失が0.1134となり、正解率はどちらも98.0 %です。設定を1つでも変えれば、数値は変わります。それこそがこの実験の目的です。
//
// ## 6. 隠れユニットが学習したもの
//
// 決定境界は、ネットワーク全体が何をしているかを示します。どうやってそこに至るのかを見るには、隠れユニットを1つずつ、つまり入力平面の各点でのその出力 z を見ます。`Chart.HiddenUnits` は、隠れ層のユニットごとに1つのパネルを、決定境界と並べて描きます（`lib/NeuralNetworks/Charts/Chart.HiddenUnits.cs` を開いてみてください）。白はユニットが切り替わるところ（tanhとReLUでは z = 0、シグモイド関数では0.5。黒い線で示します）、赤はユニットがオンのところ、青はオフのところです。

// ── cell 18 ──
App.Cell(18, "6. 隠れユニットが学習したもの");
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

// 初期設定のままなら、最初の層のユニットはどれも1本の直線で、その直線をまたいでtanhのなめらかな変化で切り替わります。つまりユニットは、自分の直線 u = w_1 x_1 + w_2 x_2 + b = 0 に沿って平面を2つに分けます。レッスン01のパーセプトロンと同じで、ただなめらかなだけです。4本の直線のどれも、単独では2つの円を分けられません。2番目の層の各ユニットはこの4本を混ぜ合わせるので、それらの断片でできた折れ曲がった線に沿って切り替わります。そして出力は、その2つを混ぜて、内側の円を囲む閉じた曲線を作ります。まず直線、次に直線でできた領域、そして境界。これが層を重ねることで加わるものです。設定を変えて、もう一度見てみましょう。ReLUでは、ユニットは直線の片側で0（白）になり、反対側で大きくなっていきます。`Activation.Identity` では、どのユニットもただ傾いた平面になるので、どの層も何も曲げられません（レッスン03）。

// ── cell 20 ──
App.Cell(20, "6. 隠れユニットが学習したもの");
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
// 解答例
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
// 出力されたx2を、最初のユニットのパネルで黒い線がx1 = 0と交わる位置と比べてください。

// ## 7. 試してみること
//
// 設定を一度に1つだけ変え、何が起こるかを予測してから、実行して確かめましょう。
//
// 1. **隠れ層なし。** 同心円（circles）で `hidden = []` とします。このときネットワークは、1つの線形の層とソフトマックス関数だけになります。境界はどんな形になりうるでしょうか。（レッスン03）
// 2. **線形の活性化関数。** `hidden = [8]` と `Activation.Identity` にします。隠れユニットは8つありますが、境界は曲がるでしょうか。（レッスン03：線形の層を重ねても、1つの層にまとまってしまいます。）
// 3. **学習率。** `learningRate = 0.003`、`0.3`、そして `30` を試します。損失曲線を見てください。遅すぎる、速い、跳ね回って落ち着かない、となります。（レッスン07）
// 4. **より難しい形。** `dataSet = "spiral"` または `"xor"` で、`hidden = [4, 2]`、次に `[16, 16]` を試します。ユニットが多いほど、境界はより多く曲がれます。
// 5. **活性化関数。** 同心円で `Activation.Sigmoid`、`Activation.Tanh`、`Activation.ReLU` を比べます。最初に学習が進み始めるのはどれでしょうか。（レッスン10の勾配消失）
// 6. **ノイズと過学習。** `noise = 0.3`、`hidden = [32, 32]`、`epochs = 1000` にします。訓練用の点での損失が下がり続ける一方で、取り分けた点での損失は上がり始めるでしょうか。（レッスン10）
//
// ## 理解度チェック
//
// 1. `hidden = []` では、どれだけ学習しても2つの円を分けられません。なぜですか。
// 2. `hidden = [8]` と `Activation.Identity` のネットワークは、`hidden = []` のときより重みが多くあります。それでも境界が直線のままなのはなぜですか。
// 3. 学習率を0.03から30に上げます。損失曲線はどうなると予想されますか。また、それはなぜですか。
// 4. 学習の途中で、訓練用の点での損失は下がり続けているのに、取り分けた点での損失が上がり始めました。何が起きていますか。また、レッスン10で学んだ対策を2つ挙げてください。
// 5. 「試してみること」の5では、初期設定のままtanhを `Activation.Sigmoid` に置き換えます。シグモイド関数を使うネットワークでは、損失が下がり始めるまで平らなままの期間が長くなると予想されます。なぜでしょうか。レッスン10から理由を1つ挙げてください。

// ## 解答
//
//
// 解答を表示
//
// 1. 隠れ層がなければ、各クラスのスコアはx1とx2について線形なので、2つのスコアが等しくなる境界は直線になります。円とその内側にある円を分けられる直線はありません。
// 2. 恒等関数の層は線形で、線形の層の後に線形の層を重ねても、やはり1つの線形の層になります（レッスン03：W₂(W₁x + b₁) + b₂ = Wx + b）。余分な重みは新しい形を生まないので、境界は直線のままです。
// 3. 損失はなめらかに下がらず、上下に跳ね回るか、高いままになります。各ステップが、下りるはずの谷を飛び越えてしまうからです（レッスン07）。損失が際限なく大きくなると、学習は `TrainingDivergedException` で止まり、学習率を小さくするよう促します。
// 4. 過学習です。ネットワークが訓練用の点のノイズに合わせ込んでいます。対策としては、早期終了（取り分けた点での損失が最も良かったエポックの重みを残す）、L2正則化やドロップアウトを加える、ネットワークを小さくする、データを増やす、があります。
// 5. シグモイド関数の微分は最大でも0.25なので、シグモイド関数の層を通るたびに勾配が小さくなります（勾配消失）。また、その出力はすべて正で、0ではなく0.5を中心とするため、通常のSGDはジグザグに進みます。tanhはシグモイド関数の尺度を変えたもので、どちらの弱点もそれほど強くはもちません。

// ## まとめ
//
// - プレイグラウンドは、コースの内容を実験に変えます。データセット、ネットワーク構造、活性化関数、学習率によって、ネットワークが何を学習できるか、どれだけ速く学習できるかが決まります。
// - 隠れ層がない場合や、線形の活性化関数しかない場合は、どれだけ学習しても決定境界は直線です。
// - 学習率が進み方を決めます。小さすぎるとのろのろとしか進まず、大きすぎると跳ね回るか発散します。
// - 注目すべきは取り分けた点での損失です。訓練用の点での損失が下がる一方でそれが上がるなら、ネットワークは過学習しています。
// - 最初の層の各ユニットは直線に沿って切り替わります。その後の層がそれらの直線を組み合わせて、曲がった境界を作ります。
// - ここで使ったものはすべて、これまでに学んだライブラリです。`ToyData`、`Network`、`SGD`、`Trainer.Fit`、そしてグラフ描画の機能です。
//
// ### 重要用語
//
// | English | 日本語 | 意味 |
// | --- | --- | --- |
// | hyperparameter | ハイパーパラメータ | 学習で求めるのではなく、学習の前に選ぶ設定。層の大きさ、活性化関数、学習率、エポック数など |
// | network architecture | ネットワーク構造 | 層の数、各層のユニット数、活性化関数（「[がんばろう！はじめてのDNN！](sources.md#namba-hijiyama-r)」（Namba, Hijiyama.R）） |
// | decision boundary | 決定境界 | 入力空間の中で、予測されるクラスが変わるところ |
// | learning rate | 学習率 | α。勾配降下法の各ステップの大きさ |
// | hidden layer | 隠れ層 | 入力と出力の間にある層。これによってネットワークは境界を曲げられる |
// | hidden unit | 隠れユニット | 隠れ層の1つのユニット。最初の層では直線に沿って切り替わる |
//
// レッスンはこれで終わりです。課題のノートブックでは、活性化関数から、数値勾配で確かめる誤差逆伝播法まで、主要な部品を自分で作り、アヤメ（iris）のデータで指定された正解率に達するまで学習させます。

App.End();
// nbrun convert: sha256 94bbfc0c5939c8d0
