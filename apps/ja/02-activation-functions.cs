#!/usr/bin/env dotnet
// 02 · 活性化関数
// notebooks/02-activation-functions.ja.ipynb から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/02-activation-functions.cs
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
using NeuralNetworks.Calculus;
using NeuralNetworks.Exercises;

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー .. から読みます。
App.Start("02 · 活性化関数", args, workIn: "..");

// # 02 · 活性化関数
//
// レッスン01では、ステップ関数がパーセプトロンの重み付き和 u をきっぱりと0か1に変えました。しかし、学習するネットワークにはもっとなめらかな関数が必要です。
// このレッスンでは、ステップ関数に代わる関数とそれぞれの役割、そしてスコアの並びを確率に変えるソフトマックス関数を学びます。
//
// ## このレッスンでできるようになること
//
// - ステップ関数、シグモイド関数、双曲線正接関数、正規化線形関数、Leaky ReLU関数、恒等関数について、式・値域・導関数を示し、それぞれのグラフを見分けられる。
// - ライブラリが出力する表を使って、どの活性化関数が隠れ層に向き、どれが出力層に向くかを説明できる。
// - ステップ関数では勾配による学習ができない理由を説明できる。
// - ソフトマックス関数を手計算で、また数値的に安定な方法で計算でき、温度がソフトマックス関数に与える影響を説明できる。
// - ソフトマックス関数のヤコビ行列を導いて数値的に確かめ、ソフトマックス関数と交差エントロピー誤差を組み合わせると勾配が y - t になる理由がわかる。

// ── cell 2 ──
App.Cell(2, "02 · 活性化関数");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ## 1. ひとつの総入力に、6つの答え
//
// **活性化関数**（activation function）f は、ニューロンの総入力 u を受け取り、出力 z = f(u) を返す関数です。レッスン01のステップ関数もそのひとつです。ここでは、このコースで出会うほかの活性化関数を紹介します。まずはいくつかの数で試してみましょう。
//
// u = 2 で手計算すると、ステップ関数は1を返し、正規化線形関数は2をそのまま返します（負の値を0にするだけだからです）。シグモイド関数の値は 1 / (1 + e^(-2)) です。

// ── cell 4 ──
App.Cell(4, "1. ひとつの総入力に、6つの答え");
double u = 2;
double sigmoidByHand = 1 / (1 + Math.Exp(-u));
Console.WriteLine($"1 / (1 + e^-2) = {sigmoidByHand:F4}");
Console.WriteLine($"Activation.Sigmoid.Apply(2) = {Activation.Sigmoid.Apply(2):F4}");

// `Activation.All` には、ライブラリにある要素ごとの活性化関数6つが並んでいます。それぞれが `lib/NeuralNetworks/Activations/` の中の専用のファイル（`Sigmoid.cs`、`ReLU.cs`、…）にあり、関数の値と導関数が並べて書かれています。5つの入力で試してみましょう。

// ── cell 6 ──
App.Cell(6, "1. ひとつの総入力に、6つの答え");
double[] inputs = [-2, -0.5, 0, 0.5, 2];
string Row(string name, Func<double, double> f, string format) =>
    $"{name,-22}" + string.Concat(inputs.Select(x => f(x).ToString(format).PadLeft(9)));
Console.WriteLine(Row("u", x => x, "F1"));
foreach (var f in Activation.All)
    Console.WriteLine(Row(f.Name, f.Apply, "F4"));

// 列ごとに見てください。負の入力に対して、正規化線形関数は0を返しますが、Leaky ReLU関数はわずかに通します（入力の0.01倍）。シグモイド関数の値は0から1の間に、双曲線正接関数の値は−1から1の間に収まります。恒等関数は何も変えません。
//
// まとめて描くと、3つの関数が1本の線に重なります。u > 0 では、正規化線形関数、Leaky ReLU関数、恒等関数のどれもが u を返すからです。そこでこのグラフでは、正規化線形関数を太く淡い線で描き、その上にLeaky ReLU関数を破線で、恒等関数を点線で重ねています。さらに、Leaky ReLU関数の左半分が正規化線形関数の0から離れて見えるように、傾きを a = 0.1 にしています（0.01では1ピクセル以内に重なってしまいます）。凡例の名前をクリックすると、その曲線の表示と非表示を切り替えられます。

// ── cell 8 ──
App.Cell(8, "1. ひとつの総入力に、6つの答え");
Activation[] six = [Activation.Step, Activation.Sigmoid, Activation.Tanh,
                    Activation.ReLU, Activation.LeakyReLU(0.1), Activation.Identity];
Line[] styles = [new() { Width = 2 }, new() { Width = 2 }, new() { Width = 2 },
                 new() { Width = 8, Color = "rgba(214, 39, 40, 0.4)" },   // ReLU, pale
                 new() { Width = 3, Dash = "dash" }, new() { Width = 3, Dash = "dot" }];
var named = six.Select(f => (f.Name, (Func<double, double>)f.Apply)).ToArray();
var drawn = Chart.Functions(-4, 4, named);
var styled = drawn.Data.Select((t, i) => (Trace)((Scatter)t with { Line = styles[i] }));
display((drawn with { Data = styled.ToList() })
    .WithTitle("Six activation functions")
    .WithXTitle("weighted input u").WithYTitle("output f(u)")
    .WithYRange(-1.5, 2.5));

// ## 2. 各関数とその導関数
//
// 勾配による学習（レッスン07と08）では、u が少し変わったときに出力がどれだけ変わるか、つまり導関数 f'(u) を知る必要があります。各関数の導関数と値域（出力しうる値の集合）を次の表にまとめます。
//
// | 名前 | f(u) | f'(u) | 値域 |
// | --- | --- | --- | --- |
// | ステップ関数 | u > 0 なら 1、それ以外は 0 | u ≠ 0 では 0、0 では定義されない | 0, 1 |
// | **シグモイド関数**（sigmoid） | σ(u) = 1/(1 + e^(-u)) | σ(u) (1 - σ(u)) | (0, 1) |
// | **双曲線正接関数**（tanh） | (e^u - e^(-u))/(e^u + e^(-u)) | 1 - tanh^2(u) | (-1, 1) |
// | **正規化線形関数**（ReLU） | max(0, u) | u > 0 なら 1、それ以外は 0 | [0, ∞) |
// | **Leaky ReLU関数** | u > 0 なら u、それ以外は a u | u > 0 なら 1、それ以外は a | (-∞, ∞) |
// | **恒等関数**（identity） | u | 1 | (-∞, ∞) |
//
// ReLUはrectified linear unitの略です。Leaky ReLU関数の傾き a は小さな値で、ふつうは0.01を使います。u = 0 で正規化線形関数は折れ曲がっていて、本当の意味での微分係数を持ちません。ライブラリはそこでの値を 0 としています。u がちょうど0になることはまずないので、この選び方が問題になることはほとんどありません。
//
// シグモイド関数の導関数を u = 0 で手計算してみましょう。σ(0) = 1/(1 + 1) = 0.5 なので、σ'(0) = 0.5 · 0.5 = 0.25 です。これが導関数のとる最大の値です。この値を、ごく小さな h を使って数値的に測った傾き (f(u + h) - f(u - h)) / 2h と比べてみます（この見積もり方はレッスン06で説明します）。

// ── cell 10 ──
App.Cell(10, "2. 各関数とその導関数");
Console.WriteLine($"σ(0)  = {Activation.Sigmoid.Apply(0):F4}");
Console.WriteLine($"σ′(0) = {Activation.Sigmoid.Derivative(0):F4} (formula)");
double measured = NumericalDerivative.Central(Activation.Sigmoid.Apply, 0);
Console.WriteLine($"σ′(0) ≈ {measured:F4} (measured slope)");
double viaSigmoid = 2 * Activation.Sigmoid.Apply(2) - 1;
Console.WriteLine($"tanh(1) = {Activation.Tanh.Apply(1):F4}");
Console.WriteLine($"2σ(2) − 1 = {viaSigmoid:F4}");

// 最後の2行から、双曲線正接関数はシグモイド関数を−1から1までの範囲に引き伸ばしたものだとわかります。式で書けば tanh(u) = 2σ(2u) - 1 です。ライブラリの導関数はどれも同じ方法で確かめられます。u = 0 にある折れ曲がりを避ければ、式の値と測った傾きはおよそ10桁まで一致します。

// ── cell 12 ──
App.Cell(12, "2. 各関数とその導関数");
double[] probes = [-3, -1.5, -0.5, 0.5, 1.5, 3];   // not 0, where step and ReLU bend
foreach (var f in Activation.All)
{
    double worst = probes.Max(x =>
        Math.Abs(f.Derivative(x) - NumericalDerivative.Central(f.Apply, x)));
    Console.WriteLine($"{f.Name,-22} largest difference {worst:G2}");
}

// 各関数を青で、その導関数をオレンジで描きます。Leaky ReLU関数は左側の傾きが見えるように、ここでも a = 0.1 で描いています。ふつうに使う値は0.01です。

// ── cell 14 ──
App.Cell(14, "2. 各関数とその導関数");
Figure WithDerivative(Activation f) =>
    Chart.Functions(-4, 4, ("f(u)", f.Apply), ("f′(u)", f.Derivative))
        .WithTitle(f.Name).WithXTitle("u").WithYTitle("f(u) and f′(u)")
        .WithYRange(-1.2, 2.2);

display(Chart.Subplots(2, 3, six.Select(WithDerivative).ToArray())
    .WithLayout(layout => layout with { Height = 760 }));

// 3つのことに注目してください。シグモイド関数と双曲線正接関数の導関数は山の形をしていて、|u| が大きくなると0に近づきます。そのため、総入力がこの平らな裾の奥深くにあるニューロンは、ほとんど学習しません（レッスン10ではこれを勾配消失と呼びます）。正規化線形関数の導関数は、正の入力に対してはいつでもちょうど1です。そしてステップ関数の導関数は、測れるところではどこでも0です。
//
// 演習：正規化線形関数とその導関数をC#の関数として書いてください。u = 0 での導関数は、ライブラリと同じく0とします。

// ── cell 16 ──
App.Cell(16, "2. 各関数とその導関数");
// YOUR TURN 1 · ReLU and its slope
double MyRelu(double u) => double.NaN;        // replace: ReLU(u)
double MyReluSlope(double u) => double.NaN;   // replace: ReLU′(u), 0 at u = 0

foreach (double at in new[] { -1.5, 0.0, 2.0 })
{
    SelfCheck.Close($"ReLU({at})", Activation.ReLU.Apply(at), MyRelu(at));
    SelfCheck.Close($"ReLU′({at})", Activation.ReLU.Derivative(at), MyReluSlope(at));
}

//
// 解答例
//
// ```csharp
// // YOUR TURN 1 · ReLU and its slope
// double MyRelu(double u) => Math.Max(0, u);
// double MyReluSlope(double u) => u > 0 ? 1 : 0;
//
// foreach (double at in new[] { -1.5, 0.0, 2.0 })
// {
//     SelfCheck.Close($"ReLU({at})", Activation.ReLU.Apply(at), MyRelu(at));
//     SelfCheck.Close($"ReLU′({at})", Activation.ReLU.Derivative(at), MyReluSlope(at));
// }
// ```
//
// `u > 0 ? 1 : 0` はレッスン01のステップ関数です。つまり、正規化線形関数の導関数はステップ関数です。ライブラリは `lib/NeuralNetworks/Activations/ReLU.cs` で両者を並べて書いています。
//
//
//
// ## 3. それぞれの使いどころ
//
// ネットワークの内部にある層が**隠れ層**（hidden layer）で、最後の層、つまり値を読み取る層が**出力層**（output layer）です。両者に求められるものは異なります。隠れ層には、非線形で（その理由はレッスン03で示します）、役に立つ導関数を持つ関数が必要です。出力層には、目的に合った種類の出力が必要です。回帰なら任意の数、クラスの判定なら確率です。
//
// 学習レポート「[ラビットチャレンジレポート（深層学習 day1）](sources.md#rabbit-challenge-day-1)」（Rabbit Challenge day 1）は、これを名前・用途・値域の表にまとめています。ライブラリは、活性化関数そのものから同じ表を作ります。

// ── cell 18 ──
App.Cell(18, "3. それぞれの使いどころ");
// The table as HTML, so that it shows as a table in VS Code and on the exported page.
var header = "<tr><th>name</th><th>usual layer</th><th>range</th></tr>";
var rows = ActivationDescription.Table.Select(r =>
    $"<tr><td>{r.Name}</td><td>{r.UsualLayer}</td><td>{r.OutputRange}</td></tr>");
display(HTML("<table>" + header + string.Concat(rows) + "</table>"));

// このレポートは、シグモイド関数の値域を [0, 1] と書いています。ライブラリはより厳密に (0, 1) としています。1/(1 + e^(-u)) は0と1にいくらでも近づきますが、決して到達しないからです。ステップ関数がとる値は 0, 1 の2つだけで、その間の値はとりません。現在では、隠れ層には正規化線形関数を使うのが一般的です。出力層には、数値を予測するなら恒等関数、yes/noで答えるならシグモイド関数、いくつかのクラスから1つを選ぶならソフトマックス関数（第5節）を選びます。
//
// ## 4. ステップ関数を勾配で学習できない理由
//
// 勾配にもとづく学習では、各重みについて「この重みを少し動かすと、誤差はどれだけ変わるか」を問います。その答えは f'(u) を通って伝わります。ステップ関数では、u を少し動かしても出力はまったく変わらないので、u ≠ 0 であればどこでも f'(u) = 0 です。u = 0 では出力が跳ぶので、微分係数は存在しません（「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022）もまさにこの点を指摘しています）。どちらにしても、重みは何も学習しません。
//
// 実際に測ってみましょう。u = 0.5 では、ステップ関数の傾きは刻み幅 h によらず0です。u = 0 では、測った傾きは 1/2h となり、h を小さくするといくらでも大きくなります。一方、シグモイド関数の傾きは0.25に落ち着きます。

// ── cell 20 ──
App.Cell(20, "4. ステップ関数を勾配で学習できない理由");
Console.WriteLine($"{"h",8} {"step at 0.5",12} {"step at 0",12} {"sigmoid at 0",13}");
foreach (double h in new[] { 1e-2, 1e-4, 1e-6 })
{
    double atHalf = NumericalDerivative.Central(Activation.Step.Apply, 0.5, h);
    double atZero = NumericalDerivative.Central(Activation.Step.Apply, 0, h);
    double sigmoid = NumericalDerivative.Central(Activation.Sigmoid.Apply, 0, h);
    Console.WriteLine($"{h,8:G1} {atHalf,12:F0} {atZero,12:F0} {sigmoid,13:F4}");
}

// シグモイド関数は、ステップ関数の角をなめらかにしたものです。k を大きくして σ(k u) のように横に縮めると、どこでも微分できる性質を保ったまま、ステップ関数に近づいていきます（u = 0 での微分係数は k/4 です）。勾配で学習した初期のネットワークが、ステップ関数をシグモイド関数に置き換えたのはこのためです。σ(20u)がステップ関数をほとんど覆ってしまうので、グラフではステップ関数を黒い破線で一番上に描いています。

// ── cell 22 ──
App.Cell(22, "4. ステップ関数を勾配で学習できない理由");
var squeezed = Chart.Functions(-3, 3, 400,
    ("σ(u)", x => Activation.Sigmoid.Apply(x)),
    ("σ(5u)", x => Activation.Sigmoid.Apply(5 * x)),
    ("σ(20u)", x => Activation.Sigmoid.Apply(20 * x)),
    ("step", Activation.Step.Apply));
// σ(20u) almost covers the step, so the step is drawn last, dashed and black.
var stepLine = new Line { Dash = "dash", Color = "black", Width = 2 };
var squeezedTraces = squeezed.Data
    .Select((t, i) => i < 3 ? t : (Scatter)t with { Line = stepLine });
display((squeezed with { Data = squeezedTraces.ToList() })
    .WithTitle("A squeezed sigmoid approaches the step")
    .WithXTitle("u").WithYTitle("output"));

// ## 5. ソフトマックス関数：スコアを確率に
//
// いくつかのクラスから1つを選ぶときは、出力層がクラスごとに1つずつスコアを出し、**ソフトマックス関数**（softmax function）がそのスコア u_1, …, u_n を確率に変えます。
//
// y_k = (e^(u_k))/(Σ_(j=1)^n e^(u_j)) .
//
// e^(u_k) はどれも正で、それらの和で割ることで y_k の合計が1になります。スコアが大きいほど、大きな割合を受け取ります。ここまでの関数とは違い、ソフトマックス関数は数を1つずつ別々に変換するわけではありません。どの出力も、すべてのスコアに依存します。
//
// スコア u = (0.3, 2.9, 4.0) について手計算してみましょう。

// ── cell 24 ──
App.Cell(24, "5. ソフトマックス関数：スコアを確率に");
string Show(IEnumerable<double> values, string format = "F4") =>
    string.Join(", ", values.Select(v => v.ToString(format)));

double[] scores = [0.3, 2.9, 4.0];
double[] exps = scores.Select(Math.Exp).ToArray();
double total = exps.Sum();
Console.WriteLine($"e^u   = {Show(exps)}");
Console.WriteLine($"sum   = {total:F4}");
Console.WriteLine($"y     = {Show(exps.Select(e => e / total))}");

var y = Softmax.Apply(Vector<double>.Build.DenseOfArray(scores));
Console.WriteLine($"library: {Show(y)}, sum {y.Sum():F4}");

// 3番目のクラスが確率0.7366を得て、1番目はわずか0.0182です。ライブラリの結果も手計算と一致します。
//
// ### 有限に保つ：最大値を引く
//
// e^u は急速に大きくなります。e^709 はまだ `double` に収まりますが、e^710 は大きすぎて `Infinity` になってしまいます。これが**オーバーフロー**（overflow）です。1010、1000、990というスコアはごく普通にありうる値ですが、式をそのまま計算すると ∞ / ∞ となり、「非数」（NaN）になります。対策は、最初にすべてのスコアから最大のスコア c を引いておくことです。因子 e^(-c) が分子と分母で約分されるので、数学的には何も変わりません。
//
// (e^(u_k - c))/(Σ_j e^(u_j - c)) = (e^(-c) e^(u_k))/(e^(-c) Σ_j e^(u_j)) = (e^(u_k))/(Σ_j e^(u_j)) .
//
// ずらしたあとの指数関数の値は最大でも e^0 = 1 なので、オーバーフローは起こりません。`Softmax.Apply` は常にこの処理を行っています（`lib/NeuralNetworks/Activations/Softmax.cs` を開いてみてください）。

// ── cell 26 ──
App.Cell(26, "有限に保つ：最大値を引く");
Console.WriteLine($"Math.Exp(709) = {Math.Exp(709):G4}, Math.Exp(710) = {Math.Exp(710)}");

double[] big = [1010, 1000, 990];
double bigTotal = big.Sum(s => Math.Exp(s));
Console.WriteLine($"as written:  {Show(big.Select(s => Math.Exp(s) / bigTotal), "R")}");

double c = big.Max();
double[] shifted = big.Select(s => s - c).ToArray();
Console.WriteLine($"shifted u:   {string.Join(", ", shifted)}");
var stable = Softmax.Apply(Vector<double>.Build.DenseOfArray(big));
Console.WriteLine($"library:     {Show(stable, "G4")}");

// 演習：最初に最大のスコアを引くことで、スコア1010、1000、990でもオーバーフローしないソフトマックス関数を書いてください。

// ── cell 28 ──
App.Cell(28, "有限に保つ：最大値を引く");
// YOUR TURN 2 · a softmax that does not overflow
Vector<double> MySoftmax(Vector<double> u)
{
    return u;   // replace: subtract the largest score, take e^…, divide by the sum
}

var huge = Vector<double>.Build.DenseOfArray([1010, 1000, 990]);
var small = Vector<double>.Build.DenseOfArray(scores);
SelfCheck.VectorsClose("softmax(1010, 1000, 990)", Softmax.Apply(huge), MySoftmax(huge));
SelfCheck.VectorsClose("softmax(0.3, 2.9, 4.0)", Softmax.Apply(small), MySoftmax(small));

//
// 解答例
//
// ```csharp
// // YOUR TURN 2 · a softmax that does not overflow
// Vector<double> MySoftmax(Vector<double> u)
// {
//     double largest = u.Maximum();
//     var e = u.Map(uk => Math.Exp(uk - largest));
//     return e / e.Sum();
// }
//
// var huge = Vector<double>.Build.DenseOfArray([1010, 1000, 990]);
// var small = Vector<double>.Build.DenseOfArray(scores);
// SelfCheck.VectorsClose("softmax(1010, 1000, 990)", Softmax.Apply(huge), MySoftmax(huge));
// SelfCheck.VectorsClose("softmax(0.3, 2.9, 4.0)", Softmax.Apply(small), MySoftmax(small));
// ```
//
// `u.Map(f)` は `f` をすべての要素に適用します。ベクトルを数で割ると、すべての要素がその数で割られます。
//
//
//
// ### 温度
//
// すべてのスコアを指数関数に入れる前に、**温度**（temperature）と呼ぶ数 T > 0 で割ります。
//
// y_k = (e^(u_k / T))/(Σ_j e^(u_j / T)) .
//
// T = 1 ならふつうのソフトマックス関数です。温度が低いとスコアの差が広がり、最大のスコアがほぼすべてを取ります。温度が高いと差が縮まり、確率は均等に近づきます。どの温度でも、クラスの順位は変わりません。

// ── cell 30 ──
App.Cell(30, "温度");
var u3 = Vector<double>.Build.DenseOfArray(scores);
Console.WriteLine($"{"T",5}   probabilities of the scores (0.3, 2.9, 4.0)");
foreach (double T in new[] { 0.5, 1, 2, 5 })
    Console.WriteLine($"{T,5:G3}   {Show(Softmax.Apply(u3, T))}");

// アニメーションを再生して、低温の T = 0.25 から高温の T = 8 まで温度を変えてみましょう。

// ── cell 32 ──
App.Cell(32, "温度");
double[] temperatures = [0.25, 0.35, 0.5, 0.7, 1, 1.4, 2, 2.8, 4, 5.6, 8];
string[] classes = ["class 1 (u = 0.3)", "class 2 (u = 2.9)", "class 3 (u = 4.0)"];
var frames = temperatures
    .Select(T => Chart.Bar(classes, Softmax.Apply(u3, T).ToArray(), name: "probability")
        .WithTitle("Softmax at temperature T").WithYTitle("probability").WithYRange(0, 1))
    .ToList();

display(Chart.Animation(frames, temperatures.Select(T => T.ToString("G3")).ToList(),
    frameMilliseconds: 500, prefix: "T = "));

// ### ソフトマックス関数の微分：ヤコビ行列
//
// 第2節の活性化関数は、どれも1つの入力に対して1つの微分係数 f'(u) を持ちます。ソフトマックス関数は入力を混ぜ合わせます。あるスコアを上げると、そのクラスの確率が上がり、ほかのすべての確率が下がります。そのため、その微分は入力と出力のすべての組に1つずつ値を持つ表になります。それが ∂y_i / ∂u_j、つまり「u_j を少し動かしたとき y_i がどれだけ動くか」です。複数の出力を複数の入力で偏微分したものをすべて並べた表を**ヤコビ行列**（Jacobian matrix）といいます。
//
// S = Σ_k e^(u_k) とおくと、y_i = e^(u_i) / S です。商の微分公式を使うには、2つの部品が必要です。∂e^(u_i) / ∂u_j は j = i のとき e^(u_i)、それ以外では0です。また、∂S / ∂u_j = e^(u_j) です。すると、次のようになります。
//
// (∂y_i)/(∂u_j) = (δ_ij e^(u_i) S - e^(u_i) e^(u_j))/(S^2) = y_i (δ_ij - y_j), δ_ij = 1 i = j ; 0 i ≠ j
//
// 対角成分は y_i(1 - y_i) で、シグモイド関数の導関数が思わぬところに現れます。対角成分以外は -y_i y_j です。スコア (0.3, 2.9, 4.0) の確率は y = (0.0182, 0.2452, 0.7366) なので、手計算すると ∂y_1/∂u_1 = 0.0182 · (1 - 0.0182) = 0.0179、∂y_1/∂u_3 = -0.0182 · 0.7366 = -0.0134 となります。`Softmax.Jacobian` は y から行列全体を組み立てます。数値によるチェックでは、スコアを1つずつ ± h だけ動かし、すべての確率がどれだけ動くかを測ります（中心差分はレッスン06で説明します）。

// ── cell 34 ──
App.Cell(34, "ソフトマックス関数の微分：ヤコビ行列");
Console.WriteLine($"by hand: {y[0] * (1 - y[0]):F4} and {-y[0] * y[2]:F4}");
var J = Softmax.Jacobian(y);
var u0 = Vector<double>.Build.DenseOfArray(scores);
Vector<double> Unit(int j) => Vector<double>.Build.Dense(3, k => k == j ? 1 : 0);
var measuredJ = Matrix<double>.Build.Dense(3, 3, (i, j) =>
    NumericalDerivative.Central(h => Softmax.Apply(u0 + h * Unit(j))[i], 0));
for (int i = 0; i < 3; i++)
{
    string formula = Show(J.Row(i)), numeric = Show(measuredJ.Row(i));
    Console.WriteLine($"row {i + 1}: formula [{formula}]  measured [{numeric}]");
}
Console.WriteLine($"largest difference {(J - measuredJ).Enumerate().Max(Math.Abs):G2}");
Console.WriteLine($"largest column sum {J.ColumnSums().Enumerate().Max(Math.Abs):G2}");

// 式の値と測った傾きは、およそ10桁まで一致します。この行列は対称で、対角成分は正、それ以外はすべて負です。また、各列の和は丸め誤差を除けば0です（出力された列の和の最大値は8.3E-17です）。確率の合計は常に1なので、あるスコアが上がったとき、1つのクラスが得た分だけほかのクラスが失うのです。
//
// ここで少し先の話をします。レッスン08のあとで、もう一度読んでください。ネットワークでは、ソフトマックス関数のあとにレッスン05の交差エントロピー誤差 L = -Σ_k t_k log y_k が続きます。その傾きは ∂L / ∂y_k = -t_k / y_k です。レッスン08の連鎖律では、これにヤコビ行列を掛けて ∂L / ∂u_j = Σ_i (∂L / ∂y_i)(∂y_i / ∂u_j) とします。すると、ほとんどすべてが打ち消し合います。
//
// ∂L/(∂u_j) = Σ_i (-(t_i)/(y_i)) y_i (δ_ij - y_j) = -t_j + y_j Σ_i t_i = y_j - t_j .
//
// 最後の変形では Σ_i t_i = 1 を使っています。目標値 t は正しいクラスに確率1を、ほかのクラスに0を割り当てるので、その成分の和は1になります。
//
// ライブラリがソフトマックス関数と交差エントロピー誤差を1つの層にまとめているのは、このためです（`lib/NeuralNetworks/Layers/SoftmaxWithLoss.cs`）。目標値が「クラス3」の場合で確かめてみましょう。

// ── cell 36 ──
App.Cell(36, "ソフトマックス関数の微分：ヤコビ行列");
var target = Vector<double>.Build.DenseOfArray([0, 0, 1]);
var lossSlopes = -target.PointwiseDivide(y);        // ∂L/∂y
var throughJacobian = J.TransposeThisAndMultiply(lossSlopes);
Console.WriteLine($"Jᵀ · ∂L/∂y = [{Show(throughJacobian)}]");
Console.WriteLine($"y − t      = [{Show(y - target)}]");

// 演習：ヤコビ行列の式を、y、i、j の関数として書いてください。チェックでは、上のセルと同じように、確かめる成分を数値的に測ります。スコアには、このレッスンのスコアと、もう1組の別のスコアを使います。

// ── cell 38 ──
App.Cell(38, "ソフトマックス関数の微分：ヤコビ行列");
// YOUR TURN 3 · the Jacobian's formula
// ∂yᵢ/∂uⱼ = yᵢ(δᵢⱼ − yⱼ): write it for any probabilities y and any entry (i, j),
// counting from 0 as C# does.
double MyEntry(Vector<double> y, int i, int j) => double.NaN;   // replace

// The check measures each entry by a central difference, nudging only uⱼ, at scores
// you do not choose.
double[][] scoreSets = [[0.3, 2.9, 4.0], [1.0, -0.5, 2.0]];
foreach (double[] s in scoreSets)
{
    var uAt = Vector<double>.Build.DenseOfArray(s);
    var yAt = Softmax.Apply(uAt);
    foreach (var (i, j) in new[] { (1, 1), (0, 2) })
    {
        double measured_38 =
            NumericalDerivative.Central(h => Softmax.Apply(uAt + h * Unit(j))[i], 0);
        SelfCheck.Close($"∂y{i + 1}/∂u{j + 1} at ({string.Join(", ", s)})", measured_38,
                        MyEntry(yAt, i, j), tolerance: 1e-8);
    }
}

//
// 解答例
//
// ```csharp
// // YOUR TURN 3 · the Jacobian's formula
// // ∂yᵢ/∂uⱼ = yᵢ(δᵢⱼ − yⱼ): write it for any probabilities y and any entry (i, j),
// // counting from 0 as C# does.
// double MyEntry(Vector<double> y, int i, int j) => y[i] * ((i == j ? 1 : 0) - y[j]);
//
// // The check measures each entry by a central difference, nudging only uⱼ, at scores
// // you do not choose.
// double[][] scoreSets = [[0.3, 2.9, 4.0], [1.0, -0.5, 2.0]];
// foreach (double[] s in scoreSets)
// {
//     var uAt = Vector<double>.Build.DenseOfArray(s);
//     var yAt = Softmax.Apply(uAt);
//     foreach (var (i, j) in new[] { (1, 1), (0, 2) })
//     {
//         double measured =
//             NumericalDerivative.Central(h => Softmax.Apply(uAt + h * Unit(j))[i], 0);
//         SelfCheck.Close($"∂y{i + 1}/∂u{j + 1} at ({string.Join(", ", s)})", measured,
//                         MyEntry(yAt, i, j), tolerance: 1e-8);
//     }
// }
// ```
//
// C#では番号を0から数えるので、∂y_2/∂u_2 は `MyEntry(y, 1, 1)` で、その値は y_2(1 - y_2) です。また、∂y_1/∂u_3 は `MyEntry(y, 0, 2)` で、その値は -y_1 y_3 です。上の行列全体のときと同じく、式の値と測った傾きはおよそ10桁まで一致します。

// ## 理解度チェック
//
// 1. 住宅の価格を予測するネットワークの出力層には、どの活性化関数を使いますか。メールがスパムかどうかを判定するネットワークではどうでしょうか。手書きの数字0–9を読み取るネットワークではどうでしょうか。
// 2. σ(0) と σ'(0) の値はいくつですか。シグモイド関数の導関数が最大になるのはどこですか。また、u = 10 では導関数はどうなりますか。
// 3. 隠れ層にステップ関数を使ったネットワークを、勾配降下法で学習できないのはなぜですか。自分の言葉で説明してください。
// 4. ソフトマックス関数に入れる前に、すべてのスコアに100を足します。確率はどうなりますか。それはなぜですか。
// 5. 温度を非常に高くすると、ソフトマックス関数の確率は何に近づきますか。温度を0に非常に近づけるとどうなりますか。

// ## 解答
//
//
// 解答を表示
//
// 1. 価格には恒等関数を使います（どんな数も出力できます）。スパムかどうかにはシグモイド関数を使います（0から1の間の確率を1つ出力します）。数字には、10個のスコアに対するソフトマックス関数を使います（合計が1になる10個の確率を出力します）。
// 2. σ(0) = 0.5、σ'(0) = 0.5 · (1 - 0.5) = 0.25 です。導関数は u = 0 で最大になります。u = 10 では σ(10) がほぼ1なので、σ(1 - σ) はほぼ0です。そこにあるニューロンはほとんど学習しません。
// 3. 勾配降下法は、重みを動かしたときに誤差がどれだけ変わるかに比例して、その重みを変えます。その変化は f'(u) を通って伝わります。ステップ関数の導関数は、存在するところではどこでも0なので、その手前にあるすべての重みに届く信号は0となり、重みはまったく動きません。u = 0 では、微分係数がそもそも存在しません。
// 4. 何も変わりません。すべてのスコアに同じ数 c を足すと、どの e^(u_k) も e^c 倍になり、この因子は分子と分母で約分されます。安定のために最大値を引くのも、c を負にした同じ工夫です。
// 5. T が高いと、どの u_k / T も0に近づくので、どの e^(u_k/T) も1に近づき、確率はそれぞれ 1/n に近づきます（クラスが3つならそれぞれ3分の1）。T が0に近いと、最大のスコアがすべてを取るので、確率は最上位のクラスで1に、残りのクラスで0に近づきます。

// ## まとめ
//
// - 活性化関数は、ニューロンの総入力 u を出力に変えます。シグモイド関数 (0, 1)、双曲線正接関数 (-1, 1)、正規化線形関数 [0, ∞)、Leaky ReLU関数と恒等関数 (-∞, ∞) には、それぞれ導関数があり、ライブラリはそれを測った傾きと照らし合わせて確かめています。
// - 隠れ層にはふつう正規化線形関数を使います（古いネットワークでは双曲線正接関数やシグモイド関数）。出力層には、数値なら恒等関数、yes/noならシグモイド関数、いくつかのクラスから1つを選ぶならソフトマックス関数を使います。
// - ステップ関数の導関数は0か、定義されないかのどちらかなので、勾配で学習することはできません。シグモイド関数は、そのなめらかな代役です。
// - ソフトマックス関数 y_k = e^(u_k) / Σ_j e^(u_j) は、合計が1になる確率を返します。最大のスコアを引いておけばオーバーフローを防げます。温度を使うと、確率の分布を鋭く（T < 1）したり平らに（T > 1）したりできます。
// - ソフトマックス関数の微分はヤコビ行列 ∂y_i / ∂u_j = y_i(δ_ij - y_j) で、測った傾きと照らし合わせて確かめました。交差エントロピー誤差と組み合わせると、単純な勾配 y - t が得られます。
//
// ### 重要用語
//
// | English | 日本語 | 意味 |
// | --- | --- | --- |
// | activation function | 活性化関数 | 総入力uを出力に変える関数 |
// | sigmoid function | シグモイド関数 | σ(u) = 1 / (1 + e⁻ᵘ)。0から1へ変わるS字形の曲線 |
// | tanh | 双曲線正接関数 | ハイパボリックタンジェント。−1から1へ変わるS字形の曲線 |
// | ReLU | 正規化線形関数 | rectified linear unit。max(0, u) |
// | Leaky ReLU | Leaky ReLU関数 | u > 0ならu、それ以外は小さな傾きaとuの積 |
// | identity function | 恒等関数 | f(u) = u。回帰の出力層で使う活性化関数 |
// | softmax function | ソフトマックス関数 | スコアを、合計が1になる確率に変える関数 |
// | hidden layer | 隠れ層 | 入力と出力の間にある層。その出力は外からは見えない |
// | output layer | 出力層 | 最後の層。その値がネットワークの答えになる |
// | overflow | オーバーフロー | 数値の型に収まらないほど大きな結果。たとえばdoubleでのe^1010 |
// | temperature | 温度 | softmax(u / T)のT。Tが低いと確率が鋭くなり、高いと平らになる |
// | Jacobian matrix | ヤコビ行列 | 複数の出力を複数の入力で偏微分した∂yᵢ/∂uⱼをすべて並べた表 |
//
// **次のレッスン**：ここで扱った活性化関数は、恒等関数を除いてどれも「非線形」と呼ばれていました。レッスン03では、この言葉の意味を正確に定め、非線形な活性化関数を持たないネットワークに何ができて何ができないかを示します。

App.End();
// nbrun convert: sha256 ff01d7a3219a7b04
