#!/usr/bin/env dotnet
// 04 · 層と順伝播
// notebooks/04-layers-and-forward-pass.ja.ipynb から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/04-layers-and-forward-pass.cs
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
using NeuralNetworks.Layers;
using NeuralNetworks.Exercises;

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー .. から読みます。
App.Start("04 · 層と順伝播", args, workIn: "..");

// # 04 · 層と順伝播
//
// レッスン03では、ネットワークの層と層の間には非線形の活性化関数が必要であることを確かめました。このレッスンでは層を積み重ね、そこに数値を流していきます。まずはサンプル1つ、次にバッチ全体をまとめて扱います。
//
// ## このレッスンでできるようになること
//
// - ネットワークの入力層・隠れ層・出力層を見分け、重みの数を数えられる。
// - 1つの層を手計算で u = Wx + b として、バッチ全体を一度に U = XW + b として計算できる。
// - 講義「[医療とAI・ビッグデータ応用『学習の仕組み』](sources.md#medical-ai-lecture)」（Medical AI lecture）に出てくる小さなネットワーク（入力2個、ReLUの隠れユニット4個、シグモイド関数の出力1個）について、途中の値をすべてたどれる。
// - 出力層の活性化関数を選べる：分類にはソフトマックス関数、回帰には恒等関数。
// - 隠れユニットを増やすと曲線によく当てはまるようになる理由を、図を使って説明できる。

// ── cell 2 ──
App.Cell(2, "04 · 層と順伝播");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ## 1. 入力層・隠れ層・出力層
//
// ネットワークは**層**（layer）を積み重ねたものです。**入力層**（input layer）は入力された数値を保持するだけの層で、入力1つにつきノードが1つあり、計算は行いません。**隠れ層**（hidden layer、中間層とも）は前の層の値を受け取って重み付き和を作り、それを活性化関数に通します。**出力層**（output layer）も同じ計算をして、答えを返します。
//
// 講義「[医療とAI・ビッグデータ応用『学習の仕組み』](sources.md#medical-ai-lecture)」（Medical AI lecture）では、入力2個、ReLUユニット4個からなる隠れ層、シグモイド関数の出力1個という小さなネットワークを使います。講義には重みの値が載っていないので、ここでは乱数のシードを3に固定して重みをランダムに生成します。ライブラリを使えばこのネットワークは1行で作れ、`Chart.NetworkDiagram` で図に描けます。青い線は正の重み、赤い線は負の重みです。線にマウスを重ねると、その値が読めます。

// ── cell 4 ──
App.Cell(4, "1. 入力層・隠れ層・出力層");
var network = new Network([2, 4, 1], Activation.ReLU, NetworkOutput.Sigmoid, seed: 3);
Console.WriteLine(network);
foreach (var p in network.Parameters)
    Console.WriteLine($"{p} holds {p.RowCount * p.ColumnCount}");
int total = network.Parameters.Sum(p => p.RowCount * p.ColumnCount);
Console.WriteLine($"learnable numbers in total: {total}");

// ── cell 5 ──
App.Cell(5, "1. 入力層・隠れ層・出力層");
display(Chart.NetworkDiagram(network));

// どの入力もすべての隠れユニットとつながっており（2 × 4 = 8個の重み）、どの隠れユニットも出力とつながっています（4 × 1 = 4個の重み）。これに、計算を行うユニット1つにつき1つのバイアス（4 + 1 = 5個）を加えると、ネットワーク全体で学習する数値は17個になります。このようにつながった層を**全結合層**（fully connected layer）と呼び、ライブラリでは `Dense` という名前になっています。
//
// 演習：上の `[2, 4, 1]` のような層のサイズから、任意の全結合ネットワークが持つ学習可能な数値の個数を数えてください。チェックでは、このネットワーク、4 → 6 → 3のネットワーク、64 → 100 → 10のネットワークという3通りのサイズについて、ライブラリで作ったネットワークと個数を比べます。

// ── cell 7 ──
App.Cell(7, "1. 入力層・隠れ層・出力層");
// YOUR TURN 1 · count the parameters
int ParameterCount(int[] sizes)
{
    return 0;   // replace: the weights and the biases of every layer
}

foreach (int[] sizes in new[] { new[] { 2, 4, 1 }, [4, 6, 3], [64, 100, 10] })
{
    var built = new Network(sizes, Activation.ReLU, NetworkOutput.Identity, seed: 0);
    int expected = built.Parameters.Sum(p => p.RowCount * p.ColumnCount);
    string name = $"parameters of [{string.Join(", ", sizes)}]";
    SelfCheck.Equal(name, expected, ParameterCount(sizes));
}

//
// 解答例
//
// ```csharp
// // YOUR TURN 1 · count the parameters
// int ParameterCount(int[] sizes)
// {
//     int count = 0;
//     for (int l = 1; l < sizes.Length; l++)
//         count += sizes[l - 1] * sizes[l] + sizes[l];   // weights, then biases
//     return count;
// }
//
// foreach (int[] sizes in new[] { new[] { 2, 4, 1 }, [4, 6, 3], [64, 100, 10] })
// {
//     var built = new Network(sizes, Activation.ReLU, NetworkOutput.Identity, seed: 0);
//     int expected = built.Parameters.Sum(p => p.RowCount * p.ColumnCount);
//     string name = $"parameters of [{string.Join(", ", sizes)}]";
//     SelfCheck.Equal(name, expected, ParameterCount(sizes));
// }
// ```
//
// 隣り合う2つの層で、n 個のユニットが m 個のユニットに入力するとき、n × m の重み行列と m 個のバイアスが加わります。64 → 100 → 10のネットワークでは、64 × 100 + 100 + 100 × 10 + 10 = 7,510です。
//
//
//
// ## 2. 1つの層を手で計算する
//
// 講義の最初の入力 x = (0.5, 0.3) を使います。隠れユニット j はまず総入力（weighted input）u_j = w_1j x_1 + w_2j x_2 + b_j を計算し、次に出力 h_j = ReLU(u_j) を求めます。このネットワークの重みを使って4つの和を書き出すと、次のようになります（バイアスは「[がんばろう！はじめてのDNN！](sources.md#namba-hijiyama-r)」（Namba, Hijiyama.R）と同じく0から始まり、学習によって変わっていきます）：

// ── cell 9 ──
App.Cell(9, "2. 1つの層を手で計算する");
var W1 = network.Parameters[0].Value;   // 2×4: row = input, column = hidden unit
var b1 = network.Parameters[1].Value;   // 1×4
double[] x = [0.5, 0.3];
for (int j = 0; j < 4; j++)
{
    double u = W1[0, j] * x[0] + W1[1, j] * x[1] + b1[0, j];
    Console.Write($"u{j + 1} = {W1[0, j],7:F4}·{x[0]} + {W1[1, j],7:F4}·{x[1]}");
    Console.Write($" + {b1[0, j]:F1} = {u,7:F4}");
    Console.WriteLine($"   h{j + 1} = ReLU(u{j + 1}) = {Math.Max(0, u):F4}");
}

// 同じ形をした4つの和は、1つの行列積にまとめられます。「[ラビットチャレンジレポート（深層学習 day1）](sources.md#rabbit-challenge-day-1)」（Rabbit Challenge day 1）と「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022）では、層を「列ベクトルが行列を通る」形で書きます：
//
// u = Wx + b, h = f(u)
//
// ここで W は、層の**ユニット1つにつき1行**、入力1つにつき1列を持ちます（この例では4×2）。つまり W の第 j 行がユニット j の重みです。ラビットチャレンジのレポートでは、コードは `u = np.dot(W, x) + b` となっています。
//
// ライブラリは同じ数値を逆向きに格納します。W は**入力1つにつき1行**、ユニット1つにつき1列を持ち（2×4）、サンプル1つは行ベクトル x^ᵀ で表します。すると層は u^ᵀ = x^ᵀW + b^ᵀ と書けます。(Wx)^ᵀ = x^ᵀW^ᵀ なので、これはすべてを転置しただけの同じ計算です。次のセルで、どちらの書き方でも同じ4つの数値になることを確かめます。

// ── cell 11 ──
App.Cell(11, "2. 1つの層を手で計算する");
var xRow = Matrix<double>.Build.DenseOfArray(new[,] { { 0.5, 0.3 } });   // 1×2: a row
var uLibrary = xRow * W1 + b1;                                     // (1×2)(2×4) + (1×4)
var uLecture = W1.Transpose() * xRow.Transpose() + b1.Transpose(); // (4×2)(2×1) + (4×1)
string Show(IEnumerable<double> values) =>
    string.Join("  ", values.Select(v => v.ToString("F4")));
Console.WriteLine("row form    x W + b : " + Show(uLibrary.Row(0)));
Console.WriteLine("column form Wᵀx + b : " + Show(uLecture.Column(0)));

// ## 3. 入力のバッチを行列として扱う
//
// 講義「医療とAI・ビッグデータ応用『学習の仕組み』」（Medical AI lecture）では、3つのサンプル [0.5, 0.3]、[0.2, 0.4]、[0.6, 0.2] を入力します。目標値はそれぞれ1、0、0です。これらを1つの行列 X（3×2）の行として積み重ねると、**バッチ**（batch）全体が1回の行列積で層を通ります：
//
// U = XW + b (3×2)(2×4) + (1×4) → 3×4
//
// バイアスの行は XW のすべての行に足されます。U の第 n 行は、サンプル n だけを入力したときの結果とまったく同じなので、1行目には第2節と同じ数値が並びます。

// ── cell 13 ──
App.Cell(13, "3. 入力のバッチを行列として扱う");
var X = Matrix<double>.Build.DenseOfArray(
    new[,] { { 0.5, 0.3 }, { 0.2, 0.4 }, { 0.6, 0.2 } });
var dense1 = (Dense)network.Layers[0];
var U = dense1.Forward(X);
string Shape(Matrix<double> m) => $"{m.RowCount}×{m.ColumnCount}";
Console.WriteLine($"X is {Shape(X)}, W1 is {Shape(W1)}, U is {Shape(U)}");
for (int n = 0; n < U.RowCount; n++)
    Console.WriteLine($"example {n + 1}: u = [{Show(U.Row(n))}]");

// 演習：同じバッチについて、U = XW + b をMathNetで自分で計算してください。行列積は `X * W1` です。バイアスの行 `b1`（1×4）は、その3つの行のそれぞれに足さなければなりません。1つの方法：1を並べた3×1の列に `b1` を掛けると、どの行も `b1` である3×4の行列ができます。

// ── cell 15 ──
App.Cell(15, "3. 入力のバッチを行列として扱う");
// YOUR TURN 2 · a layer on a batch
Matrix<double>? myU = null;   // replace: X W1 + b1, with b1 added to every row

// The check adds up uₙⱼ = xₙ₁w₁ⱼ + xₙ₂w₂ⱼ + bⱼ one entry at a time, as section 2 did.
var entryByEntry = Matrix<double>.Build.Dense(X.RowCount, W1.ColumnCount,
    (n, j) => X[n, 0] * W1[0, j] + X[n, 1] * W1[1, j] + b1[0, j]);
SelfCheck.MatricesClose("U = X W1 + b1", entryByEntry, myU);

//
// 解答例
//
// ```csharp
// // YOUR TURN 2 · a layer on a batch
// var ones = Matrix<double>.Build.Dense(X.RowCount, 1, 1.0);   // 3×1
// Matrix<double>? myU = X * W1 + ones * b1;                     // (3×2)(2×4) + (3×1)(1×4)
//
// // The check adds up uₙⱼ = xₙ₁w₁ⱼ + xₙ₂w₂ⱼ + bⱼ one entry at a time, as section 2 did.
// var entryByEntry = Matrix<double>.Build.Dense(X.RowCount, W1.ColumnCount,
//     (n, j) => X[n, 0] * W1[0, j] + X[n, 1] * W1[1, j] + b1[0, j]);
// SelfCheck.MatricesClose("U = X W1 + b1", entryByEntry, myU);
// ```
//
// MathNetは、1×4の行を3×4の行列に合わせて自動的に引き伸ばしてはくれません（NumPyならそうしてくれ、これをブロードキャストと呼びます）。そこで1の列を使って、それを明示的に行っています。`Dense.Forward` はループで各行にバイアスを足しています。`lib/NeuralNetworks/Layers/Dense.cs` を開いてみてください。
//
//
//
// ## 4. 講義のネットワークの順伝播を1ステップずつ
//
// **順伝播**（forward pass）では、層を順番に適用します。講義「医療とAI・ビッグデータ応用『学習の仕組み』」（Medical AI lecture）のネットワークを、講義の記号（総入力は μ、隠れ層の出力は h）で書くと次のようになります：
//
// μ_j = w_1j x_1 + w_2j x_2 + b_j, h_j = ReLU(μ_j) (j = 1 … 4)
// μ_5 = w_9 h_1 + w_10 h_2 + w_11 h_3 + w_12 h_4 + b_5, y = sigmoid(μ_5)
//
// `network.Trace(X)` は、バッチ全体について途中の値をすべて返します。入力、隠れ層の総入力、隠れ層の出力、出力ユニットの総入力、そして予測です。

// ── cell 17 ──
App.Cell(17, "4. 講義のネットワークの順伝播を1ステップずつ");
foreach (var step in network.Trace(X))
    Console.WriteLine(step);

// 表は列ごとに読んでください。隠れ層の総入力が負になっているところでは、正規化線形関数（ReLU）がそれを0にするので、そのユニットはそのサンプルについて何も伝えません。出力ユニットは4つの隠れ層の出力を混ぜ合わせてサンプルごとに1つの数値にし、シグモイド関数がそれを(0, 1)の範囲に押し込めます。
//
// 最初のサンプルを手で確かめてみましょう。出力層の重み w_9 … w_12（`W2` の列）と、トレースで得た隠れ層の出力を使います：

// ── cell 19 ──
App.Cell(19, "4. 講義のネットワークの順伝播を1ステップずつ");
var trace = network.Trace(X);
var h = trace[2].Value.Row(0);                   // hidden outputs of example 1
var W2 = network.Parameters[2].Value;            // 4×1: w9 … w12
double b5 = network.Parameters[3].Value[0, 0];
double mu5 = h[0] * W2[0, 0] + h[1] * W2[1, 0] + h[2] * W2[2, 0] + h[3] * W2[3, 0]
           + b5;
double y1 = Activation.Sigmoid.Apply(mu5);
Console.WriteLine($"μ5 = {mu5:F6},  y = sigmoid(μ5) = {y1:F6}");
Console.WriteLine($"network.Predict gives {network.Predict(X)[0, 0]:F6} for example 1");

// 講義「[医療とAI・ビッグデータ応用『学習の仕組み』](sources.md#medical-ai-lecture)」（Medical AI lecture）では、この3つの入力に対する予測として0.54587066、0.5448884、0.53991485が示されています。これらは講義に載っていない重みから得られた値なので、ここで得られる数値とは異なります。大事なのは、同じ方法で計算されていることです。こちらの値は0.497614、0.556081、0.495886です。重みはランダムな値から始まるので、学習前のネットワークの予測は互いに近く、まだ何の役にも立ちません。目標値が1、0、0なら、1つ目は1に近く、残りは0に近くあってほしいところですが、ここでは2つ目のサンプルの出力がいちばん高くなってさえいます。これらがどれだけずれているかはレッスン05で測り、レッスン07から09で重みを変えて正解に近づけていきます。
//
// コードは `lib/NeuralNetworks/Layers/Dense.cs`（層）、`ActivationLayer.cs`、`Network.Passes.cs`（順伝播とトレース）にあります。
//
// 演習：2つ目のサンプル x = (0.2, 0.4) について、順伝播全体を行列で計算してください。隠れ層、ReLU、出力層、シグモイド関数の順です。`W1`、`b1`、`W2` は上で使った行列で、`network.Parameters[3].Value` が出力層のバイアスです。

// ── cell 21 ──
App.Cell(21, "4. 講義のネットワークの順伝播を1ステップずつ");
// YOUR TURN 3 · the forward pass of example 2
var x2 = Matrix<double>.Build.DenseOfArray(new[,] { { 0.2, 0.4 } });   // 1×2
double y2 = double.NaN;   // replace: sigmoid(ReLU(x2 W1 + b1) W2 + b5)

SelfCheck.Close("prediction for example 2", network.Predict(X)[1, 0], y2);

//
// 解答例
//
// ```csharp
// // YOUR TURN 3 · the forward pass of example 2
// var x2 = Matrix<double>.Build.DenseOfArray(new[,] { { 0.2, 0.4 } });   // 1×2
// var hidden2 = Activation.ReLU.Apply(x2 * W1 + b1);                     // 1×4
// var mu = hidden2 * W2 + network.Parameters[3].Value;                   // 1×1
// double y2 = Activation.Sigmoid.Apply(mu[0, 0]);
//
// SelfCheck.Close("prediction for example 2", network.Predict(X)[1, 0], y2);
// ```
//
// サンプルが1つなら、1の列を使わなくてもバイアスの行の形がそのまま合います。`x2 * W1` がすでに1×4だからです。
//
//
//
// ## 5. 出力層：分類にはソフトマックス関数、回帰には恒等関数
//
// 隠れ層にはどんな非線形の活性化関数を使ってもかまいませんが、出力層の活性化関数は**タスク**によって決まります。「[ラビットチャレンジレポート（深層学習 day1）](sources.md#rabbit-challenge-day-1)」（Rabbit Challenge day 1）には、どの関数をどこで使うかの一覧があります。ライブラリにも同じ表があり、そのうち出力層の行は次のとおりです：

// ── cell 23 ──
App.Cell(23, "5. 出力層：分類にはソフトマックス関数、回帰には恒等関数");
var outputRows = ActivationDescription.Table.Where(r => r.UsualLayer.Contains("output"));
foreach (var row in outputRows)
    Console.WriteLine($"{row.Name,-10} {row.UsualLayer,-28} {row.OutputRange}");

// - k クラスへの**分類**（classification）：出力を k 個にして、**ソフトマックス関数**（softmax）を使います。各行は合計が1になる確率に変換されます（ラビットチャレンジのレポートでは、出力は [0, 1] の範囲で、合計は1）。2クラスなら、講義「医療とAI・ビッグデータ応用『学習の仕組み』」（Medical AI lecture）のように、シグモイド関数の出力1つで同じ役割を果たせます。
// - **回帰**（regression）、つまり価格や気温のような量の予測：**恒等関数**（identity function）y = u を使います。こうすると、出力はどんな実数にもなれます。
//
// 次のセルでは、同じ隠れ層に別の2種類の出力部を付けます。ソフトマックス関数の出力3個（3クラスの分類器）と、恒等関数の出力1個（回帰器）です。どちらにも同じバッチを入力します。

// ── cell 25 ──
App.Cell(25, "5. 出力層：分類にはソフトマックス関数、回帰には恒等関数");
var classifier = new Network([2, 4, 3], Activation.ReLU, NetworkOutput.Softmax, seed: 3);
var regressor = new Network([2, 4, 1], Activation.ReLU, NetworkOutput.Identity, seed: 3);
var P = classifier.Predict(X);
var Yr = regressor.Predict(X);
for (int n = 0; n < X.RowCount; n++)
    Console.WriteLine($"example {n + 1}: softmax [{Show(P.Row(n))}]"
                      + $"  sum = {P.Row(n).Sum():F4}   identity {Yr[n, 0]:F4}");

// 回帰器の重みは、第1節の講義のネットワークと同じです（サイズも乱数のシードも同じ）。そのため、恒等関数の出力−0.0095、0.2253、−0.0165は、第4節のトレースに出てきた出力の総入力 μ_5 とぴったり一致します。2つのネットワークの違いは、最後に適用する関数だけなのです。ソフトマックス関数の出力は、棒グラフにすると読みやすくなります：

// ── cell 27 ──
App.Cell(27, "5. 出力層：分類にはソフトマックス関数、回帰には恒等関数");
string[] classes = ["class 0", "class 1", "class 2"];
var bars = Chart.Bar(classes, P.Row(0).ToArray(), name: "example 1");
for (int n = 1; n < X.RowCount; n++)
    bars = bars.WithTrace(new Bar
    {
        X = classes, Y = P.Row(n).ToArray(), Name = $"example {n + 1}",
        Text = P.Row(n).Select(v => v.ToString("0.###")).ToArray(),
        Marker = new Marker { Color = Palette.ForClass(n) },
    });
display(bars.WithTitle("Softmax outputs of the untrained three-class network")
    .WithXTitle("class").WithYTitle("probability").WithYRange(0, 1));

// 各サンプルの3本の棒を合計すると1になります。学習前のネットワークは、確信を各クラスに分散させています。学習を進めると、正しいクラスの棒が高くなっていきます。
//
// ## 6. 図で見る万能近似
//
// 「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022）は、ニューロンが十分にあり重みが適切なら、ネットワークはどんな関数でも表現できるという、驚くべき事実を述べています。これを正確に述べたものが**万能近似定理**（universal approximation theorem）です。隠れ層が1つで隠れユニットが**十分に多い**ネットワークは、閉じた有界な入力の範囲（下の区間 [-3, 3] など）で、任意の連続関数をいくらでも精度よく近似できます。その範囲の外については何も保証しません。この発表では、視覚的な説明（Nielsen, *Neural Networks and Deep Learning*, 第4章）が紹介されています。それをライブラリで作ってみましょう。
//
// 考え方はこうです。大きな重み k を持つシグモイドユニット σ(k(x - c)) は、x = c でほぼ**段差**になります。出力層（恒等関数）の重みを、各段差で曲線が上がる量または下がる量に等しくすると、段差の和が階段のように曲線をなぞります。隠れユニットが多いほど段差は小さくなり、曲線によく当てはまります。次のセルでは、目標の曲線 f(x) = sin(2x) + 0.3x について、[-3, 3] 上に等間隔に並んだ n 個の段差でこのようなネットワークを作ります。重みは学習で求めるのではなく、手で設定します。

// ── cell 29 ──
App.Cell(29, "6. 図で見る万能近似");
Func<double, double> target = x => Math.Sin(2 * x) + 0.3 * x;
Network Staircase(int n, double k = 40)
{
    double[] c = Chart.Linspace(-3, 3, n + 1);     // n + 1 points, a step between pairs
    var W1 = Matrix<double>.Build.Dense(1, n, (_, j) => k);
    var b1 = Matrix<double>.Build.Dense(1, n, (_, j) => -k * (c[j] + c[j + 1]) / 2);
    var W2 = Matrix<double>.Build.Dense(n, 1, (j, _) => target(c[j + 1]) - target(c[j]));
    var b2 = Matrix<double>.Build.Dense(1, 1, target(c[0]));
    ILayer[] layers = [new Dense(W1, b1, 1), new ActivationLayer(Activation.Sigmoid),
                       new Dense(W2, b2, 2)];
    return new Network(layers, new IdentityWithLoss());
}
var grid = Chart.Linspace(-3, 3, 301);
var gridX = Matrix<double>.Build.Dense(grid.Length, 1, (i, _) => grid[i]);
int[] unitCounts = [2, 4, 8, 16, 32, 64];
foreach (int n in unitCounts)
{
    var y = Staircase(n).Predict(gridX).Column(0);
    double worst = grid.Select((g, i) => Math.Abs(y[i] - target(g))).Max();
    Console.WriteLine($"{n,3} hidden units: largest gap to the curve = {worst:F3}");
}

// 隠れ層が大きくなるにつれて、曲線との最大のずれは小さくなります。**▶ 再生** を押す（またはスライダーをドラッグする）と、階段（破線）が曲線に重なっていく様子を見られます：

// ── cell 31 ──
App.Cell(31, "6. 図で見る万能近似");
var frames = unitCounts.Select(n =>
{
    var y = Staircase(n).Predict(gridX).Column(0).ToArray();
    var lines = Chart.Lines(grid, ("target f(x)", grid.Select(target).ToArray()),
                                  ($"network, {n} hidden units", y));
    // Dashed, so that the target stays visible once the network fits it.
    var dashedLine = new Line { Dash = "dash", Width = 3 };
    var dashed = (Scatter)lines.Data[1] with { Line = dashedLine };
    return (lines with { Data = [lines.Data[0], dashed] })
        .WithTitle("More hidden sigmoid units fit the curve better")
        .WithXTitle("x").WithYTitle("y").WithYRange(-2.2, 2.2);
}).ToList();
var labels = unitCounts.Select(n => n.ToString()).ToList();
display(Chart.Animation(frames, labels, frameMilliseconds: 900, prefix: "hidden units: "));

// この定理が述べているのは、そのような重みが**存在する**ということです。その見つけ方も、幅の広い層を1つ使うのが最も効率的であることも述べていません。実際のネットワークは学習によって重みを見つけ（レッスン07から09）、巨大な層を1つ使う代わりに、幅の狭い層をいくつも重ねることがよくあります。
//
// ## 理解度チェック
//
// 1. 入力が3個、ユニット5個の隠れ層が1つ、出力が2個のネットワークがあります。重みとバイアスはそれぞれいくつありますか。
// 2. ライブラリでは、`Dense(3→5)` 層の W は3×5です。同じ層について、講義の u = Wx + b の W はどんな形になりますか。また、両者が同じ計算を表しているのはなぜですか。
// 3. 講義「医療とAI・ビッグデータ応用『学習の仕組み』」（Medical AI lecture）のネットワークに、10個のサンプルからなるバッチを入力します。X、隠れ層の出力、予測の形はそれぞれどうなりますか。
// 4. 明日の気温を予測するには、出力層の活性化関数に何を選びますか。10種類の数字のどれかを認識するにはどうですか。それぞれ理由も答えてください。
// 5. 第6節で、階段の一つひとつの「段」の役割を果たしているのは何ですか。また、その高さを決めているのは何ですか。

// ## 解答
//
//
// 解答を表示
//
// 1. 重み：3 × 5 + 5 × 2 = 25。バイアス：5 + 2 = 7。合わせて32個の学習可能な数値があります。
// 2. 5×3です。ユニット1つにつき1行、入力1つにつき1列です。ライブラリの3×5の行列はその転置で、サンプルは列ではなく行で表します。(Wx)^ᵀ = x^ᵀW^ᵀ なので、どちらも同じ5つの総入力を与えます。
// 3. X は10×2、隠れ層の出力は10×4、予測は10×1です。どれもサンプル1つにつき1行です。
// 4. 気温はどんな実数にもなりうる量なので、恒等関数を出力に使います（回帰）。10種類の数字は10個のクラスなので、出力を10個にしてソフトマックス関数を使います。こうすると数字ごとに確率が得られ、その合計は1になります。
// 5. 入力側の重みが大きい隠れ層のシグモイドユニットが、それぞれある位置でのほぼ段差になります。その出力側の重み（その段差の前後で曲線が上がる量または下がる量）が段差の高さを決め、出力層のバイアスが出発点の高さを決めます。

// ## まとめ
//
// - ネットワークは層を積み重ねたものです。入力層は入力を保持し、隠れ層は重み付き和と活性化関数を計算し、出力層が答えを出します。
// - 1つの層は u = Wx + b、h = f(u) です。ライブラリは同じものを行を使って U = XW + b と書きます。この形なら、バッチ全体（1行に1サンプル）も1回の行列積で扱えます。
// - 順伝播では層を順番に適用します。`network.Trace(X)` を使うと、講義「[医療とAI・ビッグデータ応用『学習の仕組み』](sources.md#medical-ai-lecture)」（Medical AI lecture）の2 → 4 ReLU → 1 sigmoidのネットワークについて、途中の値がすべて見られます。
// - 出力層の活性化関数はタスクに合わせて選びます。分類にはソフトマックス関数（2クラスならシグモイド関数）、回帰には恒等関数を使います。
// - 隠れユニットが十分にあれば、隠れ層1つで、閉じた有界な入力の範囲にわたって任意の連続な曲線をなぞれます（万能近似）。その重みを見つける方法が学習です。
//
// ### 重要用語
//
// | English | 日本語 | 意味 |
// | --- | --- | --- |
// | layer | 層 | 同じ入力を受け取り、並列に計算するユニットの集まり |
// | input layer | 入力層 | 入力値を保持する層。計算は行わない |
// | hidden layer | 隠れ層 | 入力と出力の間にある層。重み付き和のあとに活性化関数を適用する |
// | output layer | 出力層 | 最後の層。その値がネットワークの答えになる |
// | fully connected layer | 全結合層 | すべての入力がすべてのユニットにつながった層：U = XW + b（`Dense`） |
// | weighted input | 総入力 | 活性化関数を適用する前の、ユニットの重み付き和にバイアスを加えたもの u = Σ_i w_i x_i + b |
// | batch | バッチ | 1つの行列の行としてまとめて処理される複数のサンプル |
// | forward pass | 順伝播 | 層を順番に適用して、入力から出力を計算すること |
// | classification | 分類 | 入力がどのクラスに属するかを予測すること |
// | regression | 回帰 | 実数値の量を予測すること |
// | identity function | 恒等関数 | y = u。回帰の出力層で使う活性化関数 |
// | universal approximation theorem | 万能近似定理 | 十分な数のユニットを持つ隠れ層が1つあれば、閉じた有界な入力の範囲で任意の連続関数を近似できるという定理 |
//
// 次のレッスン05では、これらの予測がどれだけ間違っているかを問い、その答えを1つの数値、つまり損失にまとめます。

App.End();
// nbrun convert: sha256 64bb87c83bb38491
