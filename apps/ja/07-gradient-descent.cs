#!/usr/bin/env dotnet
// 07 · 勾配降下法
// notebooks/07-gradient-descent.ja.ipynb から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/07-gradient-descent.cs
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
using NeuralNetworks.Calculus;
using NeuralNetworks.Exercises;
using NeuralNetworks.Layers;
using NeuralNetworks.Losses;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー .. から読みます。
App.Start("07 · 勾配降下法", args, workIn: "..");

// # 07 · 勾配降下法
//
// レッスン06では、勾配が上り坂の方向を指すことを見ました。その逆向きに小さく一歩ずつ進めば、損失は下がっていきます。これが勾配降下法であり、ネットワークが学習する仕組みです。
//
// ## このレッスンでできるようになること
//
// - 更新式 w ← w - α ∂L/∂w を、講義「[医療とAI・ビッグデータ応用『学習の仕組み』](sources.md#medical-ai-lecture)」（Medical AI lecture）の数値を使って手で計算できる。
// - 小さすぎる学習率、ちょうどよい学習率、大きすぎる学習率を、曲線の上でも曲面の上でも見分けられる。
// - 極小値と最小値を説明し、出発点がなぜ重要なのかを説明できる。
// - バッチ勾配降下法、確率的勾配降下法、ミニバッチ勾配降下法を区別し、オンライン学習とは何かを説明できる。

// ── cell 2 ──
App.Cell(2, "07 · 勾配降下法");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ## 1. 更新式
//
// 学習の目標は、損失 L(w, b) を小さくする重みとバイアスを見つけることです（レッスン05）。講義「医療とAI・ビッグデータ応用『学習の仕組み』」（Medical AI lecture）は、重みを1つずつ取り上げて、そこでの損失の傾きを調べます。傾きが正なら、損失は左へ行くほど小さくなるので、w を減らすべきです。傾きが負なら、w を増やすべきです。この2つの場合は1つの規則にまとめられます。それが**勾配降下法**（gradient descent）です。
//
// w_(t+1) = w_t - α ∂L/(∂w_t), b_(t+1) = b_t - α ∂L/(∂b_t)
//
// **学習率**（learning rate）α は、各ステップでどこまで進むかを決める小さな定数で、0.1や0.001のような値をとります。レッスン01と「1から始めるディープラーニング」（HN410 2022）では同じものを η、「ラビットチャレンジレポート（深層学習 day1）」（Rabbit Challenge day 1）では ε と書いています。講義「医療とAI・ビッグデータ応用『学習の仕組み』」（Medical AI lecture）の例では、エポック10で重みが w_10 = 1.5、そこでの傾きが3です。α = 0.1 とすると、次のようになります。

// ── cell 4 ──
App.Cell(4, "1. 更新式");
double alpha = 0.1;
Console.WriteLine($"w11 = 1.5 − {alpha} × 3    = {1.5 - alpha * 3:G4}");
Console.WriteLine($"w11 = −1.5 − {alpha} × (−3) = {-1.5 - alpha * (-3):G4}");

// どちらの場合も、重みは底に向かって0.3だけ動きます。1.5は1.2に、−1.5は−1.2になります。ちょうどこのような傾きを持つ損失は L(w) = w^2 で、その導関数 2w は w = 1.5 で3になります（レッスン06）。ライブラリの `GradientDescent.Minimize` は、導関数、出発点、α、ステップ数を受け取り、たどったすべての点を返します。

// ── cell 6 ──
App.Cell(6, "1. 更新式");
Func<double, double> L = w => w * w;
Func<double, double> slope = w => 2 * w;
double OneStep(double from) =>
    GradientDescent.Minimize(slope, from, 0.1, steps: 1).Last[0];
Console.WriteLine($"one step from 1.5:  {OneStep(1.5):G4}");
Console.WriteLine($"one step from −1.5: {OneStep(-1.5):G4}");
var path = GradientDescent.Minimize(slope, 1.5, 0.1, steps: 20, f: L);
Console.WriteLine(path);

// 1ステップごとに w は 1 - 0.1 · 2 = 0.8 倍になるので、重みは0に向かって縮み、損失もそれにつれて小さくなります。重みがたくさんあっても、同じ規則をすべての重みに同時に適用します。レッスン06の勾配ベクトルを使うと、次のように書けます（「[ラビットチャレンジレポート（深層学習 day1）](sources.md#rabbit-challenge-day-1)」（Rabbit Challenge day 1））。
//
// w^((t+1)) = w^((t)) - α ∇L(w^((t)))
//
// コードは `lib/NeuralNetworks/Calculus/GradientDescent.cs` にあります。ネットワークの重み行列に対する同じ更新は、`lib/NeuralNetworks/Optimizers/SGD.cs` の `SGD.Step` です。
//
// ## 2. 学習率：小さすぎる、ちょうどよい、大きすぎる
//
// 講義「医療とAI・ビッグデータ応用『学習の仕組み』」（Medical AI lecture）は注意を促しています。学習率が高すぎると降下はなかなか収束せず、低すぎると収束が遅くなります。L(w) = w^2 で w = 1.5 から20ステップ進む実行を、3通り行ってみます。

// ── cell 8 ──
App.Cell(8, "2. 学習率：小さすぎる、ちょうどよい、大きすぎる");
(string Name, double Alpha)[] rates =
    [("too small", 0.01), ("good", 0.1), ("too large", 1.05)];
var runs = rates
    .Select(r => GradientDescent.Minimize(slope, 1.5, r.Alpha, steps: 20, f: L))
    .ToArray();
for (int i = 0; i < rates.Length; i++)
    Console.WriteLine($"{rates[i].Name,-10} α = {rates[i].Alpha,-5} "
                      + $"w after 20 steps = {runs[i].Last[0],9:F4}"
                      + $"   L = {runs[i].Values![^1],9:F4}");

// α = 0.01 では、重みはほとんど動いていません（1.0014）。α = 0.1 では、ほぼ底に着いています（0.0173）。α = 1.05 では、毎回のステップが最小点を飛び越えて前より**高い**点に着き、経路はどんどん遠ざかって10.0912に達します。**▶ 再生**を押して、3つの経路を見てください。

// ── cell 10 ──
App.Cell(10, "2. 学習率：小さすぎる、ちょうどよい、大きすぎる");
Figure Walk(int run, int k)
{
    var xs = runs[run].Xs.Take(k + 1).ToList();
    double reach = run == 2 ? 11 : 2;
    double[] grid = Chart.Linspace(-reach, reach, 200);
    var curve = new Scatter
    {
        X = grid, Y = grid.Select(L).ToArray(), Mode = "lines", Name = "L(w) = w²",
        Line = new Line { Color = Palette.ForClass(0) },
    };
    return new Figure([curve])
        .WithPath(xs, xs.Select(L).ToList(), name: $"α = {rates[run].Alpha}")
        .WithTitle($"{rates[run].Name}: α = {rates[run].Alpha}")
        .WithXTitle("w").WithYTitle("L").WithXRange(-reach, reach)
        .WithYRange(-0.05 * reach * reach, reach * reach);
}
var curveFrames = Enumerable.Range(0, 21)
    .Select(k => Chart.Subplots(1, 3, Walk(0, k), Walk(1, k), Walk(2, k))).ToList();
display(Chart.Animation(curveFrames, frameMilliseconds: 400).WithLegend(false)
    .WithLayout(l => l with { Height = 420 }));

// （3つ目のグラフは範囲が広くなっています。この経路はほかの2つの目盛りからはみ出してしまうからです。）ステップが際限なく大きくなると、数値はいずれオーバーフローします。ライブラリはそこで止まり、何ステップ目か、学習率はいくつかを示して、そのことを知らせます。

// ── cell 12 ──
App.Cell(12, "2. 学習率：小さすぎる、ちょうどよい、大きすぎる");
try
{
    GradientDescent.Minimize(slope, 1.5, learningRate: 1.5, steps: 5000);
}
catch (GradientDescentDivergedException e)
{
    Console.WriteLine(e.Message);
    Console.WriteLine($"the last finite point: w = {e.PathSoFar.Last[0]:G3}");
}

// ── cell 13 ──
App.Cell(13, "2. 学習率：小さすぎる、ちょうどよい、大きすぎる");
// YOUR TURN 1 · One step by hand
// L(w) = (w − 3)², so ∂L/∂w = 2(w − 3). Starting at w = 0 with α = 0.25, compute the
// weight after one gradient-descent step yourself.
Func<double, double> slope3 = w => 2 * (w - 3);
double myStep = double.NaN;                  // w₁ = w₀ − α · slope at w₀

double library = GradientDescent.Minimize(slope3, 0, 0.25, steps: 1).Last[0];
SelfCheck.Close("w after one step", library, myStep);

//
// 解答例
//
// ```csharp
// // YOUR TURN 1 · One step by hand
// // L(w) = (w − 3)², so ∂L/∂w = 2(w − 3). Starting at w = 0 with α = 0.25, compute the
// // weight after one gradient-descent step yourself.
// Func<double, double> slope3 = w => 2 * (w - 3);
// double myStep = 0 - 0.25 * slope3(0);        // 0 − 0.25 × (−6) = 1.5
//
// double library = GradientDescent.Minimize(slope3, 0, 0.25, steps: 1).Last[0];
// SelfCheck.Close("w after one step", library, myStep);
// ```
//
// 0での傾きは−6なので、重みは3にある最小点に向かって右へ、0.25 × 6 = 1.5だけ動きます。

// ── cell 15 ──
App.Cell(15, "2. 学習率：小さすぎる、ちょうどよい、大きすぎる");
// YOUR TURN 2 · The learning-rate limit
// On L(w) = a·w² each step multiplies w by 1 − 2aα, so descent converges only while
// |1 − 2aα| < 1. For a = 4, write the limit: the α at which the factor reaches −1.
// Every α between 0 and the limit converges; the limit itself does not.
// The check runs 50 steps just below and just above your α.
double a4 = 4;
double myLimit = double.NaN;                 // your limit for α

Func<double, double> steep = w => 2 * a4 * w;
double After(double alpha) =>
    Math.Abs(GradientDescent.Minimize(steep, 1, alpha, steps: 50).Last[0]);
SelfCheck.True("1% below your α, |w| shrinks from 1",
               myLimit > 0 && After(0.99 * myLimit) < 1);
SelfCheck.True("1% above your α, |w| grows from 1",
               myLimit > 0 && After(1.01 * myLimit) > 1);

//
// 解答例
//
// ```csharp
// // YOUR TURN 2 · The learning-rate limit
// // On L(w) = a·w² each step multiplies w by 1 − 2aα, so descent converges only while
// // |1 − 2aα| < 1. For a = 4, write the limit: the α at which the factor reaches −1.
// // Every α between 0 and the limit converges; the limit itself does not.
// // The check runs 50 steps just below and just above your α.
// double a4 = 4;
// double myLimit = 1 / a4;                     // 1 − 2aα = −1 at α = 1/a
//
// Func<double, double> steep = w => 2 * a4 * w;
// double After(double alpha) =>
//     Math.Abs(GradientDescent.Minimize(steep, 1, alpha, steps: 50).Last[0]);
// SelfCheck.True("1% below your α, |w| shrinks from 1",
//                myLimit > 0 && After(0.99 * myLimit) < 1);
// SelfCheck.True("1% above your α, |w| grows from 1",
//                myLimit > 0 && After(1.01 * myLimit) > 1);
// ```
//
// α = 1/a = 0.25では係数がちょうど−1になり、wは左右に跳び続けます。そのため限界値そのものでは決して収束しませんが、0と0.25の間のαなら、どれでも収束します。次の項のお椀は w_2 方向にちょうどこれだけ急なので、そこで再び0.25に出会います。

// ### 曲面の上で
//
// 2つの重みの損失は曲面になります（レッスン05と06）。L(w_1, w_2) = w_1^2 + 4 w_2^2 を例にとりましょう。w_2 方向に w_1 方向の4倍急なお椀で、これを真上から見ます。勾配は (2w_1, 8w_2) です。同じ3種類の学習率で、(-2.5, 1.2) からそれぞれ30ステップ進みます。

// ── cell 18 ──
App.Cell(18, "曲面の上で");
Func<double, double, double> bowl = (w1, w2) => w1 * w1 + 4 * w2 * w2;
Func<Vector<double>, Vector<double>> gradient =
    w => Vector<double>.Build.DenseOfArray([2 * w[0], 8 * w[1]]);
var start = Vector<double>.Build.DenseOfArray([-2.5, 1.2]);
(string Name, double Alpha, string Color)[] surfaceRates =
[
    ("too small", 0.01, "#ff7f0e"), ("good", 0.1, "#2ca02c"),
    ("too large", 0.24, "#d62728"),
];
var walks = surfaceRates
    .Select(r => GradientDescent.Minimize(gradient, start, r.Alpha, steps: 30,
                                          f: w => bowl(w[0], w[1])))
    .ToArray();
for (int i = 0; i < walks.Length; i++)
    Console.WriteLine($"{surfaceRates[i].Name,-10} α = {surfaceRates[i].Alpha,-5}"
                      + $" end ({walks[i].Last[0],7:F4}, {walks[i].Last[1],7:F4})"
                      + $"   L = {walks[i].Values![^1]:F4}");

// ── cell 19 ──
App.Cell(19, "曲面の上で");
// every second step keeps the page light
int[] shownSteps = Enumerable.Range(0, 16).Select(i => 2 * i).ToArray();
var surfaceFrames = shownSteps.Select(k =>
{
    var figure = Chart.Contour(bowl, -3, 3, -1.5, 1.5, resolution: 30, name: "L(w1, w2)");
    for (int i = 0; i < walks.Length; i++)
        figure = figure.WithPath(walks[i].Coordinate(0).Take(k + 1).ToList(),
                                 walks[i].Coordinate(1).Take(k + 1).ToList(),
                                 $"{surfaceRates[i].Name}, α = {surfaceRates[i].Alpha}",
                                 color: surfaceRates[i].Color);
    return figure.WithTitle("Three learning rates on L = w1² + 4 w2²")
                 .WithXTitle("w1").WithYTitle("w2");
}).ToList();
display(Chart.Animation(surfaceFrames, shownSteps.Select(k => k.ToString()).ToList(),
                frameMilliseconds: 300));

// 30ステップ後、ちょうどよい学習率は底に着いています（L = 0.0000）。ほかの2つはまだそれぞれL = 1.8984、L = 0.0387です。**▶ 再生**を押してください。小さい学習率はのろのろとしか進みません。ちょうどよい学習率は、まず急な斜面を滑り降り、それから谷底に沿って進みます。大きい学習率は、緩やかな w_1 方向では安定していますが、急な w_2 方向では行き過ぎてしまい、壁から壁へとジグザグに進みます。1つの学習率ですべての方向に同時に合わせなければならず、最も急な方向がその上限を決めます。演習2の限界値0.25を超える α では、このジグザグは縮まずに大きくなっていきます。レッスン10では、方向ごとにステップを調整する最適化手法を扱います。
//
// ## 3. 極小値と最小値
//
// お椀には底が1つしかありません。しかし実際の損失には、谷がいくつもあることがあります。**極小値**（local minimum）は、近くのどの点よりも低い点です。**最小値**（global minimum）は、全体の中で最も低い点です。「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022）では、このような点での重みを局所最適解（local optimum）、大域最適解（global optimum）と呼んでいます。勾配降下法は今いる場所の傾きしか見ないので、出発した谷の中で止まります。
//
// f(x) = x^4 - 3x^2 + x を考えます。その導関数は f'(x) = 4x^3 - 6x + 1 です。5か所から、α = 0.02、60ステップで降下を始めてみます。

// ── cell 21 ──
App.Cell(21, "3. 極小値と最小値");
Func<double, double> f = x => Math.Pow(x, 4) - 3 * x * x + x;
Func<double, double> df = x => 4 * Math.Pow(x, 3) - 6 * x + 1;
double[] starts = [-2, -0.5, 0.1, 0.5, 2];
var descents = starts.Select(s => GradientDescent.Minimize(df, s, 0.02, steps: 60, f: f))
                      .ToArray();
for (int i = 0; i < starts.Length; i++)
{
    double end = descents[i].Last[0];
    string where = end < 0 ? "global minimum" : "local minimum";
    Console.WriteLine($"start {starts[i],4}  →  x = {end,7:F4}   f(x) = {f(end),7:F4}"
                      + $"   {where}");
}
Console.WriteLine($"slopes at two starts: f′(0.1) = {df(0.1):F3}, "
                  + $"f′(0.5) = {df(0.5):F3}");

// ── cell 22 ──
App.Cell(22, "3. 極小値と最小値");
string[] startColors = ["#8c564b", "#2ca02c", "#9467bd", "#ff7f0e", "#d62728"];
var minimaFrames = Enumerable.Range(0, 61).Where(k => k % 2 == 0).Select(k =>
{
    var figure = Chart.Function(f, -2.2, 2.2, name: "f(x) = x⁴ − 3x² + x");
    for (int i = 0; i < starts.Length; i++)
    {
        var xs = descents[i].Xs.Take(k + 1).ToList();
        figure = figure.WithPath(xs, xs.Select(f).ToList(), name: $"start {starts[i]}",
                                 color: startColors[i]);
    }
    return figure.WithTitle("Where descent ends depends on where it starts")
                 .WithXTitle("x").WithYTitle("f(x)").WithYRange(-4.5, 9);
}).ToList();
var minimaLabels = Enumerable.Range(0, 31).Select(k => (2 * k).ToString()).ToList();
display(Chart.Animation(minimaFrames, minimaLabels, frameMilliseconds: 200));

// 5つの経路はすべて、x = -1.3008（f = -3.5139）か x = 1.1309（f = -1.0702）で終わります。2つの谷の間には山があり、x = 0.1 での傾き0.404と x = 0.5 での傾き−1.500から、その頂上がこの2つの出発点の間にあることがわかります。山の左から出発すると、左の深い谷、つまり最小値に滑り込みます。山の右から出発すると、右の浅い谷、つまり極小値で止まります。そこでも傾きは0なので、降下にはそれ以上進む理由がありません。何千もの重みを持つネットワークの損失には、このような谷がたくさんあります。「1から始めるディープラーニング」（HN410 2022）は、そこから抜け出す方法を挙げています。勾配のランダムさ（次の節）と、小さな山を越えて経路を運んでくれる「モーメンタム」（レッスン10）です。
//
// ## 4. バッチ勾配降下法、確率的勾配降下法、ミニバッチ勾配降下法
//
// ここまで、損失は数式でした。ネットワークの損失は訓練データ全体にわたる平均で、その勾配も、サンプル1個ごとの勾配の平均です。では、1ステップで何個のサンプルを見ればよいのでしょうか。答えは3通りあります（「ラビットチャレンジレポート（深層学習 day1）」（Rabbit Challenge day 1）と「1から始めるディープラーニング」（HN410 2022））。
//
// - **バッチ勾配降下法**（batch gradient descent）：1ステップごとに N 個すべてのサンプルを使います。真の勾配が得られますが、1ステップにデータ全体を1回通すだけの計算がかかります。
// - **確率的勾配降下法**（stochastic gradient descent, SGD）：1ステップごとに、ランダムに選んだ1個のサンプルを使います。1ステップは安上がりですが、ノイズを含みます。
// - **ミニバッチ勾配降下法**（mini-batch gradient descent）：1ステップごとに、ランダムに選んだ m 個のサンプルのグループを使います（1 < m < N）。両者の中間で、しかも m 行のバッチは1回の行列積（レッスン04）で計算でき、コンピュータはこれを高速に行えます。
//
// データ全体を1回通すことを**エポック**（epoch）といいます。「1から始めるディープラーニング」（HN410 2022）は、ミニバッチのステップを W ← W - η · 1/mΣ_(j=1)^m (∂L_j)/∂W と書き（η はここでの α にあたります）、これも確率的勾配降下法と呼んでいます。多くの教科書が、バッチサイズにかかわらずSGDという名前を使っています。ライブラリも同じです。その `SGD` 最適化手法は、与えられたバッチが何であれ、そのバッチで通常の更新を行います（以下の実行では、3種類すべてにこれを使います）。レッスン09から11で、10〜32個ずつのバッチを使って「SGDで」学習するとき、それはミニバッチ勾配降下法です。
//
// 違いを見るために、y = 2x + 1 にノイズを加えた40個の点に、直線 y = wx + b を当てはめます。出力が恒等関数の `Dense(1→1)` 層はちょうどこのモデルで、その損失 L(w, b) は描くことのできるお椀の形です。どの実行も w = -1、b = -1 から始めます。

// ── cell 24 ──
App.Cell(24, "4. バッチ勾配降下法、確率的勾配降下法、ミニバッチ勾配降下法");
var rng = new Random(7);
double[] xData = Chart.Linspace(-1, 1, 40);
// noise in ±0.4
double[] tData = xData.Select(x => 2 * x + 1 + 0.8 * (rng.NextDouble() - 0.5)).ToArray();
var X = Matrix<double>.Build.Dense(40, 1, (i, _) => xData[i]);
var T = Matrix<double>.Build.Dense(40, 1, (i, _) => tData[i]);

Network FreshLine() => new(
    [new Dense(Matrix<double>.Build.Dense(1, 1, -1.0),
               Matrix<double>.Build.Dense(1, 1, -1.0))],
    new IdentityWithLoss());
double LossOf(double w, double b) =>
    HalfSumOfSquares.Loss(
        Vector<double>.Build.DenseOfArray(xData.Select(x => w * x + b).ToArray()),
        Vector<double>.Build.DenseOfArray(tData)) / 40;
Console.WriteLine($"loss at the start (w = −1, b = −1): {LossOf(-1, -1):F4}");

// 学習ループは短いものです。各エポックで行の順番をシャッフルします。そして `batchSize` 行ずつのバッチごとに、そのバッチでの損失を計算し、誤差逆伝播法（レッスン08）で勾配を求め、SGDのステップを1回進めます。各ステップのあとに (w, b) を記録します。

// ── cell 26 ──
App.Cell(26, "4. バッチ勾配降下法、確率的勾配降下法、ミニバッチ勾配降下法");
(List<(double W, double B)> Points, List<int> EpochEnds) Descend(
    int batchSize, int epochs, double learningRate, int seed)
{
    var network = FreshLine();
    var sgd = new SGD(learningRate);
    var random = new Random(seed);
    Matrix<double> w = network.Parameters[0].Value, b = network.Parameters[1].Value;
    var points = new List<(double W, double B)> { (w[0, 0], b[0, 0]) };
    var epochEnds = new List<int> { 0 };
    for (int epoch = 1; epoch <= epochs; epoch++)
    {
        int[] order = Enumerable.Range(0, X.RowCount).ToArray();
        random.Shuffle(order);
        for (int first = 0; first < order.Length; first += batchSize)
        {
            int[] rows = order[first..Math.Min(first + batchSize, order.Length)];
            var Xb = Matrix<double>.Build.Dense(rows.Length, 1, (i, _) => X[rows[i], 0]);
            var Tb = Matrix<double>.Build.Dense(rows.Length, 1, (i, _) => T[rows[i], 0]);
            network.Loss(Xb, Tb);
            network.Backward();
            sgd.Step(network.Parameters);
            points.Add((w[0, 0], b[0, 0]));
        }
        epochEnds.Add(points.Count - 1);
    }
    return (points, epochEnds);
}

(string Name, int BatchSize, string Color)[] variants =
[
    ("batch, 40 per step", 40, "#1f77b4"),
    ("mini-batch, 8 per step", 8, "#ff7f0e"),
    ("stochastic, 1 per step", 1, "#2ca02c"),
];
var results = variants
    .Select(v => Descend(v.BatchSize, epochs: 10, learningRate: 0.3, seed: 1)).ToArray();
for (int i = 0; i < variants.Length; i++)
{
    var (w, b) = results[i].Points[^1];
    Console.WriteLine($"{variants[i].Name,-23} {results[i].Points.Count - 1,3} steps"
                      + $"  end w = {w:F3}, b = {b:F3}  L = {LossOf(w, b):F4}");
}

// ── cell 27 ──
App.Cell(27, "4. バッチ勾配降下法、確率的勾配降下法、ミニバッチ勾配降下法");
// YOUR TURN 3 · A mini-batch gradient by hand
// The line's loss on a batch of m points is L = (1/m) · ½ Σ (w·x + b − t)², so
// ∂L/∂w = (1/m) Σ (w·x + b − t)·x and ∂L/∂b = (1/m) Σ (w·x + b − t).
// Compute both at the start (w = −1, b = −1) for the first 8 points (xData, tData).
double myDw = double.NaN;                    // your ∂L/∂w
double myDb = double.NaN;                    // your ∂L/∂b

var line = FreshLine();                                  // a new network: w = −1, b = −1
line.Loss(X.SubMatrix(0, 8, 0, 1), T.SubMatrix(0, 8, 0, 1));
line.Backward();
SelfCheck.Close("∂L/∂w on 8 points", line.Parameters[0].Gradient[0, 0], myDw, 1e-12);
SelfCheck.Close("∂L/∂b on 8 points", line.Parameters[1].Gradient[0, 0], myDb, 1e-12);

//
// 解答例
//
// ```csharp
// // YOUR TURN 3 · A mini-batch gradient by hand
// // The line's loss on a batch of m points is L = (1/m) · ½ Σ (w·x + b − t)², so
// // ∂L/∂w = (1/m) Σ (w·x + b − t)·x and ∂L/∂b = (1/m) Σ (w·x + b − t).
// // Compute both at the start (w = −1, b = −1) for the first 8 points (xData, tData).
// var batch = Enumerable.Range(0, 8).ToArray();
// double myDw = batch.Average(j => (-1 * xData[j] - 1 - tData[j]) * xData[j]);
// double myDb = batch.Average(j => -1 * xData[j] - 1 - tData[j]);
//
// var line = FreshLine();                                  // a new network: w = −1, b = −1
// line.Loss(X.SubMatrix(0, 8, 0, 1), T.SubMatrix(0, 8, 0, 1));
// line.Backward();
// SelfCheck.Close("∂L/∂w on 8 points", line.Parameters[0].Gradient[0, 0], myDw, 1e-12);
// SelfCheck.Close("∂L/∂b on 8 points", line.Parameters[1].Gradient[0, 0], myDb, 1e-12);
// ```
//
// このあとミニバッチの1ステップは w ← w - α ∂L/∂w となります。これは「1から始めるディープラーニング」（HN410 2022）の式で m = 8 としたものです。

// **▶ 再生**を押すと、損失の曲面 L(w, b) の上で、3つの経路がエポックごとに進む様子が見られます。色は log_10 L を表しています。こうすると、損失が小さいお椀の底にも、急な斜面と同じくらい多くの等高線が引かれます。

// ── cell 30 ──
App.Cell(30, "4. バッチ勾配降下法、確率的勾配降下法、ミニバッチ勾配降下法");
var batchFrames = Enumerable.Range(0, 11).Select(epoch =>
{
    var figure = Chart.Contour((w, b) => Math.Log10(LossOf(w, b)), -1.5, 3.5, -1.5, 2,
                               resolution: 40, levels: 25, name: "log₁₀ L(w, b)");
    for (int i = 0; i < variants.Length; i++)
    {
        var shown = results[i].Points.Take(results[i].EpochEnds[epoch] + 1).ToList();
        figure = figure.WithPath(shown, name: variants[i].Name, color: variants[i].Color);
    }
    return figure.WithTitle("Three batch sizes on the same loss")
                 .WithXTitle("weight w").WithYTitle("bias b");
}).ToList();
display(Chart.Animation(batchFrames, frameMilliseconds: 700, prefix: "epoch "));

// 同じ10エポック（データに対して同じ量の計算）で、バッチ勾配降下法は滑らかなステップを10回進んだだけで、まだ途中にいます（L = 0.1958）。確率的勾配降下法は400ステップ進み、底へ急いで向かったあと、その周りで細かく揺れ動きます。各ステップが1個のサンプルの「意見」に従うからです（L = 0.0400）。ミニバッチ勾配降下法は50ステップ進み、速いうえにかなり安定しています（L = 0.0318）。このバランスのよさが、ミニバッチがふつう選ばれる理由です。小さなバッチのノイズは欠点ばかりではありません。経路を質の悪い極小値から揺さぶり出すこともあります（「1から始めるディープラーニング」（HN410 2022））。
//
// 各エポック後の損失も、同じことを物語っています（底付近の小さな損失も見えるように、対数目盛りにしてあります）。

// ── cell 32 ──
App.Cell(32, "4. バッチ勾配降下法、確率的勾配降下法、ミニバッチ勾配降下法");
var epochAxis = Enumerable.Range(0, 11).Select(e => (double)e).ToArray();
IReadOnlyList<double> EpochLosses(int i) => results[i].EpochEnds
    .Select(k => LossOf(results[i].Points[k].W, results[i].Points[k].B)).ToArray();
var lossSeries = variants.Select((v, i) => (v.Name, EpochLosses(i))).ToArray();
display(Chart.Lines(epochAxis, lossSeries)
    .WithTitle("Loss after each epoch")
    .WithXTitle("epoch").WithYTitle("loss L(w, b) on all 40 points (log scale)")
    .WithLayout(l => l with { YAxis = l.YAxis! with { Type = "log" } }));

// ライブラリの `Trainer.Fit`（`lib/NeuralNetworks/Training/Trainer.cs` にあります）は、これと同じループを同じシャッフルで実行するので、同じ重みに行き着きます。引数 `batchSize` で降下法の種類を選びます。

// ── cell 34 ──
App.Cell(34, "4. バッチ勾配降下法、確率的勾配降下法、ミニバッチ勾配降下法");
foreach (var (name, batchSize, _) in variants)
{
    var network = FreshLine();
    Trainer.Fit(network, X, T, new SGD(0.3), epochs: 10, batchSize: batchSize, seed: 1);
    double w = network.Parameters[0].Value[0, 0], b = network.Parameters[1].Value[0, 0];
    Console.WriteLine($"{name,-24} Trainer.Fit: w = {w:F3}, b = {b:F3}");
}

// ### オンライン学習
//
// 「ラビットチャレンジレポート（深層学習 day1）」（Rabbit Challenge day 1）は、もう1つの方式を加えています。**オンライン学習**（online learning）です。決まったデータセットを使う代わりに、新しいサンプルが届くたびにモデルを更新します。たとえば、センサーから新しい測定値が届くたびに更新します。これは、サンプルがシャッフルしたファイルからではなく、現実の世界から1つずつ届く確率的勾配降下法です。
//
// ## 理解度チェック
//
// 1. α = 0.1、重み w = 2、傾き ∂L/∂w = -4 のとき、新しい重みはいくつですか。
// 2. L(w) = w^2 では、各ステップで w が 1 - 2α 倍になります。どの学習率なら降下は収束しますか。α = 0.5 では何が起こりますか。
// 3. 第3節で、より低い谷があるのに、出発点 x = 0.5 が極小値で終わるのはなぜですか。
// 4. データセットに1,000個のサンプルがあり、50個ずつのミニバッチを使います。1エポックは何回のSGDステップになりますか。
// 5. 確率的勾配降下法の経路がギザギザになるのはなぜですか。また、それが役に立つことがあるのはなぜですか。

// ## 解答
//
//
// 解答を表示
//
// 1. 2 - 0.1 × (-4) = 2.4。傾きが負なら損失は右へ行くほど小さくなるので、重みは大きくなります。
// 2. |1 - 2α| < 1、つまり 0 < α < 1 のとき収束します。α = 0.5 では係数が0になり、1ステップでちょうど最小点に着地します。0.5と1の間では行き過ぎますが、それでも縮んでいきます（ジグザグ）。1を超えると大きくなっていきます。
// 3. 降下は局所的な傾きに従うだけだからです。0.5では傾きが右へ下っているので、右側の谷へ向かいます。その谷の底では傾きが0になり、更新しても動かなくなります。
// 4. 1000 / 50 = 20 で、1エポックは20ステップです。
// 5. 各ステップは1個のサンプルの勾配を使います。これはデータセット全体にとっての下り坂をおおまかには指しますが、正確には指しません。このノイズのために底の近くでは精度が少し落ちますが、浅い極小値から経路を蹴り出せることがあり、しかも1ステップの計算がとても安く済みます。

// ## まとめ
//
// - 勾配降下法は、すべての重みとバイアスについて w ← w - α ∂L/∂w を繰り返します。講義「医療とAI・ビッグデータ応用『学習の仕組み』」（Medical AI lecture）の例では 1.5 - 0.1 × 3 = 1.2、-1.5 - 0.1 × (-3) = -1.2 です。
// - 学習率 α がステップの大きさを決めます。小さすぎるとのろのろとしか進まず、大きすぎると行き過ぎたり、ジグザグになったり、発散したりします。最も急な方向がその上限を決めます。
// - 降下は、出発した谷の底で止まります。極小値が最小値であるとは限りません。
// - バッチ勾配降下法は1ステップにすべてのサンプルを、確率的勾配降下法は1個を、ミニバッチ勾配降下法は小さなグループを使います。エポックはデータ全体を1回通すことです。オンライン学習は、新しいサンプルが届くたびに更新します。
//
// ### 重要用語
//
// | English | 日本語 | 意味 |
// | --- | --- | --- |
// | gradient descent | 勾配降下法 | パラメータを勾配と逆向きに動かすことを繰り返す方法：w ← w - α ∂L/∂w |
// | learning rate | 学習率 | α（レッスン01では η）。勾配降下法の各ステップの大きさを決める定数 |
// | local minimum | 極小値 | 近くのどの点よりも低いが、全体で最も低いとは限らない点。そこでの重みは局所最適解 |
// | global minimum | 最小値 | 関数全体で最も低い点。そこでの重みは大域最適解 |
// | epoch | エポック | すべての訓練データを1回通す学習 |
// | batch gradient descent | バッチ勾配降下法 | 毎ステップすべての訓練データを使う勾配降下法 |
// | stochastic gradient descent | 確率的勾配降下法 | 1ステップごとにランダムに選んだ1個のサンプルを使う勾配降下法（SGD）。ライブラリの `SGD` 最適化手法のように、ミニバッチの場合にもこの名前が使われる |
// | mini-batch gradient descent | ミニバッチ勾配降下法 | 1ステップごとにランダムに選んだサンプルのグループを使う勾配降下法 |
// | online learning | オンライン学習 | 新しい訓練サンプルが届くたびにモデルを更新すること |
//
// 次のレッスン08では、ネットワークのすべての重みについて ∂L/∂w を一度に求める方法、つまり連鎖律と誤差逆伝播法を学びます。

App.End();
// nbrun convert: sha256 fccd2a3be534a6ff
