#!/usr/bin/env dotnet
// 08 · 連鎖律と誤差逆伝播法
// notebooks/08-chain-rule-and-backprop.ja.ipynb から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/08-chain-rule-and-backprop.cs
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
using NeuralNetworks.Autograd;
using NeuralNetworks.Calculus;
using NeuralNetworks.Data;
using NeuralNetworks.Exercises;
using NeuralNetworks.Layers;

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー .. から読みます。
App.Start("08 · 連鎖律と誤差逆伝播法", args, workIn: "..");

// # 08 · 連鎖律と誤差逆伝播法
//
// *レッスン07では、w ← w - α ∂L / ∂w という更新で坂を下りました。この1歩には、ネットワークのすべての重みについての ∂L / ∂w が必要です。*
//
// このレッスンでは、それらの微分がどこから得られるのかを見ていきます。微分法の規則の一つである連鎖律（chain rule）を、損失から入力に向かって適用すると、逆向きに1度たどるだけで、すべての微分が求まります。この逆向きの計算が誤差逆伝播法（backpropagation）です。
//
// ## このレッスンでできるようになること
//
// - 関数の中に関数が入った形を連鎖律で微分できる。ある変数が複数の経路で出力に届くときは、経路ごとの寄与を足し合わせられる。
// - 計算グラフ（computational graph）を読み、各ノードの値、その局所微分（local derivative）、そのノードへ逆向きに流れ込む勾配を読み取れる。
// - 2層のネットワークで誤差逆伝播法を手計算できる。まず講義の添字表記で、次に行列の形で計算する。
// - シグモイド関数と交差エントロピー誤差を組み合わせると、勾配が単純な σ(u) - y になる理由を説明できる。
// - 逆伝播（backward pass）を数値勾配と照らし合わせて確かめ、誤差の大きさからバグに気づける。また、誤差逆伝播法が数値勾配よりはるかに少ない計算で済む理由を、計算の回数を数えて説明できる。

// ── cell 2 ──
App.Cell(2, "08 · 連鎖律と誤差逆伝播法");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ## 1. 1変数の連鎖律
//
// y = (3x + 1)^2 を考えます。これは関数の中に別の関数が入った形で、内側の g = 3x + 1 と外側の y = g^2 からできています。
// それぞれは単独なら簡単に微分できます。dy/dg = 2g、dg/dx = 3 です。
// 連鎖律によれば、この2つを掛ければよいのです。x = 2 で計算してみましょう。

// ── cell 4 ──
App.Cell(4, "1. 1変数の連鎖律");
double x = 2;
double g = 3 * x + 1;            // inner function
double y = g * g;                // outer function
double dy_dg = 2 * g;            // outer derivative, at the inner value
double dg_dx = 3;                // inner derivative
Console.WriteLine($"g = {g}, y = {y}");
Console.WriteLine($"dy/dg = {dy_dg}, dg/dx = {dg_dx}");
Console.WriteLine($"dy/dx = dy/dg · dg/dx = {dy_dg * dg_dx}");
double numeric = NumericalDerivative.Central(t => Math.Pow(3 * t + 1, 2), x);
Console.WriteLine($"numerical check (central difference): {numeric:F6}");

// したがって dy/dx = 14 × 3 = 42 となり、レッスン06の中心差分とも一致します。
//
// 一般に、y = f(g(x)) については次が成り立ちます。
//
// dy/dx = dy/dg dg/dx = f'(g(x)) g'(x)
//
// 連鎖が長くなっても、掛ける因数が増えるだけです。「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022）は、3つの関数の場合を次のように書いています。
// d/dx f(g(h(x))) = h'(x) g'(h(x)) f'(g(h(x)))。
// それぞれの因数は*局所的な*傾きです。つまり、連鎖の1つ前の段が動いたとき、その段がどれだけ動くかを表します。
//
// 下のグラフは、この曲線と、(2, 49) を通る傾き42の直線を示しています。微分係数とは接線の傾きのことです。

// ── cell 6 ──
App.Cell(6, "1. 1変数の連鎖律");
display(Chart.Functions(0.5, 3,
        ("y = (3x + 1)²", t => Math.Pow(3 * t + 1, 2)),
        ("tangent at x = 2, slope 42", t => 49 + 42 * (t - 2)))
    .WithTitle("The chain rule gives the slope: dy/dx = 14 × 3 = 42 at x = 2")
    .WithXTitle("x").WithYTitle("y")
    .WithAnnotation("(2, 49)", 2, 49));

// ── cell 7 ──
App.Cell(7, "1. 1変数の連鎖律");
// YOUR TURN 1 · The chain rule by hand
// y = (2x − 1)³ is g = 2x − 1 inside y = g³. Compute dy/dg and dg/dx at x = 1.5,
// then multiply them.
double xAt = 1.5;
double gAt = 2 * xAt - 1;
double outer = double.NaN;                  // dy/dg, at g = gAt
double inner = double.NaN;                  // dg/dx

Func<double, double> chained = v => Math.Pow(2 * v - 1, 3);
SelfCheck.Close("dy/dx = dy/dg · dg/dx",
                NumericalDerivative.Central(chained, xAt), outer * inner, 1e-6);

//
// 解答例
//
// ```csharp
// // YOUR TURN 1 · The chain rule by hand
// // y = (2x − 1)³ is g = 2x − 1 inside y = g³. Compute dy/dg and dg/dx at x = 1.5,
// // then multiply them.
// double xAt = 1.5;
// double gAt = 2 * xAt - 1;
// double outer = 3 * gAt * gAt;               // d(g³)/dg = 3g²
// double inner = 2;                           // d(2x − 1)/dx = 2
//
// Func<double, double> chained = v => Math.Pow(2 * v - 1, 3);
// SelfCheck.Close("dy/dx = dy/dg · dg/dx",
//                 NumericalDerivative.Central(chained, xAt), outer * inner, 1e-6);
// ```
//
// 3 · 2^2 · 2 = 24 です。

// ## 2. 多変数の場合：経路ごとに足し合わせる
//
// 変数が2つ以上の経路を通って出力に届くことはよくあります。L = a · b、ただし a = 2t、b = t + 3 とします。
// 変数 t は、a を通して*も* b を通しても L を変化させます。経路ごとに連鎖律の積が1つずつ得られ、それらを足し合わせます。

// ── cell 10 ──
App.Cell(10, "2. 多変数の場合：経路ごとに足し合わせる");
double t = 1;
double a = 2 * t, b = t + 3;
double L = a * b;
double viaA = b * 2;             // ∂L/∂a · ∂a/∂t
double viaB = a * 1;             // ∂L/∂b · ∂b/∂t
Console.WriteLine($"a = {a}, b = {b}, L = {L}");
Console.WriteLine($"path through a: {viaA}, path through b: {viaB}, "
                  + $"dL/dt = {viaA + viaB}");
double pathsChecked = NumericalDerivative.Central(r => 2 * r * (r + 3), t);
Console.WriteLine($"numerical check: {pathsChecked:F6}");

// 2つの経路からはそれぞれ8と2が得られるので、dL/dt = 10 です。展開すると L = 2t^2 + 6t で、t = 1 では L' = 4t + 6 = 10 となり、同じ結果になります。
//
// 「1から始めるディープラーニング」（HN410 2022）は、入力 g_i がすべて t_0, t_1, … に依存する関数 f(g_0, g_1, …) について、この規則を次のように述べています。
//
// ∂f/(∂t_j) = Σ_i ∂f/(∂g_i) (∂g_i)/(∂t_j)
//
// 「内側の関数ごとに1変数の連鎖律を適用し、それらを足す」ということです。ネットワークの隠れユニットは次の層のすべてのユニットに出力を送るので、この和こそが誤差逆伝播法の計算するものです。
//
// ## 3. 計算グラフ
//
// 計算グラフは、計算を小さなステップのネットワークとして記録したものです。各ノードは1つの数値と、それを作った演算と、その入力を保持します。
// 順方向にたどって数値を計算するのが順伝播（forward pass）です。逆方向にたどり、エッジ1本ごとに局所微分を1つずつ掛けて、すべての勾配を求めるのが逆伝播です。
//
// ライブラリの `Value` は、計算を進めるのと同時にこのようなグラフを組み立てます（`lib/NeuralNetworks/Autograd/Value.cs` を開いてみてください。各演算は、その局所微分と並べて `ValueArithmetic.cs` と `ValueFunctions.cs` に書かれています）。
// ここでは、シグモイド関数と二乗誤差をもつニューロン1つを、「[医療とAI・ビッグデータ応用『学習の仕組み』](sources.md#medical-ai-lecture)」（Medical AI lecture）の最初の入力 x = (0.5, 0.3) と目標値1で計算します。重みは適当に決めた値です。
//
// p_1 = w_1 x_1, p_2 = w_2 x_2, s = p_1 + p_2, u = s + b, o = σ(u), e = o - 1, L = e^2

// ── cell 12 ──
App.Cell(12, "3. 計算グラフ");
var x1 = new Value(0.5, "x1");
var x2 = new Value(0.3, "x2");
var w1 = new Value(0.4, "w1");
var w2 = new Value(-0.6, "w2");
var bias = new Value(0.1, "b");
var p1 = (w1 * x1).Named("p1");
var p2 = (w2 * x2).Named("p2");
var s = (p1 + p2).Named("s");
var u = (s + bias).Named("u");
var o = u.Sigmoid().Named("o");
var e = (o - 1.0).Named("e");        // error against the target 1
var loss = e.Pow(2).Named("L");      // L = e²
loss.Backward();
Console.WriteLine($"{loss.TopologicalOrder().Count} nodes; L = {loss.Data:F6}");

// `Chart.ComputationGraph` はこのグラフを描きます（`lib/NeuralNetworks/Charts/Chart.ComputationGraph.cs` を開いてみてください。どの `Value` にも使えます）。順伝播は左から右へ進みます。四角が入力、丸が演算で、どのノードにもその値が表示されます。各エッジには局所微分、つまりエッジの右側のノードを左側のノードで微分したものが書かれています。最後のエッジには ∂L/∂e = 2e、o に入るエッジには σ'(u) = o(1 - o)、p_1 に入るエッジには (∂p_1)/(∂w_1) = x_1 が付いています。
//
// **▶ 再生** を押すと逆伝播が実行されます。出力の ∂L/∂L = 1 から始まり、右から左へ1度に1つずつノードを訪れます。ノードを訪れる（丸で囲む）と、そのノードの勾配（grad）∂L/∂ノード は確定します。そしてそのノードの各エッジが*局所微分 × 勾配*を（赤で）逆向きに渡し、エッジの左側のノードの勾配に足し込みます（+=）。2回使われるノードは、エッジ1本につき1つずつ寄与を受け取ります。

// ── cell 14 ──
App.Cell(14, "3. 計算グラフ");
display(Chart.ComputationGraph(loss));

// したがって、w_1 についての損失の勾配は、L から w_1 へさかのぼるただ1本の経路に沿った局所微分の積になります。
//
// ∂L/(∂w_1) = ∂L/∂e ∂e/∂o ∂o/∂u ∂u/∂s ∂s/(∂p_1) (∂p_1)/(∂w_1)

// ── cell 16 ──
App.Cell(16, "3. 計算グラフ");
double[] factors =
[
    loss.LocalDerivatives[0], e.LocalDerivatives[0], o.LocalDerivatives[0],
    u.LocalDerivatives[0], s.LocalDerivatives[0], p1.LocalDerivatives[0],
];
double product = factors.Aggregate(1.0, (p, f) => p * f);
Console.WriteLine("∂L/∂e · ∂e/∂o · ∂o/∂u · ∂u/∂s · ∂s/∂p1 · ∂p1/∂w1 =");
Console.WriteLine(string.Join(" × ", factors.Select(f => f.ToString("G4")))
                  + $" = {product:G6}");
Console.WriteLine($"w1.Grad from Backward()  = {w1.Grad:G6}");

// この積（−0.117087）は `w1.Grad` とぴったり一致し、図の最後のフレームには丸めた値（−0.1171）が表示されています。ただし、誤差逆伝播法は重みごとに経路全体を掛け合わせるわけではありません。出力からグラフを1度たどるだけで、各ノードは右側のノードの勾配を再利用します。だから速いのです。「1から始めるディープラーニング」（HN410 2022）が順伝播の途中の値を保存しておくように述べているのも、このためです。局所微分の計算にそれらが必要なのです。第7節では、実際のネットワークでこれがどれだけ計算を節約するかを数えます。

// ── cell 18 ──
App.Cell(18, "3. 計算グラフ");
// YOUR TURN 2 · Predict what Backward gives
// f = a·b + a with a = 2 and b = −3; a reaches f by two paths. Work out ∂f/∂a and ∂f/∂b
// by hand (section 2). The checks compare them with central differences (lesson 06),
// which know nothing of paths; the last line shows what Backward found.
double predictedA = double.NaN;             // your ∂f/∂a
double predictedB = double.NaN;             // your ∂f/∂b

Func<double, double, double> fOf = (a, b) => a * b + a;
SelfCheck.Close("∂f/∂a", NumericalDerivative.Central(a => fOf(a, -3), 2),
                predictedA, 1e-6);
SelfCheck.Close("∂f/∂b", NumericalDerivative.Central(b => fOf(2, b), -3),
                predictedB, 1e-6);
var va = new Value(2, "a");
var vb = new Value(-3, "b");
var fab = (va * vb + va).Named("f");
fab.Backward();
Console.WriteLine($"Backward: ∂f/∂a = {va.Grad}, ∂f/∂b = {vb.Grad}");

//
// 解答例
//
// ```csharp
// // YOUR TURN 2 · Predict what Backward gives
// // f = a·b + a with a = 2 and b = −3; a reaches f by two paths. Work out ∂f/∂a and ∂f/∂b
// // by hand (section 2). The checks compare them with central differences (lesson 06),
// // which know nothing of paths; the last line shows what Backward found.
// double predictedA = -3 + 1;                 // b through a·b, plus 1 through + a
// double predictedB = 2;                      // a
//
// Func<double, double, double> fOf = (a, b) => a * b + a;
// SelfCheck.Close("∂f/∂a", NumericalDerivative.Central(a => fOf(a, -3), 2),
//                 predictedA, 1e-6);
// SelfCheck.Close("∂f/∂b", NumericalDerivative.Central(b => fOf(2, b), -3),
//                 predictedB, 1e-6);
// var va = new Value(2, "a");
// var vb = new Value(-3, "b");
// var fab = (va * vb + va).Named("f");
// fab.Backward();
// Console.WriteLine($"Backward: ∂f/∂a = {va.Grad}, ∂f/∂b = {vb.Grad}");
// ```
//
// 中心差分はグラフを使わず、aとbを少し動かしてfの変化を見るだけですが、Backwardの結果はそれと一致します。`Chart.ComputationGraph(fab)` で描くと、aの勾配への2つの寄与（−3と1）が順に届く様子が見られます。

// ## 4. 2層のネットワークでの誤差逆伝播法
//
// 次は「1から始めるディープラーニング」（HN410 2022）のネットワークです。入力 x_1, x_2 に定数 x_0 = 1 を加え（こうするとバイアスは x_0 にかかる重みになります）、隠れユニットが2つ、出力が1つです。講義の記法は次のとおりです。
//
// - w^k_ij は第 k 層の重みで、その層のユニット j から次の層のユニット i へ向かうものです。上付きの添字は0から数えた層の番号で、累乗ではありません。
// - 隠れ層：u^0_i = Σ_j w^0_ij x_j、o^0_i = f^0(u^0_i)。
// - 出力：u^1_0 = Σ_i w^1_0i o^0_i、o = f^1(u^1_0)。損失は L(o, y) です。
//
// ここで f^0 はシグモイド関数、f^1 は恒等関数、L = \frac12 (o - y)^2 で、目標値は y = 1 とします。重みは適当に決めた値で、入力は x_1 = 1、x_2 = 0.5 です。
// まずは順伝播を、1つずつ数値で計算します。

// ── cell 21 ──
App.Cell(21, "4. 2層のネットワークでの誤差逆伝播法");
double[] xs = [1.0, 1.0, 0.5];        // x₀ = 1 (the bias input), x₁, x₂
// w⁰ᵢⱼ: row i = hidden unit, column j = input
double[,] w0 = { { 0.1, 0.4, -0.3 }, { -0.2, 0.2, 0.5 } };
double[] w1s = [0.7, -0.5];           // w¹₀ᵢ: from hidden unit i to the output
double target = 1;
var f0 = Activation.Sigmoid;

double[] u0 = new double[2], o0 = new double[2];
for (int i = 0; i < 2; i++)
{
    u0[i] = w0[i, 0] * xs[0] + w0[i, 1] * xs[1] + w0[i, 2] * xs[2];
    o0[i] = f0.Apply(u0[i]);
}
double u1 = w1s[0] * o0[0] + w1s[1] * o0[1];
double output = u1;                   // f¹ is the identity
double L2 = 0.5 * (output - target) * (output - target);
Console.WriteLine($"u⁰₀ = {u0[0]:F4}   o⁰₀ = σ(u⁰₀) = {o0[0]:F4}");
Console.WriteLine($"u⁰₁ = {u0[1]:F4}   o⁰₁ = σ(u⁰₁) = {o0[1]:F4}");
Console.WriteLine($"u¹₀ = {u1:F4}   o = {output:F4}   L = ½(o − y)² = {L2:F4}");

// 次は逆方向です。損失から出発し、1段ごとに局所微分を1つ掛けていきます。途中の結果は、下の層へ進むときに再利用します。
// 「1から始めるディープラーニング」（HN410 2022）は、入力 x_1 についての勾配をこの方法で求めています。
//
// ∂L/(∂x_1) = ∂L/∂o (f^1)'(u^1_0)[w^1_00 (f^0)'(u^0_0) w^0_01 + w^1_01 (f^0)'(u^0_1) w^0_11]
//
// 角括弧の中は、第2節で見た経路についての和です。x_1 は2つの隠れユニットの両方を通って出力に届きます。重みも同じように扱えます。たとえば ∂L/(∂w^0_ij) = ∂L/∂o(f^1)'(u^1_0) w^1_0i (f^0)'(u^0_i) x_j です。共通する部分に名前を付けて、隠れユニット i のデルタ δ^0_i = ∂L/∂o(f^1)'(u^1_0) w^1_0i (f^0)'(u^0_i) と呼ぶことにすると、∂L/(∂w^0_ij) = δ^0_i x_j と書けます。

// ── cell 23 ──
App.Cell(23, "4. 2層のネットワークでの誤差逆伝播法");
double dL_do = output - target;       // ∂L/∂o for L = ½(o − y)²
double delta1 = dL_do * 1;            // × (f¹)′(u¹₀) = 1 for the identity
// ∂L/∂w¹₀ᵢ = δ¹ · o⁰ᵢ
double[] dL_dw1 = [delta1 * o0[0], delta1 * o0[1]];
// δ⁰ᵢ = δ¹ · w¹₀ᵢ · (f⁰)′(u⁰ᵢ)
double[] delta0 = [delta1 * w1s[0] * f0.Derivative(u0[0]),
                   delta1 * w1s[1] * f0.Derivative(u0[1])];
// ∂L/∂w⁰ᵢⱼ = δ⁰ᵢ · xⱼ
double[,] dL_dw0 = new double[2, 3];
for (int i = 0; i < 2; i++)
    for (int j = 0; j < 3; j++)
        dL_dw0[i, j] = delta0[i] * xs[j];
// HN410 2022's ∂L/∂x₁: one term per path
double dL_dx1 = delta0[0] * w0[0, 1] + delta0[1] * w0[1, 1];

Console.WriteLine($"∂L/∂o = {dL_do:F4}   δ⁰ = [{delta0[0]:F4}, {delta0[1]:F4}]");
Console.WriteLine($"∂L/∂w¹ = [{dL_dw1[0]:F4}, {dL_dw1[1]:F4}]");
for (int i = 0; i < 2; i++)
    Console.WriteLine($"∂L/∂w⁰{i}ⱼ = [{dL_dw0[i, 0]:F4}, {dL_dw0[i, 1]:F4}, "
                      + $"{dL_dw0[i, 2]:F4}]");
Console.WriteLine($"∂L/∂x₁ = {dL_dx1:F4}");

// こうして δ^0 = [-0.1478, 0.1071] が得られ、x_1 の2つの経路を足すと ∂L/(∂x_1) = -0.0377 になります。x_0 = 1 なので、バイアスの重み w^0_i0 の勾配は δ^0_i そのものです。
//
// 同じネットワークを `Value` のグラフとして組んでも、同じ数値が得られるはずです。`Backward` も同じ連鎖律を適用しているからです。

// ── cell 25 ──
App.Cell(25, "4. 2層のネットワークでの誤差逆伝播法");
var vx = xs.Select((v, j) => new Value(v, $"x{j}")).ToArray();
var vw0 = new Value[2, 3];
for (int i = 0; i < 2; i++)
    for (int j = 0; j < 3; j++)
        vw0[i, j] = new Value(w0[i, j], $"w0{i}{j}");
var vw1 = w1s.Select((v, i) => new Value(v, $"w10{i}")).ToArray();
var vo0 = Enumerable.Range(0, 2)
    .Select(i => (vw0[i, 0] * vx[0] + vw0[i, 1] * vx[1] + vw0[i, 2] * vx[2]).Sigmoid())
    .ToArray();
var vL = 0.5 * (vw1[0] * vo0[0] + vw1[1] * vo0[1] - target).Pow(2);
vL.Backward();
Console.WriteLine($"L:     by hand {L2:F6}   graph {vL.Data:F6}");
Console.WriteLine($"∂L/∂x₁:   by hand {dL_dx1:F6}   graph {vx[1].Grad:F6}");
Console.WriteLine($"∂L/∂w⁰₀₁: by hand {dL_dw0[0, 1]:F6}   graph {vw0[0, 1].Grad:F6}");
Console.WriteLine($"∂L/∂w¹₀₁: by hand {dL_dw1[1]:F6}   graph {vw1[1].Grad:F6}");

// ### 行列で書いた同じ計算
//
// ユニットが何百もあると添字表記は読めなくなるので、講義ノートは行列に切り替えます（「1から始めるディープラーニング」（HN410 2022）の補足と、「[ラビットチャレンジレポート（深層学習 day1）](sources.md#rabbit-challenge-day-1)」（Rabbit Challenge day 1）のコード）。レッスン04で見たとおり、このライブラリは1行に1つのサンプルを置きます。U_1 = X W_1 + b_1 で、W_1 の形は（入力の数）×（出力の数）です。したがって W_1 は w^0 からバイアスの列を除いて転置したものを保持し、b_1 はそのバイアスの列を保持します。
//
// すると、「ラビットチャレンジレポート（深層学習 day1）」（Rabbit Challenge day 1）の逆伝播は4行になります。要素ごとの積を ⊙ で表します。
//
// δ_2 = ∂L/(∂U_2) = Y - T, ∇W_2 = Z_1^ᵀ δ_2, δ_1 = δ_2 W_2^ᵀ ⊙ f'(U_1), ∇W_1 = X^ᵀ δ_1
//
// （同レポートのPythonでは `delta1 = np.dot(delta2, W2.T) * functions.d_sigmoid(z1)` と `grad['W1'] = np.dot(x.T, delta1)` です。）この行には1つ違いが隠れています。そこでの `z1 = functions.sigmoid(u)` はシグモイド関数の*出力* Z_1 = σ(U_1) であり、総入力 U_1 ではありません。この行が f'(U_1) を掛けていることになるのは、`d_sigmoid` が出力を使って Z_1 ⊙ (1 - Z_1) と書かれている場合だけです。σ'(u) = σ(u)(1 - σ(u)) なので、これで正しく計算できます。入力に対して書かれた `d_sigmoid`、つまり σ(u)(1 - σ(u)) を計算するものには U_1 を渡さなければなりません。Z_1 を渡すと σ'(Z_1) という別の数を計算してしまいます。ライブラリの `Derivative` は入力を受け取るので、下のセルでは `U1` を渡しています。バイアスの勾配はデルタの列和で、∂L/∂X = δ_1 W_1^ᵀ です。

// ── cell 27 ──
App.Cell(27, "行列で書いた同じ計算");
var M = Matrix<double>.Build;
var X = M.DenseOfArray(new double[,] { { 1.0, 0.5 } });       // one example: x₁, x₂
var T = M.DenseOfArray(new double[,] { { 1.0 } });
// W1 = (w⁰ without its bias column)ᵀ: column i = hidden unit i
var W1 = M.DenseOfArray(new double[,] { { 0.4, 0.2 }, { -0.3, 0.5 } });
var b1 = M.DenseOfArray(new double[,] { { 0.1, -0.2 } });     // w⁰ᵢ₀, as a row
var W2 = M.DenseOfArray(new double[,] { { 0.7 }, { -0.5 } }); // (w¹)ᵀ
var b2 = M.Dense(1, 1);                                        // no output bias here

var U1 = X * W1 + b1;              // forward
var Z1 = f0.Apply(U1);
var Y = Z1 * W2 + b2;

var delta2 = Y - T;                // backward, as in Rabbit Challenge day 1
var gradW2 = Z1.Transpose() * delta2;
var deltaHidden = (delta2 * W2.Transpose()).PointwiseMultiply(f0.Derivative(U1));
var gradW1 = X.Transpose() * deltaHidden;
var dX = deltaHidden * W1.Transpose();
Console.WriteLine($"δ₁ = {deltaHidden.ToMatrixString("F4")}");
Console.WriteLine($"∇W₁ = Xᵀδ₁ =\n{gradW1.ToMatrixString("F4")}");
Console.WriteLine($"∂L/∂X = {dX.ToMatrixString("F4")}");

// δ_1 は添字表記の δ^0 にあたり、∇W_1 はバイアスの列を除いた ∂L / ∂w^0 を転置したもの、∂L / ∂X の最初の要素はふたたび ∂L / ∂x_1 です。
//
// ライブラリの層は、まさにこれらの積を計算しています。`Dense.Backward` は dW = X^ᵀdU を計算して dU W^ᵀ を返し、`ActivationLayer.Backward` は f'(U) を掛けます（`lib/NeuralNetworks/Layers/Dense.cs` と `ActivationLayer.cs` を開いてみてください）。同じネットワークを層から組み立てて、逆伝播させてみましょう。

// ── cell 29 ──
App.Cell(29, "行列で書いた同じ計算");
var dense1 = new Dense(W1.Clone(), b1.Clone(), index: 1);
var dense2 = new Dense(W2.Clone(), b2.Clone(), index: 2);
var net = new Network([dense1, new ActivationLayer(Activation.Sigmoid), dense2],
                      new IdentityWithLoss());
Console.WriteLine(net);
Console.WriteLine($"loss {net.Loss(X, T):F6}");
Matrix<double> dXnet = net.Backward();
foreach (Parameter p in net.Parameters)
    Console.WriteLine($"∂L/∂{p.Name} =\n{p.Gradient.ToMatrixString("F4")}");
Console.WriteLine($"∂L/∂X =\n{dXnet.ToMatrixString("F4")}");

// どの数値も手計算と一致します。N 個のサンプルからなるバッチでも、X、δ_2、δ_1 が N 行になるだけで、同じ4行の式が成り立ちます。損失はバッチ全体で平均されるので、出力層は δ_2 を N で割ります。

// ── cell 31 ──
App.Cell(31, "行列で書いた同じ計算");
// YOUR TURN 3 · The bias gradient
// A bias gradient is the column sums of the layer's delta (section 4). Compute ∂L/∂b₁ of
// the 2-2-1 network from deltaHidden, as a 1×2 row, and compare it with what the
// library's Dense layer computed in its Backward.
Matrix<double>? gradB1 = null;              // your 1×2 row

SelfCheck.MatricesClose("∂L/∂b₁", dense1.Bias.Gradient, gradB1, 1e-12);

//
// 解答例
//
// ```csharp
// // YOUR TURN 3 · The bias gradient
// // A bias gradient is the column sums of the layer's delta (section 4). Compute ∂L/∂b₁ of
// // the 2-2-1 network from deltaHidden, as a 1×2 row, and compare it with what the
// // library's Dense layer computed in its Backward.
// Matrix<double>? gradB1 = deltaHidden.ColumnSums().ToRowMatrix();
//
// SelfCheck.MatricesClose("∂L/∂b₁", dense1.Bias.Gradient, gradB1, 1e-12);
// ```
//
// サンプルが1つなら、列和は δ_1 そのものです。バイアスは、常に1である入力にかかる重みだからです。

// ## 5. シグモイド関数と交差エントロピー誤差：勾配 σ(u) - y
//
// 「はい／いいえ」を答える出力では、最後のユニットを通常シグモイド関数 o = σ(u) とし、損失には二値交差エントロピーを使います。
//
// L = -[ y ln σ(u) + (1 - y) ln(1 - σ(u)) ].
//
// 「1から始めるディープラーニング」（HN410 2022）にある σ'(u) = σ(u)(1 - σ(u)) を使って2つの局所微分をつなぐと、次のようになります。
//
// ∂L/∂u = (-y/(σ(u)) + (1 - y)/(1 - σ(u)))σ(u)bigl(1 - σ(u)bigr) = σ(u) - y.
//
// 0と1の近くで発散する σ と 1 - σ による割り算は、σ' と打ち消し合います。u = 2、y = 1 で各因数を確かめてみましょう。

// ── cell 34 ──
App.Cell(34, "5. シグモイド関数と交差エントロピー誤差：勾配 $\\sigma(u) - y$");
double uu = 2, yy = 1;
double sigma = Activation.Sigmoid.Apply(uu);
double dL_dsigma = -yy / sigma + (1 - yy) / (1 - sigma);
double dsigma_du = sigma * (1 - sigma);
Console.WriteLine($"σ(2) = {sigma:F4}");
Console.WriteLine($"∂L/∂σ = {dL_dsigma:F4}, ∂σ/∂u = {dsigma_du:F4}");
Console.WriteLine($"product = {dL_dsigma * dsigma_du:F4}");
Console.WriteLine($"σ(u) − y = {sigma - yy:F4}");

// 計算グラフは、どんな u でも同じ値を与えます。ライブラリの `SigmoidWithLoss` の出力ステップも同じで、N 個のバッチに対して (σ(U) - T)/N を返します（`lib/NeuralNetworks/Layers/SigmoidWithLoss.cs` を開いてみてください）。y = 1 として、いくつかの u で試します。

// ── cell 36 ──
App.Cell(36, "5. シグモイド関数と交差エントロピー誤差：勾配 $\\sigma(u) - y$");
double[] us = [-4, -1, 0, 1, 4];
var outputStep = new SigmoidWithLoss();
var U = M.Dense(us.Length, 1, (n, _) => us[n]);
outputStep.Loss(U, M.Dense(us.Length, 1, 1.0));
var dU = outputStep.Backward() * us.Length;    // × N undoes the batch average
Console.WriteLine("    u    graph ∂L/∂u    σ(u) − y    SigmoidWithLoss");
for (int n = 0; n < us.Length; n++)
{
    var vu = new Value(us[n], "u");
    var vs = vu.Sigmoid();
    var bce = -(1.0 * vs.Log() + 0.0 * (1.0 - vs).Log());
    bce.Backward();
    double plain = Activation.Sigmoid.Apply(us[n]) - 1;
    Console.WriteLine($"{us[n],5}    {vu.Grad,12:F6}    {plain,9:F6}"
                      + $"    {dU[n, 0],15:F6}");
}

// これが重要なのは、勾配が間違いと同じ大きさになるからです。二乗誤差 \frac12(σ(u) - y)^2 と比べてみましょう。その勾配は (σ(u) - y) σ'(u) です。ユニットが自信をもって間違えているとき（y = 1 なのに u が大きな負の値のとき）、σ'(u) はほぼ0なので、二乗誤差はほとんど押し戻しません。押し戻しが最も必要なときに、です。交差エントロピー誤差は、−1に近い傾きで押し続けます。

// ── cell 38 ──
App.Cell(38, "5. シグモイド関数と交差エントロピー誤差：勾配 $\\sigma(u) - y$");
var sig = Activation.Sigmoid;
display(Chart.Functions(-8, 8,
        ("cross-entropy: σ(u) − 1", v => sig.Apply(v) - 1),
        ("squared error: (σ(u) − 1)·σ′(u)", v => (sig.Apply(v) - 1) * sig.Derivative(v)))
    .WithTitle("∂L/∂u for a sigmoid output whose target is y = 1")
    .WithXTitle("u (the output unit's input)").WithYTitle("∂L/∂u")
    .WithAnnotation("confidently wrong: squared error barely pushes", -6, -0.0025));

// ソフトマックス関数と交差エントロピー誤差の組み合わせも、多クラスに対して同じく単純な勾配 Y - T をもちます（`SoftmaxWithLoss.cs`）。ライブラリが出力の活性化関数と損失を1つのステップでまとめて計算するのは、このためです。
//
// ## 6. 勾配確認
//
// 逆伝播は、知らないうちに間違えやすいものです。因数が1つ抜けていても、行列が転置されていても、何かしらの数値は出てきてしまいます。勾配確認（gradient checking）では、逆伝播の結果を、レッスン06の遅いけれども単純な数値勾配と比べます。重みを1つ ± h だけ動かし、損失を計算し直して、中心差分をとるのです。
//
// 上のネットワークの重みの1つ、w^0_01（ライブラリでは `W1[0, 0]`、x_1 から隠れユニット0への重み）について、手で確かめます。

// ── cell 40 ──
App.Cell(40, "6. 勾配確認");
double h = 1e-5;
double original = dense1.Weights.Value[0, 0];
dense1.Weights.Value[0, 0] = original + h;
double lossPlus = net.Loss(X, T);
dense1.Weights.Value[0, 0] = original - h;
double lossMinus = net.Loss(X, T);
dense1.Weights.Value[0, 0] = original;
double numerical = (lossPlus - lossMinus) / (2 * h);
Console.WriteLine($"numerical  {numerical:F10}");
Console.WriteLine($"backprop   {gradW1[0, 0]:F10}");
Console.WriteLine($"|difference| = {Math.Abs(numerical - gradW1[0, 0]):E2}");

// 行列全体については、解析的な勾配 A と数値勾配 N の相対誤差（relative error）で比べます。
//
// 相対誤差 = (‖ A - N ‖)/(‖ A ‖ + ‖ N ‖).
//
// 大きさで割るので、小さな勾配にも大きな勾配にも公平な尺度になります。倍精度では、正しい逆伝播ならおよそ 10^(-9) 以下になります。このコースの合格基準は 10^(-7) です。バグがあると1に近い値になります。
//
// `GradientCheck.Run` は、ネットワークのすべてのパラメータについてこれを行います（`lib/NeuralNetworks/Calculus/GradientCheck.cs` を開いてみてください）。もっと大きなネットワークで試しましょう。入力が2つ、双曲線正接関数（tanh）を使う8ユニットの隠れ層が2つ、ソフトマックス関数の出力が3つのネットワークを、渦巻きデータセットの30点で確かめます。

// ── cell 42 ──
App.Cell(42, "6. 勾配確認");
var spiral = ToyData.Spirals(30, classes: 3, noise: 0.1, seed: 8);
var bigger = new Network([2, 8, 8, 3], Activation.Tanh, seed: 8);
var check = GradientCheck.Run(bigger, spiral.Features, bigger.Targets(spiral.Labels));
Console.WriteLine(bigger);
Console.WriteLine(check);
Console.WriteLine(check.MaxRelativeError < 1e-7
    ? "passed: every relative error < 1e-7" : "FAILED");

// すべてのパラメータが合格し、相対誤差の最大値は1.44E-09です。次に、バグがあるとどう見えるかを確かめましょう。第4節の行列の式に戻り、δ_1 の因数 f'(U_1) を忘れてみます。よくある間違いです。

// ── cell 44 ──
App.Cell(44, "6. 勾配確認");
var buggyGradW1 = X.Transpose() * (delta2 * W2.Transpose());   // forgot ⊙ f′(U₁)
var numericalW1 = NumericalGradient.Of(() => net.Loss(X, T), dense1.Weights.Value);
var correct = GradientCheck.Compare("W1", gradW1, numericalW1);
var buggy = GradientCheck.Compare("W1 without f′", buggyGradW1, numericalW1);
Console.WriteLine($"correct δ₁:   relative error {correct.RelativeError:0.00E+00}");
Console.WriteLine($"forgotten f′: relative error {buggy.RelativeError:0.00E+00}");

// 下のグラフは、すべての確認結果を並べたものです。各棒は相対誤差の -log_10 で、これはおおよそ、誤差逆伝播法と数値勾配が先頭から何桁一致しているかを表します。7桁を超えれば合格（相対誤差が 10^(-7) 未満）です。バグのある勾配は、ほとんど1桁も一致しません。

// ── cell 46 ──
App.Cell(46, "6. 勾配確認");
var checks = check.Parameters
    .Append(correct with { Name = "W1 (2-2-1 net)" })
    .Append(buggy with { Name = "W1, no f′ (bug)" })
    .ToList();
var digits = checks.Select(c => -Math.Log10(c.RelativeError)).ToArray();
display(Chart.Bar(checks.Select(c => c.Name).ToArray(), digits, name: "digits of agreement")
    .WithTitle("Gradient check: digits on which backprop and central differences agree")
    .WithXTitle("parameter (spiral network, then the 2-2-1 network of section 4)")
    .WithYTitle("−log₁₀(relative error)")
    .WithAnnotation("pass: 7 digits", 7, 7));

// 実用上の注意を2つ挙げます。数値勾配は重み1つにつき2回の順伝播を必要とします。そのため、確認は小さなネットワークと少数のサンプルで行い、学習は誤差逆伝播法で行います（その差は第7節で数え、時間も測ります）。また、確認には滑らかな活性化関数（tanh、シグモイド関数）を使うか、正規化線形関数（ReLU）の0での折れ目を避けてください。そこでは中心差分が2つの傾きにまたがってしまいます。

// ## 7. 誤差逆伝播法はなぜ計算を節約できるのか
//
// 学習にはすべての重みについての ∂L / ∂w が必要ですが、誤差がわかるのは出力だけです。損失は、順伝播の最後に計算される1つの数値です。「[【備忘録】ニューラルネットワークとはなにか](sources.md#hirotask-2024)」（hirotask 2024）はこの点を指摘しています。すべての重みがその誤差に与える影響を一度に計算するのは膨大な作業ですが、誤差の微分を各層へ逆向きに渡していけば、層を1つずつ順に計算できます。「[ラビットチャレンジレポート（深層学習 day1）](sources.md#rabbit-challenge-day-1)」（Rabbit Challenge day 1）も、反対側から同じことを述べています。誤差逆伝播法は出力層からさかのぼって微分し、すでに計算した値を再利用するので、最小限の計算ですべてのパラメータの微分が得られるのです。
//
// n 個のパラメータ（重みとバイアス）をもつネットワークで、計算の量を数えてみましょう。
//
// - **数値微分**（レッスン06）：パラメータを1つ +h と -h だけ動かし、そのたびにネットワーク全体の順伝播を実行します。パラメータ1つにつき順伝播2回、全部で 2n 回です。
// - **誤差逆伝播法**：途中の値を保存しながら順伝播を1回行い、続いて逆伝播を1回行えば、n 個の勾配がすべて得られます。逆伝播の演算量は順伝播の数倍です（順伝播では積を1つ計算したDense層が、dW = X^ᵀdU と dU W^ᵀ の2つの積を計算します）。しかし、それは得られる勾配の数が増えても増えません。
//
// 下のセルでは、2つの方法それぞれに実行したパスの回数を数えさせ、`Stopwatch` で時間を測ります。表の *numer.* は数値的な方法の順伝播の回数、*backprop* は誤差逆伝播法の順伝播と逆伝播の回数です。その後に、それぞれにかかったミリ秒、その比、2つの方法で得た勾配の差の最大値が続きます。

// ── cell 49 ──
App.Cell(49, "7. 誤差逆伝播法はなぜ計算を節約できるのか");
// Output varies with the machine: the milliseconds are this computer's, this run's.
// Each method returns every parameter's gradient, the passes it ran and its time in ms.
(Matrix<double>[] Grads, int Forward, int Backward, double Ms) Numerically(
    Network n, Matrix<double> x, Matrix<double> t)
{
    int forward = 0;
    double CountedLoss() { forward++; return n.Loss(x, t); }   // one forward pass
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var grads = n.Parameters.Select(p => NumericalGradient.Of(CountedLoss, p.Value));
    return (grads.ToArray(), forward, 0, clock.Elapsed.TotalMilliseconds);
}
(Matrix<double>[] Grads, int Forward, int Backward, double Ms) ByBackprop(
    Network n, Matrix<double> x, Matrix<double> t)
{
    int forward = 0, backward = 0;
    var clock = System.Diagnostics.Stopwatch.StartNew();
    n.Loss(x, t); forward++;                                   // one forward pass
    n.Backward(); backward++;                                  // one backward pass
    var grads = n.Parameters.Select(p => p.Gradient.Clone()).ToArray();
    return (grads, forward, backward, clock.Elapsed.TotalMilliseconds);
}

var wide = new Network([2, 48, 48, 3], Activation.Tanh, seed: 8);
var costCases = new (string Name, Network Net, Matrix<double> X, Matrix<double> T)[]
{
    ("2-2-1 (section 4)", net, X, T),
    ("2-8-8-3 (spiral)", bigger, spiral.Features, bigger.Targets(spiral.Labels)),
    ("2-48-48-3 (spiral)", wide, spiral.Features, wide.Targets(spiral.Labels)),
};
Numerically(net, X, T); ByBackprop(net, X, T);     // warm-up: a first call also compiles
var parameterCounts = new List<double>();
var numericalMs = new List<double>();
var backpropMs = new List<double>();
Console.WriteLine($"{"network",-18} {"params",6} {"numer.",7} {"backprop",8} "
                  + $"{"ms numer.",9} {"ms back.",9} {"ratio",6} {"max |diff|",10}");
foreach (var (name, n, x_49, t_49) in costCases)
{
    int count = n.Parameters.Sum(p => p.RowCount * p.ColumnCount);
    var slow = Numerically(n, x_49, t_49);
    var fast = ByBackprop(n, x_49, t_49);
    double gap = slow.Grads.Zip(fast.Grads, (a, b) => (a - b).Enumerate().Max(Math.Abs))
                           .Max();
    parameterCounts.Add(count); numericalMs.Add(slow.Ms); backpropMs.Add(fast.Ms);
    string passes = $"{fast.Forward} + {fast.Backward}";
    Console.WriteLine($"{name,-18} {count,6} {slow.Forward,7} {passes,8} "
                      + $"{slow.Ms,9:F2} {fast.Ms,9:F3} {slow.Ms / fast.Ms,6:F0} "
                      + $"{gap,10:0.0E+00}");
}

// 順伝播の回数は正確で、どのマシンでも同じです。18回、246回、5286回で、パラメータ数（9、123、2643）の2倍です。これに対して誤差逆伝播法は、ネットワークの大きさによらず順伝播1回と逆伝播1回です。ミリ秒の値、したがって比は、使っているコンピュータによって異なり、実行のたびに変わります。それでも、比はネットワークが大きくなるほど大きくなります。数値的な方法の作業量は n とパス1回のコストの積に応じて増えますが、誤差逆伝播法の作業量はパス1回のコストに応じてしか増えないからです。そして、どちらも同じ勾配を与えます。最も大きなネットワークでの差の最大値は4.6E-11で、これは中心差分そのものの誤差です。
//
// 下のグラフは、測った時間を、パラメータの数に対して両対数軸で示したものです（計測される時間は環境ごとに異なります）。

// ── cell 51 ──
App.Cell(51, "7. 誤差逆伝播法はなぜ計算を節約できるのか");
// Output varies with the machine: it draws the times measured above.
display(Chart.Lines(parameterCounts,
        ("numerical: 2 forward passes per parameter", numericalMs),
        ("backpropagation: 1 forward + 1 backward pass", backpropMs))
    .WithTitle("Time for every gradient of a network, numerical against backpropagation")
    .WithXTitle("parameters (log scale)").WithYTitle("milliseconds (log scale)")
    .WithLogX().WithLogY());

// つまり、数値勾配は小さなネットワークで確認するためのもの（第6節）で、毎ステップすべての勾配が必要な学習には誤差逆伝播法を使います。何百万もの重みをもつネットワークで、毎ステップ重み1つにつき2回の順伝播を行えば、時間がかかりすぎます。逆伝播1回ならそうはなりません。

// ## 理解度チェック
//
// 1. 連鎖律を使って y = sin(x^2) の導関数を求めてください。x = 0 での値はいくつですか。
// 2. z = x · x では、値 x は2本のエッジを通って z に届きます。x = 3 のとき、`Backward` は ∂z / ∂x としていくつを与えますか。また、`Value` が勾配を上書きせずに足し込む（+=）のはなぜですか。
// 3. 入力が4つ、隠れユニットが8つ、出力が3つのネットワークで、N = 10 個のサンプルからなるバッチを逆伝播させます。δ_2、W_2^ᵀ、δ_1、∇W_1 = X^ᵀ δ_1 の形はそれぞれどうなりますか。
// 4. シグモイド関数の出力で u = -6、目標値が y = 1 だとします。交差エントロピー誤差では ∂L / ∂u はいくつですか。また、二乗誤差 \frac12(σ(u) - y)^2 ではおよそいくつですか。この間違いからより速く学習するのはどちらの損失ですか。
// 5. 勾配確認で、W1の相対誤差は0.5、W2の相対誤差は 10^(-10) と報告されました。バグはどこを探せばよいでしょうか。

// ## 解答
//
//
// 解答を表示
//
// 1. 内側は g = x^2、外側は sin g なので、dy/dx = cos(x^2) · 2x です。x = 0 では cos(0) · 0 = 0 になります。
// 2. ∂z / ∂x = 6 です。各エッジが x = 3 ずつ寄与し、2つの経路の寄与が足し合わされます（第2節）。もし `Backward` が勾配を上書きすると、2本目のエッジが1本目の寄与を消してしまい、3になります。`Chart.ComputationGraph(z)` で描くと、両方のエッジが3を逆向きに渡す様子が見られます。
// 3. δ_2 は10×3です（サンプルごとに1行、出力ごとに1列）。W_2 は8×3なので W_2^ᵀ は3×8、δ_1 = δ_2 W_2^ᵀ ⊙ f'(U_1) は10×8です。∇W_1 = X^ᵀ δ_1 は(4×10)(10×8) = 4×8で、W_1 と同じ形です。勾配はどれも、そうなっていなければなりません。
// 4. 交差エントロピー誤差では σ(-6) - 1 ≈ -0.9975 です。二乗誤差では (σ(-6) - 1) σ'(-6) ≈ -0.9975 × 0.0025 ≈ -0.0025 で、約400分の1です。自信をもった間違いからは、交差エントロピー誤差のほうがはるかに速く学習します。
// 5. 逆伝播のうち、W1の勾配だけが使う部分です。つまり、δ_2 から δ_1 へのステップ（W_2^ᵀ や f'(U_1) の因数）か、X^ᵀ δ_1 です。W2の勾配は正しいので、δ_2 と出力のステップには問題がありません。

// ## まとめ
//
// - 連鎖律は、連鎖に沿って局所微分を掛け合わせます。ある変数が複数の経路で出力に届くときは、経路ごとの積を足し合わせます（「1から始めるディープラーニング」（HN410 2022））。
// - 計算グラフは、すべての演算をその局所微分とともに記録します。出力から1度逆向きにたどれば、すべての勾配が得られます。その際、各ノードは自分が出力を送る先のノードの勾配を再利用します。`Chart.ComputationGraph` は、どの `Value` についてもこのたどり方を描きます。
// - ネットワークでは、まず出力で δ を求め、続いて δ_1 = δ_2 W_2^ᵀ ⊙ f'(U_1)、∇W_1 = X^ᵀ δ_1 と1層ずつ計算します（「ラビットチャレンジレポート（深層学習 day1）」（Rabbit Challenge day 1））。「1から始めるディープラーニング」（HN410 2022）の添字表記でも同じ数値になります。
// - シグモイド関数と交差エントロピー誤差を組み合わせたときの勾配は σ(u) - y で、間違いと同じ大きさです。ソフトマックス関数と交差エントロピー誤差の組み合わせでは Y - T になります。
// - 勾配確認では、誤差逆伝播法の結果を中心差分と比べます。相対誤差が 10^(-7) 未満なら合格で、バグがあると1に近い値になります。
// - 誤差がわかるのは出力だけです。数値勾配にはパラメータ1つにつき2回の順伝播が必要です（2-48-48-3のネットワークの2643個のパラメータなら5286回）。誤差逆伝播法は、順伝播1回と逆伝播1回ですべての勾配を得ます（「【備忘録】ニューラルネットワークとはなにか」（hirotask 2024）と「ラビットチャレンジレポート（深層学習 day1）」（Rabbit Challenge day 1）が述べているとおりです）。
//
// ### 重要用語
//
// | English | 日本語 | 意味 |
// | --- | --- | --- |
// | chain rule | 連鎖律 | 合成関数の微分は、連鎖に沿った局所微分の積を、経路ごとに足し合わせたものになる |
// | computational graph | 計算グラフ | 計算を、ノード（値と演算）と、それらを結ぶエッジ（入力）として記録したもの |
// | local derivative | 局所微分 | あるノードをその入力の1つで微分したもの。順伝播で得た値のところで求める |
// | forward pass | 順伝播 | 入力から損失までの値を計算すること |
// | backward pass | 逆伝播 | 損失から入力へさかのぼって勾配を計算すること |
// | backpropagation | 誤差逆伝播法 | 損失からネットワークをさかのぼって連鎖律を適用し、各層のデルタを再利用する方法 |
// | gradient checking | 勾配確認 | バグを見つけるために、誤差逆伝播法で得た勾配を数値勾配と比べること |
// | relative error | 相対誤差 | ‖A − N‖ / (‖A‖ + ‖N‖)：差を、それぞれの大きさと比べて測ったもの |
//
// 次のレッスン09では、誤差逆伝播法を実際に使い、アヤメ（iris）の花と手書き数字でネットワークを学習させます。

App.End();
// nbrun convert: sha256 c2427d7d40959802
