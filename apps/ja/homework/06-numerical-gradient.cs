#!/usr/bin/env dotnet
// レッスン06の課題 · 数値勾配
// notebooks/homework/06-numerical-gradient.ja.ipynb(受講者に配布する版) から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/homework/06-numerical-gradient.cs
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
using NeuralNetworks.Calculus;
using NeuralNetworks.Homework;

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー ../../homework から読みます。
App.Start("レッスン06の課題 · 数値勾配", args, workIn: "../../homework");

// # レッスン06の課題 · 数値勾配
//
// レッスン06では中心差分で傾きを見積もりました。レッスン08では、それを使って誤差逆伝播法を確かめます。この課題では、その見積もりを自分で書きます。まず1変数の関数について、次に多変数の関数の勾配について書きます。
//
// ## やること
// 1. 最初のコードセルを実行してください。コースのライブラリを読み込みます。
// 2. 2つの関数を完成させてください。それぞれの `throw new NotImplementedException(...)` を自分のコードに置き換えます。ライブラリの `NumericalDerivative` や `NumericalGradient` は呼び出さず、ループを自分で書いてください。
// 3. 各関数の下にあるチェックセルを実行してください。合格したチェックは ✓ とその配点を表示します。
//
// ## 採点方法
// 9点満点です。見えているチェックが4点分で、残りの5点分は採点のときに実行される非公開のチェックです（差分が前進差分ではなく中心差分であること、4変数の関数、勾配の関数が `x` を受け取ったときのままにしておくこと）。チェックセルを書き換えても点数は変わりません。採点では、すべてのチェックを採点側の写しで実行します。

// ── cell 2 ──
App.Cell(2, "レッスン06の課題 · 数値勾配");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ── cell 3 ──
App.Cell(3, "レッスン06の課題 · 数値勾配");
// ANSWER MEMBERS: the library's own versions of what you write in this assignment.
// A function that calls one of them (directly, through an alias or by reflection)
// earns no points.
AnswerMembers.Declare(
    "NeuralNetworks.Calculus.NumericalDerivative",
    "NeuralNetworks.Calculus.NumericalGradient");

// ## 1. 中心差分
//
// f'(x) ≈ (f(x + h) - f(x - h))/2h
//
// その誤差は h^2 に比例して小さくなります。誤差が h に比例して小さくなる前進差分 (f(x + h) - f(x))/h よりも、ずっと速く小さくなります。

// ── cell 5 ──
App.Cell(5, "1. 中心差分");
double CentralDifference(Func<double, double> f, double x, double h = 1e-5)
{
    // YOUR CODE HERE
    throw new NotImplementedException("The slope between x − h and x + h.");
}

// ── cell 6 ──
App.Cell(6, "1. 中心差分");
try
{
    // CHECK central-difference-square (2 points)
    Check.Close(6.0, CentralDifference(x => x * x, 3.0), 1e-6, "the slope of x² at x = 3");
    Check.Close(Math.Cos(1.0), CentralDifference(Math.Sin, 1.0), 1e-8,
        "the slope of sin x at x = 1");
    Check.Passed("central-difference-square", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 2. 勾配
//
// f(x_1, …, x_n) について、各偏微分は1つの変数だけを動かし、ほかの変数は固定します。
//
// ∂f/(∂x_i) ≈ (f(x + h e_i) - f(x - h e_i))/2h
//
// ここで e_i は、i 番目が1でほかが0のベクトルです。「[医療とAI・ビッグデータ応用『学習の仕組み』](../sources.md#medical-ai-lecture)」（Medical AI lecture）では ∇(x^2 + y^2) = (2x, 2y) を計算しているので、(1, 2) では (2, 4) になります。チェックでは、勾配が 2x の形ではない関数も試します。f(x, y) = x^2 y + 3y について ∂f / ∂x と ∂f / ∂y を手で求め、(2, -1) での値をチェックが期待する値と比べてみてください。
// 各 x_i は、動かしたあとで必ず元に戻してください。呼び出し側のベクトルは変わらずに返ってこなければなりません。

// ── cell 8 ──
App.Cell(8, "2. 勾配");
Vector<double> NumericalGradientOf(Func<Vector<double>, double> f, Vector<double> x,
                                   double h = 1e-5)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Nudge one xᵢ at a time, then put it back.");
}

// ── cell 9 ──
App.Cell(9, "2. 勾配");
try
{
    // CHECK gradient-of-two-functions (2 points)
    var point = Vector<double>.Build.DenseOfArray([1.0, 2.0]);
    Check.VectorsClose(Vector<double>.Build.DenseOfArray([2.0, 4.0]),
        NumericalGradientOf(v => v[0] * v[0] + v[1] * v[1], point), 1e-6,
        "∇(x² + y²) at (1, 2)");
    // x²y + 3y: ∂/∂x = 2xy and ∂/∂y = x² + 3, so at (2, −1) the gradient is (−4, 7).
    var other = Vector<double>.Build.DenseOfArray([2.0, -1.0]);
    Check.VectorsClose(Vector<double>.Build.DenseOfArray([-4.0, 7.0]),
        NumericalGradientOf(v => v[0] * v[0] * v[1] + 3 * v[1], other), 1e-6,
        "∇(x²y + 3y) at (2, −1)");
    Check.Passed("gradient-of-two-functions", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 提出する前に
//
// カーネルを再起動して、すべてのセルを先頭から実行してください。表示されているチェックはどれも ✓ を出力するはずです。そのうえでノートブックを保存し、コースの指示どおりに提出してください（GitHub Classroomのリポジトリへのpush、または共有フォルダ）。

App.End();
// nbrun convert: sha256 2efb32a3a02b2176
