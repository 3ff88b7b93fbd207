#!/usr/bin/env dotnet
// レッスン02の課題 · シグモイド関数と正規化線形関数、およびその導関数
// notebooks/homework/02-activation.ja.ipynb(受講者に配布する版) から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/homework/02-activation.cs
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

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー ../../homework から読みます。
App.Start("レッスン02の課題 · シグモイド関数と正規化線形関数、およびその導関数", args, workIn: "../../homework");

// # レッスン02の課題 · シグモイド関数と正規化線形関数、およびその導関数
//
// レッスン02では活性化関数をグラフに描きました。この課題では、そのうち2つを導関数とあわせて自分で書きます。誤差逆伝播法（レッスン08）には各活性化関数の導関数が必要なので、関数と導関数のどちらも大切です。
//
// ## やること
// 1. 最初のコードセルを実行してください。コースのライブラリを読み込みます。
// 2. 下の4つの関数を完成させてください。それぞれの `throw new NotImplementedException(...)` を自分のコードに置き換えます。ライブラリの `Activation.Sigmoid` や `Activation.ReLU` は呼び出さず、式を書いてください。
// 3. 各関数の下にあるチェックセルを実行してください。合格したチェックは ✓ とその配点を表示します。
//
// ## 採点方法
// 10点満点です。見えているチェックセルが6点分で、残りの4点分は採点のときに実行される非公開のチェックです（大きな入力、数値微分と比べる多数の点、0におけるReLU′の値）。チェックセルを書き換えても点数は変わりません。採点では、すべてのチェックを採点側の写しで実行します。

// ── cell 2 ──
App.Cell(2, "レッスン02の課題 · シグモイド関数と正規化線形関数、およびその導関数");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ── cell 3 ──
App.Cell(3, "レッスン02の課題 · シグモイド関数と正規化線形関数、およびその導関数");
// ANSWER MEMBERS: the library's own versions of what you write in this assignment.
// A function that calls one of them (directly, through an alias or by reflection)
// earns no points.
AnswerMembers.Declare(
    "NeuralNetworks.Activations.Activation.Sigmoid",
    "NeuralNetworks.Activations.Activation.ReLU");

// ## 1. シグモイド関数
//
// σ(u) = 1/(1 + e^(-u))
//
// シグモイド関数は任意の実数を (0, 1) の範囲に写し、σ(0) = 0.5 です。

// ── cell 5 ──
App.Cell(5, "1. シグモイド関数");
double Sigmoid(double u)
{
    // YOUR CODE HERE
    throw new NotImplementedException("σ(u) = 1 / (1 + e^(−u)); Math.Exp computes e^x.");
}

// ── cell 6 ──
App.Cell(6, "1. シグモイド関数");
try
{
    // CHECK sigmoid-values (2 points)
    Check.Close(0.5, Sigmoid(0), 1e-12, "Sigmoid(0)");
    Check.Close(0.8807970779778823, Sigmoid(2), 1e-12, "Sigmoid(2)");
    Check.Close(0.11920292202211755, Sigmoid(-2), 1e-12, "Sigmoid(-2)");
    Check.Passed("sigmoid-values", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 2. シグモイド関数の導関数
//
// σ'(u) = σ(u) bigl(1 - σ(u)bigr)
//
// その最大値は σ'(0) = 0.25 です。これが、シグモイド関数を使った深いネットワークの学習が遅い理由です（レッスン10）。この関数は式から書いてください（σ(u) は関数の中で計算します）。そうすれば、一方の関数の誤りがもう一方に隠れてしまうことがありません。

// ── cell 8 ──
App.Cell(8, "2. シグモイド関数の導関数");
double SigmoidDerivative(double u)
{
    // YOUR CODE HERE
    throw new NotImplementedException("s = 1 / (1 + e^(−u)) first, then s(1 − s).");
}

// ── cell 9 ──
App.Cell(9, "2. シグモイド関数の導関数");
try
{
    // CHECK sigmoid-derivative-values (2 points)
    Check.Close(0.25, SigmoidDerivative(0), 1e-12, "SigmoidDerivative(0)");
    Check.Close(0.10499358540350652, SigmoidDerivative(2), 1e-12, "SigmoidDerivative(2)");
    Check.Passed("sigmoid-derivative-values", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 3. 正規化線形関数とその導関数
//
// ReLU(u) = max(0, u), ReLU'(u) = 1 u > 0 ; 0 u ≤ 0
//
// 正規化線形関数（ReLU）は0で折れ曲がっていて、そこでは微分が定義されません。コースのライブラリと同じく、ReLU'(0) = 0 とします。

// ── cell 11 ──
App.Cell(11, "3. 正規化線形関数とその導関数");
double ReLU(double u)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Return u when it is positive, 0 otherwise.");
}

double ReLUDerivative(double u)
{
    // YOUR CODE HERE
    throw new NotImplementedException("1 for u > 0, 0 otherwise (0 at u = 0 too).");
}

// ── cell 12 ──
App.Cell(12, "3. 正規化線形関数とその導関数");
try
{
    // CHECK relu-values (2 points)
    Check.Close(3.0, ReLU(3), 0, "ReLU(3)");
    Check.Close(0.0, ReLU(-2), 0, "ReLU(-2)");
    Check.Close(1.0, ReLUDerivative(3), 0, "ReLUDerivative(3)");
    Check.Close(0.0, ReLUDerivative(-2), 0, "ReLUDerivative(-2)");
    Check.Passed("relu-values", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 提出する前に
//
// カーネルを再起動して、すべてのセルを先頭から実行してください。表示されているチェックはどれも ✓ を出力するはずです。そのうえでノートブックを保存し、コースの指示どおりに提出してください（GitHub Classroomのリポジトリへのpush、または共有フォルダ）。

App.End();
// nbrun convert: sha256 47dde16244f48b8d
