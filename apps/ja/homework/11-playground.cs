#!/usr/bin/env dotnet
// レッスン11の課題 · プレイグラウンドでの実験：渦巻きを分ける最小のネットワーク
// notebooks/homework/11-playground.ja.ipynb(受講者に配布する版) から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/homework/11-playground.cs
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
using NeuralNetworks.Activations;
using NeuralNetworks.Charts;
using NeuralNetworks.Data;
using NeuralNetworks.Homework;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー ../../homework から読みます。
App.Start("レッスン11の課題 · プレイグラウンドでの実験：渦巻きを分ける最小のネットワーク", args, workIn: "../../homework");

// # レッスン11の課題 · プレイグラウンドでの実験：渦巻きを分ける最小のネットワーク
//
// レッスン11は実験のための作業台で、「[がんばろう！はじめてのDNN！](../sources.md#namba-hijiyama-r)」（Namba, Hijiyama.R）が紹介しているTensorFlow Playgroundにならったものでした。この課題ではデータセットは固定で、2本の渦巻きの腕です。それ以外はすべて自分で選びます。挑戦してほしいのは、**重みとバイアスが合わせて30個以下**のネットワークで2本の腕を分け、わかったことを文章に書くことです。
//
// ## やること
// 1. 最初のコードセルを実行してください。コースのライブラリを読み込み、渦巻きのデータを作り、`Train` を定義します。`Train` は、レッスン11と同じく、指定した設定のネットワークを通常のSGDで学習させます。
// 2. 第2節の試行用のセルで、好きなだけ実験してください。
// 3. `MySettings`（自分の最良の設定）と `WhatYouFound`（文章での解答。論じる実行を、第4節に示す形の行で含めます）を完成させてください。それぞれの `throw new NotImplementedException(...)` を自分のコードに置き換えます。
// 4. チェックセルを実行してください。合格したチェックは ✓ とその配点を表示します。
//
// ## 採点方法
// 9点満点です。見えているチェックセルが6点分で、ネットワークの大きさ、**取り分けておいた点での正解率90 %以上**、そして文章での解答を調べます。解答は60語以上（日本語なら120字以上。日本語は2字で1語と数えます）で、論じる実行を第4節に示す形の行で含めなければならず、採点プログラムはそれらの実行をもう一度学習させます。どの実行も、書かれているとおりの取り分けた点での正解率にならなければならず、そのうち1つは提出する設定でなければなりません。残りの3点分は採点のときに実行される非公開のチェックです。ネットワークが一度も見ていない200個の新しい渦巻きの点で正解率85 %以上であること、そして設定をもう一度学習させると提出したネットワークが得られることです。採点プログラムは、ネットワークをその重みから組み立て直して自分で測ります。チェックセルを書き換えても点数は変わりません。採点では、すべてのチェックを採点側の写しで実行します。学習は数秒以内に収めてください。

// ── cell 2 ──
App.Cell(2, "レッスン11の課題 · プレイグラウンドでの実験：渦巻きを分ける最小のネットワーク");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ── cell 3 ──
App.Cell(3, "レッスン11の課題 · プレイグラウンドでの実験：渦巻きを分ける最小のネットワーク");
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
App.Cell(4, "レッスン11の課題 · プレイグラウンドでの実験：渦巻きを分ける最小のネットワーク");
// Two spiral arms, 200 points, noise 0.1 (random seed 5): half train, half held out.
Dataset spiral = ToyData.Spirals(200, classes: 2, noise: 0.1, seed: 5);
DataSplit split = spiral.Split(trainFraction: 0.5, validationFraction: 0.5, seed: 5);
Dataset train = split.Train, heldOut = split.Validation;
Console.WriteLine($"{train.Count} training points, {heldOut.Count} held out");
display(Chart.ScatterByClass(spiral).WithTitle("Two spiral arms").WithEqualAspect());

// ── cell 5 ──
App.Cell(5, "レッスン11の課題 · プレイグラウンドでの実験：渦巻きを分ける最小のネットワーク");
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

// ## 1. 直線ではどこまで届くか
//
// 隠れ層のないネットワークは、1本の直線を引きます（レッスン03）。まずはここから始めましょう。

// ── cell 7 ──
App.Cell(7, "1. 直線ではどこまで届くか");
var none = new Settings([], Activation.Tanh, LearningRate: 0.3, Epochs: 300,
                        BatchSize: 10);
Network line = Train(none);
Describe("no hidden layer", none, line);

// ## 2. 自分の実験
//
// このセルの設定を変えて、好きなだけ実行してください。下のセルはどれもこのセルに依存しません。レッスン11の問いがよい手引きになります。活性化関数を変えると何が変わるでしょうか（レッスン03）。学習率は小さすぎないか、大きすぎないか（レッスン07）。重みとバイアス30個の範囲で、より深いネットワークやより幅の広いネットワークは役に立つでしょうか。n 個の入力から m 個のユニットへの層には、nm 個の重みと m 個のバイアスがあります。

// ── cell 9 ──
App.Cell(9, "2. 自分の実験");
var trial = new Settings(Hidden: [2], Activation.ReLU, LearningRate: 0.03, Epochs: 300,
                         BatchSize: 10);
Network tried = Train(trial);
Describe("your trial", trial, tried);
display(Chart.DecisionBoundary(spiral, tried.Classify, resolution: 60)
    .WithTitle("Your trial's decision boundary").WithEqualAspect());

// ## 3. 自分の設定
//
// 提出する設定を返してください。重みとバイアスは30個以下、取り分けた点での正解率は90 %以上です。その次のセルがその設定で学習させ、チェックはそのネットワークを測ります。

// ── cell 11 ──
App.Cell(11, "3. 自分の設定");
Settings MySettings()
{
    // YOUR CODE HERE
    throw new NotImplementedException("Your best settings from section 2.");
}

Network mine = Train(MySettings());
Describe("your network", MySettings(), mine);

// ── cell 12 ──
App.Cell(12, "3. 自分の設定");
display(Chart.HiddenUnits(mine, spiral, layer: 1, resolution: 40)
    .WithTitle("What your first hidden layer computes, beside the decision boundary"));

// ── cell 13 ──
App.Cell(13, "3. 自分の設定");
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
App.Cell(14, "3. 自分の設定");
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

// ## 4. わかったこと
//
// 60語以上（日本語なら120字以上）で書いてください。どんな設定を試したか、どの変更が決め手になったか、そしてそれはなぜかを、レッスン03、07、10の言葉で説明します。レッスン11で述べたとおり、設定は1つずつ変えてください。2つの実行の間で2つの設定が変わっていると、どちらの設定が違いを生んだのかは、どちらの実行からもわかりません。論じる実行は、第2節の試行と同じように、`Describe` が出力したとおりの形でそれぞれ1行に書きます。
//
// ```text
// hidden [2], ReLU, learning rate 0.03, 300 epochs, batch size 10 → 75.0 %
// ```
//
// 報告する実行は、提出する設定を含めて2つ以上、6つ以下とし、それぞれSGDのステップ数（エポック数 × 1エポックあたりのバッチ数）は30,000以下、重みとバイアスは400個以下とします。採点プログラムは報告されたすべての実行をもう一度学習させ、到達した取り分けた点での正解率を書かれた値と比べます。ですから、どの行も実際に行った実行でなければなりません。行のまわりの文章は担当教員が読みます。`WhatYouFound` の次のセルは、採点プログラムと同じように、解答で報告されたすべての実行をもう一度学習させ、それぞれが到達した値を出力します。

// ── cell 16 ──
App.Cell(16, "4. わかったこと");
string WhatYouFound()
{
    // YOUR CODE HERE
    throw new NotImplementedException("Your answer, with a line for each run.");
}

// ── cell 17 ──
App.Cell(17, "4. わかったこと");
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
App.Cell(18, "4. わかったこと");
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

// ## 提出する前に
//
// カーネルを再起動して、すべてのセルを先頭から実行してください。表示されているチェックはどれも ✓ を出力するはずです。そのうえでノートブックを保存し、コースの指示どおりに提出してください（GitHub Classroomのリポジトリへのpush、または共有フォルダ）。

App.End();

// ノートブックの型宣言です。C# では、トップレベルのステートメントの後に置きます。
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
// nbrun convert: sha256 86c8425b542cd6ff
