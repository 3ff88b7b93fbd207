#!/usr/bin/env dotnet
// レッスン03の課題 · 線形写像、アフィン写像と正規化線形関数
// notebooks/homework/03-linearity.ja.ipynb(受講者に配布する版) から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/homework/03-linearity.cs
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
using NeuralNetworks.Linearity;

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー ../../homework から読みます。
App.Start("レッスン03の課題 · 線形写像、アフィン写像と正規化線形関数", args, workIn: "../../homework");

// # レッスン03の課題 · 線形写像、アフィン写像と正規化線形関数
//
// レッスン03では、活性化関数のない2つの層が1つの層にまとまってしまうこと、そしてたった1組の数で正規化線形関数（ReLU）が非線形だと証明できることを示しました。この課題では、1つ目の事実を任意の数の層について証明し、ベクトルの関数について2つの法則を調べるテストを書き、小さなReLUネットワークの反例を自分で見つけます。
//
// ## やること
// 1. 最初のコードセルを実行してください。コースのライブラリを読み込み、第3節のReLUネットワークを定義します。
// 2. 下の4つの関数を完成させてください。それぞれの `throw new NotImplementedException(...)` を自分のコードに置き換えます。ライブラリの `AffineMap.Then` や `LinearityCheck` は呼び出さず、積とテストは自分で書いてください。`AffineMap` のコンストラクタ、`W`、`B`、`Apply` は自由に使ってかまいません。
// 3. 各関数の下にあるチェックセルを実行してください。合格したチェックは ✓ とその配点を表示します。
//
// ## 採点方法
// 9点満点です。見えているチェックセルが6点分で、残りの3点分は採点のときに実行される非公開のチェックです（さまざまな形の層を深く積み重ねたもの、ほかの関数とほかの点での法則のテスト）。チェックセルを書き換えても点数は変わりません。採点では、すべてのチェックを採点側の写しで実行します。

// ── cell 2 ──
App.Cell(2, "レッスン03の課題 · 線形写像、アフィン写像と正規化線形関数");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ── cell 3 ──
App.Cell(3, "レッスン03の課題 · 線形写像、アフィン写像と正規化線形関数");
// ANSWER MEMBERS: the library's own versions of what you write in this assignment.
// A function that calls one of them (directly, through an alias or by reflection)
// earns no points.
AnswerMembers.Declare(
    "NeuralNetworks.Linearity.AffineMap.Then",
    "NeuralNetworks.Linearity.LinearityCheck");
// ALLOWED: what your code may use of the library besides vectors, matrices, Check,
// charts and data sets. A function that uses any other part of it earns no points.
AnswerMembers.Allow(
    "NeuralNetworks.Linearity.AffineMap",
    "NeuralNetworks.Layers.Network",
    "NeuralNetworks.Layers.Dense",
    "NeuralNetworks.Layers.ActivationLayer",
    "NeuralNetworks.Layers.IdentityWithLoss",
    "NeuralNetworks.Activations.Activation.ReLU");

// ── cell 4 ──
App.Cell(4, "レッスン03の課題 · 線形写像、アフィン写像と正規化線形関数");
var M = Matrix<double>.Build;
Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);

// ## 1. 層をいくつ積み重ねても1つの層になる
//
// 活性化関数のない層は、アフィン写像 u = Wx + b を計算します。レッスン03では、これを2つ続けて並べました。
//
// W_2(W_1 x + b_1) + b_2 = (W_2 W_1) x + (W_2 b_1 + b_2).
//
// **まず紙の上で導いてください。** バイアスがなければ、写像 f(x) = W_1 x と g(x) = W_2 x は線形です。その合成 g(f(x)) がレッスン03の2つの法則、加法性と斉次性をともに満たすことを示してください。行列の積の規則を使って g(f(a x + y)) を展開し、a g(f(x)) + g(f(y)) にたどり着けば示せます。線形写像の合成は線形であり、同じ手順で、アフィン写像の合成はアフィン写像になります。
//
// 次に `Collapse` を書きます。この関数は層を積み重ねたもの（`layers[0]` が最初に適用されます）を受け取り、どの x に対しても同じ結果を返す1つの `AffineMap` を返します。積み重ねをfold（先頭から順に1つにまとめていく処理）として考えましょう。最初の2つをまとめ、その結果を3つ目とまとめ、という具合に続けます。形はつながっていなければなりません。出力が n 個の写像は、入力が n 個の写像に渡されます（`AffineMap.W` は「出力数 × 入力数」の形です）。

// ── cell 6 ──
App.Cell(6, "1. 層をいくつ積み重ねても1つの層になる");
AffineMap Collapse(IReadOnlyList<AffineMap> layers)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Collapse two at a time, in order.");
}

// ── cell 7 ──
App.Cell(7, "1. 層をいくつ積み重ねても1つの層になる");
try
{
    // CHECK collapse-small-stacks (2 points)
    var first = new AffineMap(M.DenseOfArray(new double[,] { { 1, 2 }, { 0, -1 }, { 3, 1 } }),
                              V(1, 0, -2));
    var second = new AffineMap(M.DenseOfArray(new double[,] { { 2, -1, 1 } }), V(0.5));
    var third = new AffineMap(M.DenseOfArray(new double[,] { { 2 }, { -1 } }), V(1, 0));
    var two = Collapse([first, second]);
    Check.MatricesClose(M.DenseOfArray(new double[,] { { 5, 6 } }), two.W, 1e-12,
        "W of lesson 03's two layers");
    Check.VectorsClose(V(0.5), two.B, 1e-12, "b of lesson 03's two layers");
    var three = Collapse([first, second, third]);
    Check.MatricesClose(M.DenseOfArray(new double[,] { { 10, 12 }, { -5, -6 } }), three.W,
        1e-12, "W of three layers");
    Check.VectorsClose(V(2, -0.5), three.B, 1e-12, "b of three layers");
    Check.MatricesClose(first.W, Collapse([first]).W, 0, "W of a stack of one layer");
    Check.Passed("collapse-small-stacks", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 2. ベクトルで2つの法則をテストする
//
// レッスン03のテストは数を受け取りました。層はベクトルを受け取るので、ベクトルでテストします。2つの法則を一度に調べましょう。
//
// gap(f, x, y, a) = bigl‖ f(a x + y) - bigl(a f(x) + f(y)bigr) bigr‖,
//
// これは差の長さ（`Vector<double>.L2Norm()`）で、ここでは「ずれ」と呼びます。f が線形なら、ずれはどの x、y、a についても0です。a = 1 とすれば加法性、y = 0 とすれば斉次性です。丸め誤差を超えるずれが出る選び方が1つでもあれば、f が非線形であることの証明になります。
//
// **まず紙の上で導いてください。** アフィン写像 f(x) = Wx + b のずれはいくつでしょうか。f(a x + y) と a f(x) + f(y) を展開すると大部分が打ち消し合い、残るものは a と b だけで決まります。下のチェックは、b = (3, 4)、a = 2 のときに自分の式が与える値とこの関数の結果を比べます。

// ── cell 9 ──
App.Cell(9, "2. ベクトルで2つの法則をテストする");
double LinearityGap(Func<Vector<double>, Vector<double>> f, Vector<double> x,
                    Vector<double> y, double a)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Work out both sides, then the difference.");
}

// ── cell 10 ──
App.Cell(10, "2. ベクトルで2つの法則をテストする");
try
{
    // CHECK linearity-gap-small-cases (2 points)
    var W = M.DenseOfArray(new double[,] { { 1, 2 }, { 0, -1 } });
    var b = V(3, 4);
    Vector<double> Linear(Vector<double> x) => W * x;
    Vector<double> Affine(Vector<double> x) => W * x + b;
    Check.Close(0, LinearityGap(Linear, V(1, -2), V(0.5, 3), 2), 1e-12, "the gap of x ↦ Wx");
    Check.Close(10, LinearityGap(Affine, V(1, -2), V(0.5, 3), 2), 1e-12,
        "the gap of x ↦ Wx + b with b = (3, 4), a = 2");
    Check.Close(0, LinearityGap(x => W * (W * x), V(2, 1), V(-1, 4), -3), 1e-12,
        "the gap of x ↦ W(Wx), a composition of linear maps");
    Check.Close(2, LinearityGap(x => Activation.ReLU.Apply(x), V(2, 0), V(-3, 0), 1), 1e-12,
        "the gap of ReLU at lesson 03's pair 2 and −3");
    Check.Passed("linearity-gap-small-cases", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 3. ReLUネットワークの反例
//
// 次のネットワークは、間にReLUをはさんだバイアスのない2つの層からなり、レッスン03の重みで作られています。
//
// f(x) = W_2 ReLU(W_1 x), W_1 = 1 2 ; 0 -1 ; 3 1 ,
// W_2 = 2 -1 1 .
//
// 下のセルはこれをライブラリで作り（`Dense` 層は行を掛けるので W^ᵀ を保持します）、`F` を定義します。答える前に、いろいろな点で試してみてください。

// ── cell 12 ──
App.Cell(12, "3. ReLUネットワークの反例");
Matrix<double> W1 = M.DenseOfArray(new double[,] { { 1, 2 }, { 0, -1 }, { 3, 1 } });
Matrix<double> W2 = M.DenseOfArray(new double[,] { { 2, -1, 1 } });
Network bent = new Network(
    [new Dense(W1.Transpose(), M.Dense(1, 3), 1), new ActivationLayer(Activation.ReLU),
     new Dense(W2.Transpose(), M.Dense(1, 1), 2)],
    new IdentityWithLoss());
Vector<double> F(Vector<double> x) => bent.Predict(x.ToRowMatrix()).Row(0);
Console.WriteLine($"f(1, 2) = {F(V(1, 2))[0]}, f(2, 4) = {F(V(2, 4))[0]}");

// f(x + y) ≠ f(x) + f(y) となる2つの入力 x と y を見つけてください。各隠れユニットは、それぞれ自分の直線 w_i · x = 0 についてのReLUです。点を直線のどちら側に置けばよいでしょうか。

// ── cell 14 ──
App.Cell(14, "3. ReLUネットワークの反例");
(Vector<double> X, Vector<double> Y) AdditivityCounterexample()
{
    // YOUR CODE HERE
    throw new NotImplementedException("Points on both sides of a hidden unit's line.");
}

// ── cell 15 ──
App.Cell(15, "3. ReLUネットワークの反例");
try
{
    // CHECK additivity-counterexample (1 point)
    var pair = AdditivityCounterexample();
    Check.BreaksAdditivity(bent, pair.X, pair.Y, "f(x + y) against f(x) + f(y)");
    Check.Passed("additivity-counterexample", points: 1);
}
catch (Exception error)
{
    App.Error(error);
}

// 次に、f(a x) ≠ a f(x) となる数 a と入力 x を見つけてください。上のセルは f(1, 2) と f(2, 4) = f(2 · (1, 2)) を出力しました。まず正規化線形関数だけについて、いくつかの a の値を手で試してみましょう。どのような a なら、すべての u について ReLU(a u) = a ReLU(u) が成り立つでしょうか。

// ── cell 17 ──
App.Cell(17, "3. ReLUネットワークの反例");
(double A, Vector<double> X) HomogeneityCounterexample()
{
    // YOUR CODE HERE
    throw new NotImplementedException("Which a can ReLU never keep in step with?");
}

// ── cell 18 ──
App.Cell(18, "3. ReLUネットワークの反例");
try
{
    // CHECK homogeneity-counterexample (1 point)
    var scaled = HomogeneityCounterexample();
    Check.BreaksHomogeneity(bent, scaled.A, scaled.X, "f(a·x) against a·f(x)");
    Check.Passed("homogeneity-counterexample", points: 1);
}
catch (Exception error)
{
    App.Error(error);
}

// 2つの反例によって、このネットワークは線形ではなく、したがって姿を変えた1つの層でもないことが証明されました。層の間の正規化線形関数こそが、レッスン03の2つの輪を分けるのに必要だったものです。
//
// ## 提出する前に
//
// カーネルを再起動して、すべてのセルを先頭から実行してください。表示されているチェックはどれも ✓ を出力するはずです。そのうえでノートブックを保存し、コースの指示どおりに提出してください（GitHub Classroomのリポジトリへのpush、または共有フォルダ）。

App.End();
// nbrun convert: sha256 e327bbc6c0805478
