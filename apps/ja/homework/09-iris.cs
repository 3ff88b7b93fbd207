#!/usr/bin/env dotnet
// レッスン09の課題 · アヤメのデータでネットワークを学習させる
// notebooks/homework/09-iris.ja.ipynb(受講者に配布する版) から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/homework/09-iris.cs
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
using NeuralNetworks.Data;
using NeuralNetworks.Homework;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー ../../homework から読みます。
App.Start("レッスン09の課題 · アヤメのデータでネットワークを学習させる", args, workIn: "../../homework");

// # レッスン09の課題 · アヤメのデータでネットワークを学習させる
//
// レッスン09では、「[がんばろう！はじめてのDNN！](../sources.md#namba-hijiyama-r)」（Namba, Hijiyama.R）と同じように、アヤメの花のデータでネットワークを学習させました。今度はネットワークと学習の設定を自分で選び、ネットワークが一度も見ていない花について、指定された正解率に到達させます。
//
// ## やること
// 1. 最初のコードセルを実行してください。ライブラリとアヤメのデータを読み込み、乱数のシード7でデータを訓練データ（training set）60%、検証データ（validation set）20%、テストデータ（test set）20%に分け、特徴量を標準化します。テストデータは第2節まで手の届かないところに置いておきます。
// 2. `TrainIris` を完成させてください。ライブラリでネットワークを作り（`new Network([...], ...)`）、受け取った2つのデータセットで `Trainer.Fit` によって学習させ、そのネットワークを返します。シードは明示的に指定して、2回学習させても同じネットワークになるようにしてください。
// 3. チェックセルを実行してください。合格したチェックは ✓ とその配点を表示します。
//
// ## 採点方法
// 10点満点です。見えているチェックが4点分（ネットワークの形と、検証データでの正解率90%以上）で、残りの6点分は採点のときに実行される非公開のチェックです。もう一度学習させても同じ予測になること、そして**採点側が手元に残しておくテストデータの花で正解率90%以上**であることです。後者のために、採点プログラムは独自の訓練データと検証データで `TrainIris` をもう一度呼び出します。これらはアヤメの花から別の方法で取り出したもので、正体を隠した形でコードに渡されます。そのうえで、コードが一度も受け取らない花でネットワークを測ります。したがって `TrainIris` は、受け取ったデータから学習しなければなりません。このノートブックの `test` データや `data/iris.csv` そのもので学習させたネットワークには、これらの点は1点も与えられません。
// チェックセルを書き換えても点数は変わりません。採点では、すべてのチェックを採点側の写しで実行します。学習は数秒以内に収めてください。

// ── cell 2 ──
App.Cell(2, "レッスン09の課題 · アヤメのデータでネットワークを学習させる");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ── cell 3 ──
App.Cell(3, "レッスン09の課題 · アヤメのデータでネットワークを学習させる");
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
App.Cell(4, "レッスン09の課題 · アヤメのデータでネットワークを学習させる");
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

// ## 1. 自分のネットワーク
//
// レッスン09のやり方から始めましょう。`new Network([4, …, 3], activation, seed: …)` と、`new SGD(α)` を使った `Trainer.Fit` に、ミニバッチとエポック数を指定します。そのうえで**設定を1つずつ**変え、それが役に立ったかどうかを検証データに判断させます。`Trainer.Fit` はすべてのエポックの履歴を返します。レッスン09と同じく、`history.ToTable(rows: 8)` で表示できます。見るべき点とその理由は次のとおりです。
//
// - **隠れ層。** ユニットが少なすぎると、3品種の間の境界を引けません。ここでは、ユニットを少し増やしても負担はわずかです。
// - **学習率 α。** 小さすぎると、0の近くから始まる重みが、学習が終わる時点でほとんど動いていません。レッスン09の最初のエポックが遅かったのはこのためです。大きすぎると、損失が跳ね回ったり発散したりします（レッスン07）。
// - **エポック数とバッチサイズ。** バッチが小さいほど、1エポックあたりのステップが多くなります。決まった長い時間学習させるのではなく、検証データでの正解率が上がらなくなるまで学習させてください。
// - **基準より上を狙う。** 検証データには花が30個しかないので、1個が3.3 %に当たります。そこでぎりぎり90 %に届く程度の設定では、ほかの花では届かないかもしれません。そして非公開のチェックは、その設定でほかの花を使って学習させ直します。
//
// `seed:` はネットワークと `Trainer.Fit` の両方に渡してください。レッスン09に両方の呼び出しが出てきます。関数が受け取る2つのデータセットのうち `train` で学習させ（`validation` はその様子を見るのに使います）、それ以外のデータでは学習させないでください。テストデータの花は、設定を選び終えたあと、第2節で自分で最後に一度だけ見るためのものです。レッスン09でも、テストデータは最後に一度だけ使います。

// ── cell 6 ──
App.Cell(6, "1. 自分のネットワーク");
Network TrainIris(Dataset train, Dataset validation)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Build it, train it with seeds, return it.");
}

Network network = TrainIris(train, validation);
display(network);

// ── cell 7 ──
App.Cell(7, "1. 自分のネットワーク");
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
App.Cell(8, "1. 自分のネットワーク");
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

// ## 2. テストデータの花を一度だけ
//
// 設定を選び終えたら、テストデータを一度だけ見てください。どの選択にも関わらなかった30個の花です。下のセルは、第1節のブロックと同じやり方で（同じ乱数のシード、同じ標準化で）それらを分け、ネットワークをそれらで測ります。これを見たあとで設定を変えると、テストデータはただのもう1つの検証データになってしまいます。

// ── cell 10 ──
App.Cell(10, "2. テストデータの花を一度だけ");
DataSplit split = Dataset.LoadCsv("../../data/iris.csv").Split(0.6, 0.2, seed: 7);
Standardizer scaler = Standardizer.Fit(split.Train.Features);
Dataset test = scaler.Transform(split.Test);
Console.WriteLine($"test accuracy: {network.Accuracy(test.Features, test.Labels):P1}");

// ## 提出する前に
//
// カーネルを再起動して、すべてのセルを先頭から実行してください。表示されているチェックはどれも ✓ を出力するはずです。そのうえでノートブックを保存し、コースの指示どおりに提出してください（GitHub Classroomのリポジトリへのpush、または共有フォルダ）。

App.End();
// nbrun convert: sha256 6b1012e03d0486fb
