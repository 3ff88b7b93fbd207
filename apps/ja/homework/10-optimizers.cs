#!/usr/bin/env dotnet
// レッスン10の課題 · モーメンタム、RMSPropとAdam
// notebooks/homework/10-optimizers.ja.ipynb(受講者に配布する版) から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/homework/10-optimizers.cs
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
using NeuralNetworks.Homework;
using NeuralNetworks.Optimizers;

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー ../../homework から読みます。
App.Start("レッスン10の課題 · モーメンタム、RMSPropとAdam", args, workIn: "../../homework");

// # レッスン10の課題 · モーメンタム、RMSPropとAdam
//
// レッスン10では、ライブラリの最適化手法を狭い谷で競走させました。この課題では、そのうち3つを自分で書きます。1回に1ステップずつ進め、各手法がもつ記憶は引数として受け取って返すようにします。そして、自分で書いた版を同じ谷で競走させます。
//
// ## やること
// 1. 最初のコードセルを実行してください。コースのライブラリを読み込み、レッスン10の谷を定義します。
// 2. 下の3つの関数を完成させてください。それぞれの `throw new NotImplementedException(...)` を自分のコードに置き換えます。ライブラリの `Momentum`、`RMSProp`、`Adam` は呼び出さず、更新規則を自分で書いてください。
// 3. 各関数の下にあるチェックセルを実行してください。合格したチェックは ✓ とその配点を表示します。
//
// ## 採点方法
// 10点満点です。見えているチェックセルが6点分で、残りの4点分は採点のときに実行される非公開のチェックです（重みが3つのお椀でのほかの学習率と減衰率、最大200ステップのAdam）。チェックセルを書き換えても点数は変わりません。採点では、すべてのチェックを採点側の写しで実行します。

// ── cell 2 ──
App.Cell(2, "レッスン10の課題 · モーメンタム、RMSPropとAdam");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ── cell 3 ──
App.Cell(3, "レッスン10の課題 · モーメンタム、RMSPropとAdam");
// ANSWER MEMBERS: the library's own versions of what you write in this assignment.
// A function that calls one of them (directly, through an alias or by reflection)
// earns no points.
AnswerMembers.Declare(
    "NeuralNetworks.Optimizers.Momentum",
    "NeuralNetworks.Optimizers.RMSProp",
    "NeuralNetworks.Optimizers.Adam");

// ── cell 4 ──
App.Cell(4, "レッスン10の課題 · モーメンタム、RMSPropとAdam");
Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);
Vector<double> Zeros(int n) => Vector<double>.Build.Dense(n);

// Lesson 10's narrow valley f(x, y) = x²/20 + y², its gradient, and its start.
double Valley(Vector<double> p) => p[0] * p[0] / 20 + p[1] * p[1];
Vector<double> ValleyGradient(Vector<double> p) => V(p[0] / 10, 2 * p[1]);
Vector<double> start = V(-7, 2);

// 下の関数は、どれも1ステップを進めます。受け取るのは、重み w、そこでの勾配 g = ∇f(w)、ハイパーパラメータ、そして1つ前のステップからの最適化手法の記憶です（最初のステップの前はすべて0）。返すのは新しい重みと新しい記憶で、呼び出し側は次のステップでその記憶を再び渡します。ベクトルの要素ごとの掛け算は `PointwiseMultiply`、割り算は `PointwiseDivide` で行い、`PointwiseSqrt` は各要素の平方根をとります。
//
// ## 1. モーメンタム
//
// モーメンタム（momentum）は、坂を転がり落ちるボールのように速度 v を保持します（「[1から始めるディープラーニング](../sources.md#hn410-2022)」（HN410 2022））。
//
// v ← μv - αg, w ← w + v
//
// μ（ふつうは0.9）は、あるステップから次のステップへ速度をどれだけ残すかの割合です。

// ── cell 6 ──
App.Cell(6, "1. モーメンタム");
(Vector<double> W, Vector<double> V) MomentumStep(
    Vector<double> w, Vector<double> v, Vector<double> g, double alpha, double mu)
{
    // YOUR CODE HERE
    throw new NotImplementedException("New velocity first, then move by it.");
}

// ── cell 7 ──
App.Cell(7, "1. モーメンタム");
try
{
    // CHECK momentum-in-the-valley (2 points)
    var one = MomentumStep(start, Zeros(2), ValleyGradient(start), 0.1, 0.9);
    Check.VectorsClose(V(-6.93, 1.6), one.W, 1e-12, "w after one Momentum step from (−7, 2)");
    Check.VectorsClose(V(0.07, -0.4), one.V, 1e-12, "v after one Momentum step");
    var (w, v) = (start, Zeros(2));
    for (int k = 0; k < 30; k++) (w, v) = MomentumStep(w, v, ValleyGradient(w), 0.1, 0.9);
    var library = OptimizerPath.Run(new Momentum(0.1, 0.9), ValleyGradient, start, 30).Last;
    Check.VectorsClose(library, w, 1e-9, "w after 30 Momentum steps, α = 0.1, μ = 0.9");
    Check.Passed("momentum-in-the-valley", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 2. RMSProp
//
// RMSPropは、勾配の2乗の移動平均 h を重み1つにつき1つの数として保持し、各ステップをその平方根で割ります。そのため、勾配が大きかった重みほど小さなステップで進みます。
//
// h ← ρh + (1 - ρ) g ⊙ g, w ← w - α g/(√h + ε)
//
// ここで ε = 10^(-7)（ライブラリの `RMSProp.Epsilon`）は、0で割ることを防ぎます。

// ── cell 9 ──
App.Cell(9, "2. RMSProp");
(Vector<double> W, Vector<double> H) RMSPropStep(
    Vector<double> w, Vector<double> h, Vector<double> g, double alpha, double rho)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Update the average first, then divide by √h.");
}

// ── cell 10 ──
App.Cell(10, "2. RMSProp");
try
{
    // CHECK rmsprop-in-the-valley (2 points)
    var first = RMSPropStep(start, Zeros(2), ValleyGradient(start), 0.2, 0.9);
    Check.VectorsClose(V(0.049, 1.6), first.H, 1e-12, "h after one RMSProp step");
    var afterOne = OptimizerPath.Run(new RMSProp(0.2, 0.9), ValleyGradient, start, 1).Last;
    Check.VectorsClose(afterOne, first.W, 1e-12, "w after one step, α = 0.2, ρ = 0.9");
    var (w_10, h) = (start, Zeros(2));
    for (int k = 0; k < 30; k++) (w_10, h) = RMSPropStep(w_10, h, ValleyGradient(w_10), 0.2, 0.9);
    var library_10 = OptimizerPath.Run(new RMSProp(0.2, 0.9), ValleyGradient, start, 30).Last;
    Check.VectorsClose(library_10, w_10, 1e-9, "w after 30 RMSProp steps");
    Check.Passed("rmsprop-in-the-valley", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 3. Adam
//
// Adamはその両方を保持します。モーメンタムの速度にあたる勾配の平均 m と、RMSPropの h にあたる勾配の2乗の平均 v です。ステップ t = 1, 2, … では次のようになります。
//
// m ← β_1 m + (1 - β_1) g, v ← β_2 v + (1 - β_2) g ⊙ g,
// hat m = m/(1 - β_1^t), hat v = v/(1 - β_2^t),
// w ← w - α (hat m)/(√(hat v) + ε)
//
// ここで ε = 10^(-8)（ライブラリの `Adam.Epsilon`）です。どちらの平均も0から始まるので、最初の数ステップでは小さすぎる値になります。hat m と hat v はそれを補正します。最初のステップがどうなるかを**紙の上で計算してください**。m = v = 0、t = 1 のとき hat m と hat v はいくつで、各重みのステップの長さは、勾配がどんな値であっても、どれだけになるでしょうか。最初のチェックは、その結果と関数の結果を比べます。

// ── cell 12 ──
App.Cell(12, "3. Adam");
(Vector<double> W, Vector<double> M, Vector<double> V) AdamStep(
    Vector<double> w, Vector<double> m, Vector<double> v, Vector<double> g, int t,
    double alpha, double beta1, double beta2)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Both averages, both corrections, one step.");
}

// ── cell 13 ──
App.Cell(13, "3. Adam");
try
{
    // CHECK adam-in-the-valley (2 points)
    var step1 = AdamStep(start, Zeros(2), Zeros(2), ValleyGradient(start), t: 1,
                         alpha: 0.3, beta1: 0.9, beta2: 0.999);
    Check.VectorsClose(V(-6.7, 1.7), step1.W, 1e-7, "w after Adam's first step, α = 0.3");
    var (w_13, m, v_13) = (start, Zeros(2), Zeros(2));
    for (int t = 1; t <= 30; t++)
        (w_13, m, v_13) = AdamStep(w_13, m, v_13, ValleyGradient(w_13), t, 0.3, 0.9, 0.999);
    var library_13 = OptimizerPath.Run(new Adam(0.3), ValleyGradient, start, steps: 30).Last;
    Check.VectorsClose(library_13, w_13, 1e-9, "w after 30 Adam steps, α = 0.3");
    Check.Passed("adam-in-the-valley", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 4. 自分の競走
//
// 自分で書いた3つの最適化手法を、レッスン10の学習率でそれぞれ30ステップずつ谷に走らせ、α = 0.95の通常の勾配降下法と並べます。

// ── cell 15 ──
App.Cell(15, "4. 自分の競走");
double Race(string name)
{
    var (w, a, b) = (start, Zeros(2), Zeros(2));
    for (int t = 1; t <= 30; t++)
    {
        Vector<double> g = ValleyGradient(w);
        if (name == "SGD") w = w - 0.95 * g;
        else if (name == "Momentum") (w, a) = MomentumStep(w, a, g, 0.1, 0.9);
        else if (name == "RMSProp") (w, a) = RMSPropStep(w, a, g, 0.2, 0.9);
        else (w, a, b) = AdamStep(w, a, b, g, t, 0.3, 0.9, 0.999);
    }
    return Valley(w);
}
foreach (string name in new[] { "SGD", "Momentum", "RMSProp", "Adam" })
    Console.WriteLine($"{name,-9} f after 30 steps = {Race(name):F4}");

// これらは、レッスン10がライブラリの版について出力したのと同じ数値です。同じ規則からは同じ歩みが生まれます。レッスン10で述べたように、1つの関数での30ステップの競走で順位は決まりません。自分のコードで今わかるのは、それぞれの規則がどう動くかです。
//
// ## 提出する前に
//
// カーネルを再起動して、すべてのセルを先頭から実行してください。表示されているチェックはどれも ✓ を出力するはずです。そのうえでノートブックを保存し、コースの指示どおりに提出してください（GitHub Classroomのリポジトリへのpush、または共有フォルダ）。

App.End();
// nbrun convert: sha256 0bdf19632d817e15
