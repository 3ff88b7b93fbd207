#!/usr/bin/env dotnet
// 03 · 線形と非線形
// notebooks/03-linear-vs-nonlinear.ja.ipynb から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/03-linear-vs-nonlinear.cs
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
using NeuralNetworks.Data;
using NeuralNetworks.Layers;
using NeuralNetworks.Linearity;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;
using NeuralNetworks.Exercises;

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー .. から読みます。
App.Start("03 · 線形と非線形", args, workIn: "..");

// # 03 · 線形と非線形
//
// レッスン02では、恒等関数を除くすべての活性化関数を「非線形」と呼びました。このレッスンでは、この言葉の意味を正確に定めます。
// 線形性の2つの法則で関数を確かめ、非線形な活性化関数のない層がなぜ1つの層にまとまってしまうのかを理解し、直線では分けられないデータでそれがどれほど不利になるかを観察します。
//
// ## このレッスンでできるようになること
//
// - 関数が線形であるための2つの法則を述べ、数を使って関数がそれを満たすか確かめられる。
// - スライド「[【備忘録】ニューラルネットワークとはなにか](sources.md#hirotask-2024)」（hirotask 2024）と同じように、1組の数で正規化線形関数（ReLU）が線形でないことを示せる。
// - 線形な層を2つ重ねた計算と、それがまとまってできる1つの層を計算できる。
// - 2つの輪の形に並んだ点を分けるには、なぜ非線形な活性化関数が必要なのかを、決定境界のグラフを使って説明できる。

// ── cell 2 ──
App.Cell(2, "03 · 線形と非線形");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ## 1. 「線形」とは何か
//
// スライド「[【備忘録】ニューラルネットワークとはなにか](sources.md#hirotask-2024)」（hirotask 2024）は、まず日常的なイメージから始めます。2x のようにグラフが直線になる関数は線形で、x^2、e^x、log x、sin x は線形ではありません。そのうえで、厳密な定義を示します。関数 f が、すべての数 x、y、a について次の2つの法則を満たすとき、f を**線形関数**（linear function）といいます。
//
// 加法性: f(x + y) = f(x) + f(y), 斉次性: f(a x) = a f(x).
//
// どちらか一方の法則でも破る関数は**非線形**（nonlinear）です。x = 2、y = -3 として、加法性を手計算で確かめてみましょう。f(x) = 2x では、f(2 + (-3)) = f(-1) = -2、f(2) + f(-3) = 4 - 6 = -2 となり、両者は等しくなります。f(x) = x^2 では、f(-1) = 1 ですが、f(2) + f(-3) = 4 + 9 = 13 です。

// ── cell 4 ──
App.Cell(4, "1. 「線形」とは何か");
Func<double, double> twice = x => 2 * x, square = x => x * x;
foreach (var (name, f) in new[] { ("2x", twice), ("x²", square) })
{
    double together_4 = f(2 + -3), apart_4 = f(2) + f(-3);
    Console.WriteLine($"{name}:  f(2 + (-3)) = {together_4},  f(2) + f(-3) = {apart_4}");
}

// `LinearityCheck.Check` は、与えた標本点のすべての組についてこれを行い、続いて同じ方法で斉次性を確かめ、法則を破った最初の組を報告します。法則を破る組が1つでもあれば、その関数が非線形であることが証明されます。一方、合格しても、それほど多くのことは証明できません。標本点のどの組も法則を破らなかった、ということがわかるだけです。ループの中身は `lib/NeuralNetworks/Linearity/LinearityCheck.cs` を開いて確かめてください。

// ── cell 6 ──
App.Cell(6, "1. 「線形」とは何か");
double[] samples = [2, -3, 0.5];
var candidates = new (string Name, Func<double, double> F)[]
{
    ("2x", x => 2 * x), ("x²", x => x * x), ("eˣ", Math.Exp), ("sin x", Math.Sin),
    ("2x + 1", x => 2 * x + 1),
};
foreach (var (name, f) in candidates)
    Console.WriteLine($"{name,-7} {LinearityCheck.Check(f, samples)}");

// 合格するのは 2x だけです。ほかの関数は、最初の組 x = y = 2 でいきなり不合格になります。たとえば、(2 + 2)^2 = 16 ですが、2^2 + 2^2 = 8 です。
//
// 最後の行はよく見ておく価値があります。2x + 1 のグラフは直線なのに、不合格になっています。f(4) = 9 ですが、f(2) + f(2) = 10 だからです。原点を通らない直線は、線形な関数に定数のずれを加えたもので、**アフィン写像**（affine map）といいます。ネットワークの層は u = Wx + b を計算しますが、これはバイアス b があるのでアフィン写像です。とはいえ、このレッスンではこの違いは問題になりません。アフィン写像にアフィン写像を合成してもアフィン写像のままで、その決定境界もやはり直線だからです。

// ── cell 8 ──
App.Cell(8, "1. 「線形」とは何か");
display(Chart.Functions(-3, 3, candidates.Select(c => (c.Name, c.F)).ToArray())
    .WithTitle("Only straight lines through the origin are linear")
    .WithXTitle("x").WithYTitle("f(x)").WithYRange(-7, 10));

// 演習：絶対値 |x| のグラフは、0の両側でそれぞれ直線になっています。|x| について加法性を破る2つの数を見つけてください。

// ── cell 10 ──
App.Cell(10, "1. 「線形」とは何か");
// YOUR TURN 1 · a counterexample for |x|
double xPick = double.NaN, yPick = double.NaN;   // replace with your two numbers

double together = Math.Abs(xPick + yPick), apart = Math.Abs(xPick) + Math.Abs(yPick);
Console.WriteLine($"|x + y| = {together},  |x| + |y| = {apart}");
bool differs = Math.Abs(together - apart) > 1e-9;
SelfCheck.True($"|x + y| ≠ |x| + |y| for x = {xPick}, y = {yPick}", differs);

//
// 解答例
//
// ```csharp
// // YOUR TURN 1 · a counterexample for |x|
// double xPick = 1, yPick = -1;
//
// double together = Math.Abs(xPick + yPick), apart = Math.Abs(xPick) + Math.Abs(yPick);
// Console.WriteLine($"|x + y| = {together},  |x| + |y| = {apart}");
// bool differs = Math.Abs(together - apart) > 1e-9;
// SelfCheck.True($"|x + y| ≠ |x| + |y| for x = {xPick}, y = {yPick}", differs);
// ```
//
// 符号が逆の2つの数なら、どれでもかまいません。|1 + (-1)| = 0 ですが、|1| + |-1| = 2 です。同じ符号の2つの数では、決して法則は破れません。そのため、このあと見る正規化線形関数の場合と同じく、標本点は角の両側に置く必要があります。
//
//
//
// ## 2. 正規化線形関数は線形ではない：ひとつの反例
//
// 正規化線形関数は、ほとんど線形に見えます。正の入力では直線、負の入力では水平な直線だからです。「[【備忘録】ニューラルネットワークとはなにか](sources.md#hirotask-2024)」（hirotask 2024）は、2 と -3 の1組で加法性を破ってみせます。
//
// ReLU(2 + (-3)) = ReLU(-1) = 0, ReLU(2) + ReLU(-3) = 2 + 0 = 2.
//
// このような組、つまり**反例**（counterexample）が1つあれば十分です。正規化線形関数は非線形です。

// ── cell 12 ──
App.Cell(12, "2. 正規化線形関数は線形ではない：ひとつの反例");
var relu = Activation.ReLU;
Console.WriteLine($"ReLU(2 + (-3)) = {relu.Apply(2 + -3)}");
double sum = relu.Apply(2) + relu.Apply(-3);
Console.WriteLine($"ReLU(2) + ReLU(-3) = {relu.Apply(2)} + {relu.Apply(-3)} = {sum}");
Console.WriteLine(LinearityCheck.Check(relu.Apply, [2, -3]));
Console.WriteLine(LinearityCheck.Check(relu.Apply, [1, 2, 3]));

// ライブラリも同じ反例を見つけます。最後の行は、標本点の選び方に対する警告です。正の数だけで調べると、正規化線形関数はすべてのテストに合格します。正の数の上では、ただの u だからです。非線形性はすべて u = 0 の角に集まっているので、反例にはその両側の数が必要です。このように直線の部分をつなぎ合わせてできた関数を**区分線形**（piecewise linear）といいます。

// ── cell 14 ──
App.Cell(14, "2. 正規化線形関数は線形ではない：ひとつの反例");
display(Chart.Function(relu.Apply, -4, 4, name: "ReLU(u)")
    .WithTitle("ReLU(2 + (−3)) = 0, but ReLU(2) + ReLU(−3) = 2")
    .WithXTitle("u").WithYTitle("ReLU(u)")
    .WithAnnotation("ReLU(2) = 2", 2, 2)
    .WithAnnotation("ReLU(−3) = 0", -3, 0)
    .WithAnnotation("ReLU(2 + (−3)) = ReLU(−1) = 0", -1, 0));

// レッスン02の活性化関数は、恒等関数を除いてどれも、同じ3つの標本点で不合格になります。

// ── cell 16 ──
App.Cell(16, "2. 正規化線形関数は線形ではない：ひとつの反例");
foreach (var f in Activation.All)
    Console.WriteLine($"{f.Name,-22} {LinearityCheck.Check(f.Apply, samples)}");

// ## 3. 線形な層を重ねると1つにまとまる
//
// 活性化関数のない層は u = Wx + b を計算します（層をきちんと組み立てるのはレッスン04です）。1つめの層の上に、2つめの層を重ねてみましょう。
//
// W_2(W_1 x + b_1) + b_2 = (W_2 W_1)_W x + (W_2 b_1 + b_2)_b.
//
// 2つの層は、W = W_2 W_1、b = W_2 b_1 + b_2 とした1つの層とまったく同じです。2つの入力を受け取る3ユニットの層の上に1ユニットの層を重ねて、手計算で確かめてみましょう。
//
// W_1 = 1 2 ; 0 -1 ; 3 1 , b_1 = 1 ; 0 ; -2 , W_2 = 2 -1 1 , b_2 = (0.5), x = 1 ; 2 .
//
// 1つめの層の出力は W_1 x + b_1 = (1 + 4 + 1, 0 - 2 + 0, 3 + 2 - 2) = (6, -2, 3) です。2つめの層の出力は 2 · 6 - (-2) + 3 + 0.5 = 17.5 です。まとめた層は W = W_2 W_1 = (5, 6)、b = 2 - 2 + 0.5 = 0.5 で、こちらも 5 · 1 + 6 · 2 + 0.5 = 17.5 になります。ライブラリの `AffineMap` も同じ計算をし、`Then` で2つの写像を1つにまとめます（`lib/NeuralNetworks/Linearity/AffineMap.cs`）。

// ── cell 18 ──
App.Cell(18, "3. 線形な層を重ねると1つにまとまる");
var M = Matrix<double>.Build;
var V = Vector<double>.Build;
var first = new AffineMap(M.DenseOfArray(new double[,] { { 1, 2 }, { 0, -1 }, { 3, 1 } }),
                          V.DenseOfArray([1.0, 0, -2]));
var second = new AffineMap(M.DenseOfArray(new double[,] { { 2, -1, 1 } }),
                           V.DenseOfArray([0.5]));
var x = V.DenseOfArray([1.0, 2]);

var hidden = first.Apply(x);
Console.WriteLine($"first layer:  W1·x + b1 = ({string.Join(", ", hidden)})");
Console.WriteLine($"second layer: W2·(W1·x + b1) + b2 = {second.Apply(hidden)[0]}");

var collapsed = first.Then(second);
string collapsedW = string.Join(", ", collapsed.W.Row(0));
Console.WriteLine($"collapsed:    W = ({collapsedW}), b = {collapsed.B[0]}");
Console.WriteLine($"              W·x + b = {collapsed.Apply(x)[0]}");

// 演習：2つの写像を自分でまとめてください。`first.W`、`first.B`、`second.W`、`second.B` には、それぞれ W_1、b_1、W_2、b_2 が入っています。MathNetでは `*` で行列の積を計算でき、行列とベクトルの積はベクトルになります。

// ── cell 20 ──
App.Cell(20, "3. 線形な層を重ねると1つにまとまる");
// YOUR TURN 2 · collapse two layers yourself
Matrix<double>? myW = null;   // replace: W = W2 W1
Vector<double>? myB = null;   // replace: b = W2 b1 + b2

SelfCheck.MatricesClose("W = W2 W1", first.Then(second).W, myW);
SelfCheck.VectorsClose("b = W2 b1 + b2", first.Then(second).B, myB);

//
// 解答例
//
// ```csharp
// // YOUR TURN 2 · collapse two layers yourself
// Matrix<double>? myW = second.W * first.W;
// Vector<double>? myB = second.W * first.B + second.B;
//
// SelfCheck.MatricesClose("W = W2 W1", first.Then(second).W, myW);
// SelfCheck.VectorsClose("b = W2 b1 + b2", first.Then(second).B, myB);
// ```
//
// 掛ける順序が大切です。W_2 W_1 は 1×3 行列と 3×2 行列の積で、1×2 行列になります。W_1 W_2 は別の行列で、3×3 行列になってしまいます。
//
//
//
// では、2つの層の間に正規化線形関数を入れてみましょう。隠れ層の値 (6, -2, 3) は (6, 0, 3) になり、出力が変わります。

// ── cell 22 ──
App.Cell(22, "3. 線形な層を重ねると1つにまとまる");
var bent = relu.Apply(hidden);
Console.WriteLine($"ReLU(W1·x + b1) = ({string.Join(", ", bent)})");
Console.WriteLine($"W2·ReLU(W1·x + b1) + b2 = {second.Apply(bent)[0]}");
Console.WriteLine($"W2·(W1·x + b1) + b2     = {second.Apply(hidden)[0]} (no ReLU)");

// 正規化線形関数を入れると、すべての x に対して同じ働きをする1組の W と b は存在しなくなります。この違いは、入力平面全体で見るとよくわかります。どちらのグラフも、−3から3までの入力 (x_1, x_2) に対する出力を、紫（低い）から黄（高い）までの色で表しています。活性化関数がなければ、出力が等しい点を結んだ線（等高線）はまっすぐで、互いに平行です。出力が1枚の傾いた平面だからです。層の間に正規化線形関数を入れると、3つの隠れユニットのどれかが0をまたぐところで、等高線が折れ曲がります。

// ── cell 24 ──
App.Cell(24, "3. 線形な層を重ねると1つにまとまる");
double Stacked(double x1, double x2) =>
    second.Apply(first.Apply(V.DenseOfArray([x1, x2])))[0];
double WithRelu(double x1, double x2) =>
    second.Apply(relu.Apply(first.Apply(V.DenseOfArray([x1, x2]))))[0];

display(Chart.Subplots(1, 2,
        Chart.Contour(Stacked, -3, 3, -3, 3, levels: 16, name: "output")
            .WithTitle("Two linear layers").WithXTitle("x1").WithYTitle("x2"),
        Chart.Contour(WithRelu, -3, 3, -3, 3, levels: 16, name: "output")
            .WithTitle("ReLU between them").WithXTitle("x1").WithYTitle("x2"))
    .WithLayout(layout => layout with { Height = 460 }));

// 同じ計算は、層がいくつあっても成り立ちます。活性化関数のない10層も、1つの層にまとまります。つまり、非線形性がなければ、層を深くしても何も加わりません。深い線形ネットワークが計算できることは、1つの層でも計算できます。
//
// ## 4. 2つの輪：直線では分けられない
//
// ここに、どんな直線でも分けられないデータセットがあります。2つの輪の上にある200個の点で、クラス0は半径1の円の上に、クラス1は半径0.5の円の上にあり、少しノイズが加わっています（乱数のシードは0）。

// ── cell 26 ──
App.Cell(26, "4. 2つの輪：直線では分けられない");
var circles = ToyData.Circles(200, noise: 0.1, seed: 0);
Console.WriteLine(circles);

display(Chart.ScatterByClass(circles)
    .WithTitle("Two rings: class 1 inside class 0")
    .WithEqualAspect());

// このデータで3つのネットワークを学習させます。学習の仕組みはレッスン05〜10のテーマなので、ここでは学習が何をするかだけわかれば十分です。学習では、ランダムな重みから出発し、ネットワークの答えがどれだけ間違っているかを測り、間違いが小さくなる方向にすべての重みを少しずつ変える、という手順を何度も繰り返します。下の `Trainer.Fit` がこれを行います。どのネットワークも200個の点を150回たどり（レッスン01と同じく150エポック）、20個の点ごとに重みを更新します。重みの変え方の規則（Adam、レッスン10）も乱数のシードも、すべて同じです。いまはブラックボックスとして扱い、それぞれの種類のネットワークが何を描けるかを見てください。
//
// - **線形モデル**（linear model）：1つの層で、2つの入力から2つのクラスのスコアを計算し、ソフトマックス関数に通します。2つのスコアが等しくなるところは直線です。
// - **深い線形ネットワーク**（deep linear network）：8ユニットの隠れ層が2つあり、活性化関数は恒等関数です。重みとバイアスは合わせて114個です。
// - **小さなReLUネットワーク**（small ReLU network）：正規化線形関数を使う8ユニットの隠れ層が1つあります。

// ── cell 28 ──
App.Cell(28, "4. 2つの輪：直線では分けられない");
var models = new (string Name, Network Net)[]
{
    ("linear model", new Network([2, 2], Activation.Identity, seed: 0)),
    ("deep linear network", new Network([2, 8, 8, 2], Activation.Identity, seed: 0)),
    ("ReLU network", new Network([2, 8, 2], Activation.ReLU, seed: 0)),
};
var histories = models
    .Select(m => Trainer.Fit(m.Net, circles, new Adam(0.05),
                             epochs: 150, batchSize: 20, seed: 0))
    .ToList();

for (int k = 0; k < models.Length; k++)
{
    var (name, net) = models[k];
    int parameters = net.Parameters.Sum(p => p.Value.RowCount * p.Value.ColumnCount);
    Console.WriteLine(net);
    Console.WriteLine($"    {name}: {parameters} parameters, " +
                      $"accuracy {100 * histories[k].Last.TrainAccuracy:F1}%");
}

// 線形モデルは61.5%の点を正しく分類しますが、深い線形ネットワークは、重みがたくさんあるにもかかわらず50.0%にとどまります。これではコイン投げと変わりません。ReLUネットワークは、42個のパラメータで99.5%を達成します。その理由は決定境界を見るとわかります。

// ── cell 30 ──
App.Cell(30, "4. 2つの輪：直線では分けられない");
display(Chart.Subplots(1, 3, models
        .Select((m, k) => Chart
            .DecisionBoundary(circles, X => m.Net.Classify(X), resolution: 80)
            .WithTitle($"{m.Name}: {100 * histories[k].Last.TrainAccuracy:F1}%"))
        .ToArray())
    .WithLayout(layout => layout with { Height = 420 }));

// 線形モデルは平面を1本の直線で切ることしかできず、見つかった最良の直線も、外側の輪の端を切り落としているだけです。深い線形ネットワークの境界も、やはり1本の直線です。見つかった直線は図の外にあるので、すべての点をクラス1と判定しています。どんな直線を引いても、これより大幅によくなることはありません。どの直線でも、輪の大部分が反対側に残ってしまうからです。ReLUネットワークは、内側の輪を囲む閉じた曲線を描きます。8個の隠れユニットはそれぞれ、レッスン01のパーセプトロンと同じように1本の直線を計算し、正規化線形関数がその直線に沿って出力を折り曲げます。8回折り曲げれば、輪を囲むのに十分です。
//
// 学習によって小さくしていく数である**損失**（loss）も、エポックを追って見ると同じことを物語っています（損失はレッスン05で定義します。いまのところは、低いほどよいと考えてください）。

// ── cell 32 ──
App.Cell(32, "4. 2つの輪：直線では分けられない");
for (int k = 0; k < models.Length; k++)
{
    var losses = histories[k].TrainLosses.ToArray();
    string name = models[k].Name;
    Console.WriteLine($"{name,-20} epoch 10: {losses[9]:F4}, epoch 150: {losses[^1]:F4}");
}
Console.WriteLine($"ln 2 = {Math.Log(2):F4}");

// 2つの線形モデルは、ほとんどまったく同じ損失で止まっています。その値は ln 2 = 0.6931 に近くなっています。この損失（レッスン05の交差エントロピー誤差）は、ネットワークが正解のクラスに与えた確率 p に対して -ln p を課すので、すべての点に「どちらも50 %」と答えると、損失は -ln 0.5 = ln 2 になります。一方、ReLUネットワークの損失は下がり続けます。2つの線形モデルの曲線はほとんど重なっているので、グラフでは線形モデルを太く淡い帯で、深い線形ネットワークをその上に細い線で描いています。細い線が帯から外れているところは、深い線形ネットワークの損失が跳ね上がったところです。

// ── cell 34 ──
App.Cell(34, "4. 2つの輪：直線では分けられない");
double[] epochs = Enumerable.Range(1, 150).Select(e => (double)e).ToArray();
var lossCurves = models
    .Select((m, k) => (m.Name, (IReadOnlyList<double>)histories[k].TrainLosses.ToArray()))
    .ToArray();
Line[] lossStyles = [new() { Width = 10, Color = "rgba(31, 119, 180, 0.35)" },   // a band
                     new() { Width = 2 }, new() { Width = 2 }];
var lossChart = Chart.Lines(epochs, lossCurves);
var lossTraces = lossChart.Data
    .Select((t, i) => (Trace)((Scatter)t with { Line = lossStyles[i] }));
display((lossChart with { Data = lossTraces.ToList() })
    .WithTitle("Training loss on the two rings")
    .WithXTitle("epoch").WithYTitle("cross-entropy loss"));

// ## 理解度チェック
//
// 1. f(x) = 3x、f(x) = x + 1、f(x) = |x| のそれぞれについて、線形かどうかを答えてください。線形でないものについては、加法性を破る数の組を挙げてください。
// 2. ライブラリのループは、a = 0.01 のLeaky ReLU関数について反例を出力しました。その2つの数を手計算で確かめてください。
// 3. 活性化関数のない3つの層は W_3(W_2(W_1 x + b_1) + b_2) + b_3 を計算します。これを1つの層 Wx + b の形に書いてください。
// 4. 深い線形ネットワークのパラメータは114個で、線形モデルのパラメータはわずか6個でした。それなのに、2つの輪のデータで深い線形ネットワークのほうがよい結果にならなかったのはなぜですか。
// 5. 正規化線形関数は、正の入力の上でも負の入力の上でも線形です。それなのに、ReLUネットワークが、線形な層を重ねたときのように1つの層にまとまらないのはなぜですか。

// ## 解答
//
//
// 解答を表示
//
// 1. 3x は線形です。3(x + y) = 3x + 3y、3(ax) = a(3x) が成り立ちます。x + 1 は線形ではありません（アフィン写像です）。x = y = 0 とすると f(0) = 1 ですが、f(0) + f(0) = 2 です。|x| も線形ではありません。x = 1、y = -1 とすると |0| = 0 ですが、|1| + |-1| = 2 です。
// 2. 2 + (-3) = -1 で、負の数に対するLeaky ReLU関数の値はその数の 0.01 倍なので、-0.01 です。もう一方は、LeakyReLU(2) = 2、LeakyReLU(-3) = -0.03 なので、和は 1.97 です。両者が異なるので、Leaky ReLU関数は非線形です。
// 3. W = W_3 W_2 W_1、b = W_3 W_2 b_1 + W_3 b_2 + b_3 です。第3節と同じように最初の2つの層をまとめ、その結果を3つめの層とまとめます。
// 4. 非線形な活性化関数がないので、その層は1つのアフィン写像にまとまってしまいます。そのため、線形モデルとまったく同じく、1本の直線しか描けません。線形な層を重ねて重みを増やしても、新しい形の境界は生まれません。
// 5. どちらの部分が使われるかは、入力によって決まります。隠れユニットは、その直線の一方の側にある入力では「オン」、反対側では「オフ」になります。平面の領域ごとにオンになるユニットが異なるので、ネットワークは領域ごとに異なるアフィン写像になります。それらが合わさって、1つの Wx + b では描けない折れ曲がった境界ができるのです。

// ## まとめ
//
// - 関数は、f(x + y) = f(x) + f(y) と f(ax) = a f(x) を満たすとき線形です。法則を破る数の組が1つあれば、非線形であることが証明されます。たとえば、ReLU(2 + (-3)) = 0 ですが、ReLU(2) + ReLU(-3) = 2 です。
// - 層はアフィン写像 Wx + b を計算します。2つ続いた層は1つの層と同じで、W = W_2 W_1、b = W_2 b_1 + b_2 です。非線形な活性化関数がなければ、層を深くしても何も加わりません。
// - 2つの輪のデータでは、線形モデルも深い線形ネットワークも直線の境界にとどまります（正解率はそれぞれ61.5%と50.0%）。正規化線形関数を使う8ユニットの隠れ層が1つあれば、内側の輪を曲線で囲めます（99.5%）。
//
// ### 重要用語
//
// | English | 日本語 | 意味 |
// | --- | --- | --- |
// | linear function | 線形関数 | f(x + y) = f(x) + f(y)とf(ax) = a·f(x)を満たす関数 |
// | nonlinear | 非線形 | 線形でないこと。加法性か斉次性を破る |
// | additivity | 加法性 | f(x + y) = f(x) + f(y) |
// | homogeneity | 斉次性 | f(ax) = a·f(x) |
// | counterexample | 反例 | 一般的な主張が誤りであることを示す1つの例 |
// | affine map | アフィン写像 | 線形写像に定数のずれを加えたもの。たとえばu = Wx + b |
// | piecewise linear | 区分線形 | 直線の部分を角でつなぎ合わせてできていること。正規化線形関数など |
//
// **次のレッスン**：ネットワークに力を与えるのは、層と層の間にある非線形な活性化関数です。レッスン04では、そうした層をきちんと組み立てます。入力層・隠れ層・出力層、行列の形で書いた u = Wx + b、そして入力のバッチ全体を一度に計算する方法を学びます。

App.End();
// nbrun convert: sha256 9d00a2be734bd950
