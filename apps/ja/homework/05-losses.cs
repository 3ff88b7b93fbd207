#!/usr/bin/env dotnet
// レッスン05の課題 · 損失関数とその勾配
// notebooks/homework/05-losses.ja.ipynb(受講者に配布する版) から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/homework/05-losses.cs
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
using NeuralNetworks.Calculus;
using NeuralNetworks.Homework;
using NeuralNetworks.Losses;

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー ../../homework から読みます。
App.Start("レッスン05の課題 · 損失関数とその勾配", args, workIn: "../../homework");

// # レッスン05の課題 · 損失関数とその勾配
//
// レッスン05では損失関数で誤差を測りました。レッスン08ではその勾配が必要になります。この課題では、その両方を書きます。回帰のための平均二乗誤差、分類のための交差エントロピー誤差、そしてよく知られた「ソフトマックス関数と交差エントロピー誤差」の勾配です。この勾配は、まず紙の上で導き、それから数値勾配と照らし合わせて確かめます。
//
// ## やること
// 1. 最初のコードセルを実行してください。コースのライブラリを読み込みます。
// 2. 4つの関数を完成させてください。それぞれの `throw new NotImplementedException(...)` を自分のコードに置き換えます。ライブラリの `MeanSquaredError`、`CrossEntropyError`、`SoftmaxWithLoss` は呼び出さないでください。`Softmax.Apply` は使ってかまいません。
// 3. 各関数の下にあるチェックセルを実行してください。合格したチェックは ✓ とその配点を表示します。
//
// ## 採点方法
// 12点満点です。見えているチェックが7点分で、残りの5点分は採点のときに実行される非公開のチェックです（ランダムな点で勾配を数値勾配と比べるもの、ちょうど0の確率）。チェックセルを書き換えても点数は変わりません。採点では、すべてのチェックを採点側の写しで実行します。

// ── cell 2 ──
App.Cell(2, "レッスン05の課題 · 損失関数とその勾配");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ── cell 3 ──
App.Cell(3, "レッスン05の課題 · 損失関数とその勾配");
// ANSWER MEMBERS: the library's own versions of what you write in this assignment.
// A function that calls one of them (directly, through an alias or by reflection)
// earns no points.
AnswerMembers.Declare(
    "NeuralNetworks.Losses.MeanSquaredError",
    "NeuralNetworks.Losses.CrossEntropyError",
    "NeuralNetworks.Layers.SoftmaxWithLoss");
// ALLOWED: what your code may use of the library besides vectors, matrices, Check,
// charts and data sets. A function that uses any other part of it earns no points.
AnswerMembers.Allow(
    "NeuralNetworks.Activations.Softmax");

// ## 1. 平均二乗誤差
//
// 要素が n 個の出力 y と目標値 t について、次のようになります。
//
// E = 1/nΣ_i (y_i - t_i)^2, ∂E/(∂y_i) = 2/n(y_i - t_i)

// ── cell 5 ──
App.Cell(5, "1. 平均二乗誤差");
double MeanSquaredError(Vector<double> y, Vector<double> t)
{
    // YOUR CODE HERE
    throw new NotImplementedException("The mean of the squared differences.");
}

Vector<double> MeanSquaredErrorGradient(Vector<double> y, Vector<double> t)
{
    // YOUR CODE HERE
    throw new NotImplementedException("A vector with 2(yᵢ − tᵢ)/n in place i.");
}

// ── cell 6 ──
App.Cell(6, "1. 平均二乗誤差");
try
{
    // CHECK mse-values (2 points)
    var y = Vector<double>.Build.DenseOfArray([0.8, 0.1, 0.3]);
    var t = Vector<double>.Build.DenseOfArray([1.0, 0.0, 0.0]);
    Check.Close(0.04666666666666667, MeanSquaredError(y, t), 1e-12,
        "MeanSquaredError([0.8, 0.1, 0.3], [1, 0, 0])");
    Check.Close(0.0, MeanSquaredError(t, t), 1e-12, "MeanSquaredError(t, t)");
    Check.Passed("mse-values", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ── cell 7 ──
App.Cell(7, "1. 平均二乗誤差");
try
{
    // CHECK mse-gradient-values (1 point)
    var yg = Vector<double>.Build.DenseOfArray([0.8, 0.1, 0.3]);
    var tg = Vector<double>.Build.DenseOfArray([1.0, 0.0, 0.0]);
    Check.VectorsClose(Vector<double>.Build.DenseOfArray([-0.4 / 3, 0.2 / 3, 0.6 / 3]),
        MeanSquaredErrorGradient(yg, tg), 1e-12, "MeanSquaredErrorGradient");
    Check.Passed("mse-gradient-values", points: 1);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 2. 交差エントロピー誤差
//
// 確率 y（ソフトマックス関数の出力）とワンホットの目標値 t について、対数が ln 0 にならないように δ = 10^(-7) を加えて、次のようになります。
//
// E = -Σ_k t_k ln(y_k + δ)

// ── cell 9 ──
App.Cell(9, "2. 交差エントロピー誤差");
double CrossEntropy(Vector<double> y, Vector<double> t)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Minus the sum of tₖ·ln(yₖ + δ).");
}

// ── cell 10 ──
App.Cell(10, "2. 交差エントロピー誤差");
try
{
    // CHECK cross-entropy-values (2 points)
    var probabilities = Vector<double>.Build.DenseOfArray([0.1, 0.7, 0.2]);
    var target = Vector<double>.Build.DenseOfArray([0.0, 1.0, 0.0]);
    Check.Close(-Math.Log(0.7 + 1e-7), CrossEntropy(probabilities, target), 1e-12,
        "CrossEntropy([0.1, 0.7, 0.2], [0, 1, 0])");
    Check.Close(0.35667480, CrossEntropy(probabilities, target), 1e-8,
        "CrossEntropy([0.1, 0.7, 0.2], [0, 1, 0])");
    Check.Passed("cross-entropy-values", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 3. ソフトマックス関数と交差エントロピー誤差：勾配を導き、数値的に確かめる
//
// スコアのバッチ U（N × k、1行に1サンプル）をソフトマックス関数に通して Y = softmax(U) とし、損失は各行の交差エントロピー誤差の平均 E = -1/NΣ_n Σ_k T_nk ln Y_nk とします（ここでは δ は入れません。その影響はチェックの許容誤差よりはるかに小さいからです）。
//
// **まず紙の上で勾配を導いてください。** 1つの行 u、y = softmax(u)、ワンホットの目標値 t について考えます。
//
// 1. ∂E / ∂y_k = -t_k / y_k です。
// 2. レッスン02でソフトマックス関数のヤコビ行列を導きました。∂y_k / ∂u_j = y_k(δ_kj - y_j) で、δ_kj は k = j のとき1、それ以外のとき0です。
// 3. 連鎖律により ∂E / ∂u_j = Σ_k ∂E/(∂y_k) (∂y_k)/(∂u_j) です（レッスン02では数値の上で打ち消し合うことを示し、レッスン08でこの規則を説明します）。手順1と2を代入して手で整理してください。最後は Σ_k t_k = 1 を使えば完成です。
//
// 結果は、各行の勾配が「予測 − 目標値」であることを示すはずです。行について平均をとるので、N で割ることになります。自分の結果から関数を書いてください。そのあとチェックが導出を数値的に確かめます。各スコアを ± h だけ動かして E を計算し直し、その傾きを自分の式と比べるのです（レッスン06の数値勾配）。

// ── cell 12 ──
App.Cell(12, "3. ソフトマックス関数と交差エントロピー誤差：勾配を導き、数値的に確かめる");
Matrix<double> SoftmaxCrossEntropyGradient(Matrix<double> U, Matrix<double> T)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Your derived formula, a row per example.");
}

// ── cell 13 ──
App.Cell(13, "3. ソフトマックス関数と交差エントロピー誤差：勾配を導き、数値的に確かめる");
try
{
    // CHECK softmax-ce-gradient-values (2 points)
    var U = Matrix<double>.Build.DenseOfArray(new[,] { { 0.0, 0.0 }, { 1.0, -1.0 } });
    var T = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, 0.0 }, { 0.0, 1.0 } });
    var expected = Matrix<double>.Build.DenseOfArray(
        new[,] { { -0.25, 0.25 }, { 0.44039853898894116, -0.44039853898894116 } });
    Check.MatricesClose(expected, SoftmaxCrossEntropyGradient(U, T), 1e-12,
        "SoftmaxCrossEntropyGradient");
    double SmallLoss() =>
        -T.PointwiseMultiply(Softmax.Apply(U).PointwiseLog()).Enumerate().Sum() / U.RowCount;
    Check.MatricesClose(NumericalGradient.Of(SmallLoss, U), SoftmaxCrossEntropyGradient(U, T),
        1e-7, "your gradient against the numerical gradient of E");
    Check.Passed("softmax-ce-gradient-values", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 提出する前に
//
// カーネルを再起動して、すべてのセルを先頭から実行してください。表示されているチェックはどれも ✓ を出力するはずです。そのうえでノートブックを保存し、コースの指示どおりに提出してください（GitHub Classroomのリポジトリへのpush、または共有フォルダ）。

App.End();
// nbrun convert: sha256 275f1b771129b2f6
