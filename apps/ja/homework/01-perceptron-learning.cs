#!/usr/bin/env dotnet
// レッスン01の課題 · パーセプトロンの学習規則
// notebooks/homework/01-perceptron-learning.ja.ipynb(受講者に配布する版) から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/homework/01-perceptron-learning.cs
// `-- --offline` を付けると、plotly.js を自分で含むチャートページになります(`npm ci` の後)。
// デバッガーでライブラリの中までステップ実行する方法は docs/file-based-apps.md にあります。

// チャートページの JSON はリフレクションで書くので、PublishAot(ファイルベースアプリの既定)を切ります。
#:property PublishAot=false
// リポジトリの Directory.Build.props はすべての警告をエラーにしますが、手で編集するアプリでは警告のままにします。
#:property TreatWarningsAsErrors=false
// コースのライブラリ。ノートブックの #r と同じものを読み込みます。.pdb があるので、デバッガーでソースまで入れます。
#:include ../../../lib/NeuralNetworks/bin/Debug/net8.0/MathNet.Numerics.dll
#:include ../../../lib/NeuralNetworks/bin/Debug/net8.0/NeuralNetworks.dll

// ノートブックのカーネルが既定でインポートする名前空間と、カーネルの display(…) と HTML(…) の代わりになるものです。
using System.Text;
using System.Collections;
using NeuralNetworks.Apps;
using static NeuralNetworks.Apps.App;
using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Data;
using NeuralNetworks.Homework;
using NeuralNetworks.Perceptrons;

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー ../../homework から読みます。
App.Start("レッスン01の課題 · パーセプトロンの学習規則", args, workIn: "../../homework");

// # レッスン01の課題 · パーセプトロンの学習規則
//
// レッスン01では、手で選んだ重みのパーセプトロンで論理ゲートを作り、続いてパーセプトロンの学習規則にその重みを見つけさせました。この課題では、パーセプトロンとその学習規則を自分で書き、論理ゲートとアヤメの2品種で学習させて、排他的論理和（XOR）ではなぜいつまでも落ち着かないのかを確かめます。
//
// ## やること
// 1. 最初のコードセルを実行してください。コースのライブラリとデータを読み込みます。
// 2. 下の3つの関数を完成させてください。それぞれの `throw new NotImplementedException(...)` を自分のコードに置き換えます。ライブラリの `Perceptron.Predict`、`Perceptron.WeightedInput`、`PerceptronLearning`、`PerceptronLearningSteps` は呼び出さず、和とループは自分で書いてください。`Vector<double>` の演算は自由に使ってかまいません。
// 3. 各関数の下にあるチェックセルを実行してください。合格したチェックは ✓ とその配点を表示します。
//
// ## 採点方法
// 11点満点です。見えているチェックセルが7点分で、残りの4点分は採点のときに実行される非公開のチェックです（3入力のパーセプトロン、別の初期値からの更新、別のデータセットと学習率での学習）。チェックセルを書き換えても点数は変わりません。採点では、すべてのチェックを採点側の写しで実行します。

// ── cell 2 ──
App.Cell(2, "レッスン01の課題 · パーセプトロンの学習規則");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ── cell 3 ──
App.Cell(3, "レッスン01の課題 · パーセプトロンの学習規則");
// ANSWER MEMBERS: the library's own versions of what you write in this assignment.
// A function that calls one of them (directly, through an alias or by reflection)
// earns no points.
AnswerMembers.Declare(
    "NeuralNetworks.Perceptrons.Perceptron.Predict",
    "NeuralNetworks.Perceptrons.Perceptron.WeightedInput",
    "NeuralNetworks.Perceptrons.PerceptronLearning",
    "NeuralNetworks.Perceptrons.PerceptronLearningSteps");

// ── cell 4 ──
App.Cell(4, "レッスン01の課題 · パーセプトロンの学習規則");
Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);

// Setosa (label 0) and versicolor (label 1) by sepal and petal length, as in lesson 01.
Dataset iris = Dataset.LoadCsv("../../data/iris.csv");
Dataset twoSpecies = iris.Take(
    Enumerable.Range(0, iris.Count).Where(i => iris.Labels[i] < 2));
Dataset flowers = new Dataset(
    Matrix<double>.Build.DenseOfColumnVectors(
        twoSpecies.Features.Column(0), twoSpecies.Features.Column(2)),
    twoSpecies.Labels, ["sepal length (cm)", "petal length (cm)"],
    ["setosa", "versicolor"]);
Console.WriteLine(flowers);

// ## 1. パーセプトロン
//
// 重み w とバイアス b をもつパーセプトロンは、次のように答えます。
//
// u = w · x + b = Σ_i w_i x_i + b, o = 1 u > 0 ; 0 u ≤ 0
//
// 境界の規則に注意してください。ちょうど直線上にある点、つまり u = 0 の点の出力は0です。レッスン01には、この規則があるからこそANDゲートになっているパーセプトロンが出てきました。

// ── cell 6 ──
App.Cell(6, "1. パーセプトロン");
int Predict(Vector<double> w, double b, Vector<double> x)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Add up wᵢxᵢ and b; only u > 0 answers 1.");
}

// ── cell 7 ──
App.Cell(7, "1. パーセプトロン");
try
{
    // CHECK perceptron-and-gate (2 points)
    var andW = V(0.5, 0.5);
    Check.Equal(0, Predict(andW, -0.7, V(0, 0)), "AND's perceptron at (0, 0)");
    Check.Equal(0, Predict(andW, -0.7, V(0, 1)), "AND's perceptron at (0, 1)");
    Check.Equal(0, Predict(andW, -0.7, V(1, 0)), "AND's perceptron at (1, 0)");
    Check.Equal(1, Predict(andW, -0.7, V(1, 1)), "AND's perceptron at (1, 1)");
    Check.Equal(0, Predict(V(0.1, 0.1), -0.2, V(1, 1)),
        "w = (0.1, 0.1), b = −0.2 at (1, 1), where u = 0");
    Check.Passed("perceptron-and-gate", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 2. 学習規則の1ステップ
//
// パーセプトロンに1つのサンプル x とその目標値 t（0または1）を見せます。出力 o が正しければ何も変わりません。間違っていれば、規則は重みとバイアスを次のように動かします。
//
// w ← w + η (t - o) x, b ← b + η (t - o)
//
// t = 1 で o = 0 のときは重みが x の方向に動くので、このサンプルでの u は大きくなります。t = 0 で o = 1 のときは x から離れる方向に動きます。手で計算してみましょう。w = (0, 0)、b = 0、η = 0.1 から始めて、サンプル x = (1, 1)、t = 1 を見せると、出力は0なので、w は (0.1, 0.1) に、b は 0.1 になります。
//
// `Update` は新しい重みとバイアスを返し、受け取ったベクトルには手を加えません。

// ── cell 9 ──
App.Cell(9, "2. 学習規則の1ステップ");
(Vector<double> W, double B) Update(
    Vector<double> w, double b, Vector<double> x, int t, double eta)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Find o first; t − o is 0, +1 or −1.");
}

// ── cell 10 ──
App.Cell(10, "2. 学習規則の1ステップ");
try
{
    // CHECK update-rule (2 points)
    var start = Update(V(0, 0), 0, V(1, 1), t: 1, eta: 0.1);
    Check.VectorsClose(V(0.1, 0.1), start.W, 1e-12, "w after (1, 1) with t = 1, from w = 0");
    Check.Close(0.1, start.B, 1e-12, "b after (1, 1) with t = 1, from b = 0");
    var wrongOne = Update(V(0.1, 0.1), 0.1, V(0, 0), t: 0, eta: 0.1);
    Check.VectorsClose(V(0.1, 0.1), wrongOne.W, 1e-12, "w after (0, 0) with t = 0 and o = 1");
    Check.Close(0.0, wrongOne.B, 1e-12, "b after (0, 0) with t = 0 and o = 1");
    var rightOne = Update(V(0.1, 0.1), 0.1, V(1, 1), t: 1, eta: 0.1);
    Check.VectorsClose(V(0.1, 0.1), rightOne.W, 0, "w after an example it gets right");
    Check.Close(0.1, rightOne.B, 0, "b after an example it gets right");
    Check.Passed("update-rule", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 3. 学習
//
// `Train` は、データセット全体に対して規則をエポックごとに繰り返し適用します。
//
// - w = 0（特徴量1つにつき重み1つ）と b = 0 から始めます。
// - 各エポックでは、サンプルをデータセットの順に1行目から見せ、間違えるたびに更新します。
// - 間違いが1つもないエポックが初めて現れたらそこで止め、そのエポックの番号（エポックは1から数えます）と、true にした `Converged` を返します。
// - `maxEpochs` 回のエポックがすべて間違いを含んでいたら、`maxEpochs` と、false にした `Converged` を返します。
//
// レッスン01のライブラリ版はエポックごとにサンプルをシャッフルするので、その数値はここでの結果とは異なります。ここでの結果は、乱数のシードなしで再現できます。2つのクラスを分ける直線があれば、規則は有限回のエポックでそのような直線を1本見つけます（パーセプトロンの収束定理）。XORにはそのような直線がありません。そのとき規則がいつまでも何を続けるのか、考えてみてください。
//
// XORのチェックを実行する前に、第2節で1ステップを計算したのと同じように、XORでの最初のエポックを手でたどってください。行は (0, 0), (0, 1), (1, 0), (1, 1)、目標値は0, 1, 1, 0で、η = 0.1 です。パーセプトロンはどのサンプルを間違え、w と b は最後にどうなるでしょうか。チェックは1エポック後と50エポック後について `Train` をこの手計算と比べるので、学習せずに戻ってくる `Train` は合格しません。

// ── cell 12 ──
App.Cell(12, "3. 学習");
(Vector<double> W, double B, int Epochs, bool Converged) Train(
    Dataset data, double eta, int maxEpochs)
{
    // YOUR CODE HERE
    throw new NotImplementedException("An epoch without mistakes ends the training.");
}

// ── cell 13 ──
App.Cell(13, "3. 学習");
var learned = Train(ToyData.And(), eta: 0.1, maxEpochs: 20);
Console.WriteLine($"AND: w = ({learned.W[0]:G4}, {learned.W[1]:G4}), b = {learned.B:G4}, "
                  + $"{learned.Epochs} epochs, converged: {learned.Converged}");

// ── cell 14 ──
App.Cell(14, "3. 学習");
try
{
    // CHECK train-and-gate (2 points)
    var and = Train(ToyData.And(), eta: 0.1, maxEpochs: 20);
    Check.Separates(ToyData.And(), and.W, and.B, "the trained AND perceptron");
    Check.VectorsClose(V(0.2, 0.1), and.W, 1e-9, "w after training on AND with η = 0.1");
    Check.Close(-0.2, and.B, 1e-9, "b after training on AND with η = 0.1");
    Check.Equal(6, and.Epochs, "epochs until one without a mistake (it counts too)");
    Check.Equal(true, and.Converged, "AND converged");
    Check.Passed("train-and-gate", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ── cell 15 ──
App.Cell(15, "3. 学習");
try
{
    // CHECK train-xor-never-settles (1 point)
    var firstEpoch = Train(ToyData.Xor(), eta: 0.1, maxEpochs: 1);
    Check.VectorsClose(V(-0.1, 0), firstEpoch.W, 1e-12, "w after one epoch on XOR, from 0");
    Check.Close(0.0, firstEpoch.B, 1e-12, "b after one epoch on XOR, from b = 0");
    var xor = Train(ToyData.Xor(), eta: 0.1, maxEpochs: 50);
    Check.Equal(50, xor.Epochs, "epochs run on XOR with maxEpochs = 50");
    Check.Equal(false, xor.Converged, "XOR converged");
    Check.VectorsClose(V(-0.1, 0), xor.W, 1e-12, "w after 50 epochs on XOR");
    Check.Close(0.1, xor.B, 1e-12, "b after 50 epochs on XOR");
    Check.Passed("train-xor-never-settles", points: 1);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 4. 規則が見つけたもの
//
// アヤメの2品種は線形分離可能なので、それらでの学習は止まります。XORは線形分離可能ではないので、XORでの学習は `maxEpochs` まで続きます。花のデータで見つかった直線 w_1 x_1 + w_2 x_2 + b = 0 は次のとおりです。

// ── cell 17 ──
App.Cell(17, "4. 規則が見つけたもの");
foreach (int epochs in new[] { 1, 2, 3, 4, 50 })
{
    var onXor = Train(ToyData.Xor(), eta: 0.1, maxEpochs: epochs);
    Console.WriteLine($"XOR, maxEpochs = {epochs}: "
                      + $"w = ({onXor.W[0]:F2}, {onXor.W[1]:F2}), b = {onXor.B:F2}, "
                      + $"converged: {onXor.Converged}");
}
var onFlowers = Train(flowers, eta: 0.1, maxEpochs: 100);
Console.WriteLine($"flowers: {onFlowers.Epochs} epochs, "
                  + $"converged: {onFlowers.Converged}");
var (w1, w2, b) = (onFlowers.W[0], onFlowers.W[1], onFlowers.B);
Console.WriteLine($"w = ({w1:F2}, {w2:F2}), b = {b:F2}");
double petal = -(w1 * 5 + b) / w2;
Console.WriteLine($"on the line, a 5 cm sepal goes with a {petal:F2} cm petal");

// XORでは50回のエポックのどれもが間違いを含むので、規則は直線を動かし続けます。2つの1を一方の側に、2つの0をもう一方の側に置く直線は存在しないからです（レッスン01で証明しました）。2回目のエポック以降は、どのエポックも同じ w = (-0.10, 0.00)、b = 0.10 で終わります。規則は同じ更新のサイクルを永遠に回り続けるのです。ここから抜け出す道が、レッスン01の2層パーセプトロンです。
//
// ## 提出する前に
//
// カーネルを再起動して、すべてのセルを先頭から実行してください。表示されているチェックはどれも ✓ を出力するはずです。そのうえでノートブックを保存し、コースの指示どおりに提出してください（GitHub Classroomのリポジトリへのpush、または共有フォルダ）。

App.End();
// nbrun convert: sha256 c137658ebe161160
