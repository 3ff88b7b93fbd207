#!/usr/bin/env dotnet
// レッスン04の課題 · バッチの順伝播
// notebooks/homework/04-forward-pass.ja.ipynb(受講者に配布する版) から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/homework/04-forward-pass.cs
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
using NeuralNetworks.Homework;
using NeuralNetworks.Layers;

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー ../../homework から読みます。
App.Start("レッスン04の課題 · バッチの順伝播", args, workIn: "../../homework");

// # レッスン04の課題 · バッチの順伝播
//
// レッスン04では、「[医療とAI・ビッグデータ応用『学習の仕組み』](../sources.md#medical-ai-lecture)」（Medical AI lecture）の3つのサンプルを、入力2つ、ReLUの隠れユニット4つ、シグモイド関数の出力1つからなるネットワークに通しました。最初は1サンプルずつ、次に1つのバッチとしてです。この課題では、その順伝播を行列の形で自分で書きます。バッチのすべてのサンプルに加えるバイアスの行、講義での書き方どおりの1つの層、そしてバッチに対する2層ネットワーク全体です。
//
// ## やること
// 1. 最初のコードセルを実行してください。コースのライブラリを読み込み、レッスン04のネットワーク（乱数のシード3）を作ります。
// 2. 下の3つの関数を完成させてください。それぞれの `throw new NotImplementedException(...)` を自分のコードに置き換えます。ネットワーク自身の計算（`Predict`、`Trace`、`Classify`、`Accuracy`、`Loss`）、`Dense` 層の `Forward`、`AffineMap.Apply` は呼び出さず、積は自分で書いてください。`Activation.ReLU` と `Activation.Sigmoid` は使ってかまいませんし、課題02のように書き直してもかまいません。
// 3. 各関数の下にあるチェックセルを実行してください。合格したチェックは ✓ とその配点を表示します。
//
// ## 採点方法
// 11点満点です。見えているチェックセルが7点分で、残りの4点分は採点のときに実行される非公開のチェックです（ほかの形のバッチと層、1サンプルだけのバッチ、ほかのサイズと重みのネットワーク）。チェックセルを書き換えても点数は変わりません。採点では、すべてのチェックを採点側の写しで実行します。

// ── cell 2 ──
App.Cell(2, "レッスン04の課題 · バッチの順伝播");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ── cell 3 ──
App.Cell(3, "レッスン04の課題 · バッチの順伝播");
// ANSWER MEMBERS: the library's own versions of what you write in this assignment.
// A function that calls one of them (directly, through an alias or by reflection)
// earns no points.
AnswerMembers.Declare(
    "NeuralNetworks.Layers.Dense.Forward",
    "NeuralNetworks.Linearity.AffineMap.Apply",
    "NeuralNetworks.Layers.Network.Predict",
    "NeuralNetworks.Layers.Network.Trace",
    "NeuralNetworks.Layers.Network.Classify",
    "NeuralNetworks.Layers.Network.Accuracy",
    "NeuralNetworks.Layers.Network.Loss");
// ALLOWED: what your code may use of the library besides vectors, matrices, Check,
// charts and data sets. A function that uses any other part of it earns no points.
AnswerMembers.Allow(
    "NeuralNetworks.Layers.Network",
    "NeuralNetworks.Layers.NetworkOutput",
    "NeuralNetworks.Layers.Parameter",
    "NeuralNetworks.Activations.Activation.ReLU",
    "NeuralNetworks.Activations.Activation.Sigmoid",
    "NeuralNetworks.Activations.Activation.Apply");

// ── cell 4 ──
App.Cell(4, "レッスン04の課題 · バッチの順伝播");
var M = Matrix<double>.Build;
Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);

// Lesson 04's network: 2 inputs, 4 ReLU hidden units, 1 sigmoid output, random seed 3.
// In the library's form W1 is 2×4 (a row per input, a column per hidden unit), b1 the
// 1×4 bias row, W2 4×1 and b2 1×1. Its biases start at 0, as in lesson 04.
Network network = new Network([2, 4, 1], Activation.ReLU, NetworkOutput.Sigmoid, seed: 3);
Matrix<double> W1 = network.Parameters[0].Value, b1 = network.Parameters[1].Value;
Matrix<double> W2 = network.Parameters[2].Value, b2 = network.Parameters[3].Value;

// The Medical AI lecture's three examples, one per row.
Matrix<double> X = M.DenseOfArray(new[,] { { 0.5, 0.3 }, { 0.2, 0.4 }, { 0.6, 0.2 } });

// ## 1. バイアスの行
//
// レッスン04では、バッチに対する層を U = XW + b と計算しました。積 XW はサンプル1つにつき1行をもち、バイアスの行 b（1 × k）は**すべての**行に加えられます。厳密には、1 × k の行列を N × k の行列に足すことはできません。難波氏の講演「[がんばろう！はじめてのDNN！](../sources.md#namba-hijiyama-r)」（Namba, Hijiyama.R）では、Rが `input %*% weights + bias` を受け付けないことを示し、代わりに `sweep(input %*% weights, 2, bias, "+")` でバイアスを各行に繰り返して加えています。下のセルが示すとおり、MathNetも受け付けません。NumPyなら行を自動的に引き伸ばしてくれ、これをブロードキャストと呼びます。数値は講演のものです。Rは `matrix(1:4, nrow=2, ncol=2)` を列ごとに埋めるので、`input` は 1 3 ; 2 4 になります。

// ── cell 6 ──
App.Cell(6, "1. バイアスの行");
// Namba's R example: input <- matrix(1:4, nrow=2, ncol=2),
// weights <- matrix(1:6, nrow=2, ncol=3) and bias <- matrix(1:3, nrow=1, ncol=3).
var input = M.DenseOfArray(new double[,] { { 1, 3 }, { 2, 4 } });
var weights = M.DenseOfArray(new double[,] { { 1, 3, 5 }, { 2, 4, 6 } });
var bias = M.DenseOfArray(new double[,] { { 1, 2, 3 } });
Console.WriteLine($"input * weights:\n{(input * weights).ToMatrixString("F0")}");
try
{
    Console.WriteLine(input * weights + bias);
}
catch (ArgumentException e)
{
    Console.WriteLine($"input * weights + bias: {e.GetType().Name}");
}

// `AddBiasRow` を書いてください。この関数は S（N × k）と行 b（1 × k）を受け取り、`sweep` と同じように、S のすべての行に b を加えたものを返します。新しい行列を返し、S と b は変更しないでください。レッスン04の解答では、1を並べた列から、どの行も b である N × k の行列を作りました。ループでもかまいません。チェックを実行する前に、上の積に難波氏のバイアスを手で加えてみてください。

// ── cell 8 ──
App.Cell(8, "1. バイアスの行");
Matrix<double> AddBiasRow(Matrix<double> S, Matrix<double> b)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Repeat b once per row of S, then add.");
}

// ── cell 9 ──
App.Cell(9, "1. バイアスの行");
try
{
    // CHECK bias-row (2 points)
    var swept = AddBiasRow(input * weights, bias);
    Check.MatricesClose(M.DenseOfArray(new double[,] { { 8, 17, 26 }, { 11, 24, 37 } }),
        swept, 1e-12, "sweep(input %*% weights, 2, bias, \"+\") for Namba's numbers");
    var single = AddBiasRow(M.DenseOfArray(new double[,] { { 0.5, -2 } }),
                            M.DenseOfArray(new double[,] { { 1, 1 } }));
    Check.MatricesClose(M.DenseOfArray(new double[,] { { 1.5, -1 } }), single, 1e-12,
        "a batch of one example");
    var tall = AddBiasRow(M.Dense(4, 2, (i, j) => i - j),
                          M.DenseOfArray(new double[,] { { 10, -10 } }));
    Check.MatricesClose(M.Dense(4, 2, (i, j) => i - j + (j == 0 ? 10 : -10)), tall, 1e-12,
        "four rows and b = (10, −10)");
    Check.Passed("bias-row", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 2. 講義での書き方どおりの1つの層
//
// 「[ラビットチャレンジレポート（深層学習 day1）](../sources.md#rabbit-challenge-day-1)」（Rabbit Challenge day 1）と「[1から始めるディープラーニング](../sources.md#hn410-2022)」（HN410 2022）は、1つのサンプルに対する層を列の形で書きます。u = Wx + b で、W は**ユニット1つにつき1行**（入力が n 個、ユニットが m 個なら m × n）、b は m 個のバイアスを並べた列です。ラビットチャレンジのレポートのコードは `u = np.dot(W, x) + b` です。一方ライブラリは、第1節と同じく、サンプル1つを1つの**行**として保持します。
//
// **まず紙の上で導いてください。** サンプル n はバッチ X（N × n）の行 x_n^ᵀ です。講義の u_n = Wx_n + b を規則 (AB)^ᵀ = B^ᵀA^ᵀ で転置すると、U の行 n が得られます。次に N 個の行を積み重ねます。それらすべてを一度に与える積はどれでしょうか。各行には何が加えられ、それぞれの行列はどんな形をしているでしょうか。
//
// それから `LayerColumnForm` を書きます。この関数は行の形のバッチ X と、講義の W と b を受け取り、U（N × m）を返します。その行 n がサンプル n の結果です。ここでも `AddBiasRow` を呼ばずにバイアスの行を加えてください。そうすれば、一方の関数に誤りがあっても、失うのはその関数自身のチェックの点だけで済みます。`W.Transpose()` は W^ᵀ で、`b.ToRowMatrix()` はベクトル b を 1 × m の行にします。

// ── cell 11 ──
App.Cell(11, "2. 講義での書き方どおりの1つの層");
Matrix<double> LayerColumnForm(Matrix<double> X, Matrix<double> W, Vector<double> b)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Transpose uₙ = Wxₙ + b into a row, then stack.");
}

// ── cell 12 ──
App.Cell(12, "2. 講義での書き方どおりの1つの層");
try
{
    // CHECK column-form-layer (2 points)
    // A layer of 3 units on 2 inputs, one row of W per unit, and a batch of two examples.
    var Wc = M.DenseOfArray(new double[,] { { 1, 2 }, { 0, -1 }, { 3, 1 } });
    var two = M.DenseOfArray(new double[,] { { 1, 1 }, { 2, -1 } });
    Check.MatricesClose(M.DenseOfArray(new double[,] { { 4, -1, 2 }, { 1, 1, 3 } }),
        LayerColumnForm(two, Wc, V(1, 0, -2)), 1e-12, "U for two examples, b = (1, 0, −2)");
    // Lesson 04's hidden layer: the lecture's W is the library's W1 transposed.
    Check.MatricesClose(network.Trace(X)[1].Value,
        LayerColumnForm(X, W1.Transpose(), b1.Row(0)), 1e-12,
        "lesson 04's hidden layer on the Medical AI lecture's batch");
    Check.Passed("column-form-layer", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 3. バッチの順伝播
//
// ライブラリの行の形で書くと、バッチ X（N × 2）に対するレッスン04のネットワークは次のとおりです。
//
// U_1 = XW_1 + b_1, Z_1 = ReLU(U_1), U_2 = Z_1 W_2 + b_2,
//  Y = σ(U_2)
//
// 正規化線形関数（ReLU）とシグモイド関数はすべての要素に適用します。書き始める前に、N 個のサンプルのバッチについて U_1、Z_1、U_2、Y の形を書き出してください。最初のチェックが、5個のサンプルのバッチと別のサイズのネットワークについて、その形を自分の関数の結果と比べます。難波氏の講演「がんばろう！はじめてのDNN！」（Namba, Hijiyama.R）は、Rの落とし穴を指摘しています。`max(0, s1)` は行列全体の最大値という1つの数を返しますが、`pmax(0, s1)` は0と各要素の大きいほうをとり、こちらが正規化線形関数にあたります。MathNetでは、`U.Map(u => Math.Max(0, u))` も `Activation.ReLU.Apply(U)` も要素ごとに計算します。
//
// `Forward` は、レッスン04の `network.Trace` と同じように、途中の値をすべて `Pass` に入れて返します。バイアスの行は第2節と同じく自分で加えてください。

// ── cell 14 ──
App.Cell(14, "3. バッチの順伝播");
Pass Forward(Matrix<double> X, Matrix<double> W1, Matrix<double> b1,
             Matrix<double> W2, Matrix<double> b2)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Each layer: product, bias row, activation.");
}

// ── cell 15 ──
App.Cell(15, "3. バッチの順伝播");
Pass pass = Forward(X, W1, b1, W2, b2);
Console.WriteLine("predictions: "
                  + string.Join(", ", pass.Y.Column(0).Select(y => y.ToString("F6"))));

// ── cell 16 ──
App.Cell(16, "3. バッチの順伝播");
try
{
    // CHECK forward-shapes (1 point)
    {
        var five = M.Dense(5, 2, (i, j) => 0.1 * (i + 1) - 0.2 * j);
        Pass p = Forward(five, W1, b1, W2, b2);
        Check.Equal((5, 4), (p.U1.RowCount, p.U1.ColumnCount), "the shape of U1, 5 examples");
        Check.Equal((5, 4), (p.Z1.RowCount, p.Z1.ColumnCount), "the shape of Z1, 5 examples");
        Check.Equal((5, 1), (p.U2.RowCount, p.U2.ColumnCount), "the shape of U2, 5 examples");
        Check.Equal((5, 1), (p.Y.RowCount, p.Y.ColumnCount), "the shape of Y, 5 examples");
        // A 3 → 6 → 2 network on a batch of 4.
        Pass q = Forward(M.Dense(4, 3, 0.5), M.Dense(3, 6, 0.1), M.Dense(1, 6, 0.2),
                         M.Dense(6, 2, -0.3), M.Dense(1, 2, 0.4));
        Check.Equal((4, 6), (q.U1.RowCount, q.U1.ColumnCount), "the shape of U1, 3 → 6 → 2");
        Check.Equal((4, 6), (q.Z1.RowCount, q.Z1.ColumnCount), "the shape of Z1, 3 → 6 → 2");
        Check.Equal((4, 2), (q.U2.RowCount, q.U2.ColumnCount), "the shape of U2, 3 → 6 → 2");
        Check.Equal((4, 2), (q.Y.RowCount, q.Y.ColumnCount), "the shape of Y, 3 → 6 → 2");
    }
    Check.Passed("forward-shapes", points: 1);
}
catch (Exception error)
{
    App.Error(error);
}

// ── cell 17 ──
App.Cell(17, "3. バッチの順伝播");
try
{
    // CHECK forward-lecture-batch (2 points)
    {
        Pass mine = Forward(X, W1, b1, W2, b2);
        var trace = network.Trace(X);
        Check.MatricesClose(trace[1].Value, mine.U1, 1e-12, "U1, the hidden weighted inputs");
        Check.MatricesClose(trace[2].Value, mine.Z1, 1e-12, "Z1, the hidden outputs");
        Check.MatricesClose(trace[3].Value, mine.U2, 1e-12, "U2, the output's input");
        Check.MatricesClose(trace[4].Value, mine.Y, 1e-12, "Y, the predictions");
        Check.VectorsClose(V(0.497614, 0.556081, 0.495886), mine.Y.Column(0), 1e-6,
            "the predictions lesson 04 printed");
        // The same weights with biases that are not 0.
        var (c1, c2) = (M.DenseOfArray(new double[,] { { 0.1, -0.2, 0.3, 0.05 } }),
                        M.DenseOfArray(new double[,] { { -0.4 } }));
        Pass biased = Forward(X, W1, c1, W2, c2);
        var withBiases = new Network(
            [new Dense(W1, c1, 1), new ActivationLayer(Activation.ReLU),
             new Dense(W2, c2, 2)],
            new SigmoidWithLoss());
        Check.MatricesClose(withBiases.Trace(X)[1].Value, biased.U1, 1e-12,
            "U1 with b1 = (0.1, −0.2, 0.3, 0.05)");
        Check.MatricesClose(withBiases.Predict(X), biased.Y, 1e-12, "Y with b2 = −0.4 too");
    }
    Check.Passed("forward-lecture-batch", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// 行ごとに見れば、`Forward` はレッスン04の順伝播を1サンプルずつ行ったものと同じです。行列としては、バッチ全体を2回の積で処理します。レッスン08では、同じ計算を逆向きにたどります。
//
// ## 提出する前に
//
// カーネルを再起動して、すべてのセルを先頭から実行してください。表示されているチェックはどれも ✓ を出力するはずです。そのうえでノートブックを保存し、コースの指示どおりに提出してください（GitHub Classroomのリポジトリへのpush、または共有フォルダ）。

App.End();

// ノートブックの型宣言です。C# では、トップレベルのステートメントの後に置きます。
// Every value of a forward pass, in the order lesson 04's network.Trace printed them.
record Pass(Matrix<double> U1, Matrix<double> Z1, Matrix<double> U2, Matrix<double> Y);
// nbrun convert: sha256 8733289017f2f170
