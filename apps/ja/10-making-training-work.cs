#!/usr/bin/env dotnet
// 10 · 学習をうまく進める工夫
// notebooks/10-making-training-work.ja.ipynb から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/10-making-training-work.cs
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
using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;
using NeuralNetworks.Activations;
using NeuralNetworks.Calculus;
using NeuralNetworks.Data;
using NeuralNetworks.Exercises;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー .. から読みます。
App.Start("10 · 学習をうまく進める工夫", args, workIn: "..");

// # 10 · 学習をうまく進める工夫
//
// *レッスン09では、きちんと動くネットワークを学習させました。このレッスンでは、学習がうまくいかなくなるさまざまな原因と、それに対して実際に使われている対策を扱います。*
//
// 「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022）は、ニューラルネットワークが最近まで実用的でなかった理由として、収束の遅さ、勾配消失、そしてデータを丸暗記してしまうモデルを挙げています。以下の各節では、まず1つの問題をグラフで示し、続いて対策によってそのグラフがどう変わるかを見ます。
//
// ## このレッスンでできるようになること
//
// - SGD、モーメンタム、AdaGrad、RMSProp、Adam、AdaDeltaを、細長い谷を進む経路と実際のデータセットでの損失曲線で比較でき、学習率を減衰させると何が変わるかを確かめられる。
// - 誤差逆伝播法が掛け合わせる因子から勾配消失と勾配爆発を説明し、それを層ごとに測定して、ショートカット接続、重みの初期値の工夫、勾配クリッピングがどう役立つかを示せる。
// - 多くの層を通っても活性化関数の出力が消えないように、重みの初期値のスケールを選べる。
// - 訓練データと検証データの曲線から過学習を見抜き、訓練データ・検証データ・テストデータを正しく使い分けられる。
// - L2正則化、ドロップアウト、早期終了、データ拡張、入力の正規化、バッチ正規化を適用し、それぞれが曲線をどう変えるかを確かめられる。

// ── cell 2 ──
App.Cell(2, "10 · 学習をうまく進める工夫");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ## 1. 細長い谷での最適化手法
//
// 「1から始めるディープラーニング」（HN410 2022）は、*病的な曲率*（pathological curvature）、つまり損失の曲面に細長い谷がある状況に注意を促しています。通常の勾配降下法は最急降下の方向に進みますが、その方向は谷に沿った向きではなく、ほとんど谷を横切る向きです。そのため壁から壁へとジグザグに進み、谷に沿った前進は遅くなります。
//
// 小さな例として f(x, y) = x^2/20 + y^2 を考えます。最小値は(0, 0)にあり、勾配は ∇f = (x/10, 2y) です。(−7, 2)から始めて、α = 0.95で通常の1ステップを進めてみます。

// ── cell 4 ──
App.Cell(4, "1. 細長い谷での最適化手法");
Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);
double Valley(Vector<double> p) => p[0] * p[0] / 20 + p[1] * p[1];
Vector<double> ValleyGradient(Vector<double> p) => V(p[0] / 10, 2 * p[1]);

var start = V(-7, 2);
var g = ValleyGradient(start);
Console.WriteLine($"gradient at the start: ({g[0]}, {g[1]})");
Console.WriteLine($"one step, α = 0.95:    ({start[0] - 0.95 * g[0]:F3}, "
                  + $"{start[1] - 0.95 * g[1]:F3})");

// この1ステップで、yは2から谷底を飛び越えて−1.8まで動きますが、xは−7から−6.335までしか動きません。最小値はx方向のほうがずっと遠いにもかかわらず、勾配のy成分の4が、x成分の−0.7を圧倒しているからです。αを大きくしても解決しません。各ステップでyは 1 - 2α 倍されるので、α = 1を超えるとジグザグは縮まずに大きくなります（レッスン07）。一方、xは1ステップあたり 1 - α/10 倍にしか縮みません。ほかの最適化手法（optimizer）は、それまでに得た情報を使ってステップを変えます。
//
// | 最適化手法 | 更新式（g = ∂L/∂W） | 考え方 |
// | --- | --- | --- |
// | SGD | W ← W - αg | レッスン07 |
// | モーメンタム（Momentum） | v ← μv - αg, W ← W + v | 坂を転がるボールは速度を保つ。ジグザグは打ち消し合い、一定の傾きは積み重なる |
// | AdaGrad | h ← h + g ⊙ g, W ← W - α g / (√h + ε) | 各重みのステップは、その重みがそれまでに受けた勾配に応じて小さくなる |
// | RMSProp | h ← ρh + (1 - ρ) g ⊙ g, W ← W - α g / (√h + ε) | 古い勾配を忘れていくAdaGrad。そのためステップが消えてしまうことがない |
// | Adam | ステップ t = 1, 2, … において：m ← β_1 m + (1 - β_1) g, v ← β_2 v + (1 - β_2) g ⊙ g, hat m = m / (1 - β_1^t), hat v = v / (1 - β_2^t), W ← W - α hat m / (√(hat v) + ε) | 方向はモーメンタム（m）、大きさはRMSProp（v）で決める。1 - β^t で割るのは、m と v が0から始まることの補正（デフォルトは β_1 = 0.9、β_2 = 0.999）。「1から始めるディープラーニング」（HN410 2022）：「Adam … momentum, RMSの合わせ技」 |
// | AdaDelta | h ← ρh + (1 - ρ) g ⊙ g, Δ = (√(s + ε))/(√(h + ε)) ⊙ g, s ← ρs + (1 - ρ) Δ ⊙ Δ, W ← W - Δ | 学習率を直近のステップの大きさ s で置き換えたRMSProp。調整すべき設定がない |
//
// 「1から始めるディープラーニング」（HN410 2022）の一行ずつのまとめもこれと一致します。モーメンタムは「勢い」を表す項を加え、RMSPropは以前に大きく変化した重みの変化を抑え、Adamはその2つを組み合わせたものです。「[ラビットチャレンジレポート（深層学習 day1）](sources.md#rabbit-challenge-day-1)」（Rabbit Challenge day 1）は、改良された手法としてモーメンタム、AdaGrad、Adamと並べてAdaDeltaを挙げています。どの手法も `lib/NeuralNetworks/Optimizers/` の中のファイル1つにまとまっています（AdaDeltaは `AdaDelta.cs`）。`OptimizerPath.Run` を使うと、最適化手法がネットワークの重みを更新するときとまったく同じように、2変数関数の上を歩かせることができます。
//
// 各最適化手法には、この谷に合った学習率を与えます。SGD、モーメンタム、AdaGrad、Adamには、教科書『ゼロから作るDeep Learning』（斎藤康毅、2016年。このコースの元になった講義ではなく書籍です）の第6章の比較で使われている学習率を使います。この比較も同じ関数の上で、(−7, 2)から30ステップの競争をさせています。SGDは0.95、モーメンタムは0.1、AdaGradは1.5、Adamは0.3です。αが1未満ならどの値でもSGDのyは発散せずに縮みます。しかも0.95はその中で最速ではありません。セルの最後の数行で別の値を試しています。その比較にはRMSPropが含まれていないので、ここではα = 0.2、ρ = 0.9を与えます。AdaDeltaは考案者が書いたとおり、学習率なしで動かします（α = 1、ρ = 0.95）。それぞれ30ステップです。

// ── cell 6 ──
App.Cell(6, "1. 細長い谷での最適化手法");
var racers = new (string Name, IOptimizer Optimizer)[]
{
    ("SGD", new SGD(0.95)),
    ("Momentum", new Momentum(0.1, 0.9)),
    ("AdaGrad", new AdaGrad(1.5)),
    ("RMSProp", new RMSProp(0.2, 0.9)),
    ("Adam", new Adam(0.3)),
    ("AdaDelta", new AdaDelta()),
};
DescentPath Race(IOptimizer o) =>
    OptimizerPath.Run(o, ValleyGradient, start, steps: 30, f: Valley);
var paths = racers.Select(r => Race(r.Optimizer)).ToList();
for (int k = 0; k < racers.Length; k++)
    Console.WriteLine($"{racers[k].Optimizer,-30} ends at ({paths[k].Last[0],6:F3}, "
                      + $"{paths[k].Last[1],6:F3}), f = {paths[k].Values![^1]:F4}");
Console.WriteLine($"SGD's step multiplies x by 1 − α/10 = {1 - 0.95 / 10:F3}"
                  + $" and y by 1 − 2α = {1 - 2 * 0.95:F2}");
var firstStep = paths[5].Points[1] - start;
Console.WriteLine($"AdaDelta's first step: ({firstStep[0]:F4}, {firstStep[1]:F4})");
foreach (double a in new[] { 0.8, 0.9, 0.93, 0.95, 0.99 })
    Console.WriteLine($"SGD with α = {a:F2}: f = {Race(new SGD(a)).Values![^1]:F4}"
                      + " after 30 steps");

// ── cell 7 ──
App.Cell(7, "1. 細長い谷での最適化手法");
Figure ValleyMap(int resolution = 40) =>
    Chart.Contour((x, y) => x * x / 20 + y * y, -8, 8, -3, 3, resolution, levels: 15)
        .WithXTitle("x").WithYTitle("y").WithEqualAspect();
display(Chart.Subplots(3, 2, racers.Select((r, k) =>
        ValleyMap().WithPath(paths[k].Coordinate(0), paths[k].Coordinate(1), r.Name,
                             "#ffffff")
                   .WithTitle(r.Optimizer.ToString()!)).ToArray())
    .WithTitle("Thirty steps through the valley f(x, y) = x²/20 + y², from (−7, 2)")
    .WithLegend(false)
    .WithLayout(l => l with { Height = 900 }));

// 6つの歩みを、セルが出力した数値とともに読んでみましょう。
//
// - **SGD**は、「1から始めるディープラーニング」（HN410 2022）が警告するとおり、壁から壁へとジグザグに進みます。各ステップでyは−0.90倍されるのでジグザグはゆっくりとしか収まらず、xは0.905倍されるので残りの距離の10分の1ずつ進み、(−0.350, 0.085)、f = 0.0133で終わります。これは通常のSGDにできる最善ではありません。α = 0.93ならf = 0.0075、α = 0.9ならf = 0.0085で終わります。yのジグザグがより早く収まる一方で、xの進み方はほとんど変わらないからです。αを1に近づけると、ジグザグはほとんど縮まなくなります（α = 0.99：f = 1.1949）。αは1に届かないので、1ステップごとに、xにはそれまでの距離の少なくとも0.9倍が残ります。そのため、通常のSGDは谷に沿った方向にはずっと遅いままです。
// - **モーメンタム**は、速度のおかげで谷に沿ってすばやく進みますが、同じ速度のせいで最小値を通り過ぎてしまいます。30ステップ目には(0.896, 0.088)にいて、引き返している途中です（f = 0.0479）。
// - **AdaGrad**は、各座標のステップを、その座標自身の勾配の二乗の累積の平方根で割ります。そのため、勾配の大きさは最初6倍近く違うのに、xとyはほぼ同じだけ動きます。数ステップで谷底まで降り、谷に沿って進み、最小値に最も近いところで終わります：f = 0.0007。
// - **RMSProp**も同じように始まりますが、hが直近の勾配しか追わないため、平らな谷底では傾きに関係なくステップがおよそα = 0.2の長さに保たれます。着実な歩みですが、最小値まではまだ1.083残っています（f = 0.0586）。
// - **Adam**はモーメンタムを持つので、モーメンタムと同じように曲がりながら行き過ぎます。30ステップ目でf = 0.1022となり、学習率を持つ5つの手法の中で最も高い値です。
// - **AdaDelta**には学習率がありません。最初のステップは各座標で√ε/√(1 − ρ) ≈ 0.0045で、その後のステップは自分自身の過去のステップと同じ速さでしか大きくならないため、30ステップではスタート地点をほとんど離れていません（f = 5.8184）。AdaDeltaはネットワークでの長い学習のために作られた手法で、そのことは後のワインのデータで分かります。
//
// つまり、この競争は順位を決めるものではありません。関数は1つ、ステップ数は30、学習率も各手法に1つだけで、順位はαによって変わります（下の演習1）。この競争が示すのは、それぞれの規則が*どのように*動くかです。通常のステップはジグザグになり、速度は行き過ぎを生み、座標ごとのスケーリングは経路をまっすぐにします。「1から始めるディープラーニング」（HN410 2022）が言うように、Adamは良い性能を示すことが多いものの、どの最適化手法が最良かはネットワークによって異なります。▶ を押すと、6つの手法の競争を見られます。谷はxとyを同じ縮尺で描いているので、実際の細さのとおりに見えます。

// ── cell 9 ──
App.Cell(9, "1. 細長い谷での最適化手法");
Figure RaceAfter(int steps)
{
    Figure figure = ValleyMap(resolution: 25);
    for (int i = 0; i < racers.Length; i++)
        figure = figure.WithPath(paths[i].Coordinate(0).Take(steps + 1).ToArray(),
                                 paths[i].Coordinate(1).Take(steps + 1).ToArray(),
                                 racers[i].Name, Palette.ForClass(i));
    return figure;
}
var race = Enumerable.Range(0, 31).Select(RaceAfter).ToList();
display(Chart.Animation(race, prefix: "step ")
    .WithTitle("Six optimizers racing to the minimum at (0, 0)")
    .WithLayout(l => l with { Margin = new Margin(60, 30, 110, 110) }));

// 同じ競争を、各ステップの後のfとして対数目盛で描きます。対数目盛では、直線は一定の割合で減っていることを意味します。SGDの線は直線で、AdaGradの線はそれより急な直線です。モーメンタムとAdamの線は最小値を通り過ぎて揺り戻すたびに波打ち、AdaDeltaの線は平らなままです。

// ── cell 11 ──
App.Cell(11, "1. 細長い谷での最適化手法");
double[] stepAxis = Enumerable.Range(0, 31).Select(k => (double)k).ToArray();
var stepSeries = racers
    .Select((r, k) => (r.Name, (IReadOnlyList<double>)paths[k].Values!)).ToArray();
display(Chart.Lines(stepAxis, stepSeries)
    .WithTitle("f after each step of the race")
    .WithXTitle("step").WithYTitle("f(x, y) (log scale)").WithLogY());

// ── cell 12 ──
App.Cell(12, "1. 細長い谷での最適化手法");
// YOUR TURN 1 · Give Adam a better learning rate
// In the race, Adam (α = 0.3) ended above SGD. Find a learning rate for Adam, keeping
// β₁ and β₂ at their defaults, with which Adam ends below SGD after the same 30 steps.
// Try a few values between 0.1 and 1 and watch the printed f.
double adamRate = 0.3;                       // your learning rate here

var adamWalk = Race(new Adam(adamRate));
double sgdEnd = paths[0].Values![^1], adamEnd = adamWalk.Values![^1];
Console.WriteLine($"Adam(α = {adamRate}) ends at f = {adamEnd:F4}; "
                  + $"SGD ended at f = {sgdEnd:F4}");
SelfCheck.True("Adam ends below SGD", adamEnd < sgdEnd);

//
// 解答例
//
// ```csharp
// // YOUR TURN 1 · Give Adam a better learning rate
// // In the race, Adam (α = 0.3) ended above SGD. Find a learning rate for Adam, keeping
// // β₁ and β₂ at their defaults, with which Adam ends below SGD after the same 30 steps.
// // Try a few values between 0.1 and 1 and watch the printed f.
// double adamRate = 0.7;                       // 0.7 works; so may others
//
// var adamWalk = Race(new Adam(adamRate));
// double sgdEnd = paths[0].Values![^1], adamEnd = adamWalk.Values![^1];
// Console.WriteLine($"Adam(α = {adamRate}) ends at f = {adamEnd:F4}; "
//                   + $"SGD ended at f = {sgdEnd:F4}");
// SelfCheck.True("Adam ends below SGD", adamEnd < sgdEnd);
// ```
//
// α = 0.7では、Adamはf = 0.0098で終わり、SGDの0.0133を下回ります。近くの学習率では、また上回ることもあります。1つの関数での30ステップの競争は、αごとに裏表が変わるコインのようなものです。

// ── cell 14 ──
App.Cell(14, "1. 細長い谷での最適化手法");
// YOUR TURN 2 · AdaDelta's first step by hand
// From the start (−7, 2) the gradient is g = (−0.7, 4) and h = s = 0. Compute AdaDelta's
// first step Δ (ρ = 0.95, ε = AdaDelta.Epsilon) with the formula of the table, for each
// coordinate. The position after one step is start − Δ.
double rho = 0.95, eps = AdaDelta.Epsilon;
double deltaX = double.NaN;                  // Δ for x
double deltaY = double.NaN;                  // Δ for y

var afterOne = paths[5].Points[1];                       // AdaDelta's walk from the race
SelfCheck.Close("your Δ for x", start[0] - afterOne[0], deltaX, 1e-12);
SelfCheck.Close("your Δ for y", start[1] - afterOne[1], deltaY, 1e-12);

//
// 解答例
//
// ```csharp
// // YOUR TURN 2 · AdaDelta's first step by hand
// // From the start (−7, 2) the gradient is g = (−0.7, 4) and h = s = 0. Compute AdaDelta's
// // first step Δ (ρ = 0.95, ε = AdaDelta.Epsilon) with the formula of the table, for each
// // coordinate. The position after one step is start − Δ.
// double rho = 0.95, eps = AdaDelta.Epsilon;
// double hX = (1 - rho) * 0.7 * 0.7, hY = (1 - rho) * 4 * 4;     // h after one step
// double deltaX = Math.Sqrt(0 + eps) / Math.Sqrt(hX + eps) * -0.7;
// double deltaY = Math.Sqrt(0 + eps) / Math.Sqrt(hY + eps) * 4;
//
// var afterOne = paths[5].Points[1];                       // AdaDelta's walk from the race
// SelfCheck.Close("your Δ for x", start[0] - afterOne[0], deltaX, 1e-12);
// SelfCheck.Close("your Δ for y", start[1] - afterOne[1], deltaY, 1e-12);
// ```
//
// 勾配はほぼ6倍違うのに、どちらのステップも長さはおよそ0.0045です。s = 0のとき、ステップは √ε g / √((1-ρ) g^2 + ε) ≈ ±√(ε / (1-ρ)) になるからです。

// ### 変化する学習率
//
// ここまでの最適化手法は、30ステップのあいだずっと同じαを使いました。「[【備忘録】ニューラルネットワークとはなにか](sources.md#hirotask-2024)」（hirotask 2024）は、学習率は定数でもよいし、学習が進むにつれて変えてもよいと述べています。αをステップごとに決める規則を学習率スケジュール（learning-rate schedule）と呼びます。ふつうは下げていく方向で、これを学習率減衰（learning-rate decay）といいます。最小値が遠いうちは長いステップで進み、近づいたら短いステップで落ち着かせるのです。最も単純なのはステップ減衰で、学習率は α_0 から始まり、s ステップごとに γ 倍されます。
//
// α_t = α_0 γ^(⌊ t / s ⌋), t = 0, 1, 2, …
//
// `StepDecay` がスケジュールで、`ScheduledSGD` はそれに従う通常のSGDのステップ W ← W - α_t g です（`lib/NeuralNetworks/Optimizers/StepDecay.cs` と `ScheduledSGD.cs` を開いてみてください）。γ = 1 なら学習率は変わりません。同じ谷で、同じ α_0 = 0.95 から、γ = 1（競争のときの学習率一定のSGD）、γ = 0.9、γ = 0.5 の3通りを、s = 10 ステップごとに適用して、SGDをもう一度走らせてみましょう。

// ── cell 17 ──
App.Cell(17, "変化する学習率");
StepDecay[] schedules =
[
    new(0.95, 1, every: 10),          // γ = 1: the constant SGD of the race
    new(0.95, 0.9, every: 10),
    new(0.95, 0.5, every: 10),
];
var decayPaths = schedules.Select(s => Race(new ScheduledSGD(s))).ToList();
Console.WriteLine($"{"schedule",-32} {"α at step 0, 10, 20",-20}   "
                  + $"{"ends at (x, y)",-18}   f");
for (int k = 0; k < schedules.Length; k++)
{
    StepDecay s = schedules[k];
    Vector<double> end = decayPaths[k].Last;
    double fEnd = decayPaths[k].Values![^1];
    Console.WriteLine($"{s,-32} {s.RateAt(0):F4} {s.RateAt(10):F4} {s.RateAt(20):F4}"
                      + $"   ({end[0]:F3}, {end[1],8:0.0E+0})   {fEnd:F4}");
}
Console.WriteLine($"from step 10, γ = 0.5: y is multiplied by 1 − 2α = "
                  + $"{1 - 2 * schedules[2].RateAt(10):F2} per step, x by 1 − α/10 = "
                  + $"{1 - schedules[2].RateAt(10) / 10:F4}");

// ── cell 18 ──
App.Cell(18, "変化する学習率");
string[] scheduleNames = ["constant α = 0.95", "α × 0.9 every 10 steps",
                           "α × 0.5 every 10 steps"];
double[] rateSteps = Enumerable.Range(0, 30).Select(t => (double)t).ToArray();
display(Chart.Lines(rateSteps, schedules.Select((s, k) => (scheduleNames[k],
        (IReadOnlyList<double>)rateSteps.Select(t => s.RateAt((int)t)).ToArray()))
        .ToArray())
    .WithTitle("Step decay: the learning rate of each step")
    .WithXTitle("step t").WithYTitle("learning rate αₜ"));

// ── cell 19 ──
App.Cell(19, "変化する学習率");
display(Chart.Lines(stepAxis, schedules.Select((s, k) => (scheduleNames[k],
        (IReadOnlyList<double>)decayPaths[k].Values!)).ToArray())
    .WithTitle("SGD through the valley: a constant rate against two decaying ones")
    .WithXTitle("step").WithYTitle("f(x, y) (log scale)").WithLogY());

// 3つの歩みは、最初の10ステップでは同じです。その後は学習率が分かれていき、減衰する学習率が何をもたらすかが2つのグラフに表れます。
//
// - **半減**（γ = 0.5）では、10ステップ目にαが0.4750に下がります。そこからは各ステップでyが1 − 2α = 0.05倍されるので、ジグザグはほぼ即座に消え、歩みは谷底で終わります（y = 1.1E-16）。しかしxは各ステップで0.905倍ではなく1 − α/10 = 0.9525倍になり、20ステップ目からは1にさらに近い数が掛かるので、谷に沿ってのろのろとしか進みません。最後はx = −1.247、f = 0.0777となり、一定の学習率の0.0133よりずっと悪い結果です。
// - **緩やかな減衰**（γ = 0.9：0.9500、次に0.8550、次に0.7695）でもジグザグは収まり（最後にy = 4.7E-5。一定の学習率では8.5E-2）、x方向の遅れもわずかです（一定の学習率の−0.350に対して−0.474）。f = 0.0112となり、一定の学習率を下回ります。
//
// つまり減衰は、前進を犠牲にして落ち着きを得る取引です。αが小さいほど行き過ぎは減りますが、歩みは遅くなります。この谷では、どんなスケジュールもこの取引以上のことはできません。xは長いステップを、yは短いステップを同時に必要としているのに、スケジュールはどの座標にも同じαを与えるからです。まさにその点を攻めるのが、先ほどの座標ごとの最適化手法です。スケジュールが役に立つのは、学習の後半にステップが行き過ぎたり跳ね回ったりする場合で、小さなミニバッチのノイズの多い勾配ではそれが起こります。また、スケジュールはどの最適化手法とも組み合わせられます（レッスン12で紹介するPyTorchは、ステップ減衰やコサイン減衰などを `torch.optim.lr_scheduler` に用意しています）。

// ### 実際の問題での損失曲線
//
// このような谷は、数千の重みを持つ実際の損失曲面にも潜んでいます。ここではワインのデータセット（178本のワイン、13種類の化学的な測定値、3つの品種）を標準化し、13 → 16 ReLU → 3のネットワークを、各最適化手法で同じ学習率α = 0.01で学習させます。学習率を持たないAdaDeltaも加えます。

// ── cell 22 ──
App.Cell(22, "実際の問題での損失曲線");
var wine = Dataset.LoadCsv("../data/wine.csv");
Console.WriteLine($"wine: {wine.Count} wines, {wine.FeatureCount} measurements, "
                  + $"{wine.ClassCount} cultivars");
DataSplit wineSplit = wine.Split(0.6, 0.2, seed: 10);
var wineScaler = Standardizer.Fit(wineSplit.Train.Features);
Dataset wineTrain = wineScaler.Transform(wineSplit.Train);
Dataset wineValidation = wineScaler.Transform(wineSplit.Validation);

var makers = new (string Name, Func<IOptimizer> Make)[]
{
    ("SGD", () => new SGD(0.01)), ("Momentum", () => new Momentum(0.01)),
    ("AdaGrad", () => new AdaGrad(0.01)), ("RMSProp", () => new RMSProp(0.01)),
    ("Adam", () => new Adam(0.01)), ("AdaDelta", () => new AdaDelta()),
};
var wineHistories = makers
    .Select(m => Trainer.Fit(new Network([13, 16, 3], Activation.ReLU, seed: 10),
                             wineTrain, m.Make(), wineValidation, epochs: 20,
                             batchSize: 16, seed: 10))
    .ToList();
for (int k = 0; k < makers.Length; k++)
    Console.WriteLine($"{makers[k].Name,-9} training loss after 20 epochs "
                      + $"{wineHistories[k].Last.TrainLoss:F4}, validation accuracy "
                      + $"{wineHistories[k].Last.ValidationAccuracy:P1}");

// ── cell 23 ──
App.Cell(23, "実際の問題での損失曲線");
double[] wineEpochs = Enumerable.Range(1, 20).Select(e => (double)e).ToArray();
display(Chart.Lines(wineEpochs, makers.Select((m, k) =>
        (m.Name, (IReadOnlyList<double>)wineHistories[k].TrainLosses.ToArray()))
        .ToArray())
    .WithTitle("Wine: training loss per epoch, α = 0.01 (AdaDelta has no α)")
    .WithXTitle("epoch").WithYTitle("training loss (log scale)").WithLogY());

// 同じαでは、通常のSGDは20エポック後も訓練損失が0.4155にとどまり、AdaGradは0.3167です（hが大きくなるにつれてステップが縮み続けるため）。モーメンタムは0.0307、Adamは0.0141、RMSPropは0.0042に達します。選ぶべき学習率を持たないAdaDeltaは0.0824に達します。多くのステップを重ねる学習では、出だしの遅さはあまり問題にならないのです。ただし、これを順位として読まないでください。各最適化手法にはそれぞれに最適な学習率があり（Adamはふつうα = 0.001で使われます）、「1から始めるディープラーニング」（HN410 2022）が言うように、Adamは良い性能を示すことが多いものの、どの最適化手法が最良かはネットワークによって異なります。
//
// ## 2. 勾配消失と勾配爆発
//
// 誤差逆伝播法は、層ごとに1つの因子を掛け合わせます（レッスン08）。すべての因子が1より小さければ、積は深さとともに指数関数的に小さくなり、最初のほうの層はほとんど学習しません。これが勾配消失（vanishing gradient）です。因子が1より大きければ、逆に勾配は爆発します。これが勾配爆発（exploding gradient）で、この節の最後で測定します。「1から始めるディープラーニング」（HN410 2022）はシグモイド関数を原因に挙げています。入力の絶対値がある程度大きくなると、その微分係数はほぼ0になるからです。しかも、微分係数が最大になるu = 0でさえ、その値は0.25しかありません。

// ── cell 25 ──
App.Cell(25, "2. 勾配消失と勾配爆発");
Console.WriteLine($"σ′(0) = {Activation.Sigmoid.Derivative(0):F4} (the largest σ′ gets)");
Console.WriteLine($"σ′(4) = {Activation.Sigmoid.Derivative(4):F4}");
Console.WriteLine($"0.25 multiplied 6 times: {Math.Pow(0.25, 6):E2}");

// 最良の場合でも、シグモイド関数の6つの層は6つのσ′の因子をもたらし、その積は高々0.25⁶ = 2.44E-004です。これはσ′の因子の上限であって、勾配そのものの上限ではありません。各層は重みも掛けるので、1より大きい重みがその一部を埋め合わせることもあります。正規化線形関数（ReLU）の導関数は正の入力に対してつねにちょうど1で、Leaky ReLU関数は負の入力に対しても小さな傾きを保ちます（「1から始めるディープラーニング」（HN410 2022）は、よく使われる値として0.03を挙げています）。

// ── cell 27 ──
App.Cell(27, "2. 勾配消失と勾配爆発");
var leaky = Activation.LeakyReLU(0.03);
var derivatives = Chart.Functions(-4, 4,
        ("sigmoid σ′(u)", Activation.Sigmoid.Derivative),
        ("ReLU′(u)", Activation.ReLU.Derivative),
        ("Leaky ReLU′(u), slope 0.03", leaky.Derivative));
// ReLU′ and Leaky ReLU′ agree for u > 0: ReLU′ wide and pale, Leaky ReLU′ dashed on top.
Line[] derivativeStyles =
[
    new() { Width = 2 }, new() { Width = 8, Color = "rgba(255,127,14,0.4)" },
    new() { Width = 3, Dash = "dash", Color = "#2ca02c" },
];
display((derivatives with
    {
        Data = derivatives.Data
            .Select((t, i) => (Trace)((Scatter)t with { Line = derivativeStyles[i] }))
            .ToList(),
    })
    .WithTitle("Derivatives of three activations: the sigmoid's never exceeds 0.25")
    .WithXTitle("u").WithYTitle("f′(u)").WithYRange(-0.1, 1.1));

// では、実際に測ってみましょう。2入力 → 16ユニットの隠れ層6つ → 2出力の深いネットワークを用意し、渦巻きデータの200点で逆伝播を1回行って、各層の重みの勾配の大きさ‖∂L/∂W‖を出力します。層1が入力に最も近く、損失から最も遠い層です。

// ── cell 29 ──
App.Cell(29, "2. 勾配消失と勾配爆発");
var spiral = ToyData.Spirals(200, classes: 2, noise: 0.1, seed: 11);
int[] deep = [2, 16, 16, 16, 16, 16, 16, 2];
var activations = new[] { Activation.Sigmoid, Activation.ReLU, leaky };
string[] names = ["sigmoid", "ReLU", "Leaky ReLU 0.03"];
var gradientSizes = activations.Select(activation =>
{
    var net = new Network(deep, activation, seed: 11);
    net.Loss(spiral.Features, net.Targets(spiral.Labels));
    net.Backward();
    return net.Parameters.Where(p => !p.IsBias)
                         .Select(p => p.Gradient.FrobeniusNorm()).ToArray();
}).ToList();
string Row(IEnumerable<double> sizes) =>
    string.Join(" ", sizes.Select(s => s.ToString("0.0E+0").PadLeft(7)));
string header = string.Join(" ", Enumerable.Range(1, 7).Select(i => $"W{i}".PadLeft(7)));
Console.WriteLine("layer           " + header);
for (int a = 0; a < activations.Length; a++)
    Console.WriteLine($"{names[a],-15} " + Row(gradientSizes[a]));

// シグモイド関数では、勾配は出力に隣接するW7で6.7E-1ですが、層を下るごとに縮み、W1では2.2E-5になります。最初のほうの層はほとんどまったく学習しません。正規化線形関数とLeaky ReLU関数では、どの層の勾配も1.1E-1から3.1E-1のあいだに収まります。今日の隠れ層で正規化線形関数やその仲間が使われ、シグモイド関数がおもに出力層に残っているのはこのためです。レッスン08で見たように、出力層ではシグモイド関数は交差エントロピー誤差と相性が良いのです。
//
// ### ショートカット接続
//
// 「1から始めるディープラーニング」（HN410 2022）はもう1つの解決策を挙げています。ResNetが使う方法で、微分に層を飛び越えさせるのです。**ショートカット接続**（shortcut connection）は、いくつかの層に入力を2回与えます。1回はその層を通る経路で、もう1回は層を迂回する経路で与えるのです。そして**残差ブロック**（residual block）がその2つを足し合わせます。
//
// z = x + F(x), ∂z/∂x = I + ∂F/∂x
//
// 層が ∂F / ∂x をどれほど小さくしても、単位行列 I が勾配をそのまま受け渡します。逆伝播では、ブロックは dz + (層の逆伝播にかけた dz)、つまり dz に、層が dz から逆伝播で求めた値を足したものを返します。ライブラリでは、ブロックは `Residual` というもう1つの層で、飛び越す層を包んでいます（`lib/NeuralNetworks/Layers/Residual.cs` を開いてみてください）。シグモイド関数はそのままにして、隠れ層2から6を5つのブロックに入れ、それぞれを z = x + σ(x W + b) として、もう一度測定しましょう。

// ── cell 31 ──
App.Cell(31, "ショートカット接続");
Network WithShortcuts(int blocks, int seed)
{
    var random = new Random(seed);
    var layers = new List<ILayer>
    {
        new Dense(2, 16, Initialization.Xavier, random, index: 1),
        new ActivationLayer(Activation.Sigmoid),
    };
    for (int i = 2; i <= blocks + 1; i++)        // z = x + σ(x·W + b)
        layers.Add(new Residual(
            new Dense(16, 16, Initialization.Xavier, random, index: i),
            new ActivationLayer(Activation.Sigmoid)));
    layers.Add(new Dense(16, 2, Initialization.Xavier, random, index: blocks + 2));
    return new Network(layers, new SoftmaxWithLoss());
}
var shortcutNet = WithShortcuts(blocks: 5, seed: 11);
Console.WriteLine($"2 → 16 Sigmoid, then 5 blocks like {shortcutNet.Layers[2]}, "
                  + "then → 2 softmax");
shortcutNet.Loss(spiral.Features, shortcutNet.Targets(spiral.Labels));
shortcutNet.Backward();
double[] shortcutSizes = shortcutNet.Parameters.Where(p => !p.IsBias)
    .Select(p => p.Gradient.FrobeniusNorm()).ToArray();
Console.WriteLine($"{"sigmoid",-24}" + Row(gradientSizes[0]));
Console.WriteLine($"{"sigmoid with shortcuts",-24}" + Row(shortcutSizes));

// ── cell 32 ──
App.Cell(32, "ショートカット接続");
double[] layerNumbers = Enumerable.Range(1, 7).Select(i => (double)i).ToArray();
var perLayer = Chart.Lines(layerNumbers,
    [.. names.Select((name, k) => (name, (IReadOnlyList<double>)gradientSizes[k])),
     ("sigmoid with shortcuts", shortcutSizes)]);
// ReLU and Leaky ReLU nearly coincide: ReLU wide and pale, Leaky ReLU dashed on top.
Line[] layerStyles = [new() { Width = 2, Color = "#1f77b4" },
                      new() { Width = 8, Color = "rgba(255,127,14,0.4)" },
                      new() { Width = 3, Dash = "dash", Color = "#2ca02c" },
                      new() { Width = 2, Color = "#d62728" }];
display((perLayer with
    {
        Data = perLayer.Data
            .Select((t, i) => (Trace)((Scatter)t with { Line = layerStyles[i] }))
            .ToList(),
    })
    .WithTitle("Gradient size per layer in a 7-layer network, one backward pass")
    .WithXTitle("layer (1 = next to the input)").WithYTitle("‖∂L/∂W‖ (log scale)")
    .WithLogY());

// ショートカットがあると、W1は2.2E-5ではなく5.3E-2の勾配を受け取り、W2からW6は3.3E-1から1.2E+0の勾配を受け取ります。どのブロックも「+ x」を通して勾配を戻すので、入力に近い層もほかの層と同じ速さで学習します。第6節のバッチ正規化の実験では、このようなネットワークを学習させます。

// ── cell 34 ──
App.Cell(34, "ショートカット接続");
// YOUR TURN 3 · The derivative of a residual block
// One unit: z = x + σ(w·x + b) with x = 0.5, w = 3, b = −1. Compute dz/dx by the
// chain rule (σ′(u) = σ(u)(1 − σ(u)), lesson 08), then the same without the shortcut,
// z = σ(w·x + b).
double x0 = 0.5, w0 = 3, b0 = -1;
double withShortcut = double.NaN;            // your dz/dx for z = x + σ(w·x + b)
double withoutShortcut = double.NaN;         // your dz/dx for z = σ(w·x + b)

Func<double, double> block = x => x + Activation.Sigmoid.Apply(w0 * x + b0);
Func<double, double> plainUnit = x => Activation.Sigmoid.Apply(w0 * x + b0);
SelfCheck.Close("dz/dx with the shortcut",
                NumericalDerivative.Central(block, x0), withShortcut, 1e-8);
SelfCheck.Close("dz/dx without it",
                NumericalDerivative.Central(plainUnit, x0), withoutShortcut, 1e-8);

//
// 解答例
//
// ```csharp
// // YOUR TURN 3 · The derivative of a residual block
// // One unit: z = x + σ(w·x + b) with x = 0.5, w = 3, b = −1. Compute dz/dx by the
// // chain rule (σ′(u) = σ(u)(1 − σ(u)), lesson 08), then the same without the shortcut,
// // z = σ(w·x + b).
// double x0 = 0.5, w0 = 3, b0 = -1;
// double u0 = w0 * x0 + b0, s0 = Activation.Sigmoid.Apply(u0);
// double withoutShortcut = s0 * (1 - s0) * w0;             // σ′(u)·w
// double withShortcut = 1 + withoutShortcut;               // the shortcut adds 1
//
// Func<double, double> block = x => x + Activation.Sigmoid.Apply(w0 * x + b0);
// Func<double, double> plainUnit = x => Activation.Sigmoid.Apply(w0 * x + b0);
// SelfCheck.Close("dz/dx with the shortcut",
//                 NumericalDerivative.Central(block, x0), withShortcut, 1e-8);
// SelfCheck.Close("dz/dx without it",
//                 NumericalDerivative.Central(plainUnit, x0), withoutShortcut, 1e-8);
// ```
//
// ショートカットは微分係数にちょうど1を加えます。ブロックを積み重ねると、この1のおかげで、層の因子の積が0に向かって縮んでいくことがなくなります。

// ### 勾配爆発
//
// 「1から始めるディープラーニング」（HN410 2022）は、勾配消失と並べて逆の問題も挙げています。各因子が1より大きいと、積は層を重ねるごとに大きくなり、勾配が爆発して、学習が不安定になります。各層の因子は、活性化関数の微分係数に重みを掛けたものです。シグモイド関数の微分係数は高々0.25ですが、双曲線正接関数（tanh）ではtanh′(0) = 1なので、重みが大きすぎるtanhのネットワークでは、逆向きに伝わる途中で勾配が何倍にも膨らむことがあります。
//
// 前とまったく同じように測定します。同じ2 → 16ユニットの隠れ層6つ → 2のネットワーク、同じ渦巻きデータの200点、1回の逆伝播、層ごとの‖∂L/∂W‖です。今回は隠れ層にtanhを使い、重みをσ = 3で生成します（シード12）。シグモイド関数のネットワークは、n入力の層に対してσ = √(1/n)で重みを生成していました（ライブラリの `Xavier` で、第3節で説明します）。そのため、入力が16個ずつある隠れ層では√(1/16) = 0.25でした。σ = 3はその12倍です。比較のため、同じtanhのネットワークをσ = √(1/n)でも用意します。

// ── cell 37 ──
App.Cell(37, "勾配爆発");
Network AfterOneBackward(Network net)
{
    net.Loss(spiral.Features, net.Targets(spiral.Labels));
    net.Backward();
    return net;
}
double[] WeightGradientSizes(Network net) => net.Parameters.Where(p => !p.IsBias)
    .Select(p => p.Gradient.FrobeniusNorm()).ToArray();
var tooLarge = AfterOneBackward(new Network(deep, Activation.Tanh,
    initialization: Initialization.Normal(3), seed: 12));
var scaled = AfterOneBackward(new Network(deep, Activation.Tanh,
    initialization: Initialization.Xavier, seed: 12));
double[] explodingSizes = WeightGradientSizes(tooLarge);
double[] scaledSizes = WeightGradientSizes(scaled);
double hiddenScale = Math.Sqrt(1.0 / 16);
Console.WriteLine($"σ = √(1/16) = {hiddenScale:F2}; σ = 3 is {3 / hiddenScale:F0} "
                  + $"times that; tanh′(0) = {Activation.Tanh.Derivative(0):F0}");
Console.WriteLine($"{"layer",-25}" + header);
Console.WriteLine($"{"sigmoid (vanishing)",-25}" + Row(gradientSizes[0]));
Console.WriteLine($"{"tanh, σ = 3 (exploding)",-25}" + Row(explodingSizes));
Console.WriteLine($"{"tanh, σ = √(1/n)",-25}" + Row(scaledSizes));
double explodingRatio = explodingSizes[0] / explodingSizes[6];
double vanishingRatio = gradientSizes[0][0] / gradientSizes[0][6];
Console.WriteLine($"W1 gets {explodingRatio:F0} times W7's gradient with σ = 3, "
                  + $"{vanishingRatio:0.0E+0} times with the sigmoid");

// σ = 3では、勾配はW7で9.9E-1となり、入力に向かって層ごとに大きくなって、W1では3.0E+1に達します。最初の層は最後の層の30倍の勾配を受け取るのです。シグモイド関数では、これが3.3E-5倍でした。通常のSGDでは1ステップで各重みがα × 勾配だけ動くので、1回のステップで最初の層の重みは最後の層の重みのおよそ30倍動くことになり、最後の層に合ったステップよりはるかに大きく動いてしまいます。これが「1から始めるディープラーニング」（HN410 2022）の言う不安定さです。
//
// よく使われる対策は2つあります。1つ目は、重みの初期値を注意深く選ぶことです。同じtanhのネットワークでもσ = √(1/n)にすると、どの層の勾配も9.0E-2から6.4E-1のあいだに収まります。このスケールの選び方は第3節で示します。2つ目は勾配クリッピング（gradient clipping）です。各ステップの前に、すべてのパラメータをまとめた勾配全体の大きさをノルム ‖ g ‖ で測り、それが上限 c より大きければ、すべての勾配を同じ倍率で縮めます。
//
// g ← g · c/(‖ g ‖) if ‖ g ‖ > c, ‖ g ‖ = √(textstyleΣ_すべてのパラメータ (∂L / ∂w)^2)
//
// 方向は変わらず、ステップの長さだけに上限がかかります（`lib/NeuralNetworks/Optimizers/GradientClipping.cs` を開いてみてください。`Backward` と最適化手法の `Step` のあいだで呼び出します）。爆発しているネットワークの勾配を c = 1 にクリッピングしてみましょう。

// ── cell 39 ──
App.Cell(39, "勾配爆発");
double normBefore = GradientClipping.ClipByNorm(tooLarge.Parameters, maxNorm: 1);
double[] clippedSizes = WeightGradientSizes(tooLarge);
Console.WriteLine($"‖g‖ before clipping {normBefore:F1}, after "
                  + $"{GradientClipping.GlobalNorm(tooLarge.Parameters):F1}");
Console.WriteLine($"{"layer",-25}" + header);
Console.WriteLine($"{"tanh, σ = 3, clipped",-25}" + Row(clippedSizes));
Console.WriteLine($"W1 / W7 after clipping: {clippedSizes[0] / clippedSizes[6]:F0}");

// ── cell 40 ──
App.Cell(40, "勾配爆発");
var growing = Chart.Lines(layerNumbers,
    ("sigmoid: vanishing", gradientSizes[0]),
    ("tanh, σ = 3: exploding", explodingSizes),
    ("tanh, σ = 3, clipped to ‖g‖ = 1", clippedSizes),
    ("tanh, σ = √(1/n)", scaledSizes));
Line[] growingStyles = [new() { Width = 2, Color = "#1f77b4" },
                        new() { Width = 2, Color = "#d62728" },
                        new() { Width = 3, Dash = "dash", Color = "#d62728" },
                        new() { Width = 2, Color = "#2ca02c" }];
display((growing with
    {
        Data = growing.Data
            .Select((t, i) => (Trace)((Scatter)t with { Line = growingStyles[i] }))
            .ToList(),
    })
    .WithTitle("Vanishing and exploding: gradient size per layer, one backward pass")
    .WithXTitle("layer (1 = next to the input)").WithYTitle("‖∂L/∂W‖ (log scale)")
    .WithLogY());

// 対数目盛では、シグモイド関数の線は入力側から出力側に向かって上り、σ = 3の線は下っています。一方の勾配は逆向きに伝わる途中で消え、もう一方は爆発するのです。クリッピングによって勾配全体は‖g‖ = 120.2から1.0に縮んだので、破線は赤い線をそのまま平行に下へ移したものになっています。W1は依然としてW7の30倍の勾配を受け取ります。クリッピングは1回のステップが暴走するのを防ぎますが、すべての層に同じ程度の大きさの勾配を与えられるのは、重みのスケールを改善すること（緑の線）だけです。深いネットワークでは両方を使います。

// ## 3. 重みの初期値
//
// 最初の重みは、順方向に伝わる信号の大きさを決めます。小さすぎるとどの層も信号を0に向かって縮め、大きすぎるとtanhのユニットが±1（シグモイド関数のユニットなら0と1）で飽和し、そこでは微分係数がほぼ0になります。どちらの場合も勾配は消失します。
//
// 100ユニットの隠れ層を5つ持つtanhのネットワークで、300個のランダムな入力に対するアクティベーション（活性化関数の出力）を、3通りの重みの初期値（weight initialization）で観察しましょう。σ = 0.01（「[がんばろう！はじめてのDNN！](sources.md#namba-hijiyama-r)」（Namba, Hijiyama.R）で使われている値）、σ = 1、そしてσ = √(1/n)です。ここでnはその層の入力の数です。ライブラリは最後のものを、『ゼロから作るDeep Learning』や多くのチュートリアルと同じく `Xavier` と呼んでいます。厳密にはLeCunの規則で、その違いは第3節の最後で説明します。

// ── cell 43 ──
App.Cell(43, "3. 重みの初期値");
var inputs = Matrix<double>.Build.Random(300, 100, new Normal(0, 1, new Random(12)));
var initializations = new[]
{
    Initialization.Normal(0.01), Initialization.Normal(1), Initialization.Xavier,
};
var spreads = new List<double[]>();
foreach (var init in initializations)
{
    var net = new Network([100, 100, 100, 100, 100, 100, 2], Activation.Tanh,
                          initialization: init, seed: 12);
    var hidden = net.Trace(inputs).Where(t => t.Layer == "Tanh")
                    .Select(t => t.Value.Enumerate().ToArray()).ToList();
    spreads.Add(hidden.Select(z => z.StandardDeviation()).ToArray());
    double saturated = hidden[^1].Count(z => Math.Abs(z) > 0.99)
                       / (double)hidden[^1].Length;
    string stds = string.Join(", ", spreads[^1].Select(s => s.ToString("F3")));
    Console.WriteLine($"{init.Name,-12} std per layer {stds}");
    Console.WriteLine($"{"",-12} saturated in layer 5 (|z| > 0.99): {saturated:P0}");
}

// ── cell 44 ──
App.Cell(44, "3. 重みの初期値");
display(Chart.Lines([1, 2, 3, 4, 5],
        initializations
            .Select((init, k) => (init.Name, (IReadOnlyList<double>)spreads[k]))
            .ToArray())
    .WithTitle("Spread of the activations, layer by layer, in a 5-layer tanh network")
    .WithXTitle("hidden layer")
    .WithYTitle("standard deviation of the activations (log scale)").WithLogY());

// σ = 0.01では、広がり（標準偏差）は層ごとに10分の1になり、層1の0.100から、層4までに0.000になります。信号が消えてしまうのです。σ = 1では広がりは0.96付近に保たれますが、層5のユニットの78 %が飽和しています（|z| > 0.99）。そこではtanh′がほぼ0です。信号は生き残っても、勾配は生き残りません。Xavierは広がりを0.629から0.315のあいだに保ち、飽和したユニットはありません。
//
// その背後にある規則はこうです。1つのユニットはn個の入力を足し合わせるので、uの分散を各入力の分散と同じに保つには、重みの分散を1/nにする必要があります。これがLeCunの規則です。Xavier GlorotとYoshua Bengio自身の規則、つまり本来の「Xavier」の初期値は、逆向きに伝わる勾配の分散も一定に保つようにして、分散 2/(n_in + n_out) に落ち着きます。ここでの100 → 100の層では、2つは同じになります。正規化線形関数は入力の半分を0にするので、Heの初期値は分散を2倍にします：σ = √(2/n)。ライブラリは、特に指定がなければ、正規化線形関数にはHeを、それ以外にはXavierを使います（`Initialization.For`。`lib/NeuralNetworks/Layers/Initialization.cs` を開いてみてください）。「がんばろう！はじめてのDNN！」（Namba, Hijiyama.R）の0.01がアヤメでうまくいくのは、そのネットワークの隠れ層が1つしかないからにすぎません。レッスン09の曲線にも、その出だしの遅さが表れていました。
//
// ## 4. 過学習
//
// 過学習（overfitting）とは、訓練データのパターンではなく偶然の特徴を学習してしまい、新しいデータに対する予測が悪くなることです（「1から始めるディープラーニング」（HN410 2022）のたとえでは「過去問の丸暗記」）。このスライドの図は、ノイズを加えた3次関数を多項式で近似するものです。ここでは、y = x³ − 3xにノイズを加えた訓練用の12点と、検証用のさらに50点を用意します。

// ── cell 46 ──
App.Cell(46, "4. 過学習");
CurveSamples trainPoints = ToyData.NoisyCubic(12, noise: 1.0, seed: 2);
CurveSamples validationPoints = ToyData.NoisyCubic(50, noise: 1.0, seed: 3);
double[] Polyfit(int degree) =>
    Fit.Polynomial(trainPoints.X.ToArray(), trainPoints.Y.ToArray(), degree);
double Rmse(double[] c, CurveSamples s) =>
    Math.Sqrt(s.X.Select((x, i) => Math.Pow(Polynomial.Evaluate(x, c) - s.Y[i], 2))
                 .Average());

double[] cubic = Polyfit(3);
Console.WriteLine(trainPoints);
Console.WriteLine("degree-3 fit: "
                  + string.Join(", ", cubic.Select((c, k) => $"{c:F2}·x^{k}")));
Console.WriteLine($"true curve:   0.00·x^0, -3.00·x^1, 0.00·x^2, 1.00·x^3");

// `Fit.Polynomial`（このコースで使っている行列ライブラリMathNetの関数）は、訓練用の点での二乗誤差が最小になる係数を求めます。次数3では、真の曲線がおおよそ再現されます。では、もっと自由度を与えてみましょう。

// ── cell 48 ──
App.Cell(48, "4. 過学習");
int[] shown = [1, 3, 11];
Func<double, double> Curve(int degree)
{
    double[] c = Polyfit(degree);
    return x => Polynomial.Evaluate(x, c);
}
var curves = shown.Select(d => ($"degree {d}", Curve(d))).ToList();
curves.Insert(0, ("true curve x³ − 3x", trainPoints.TrueFunction));
var trainDots = Chart.Scatter(trainPoints.X.ToArray(), trainPoints.Y.ToArray(),
                              "training points").Data[0];
display(Chart.Functions(-2, 2, 400, curves.ToArray())
    .WithTrace(trainDots)
    .WithYRange(-6, 6)
    .WithTitle("Polynomials of growing degree fitted to 12 noisy points of a cubic")
    .WithXTitle("x").WithYTitle("y"));

// 次数1は硬すぎて曲線に沿えません。これを未学習（underfitting）といいます。次数3はパターンに沿っています。次数11は12点に対して12個の係数を持つので、ノイズも含めてすべての点をちょうど通り、そのあいだで激しく振れます。すべての次数について、両方のデータでの二乗平均平方根誤差（RMSE）を測ってみましょう。

// ── cell 50 ──
App.Cell(50, "4. 過学習");
int[] degrees = Enumerable.Range(0, 12).ToArray();
double[] trainErrors = degrees.Select(d => Rmse(Polyfit(d), trainPoints)).ToArray();
double[] validationErrors =
    degrees.Select(d => Rmse(Polyfit(d), validationPoints)).ToArray();
foreach (int d in degrees)
    Console.WriteLine($"degree {d,2}: training RMSE {trainErrors[d],7:F3}   "
                      + $"validation RMSE {validationErrors[d],7:F3}");

// ── cell 51 ──
App.Cell(51, "4. 過学習");
display(Chart.Lines(degrees.Select(d => (double)d).ToArray(),
        ("training error", trainErrors.Select(e => Math.Max(e, 1e-3)).ToArray()),
        ("validation error", validationErrors))
    .WithTitle("Training error keeps falling; validation error has a minimum")
    .WithXTitle("polynomial degree").WithYTitle("root-mean-square error (log scale)")
    .WithLogY());

// 訓練誤差は次数を1つ上げるたびに下がり、次数11では0.000になります。検証誤差は次数3と4で最小（1.125）となり、その後は上昇して、次数11では175.375に達します。2つの曲線のあいだの開きが過学習であり、それを示せるのは検証データだけです。訓練誤差だけを見ていたら、いつも最も複雑なモデルを選んでしまうでしょう（対数目盛では0を表示できないため、次数11の訓練誤差は0.001の位置に描いています）。
//
// ## 5. 訓練データ・検証データ・テストデータ
//
// 3つのデータはレッスン09で紹介しました。ここでは、なぜ3つとも必要なのかを説明します。検証誤差で次数を選ぶと、検証データも当てはめの一部になってしまいます。選ばれたモデルは、検証データの上では実際より少し良く見えるのです。そこで最終的なスコアは、どの選択にも関わっていない3つ目のデータ、つまりテストデータで、一度だけ測ります（「1から始めるディープラーニング」（HN410 2022）：「テストデータは2回以上使ってはいけない」）。

// ── cell 53 ──
App.Cell(53, "5. 訓練データ・検証データ・テストデータ");
int bestDegree = degrees.MinBy(d => validationErrors[d]);
CurveSamples testPoints = ToyData.NoisyCubic(50, noise: 1.0, seed: 4);
Console.WriteLine($"chosen on validation: degree {bestDegree} "
                  + $"(validation RMSE {validationErrors[bestDegree]:F3})");
double testRmse = Rmse(Polyfit(bestDegree), testPoints);
Console.WriteLine($"reported once, on the test set: RMSE {testRmse:F3}");

// 検証データで選ばれるのは次数4で、小数第3位までは次数3と同じ値です。そのテストRMSEの1.190は、選ぶ根拠になった検証RMSEの1.125より少し悪くなっています。正直な数値は、たいてい見栄えの悪いほうなのです。データが少ないときは、交差検証（cross-validation）によって検証用に取り分ける部分を順に入れ替え、どのサンプルも両方の役割を果たすようにします（「1から始めるディープラーニング」（HN410 2022）でも触れられています）。
//
// ## 6. 過学習への対策
//
// 「1から始めるディープラーニング」（HN410 2022）は防御策として、大きな重みへのペナルティ、ドロップアウト、学習を早めに打ち切ること、より単純なモデルを挙げています。データ拡張と入力の正規化は、データを準備する方法として別に挙げており、どちらもこの節の後半で扱います。それぞれが曲線をどう変えるかを見るために、わざと過学習するネットワークを作りましょう。かみ合った2つの三日月形にノイズを加えた30点と、それには大きすぎるネットワーク（2 → 32 → 32 → 2、ReLU）を用意し、Adamで200エポック学習させます。検証データは100点です。

// ── cell 55 ──
App.Cell(55, "6. 過学習への対策");
Dataset moons = ToyData.Moons(30, noise: 0.25, seed: 14);
Dataset moonsValidation = ToyData.Moons(100, noise: 0.25, seed: 15);
Network Big(double dropout = 0) =>
    new([2, 32, 32, 2], Activation.ReLU, dropout: dropout, seed: 13);
TrainingHistory Train(Network net, double weightDecay = 0, int? patience = null) =>
    Trainer.Fit(net, moons, new Adam(0.01), moonsValidation, epochs: 200, batchSize: 30,
                seed: 13, weightDecay: weightDecay, patience: patience);

var plainNet = Big();
var plain = Train(plainNet);
var best = plain.Epochs.MinBy(e => e.ValidationLoss)!;
Console.WriteLine($"lowest validation loss {best.ValidationLoss:F3} "
                  + $"at epoch {best.Epoch}");
Console.WriteLine($"after 200 epochs: training loss {plain.Last.TrainLoss:F3}, "
                  + $"validation loss {plain.Last.ValidationLoss:F3}");

// 検証損失は68エポック目で最小の0.282になります。その後もネットワークは、30点のノイズに合わせることで訓練損失を0.003まで下げ続け、検証損失は0.788まで上がります。対策を3つ試します。どれも `Trainer.Fit` かネットワークの設定1つで指定できます。
//
// - **L2正則化**（L2 regularization）、または**荷重減衰**（weight decay）：損失に λ/2ΣW^2 を加えます。すると各重みの勾配にλWの項が加わり、重みを0に向かって引き寄せます。通常のSGDなら1ステップあたりαλWだけ引き寄せますが、ここで使うAdamは、この項もほかの勾配と一緒にスケーリングし直します（`lib/NeuralNetworks/Training/WeightDecay.cs`）。「1から始めるディープラーニング」（HN410 2022）によれば、過学習した重みは異常に大きくなりがちです。ここではλ = 0.02とします。
// - **ドロップアウト**（dropout）：学習中は、順伝播のたびに各隠れユニットをランダムに（確率p、ここでは0.5で）無効にします。そのため、どのユニットも特定のほかのユニットに頼ることができません。予測時にはすべてのユニットを使います（`lib/NeuralNetworks/Layers/Dropout.cs`）。「1から始めるディープラーニング」（HN410 2022）は、これを間引いた多数のネットワークのアンサンブルにたとえています。
// - **早期終了**（early stopping）：検証損失を監視し、`patience` エポック（ここでは30）のあいだ改善しなければ学習を止めて、最も良かったエポックの重みを残します。

// ── cell 57 ──
App.Cell(57, "6. 過学習への対策");
var l2Net = Big();
var l2 = Train(l2Net, weightDecay: 0.02);
var dropoutNet = Big(dropout: 0.5);
var dropped = Train(dropoutNet);
var earlyNet = Big();
var early = Train(earlyNet, patience: 30);
Console.WriteLine($"no remedy:    final validation loss {plain.Last.ValidationLoss:F3}");
Console.WriteLine($"L2, λ = 0.02: final validation loss {l2.Last.ValidationLoss:F3}");
Console.WriteLine($"dropout 0.5:  final validation loss "
                  + $"{dropped.Last.ValidationLoss:F3}");
Console.WriteLine($"early stop:   stopped after {early.Epochs.Count} epochs, "
                  + $"kept epoch {early.BestEpoch}, "
                  + $"validation loss {early.Best.ValidationLoss:F3}");

// ── cell 58 ──
App.Cell(58, "6. 過学習への対策");
double[] allEpochs = plain.Epochs.Select(e => (double)e.Epoch).ToArray();
display(Chart.Lines(allEpochs,
        ("training loss, no remedy", plain.TrainLosses.ToArray()),
        ("validation, no remedy", plain.ValidationLosses.ToArray()),
        ("validation, L2", l2.ValidationLosses.ToArray()),
        ("validation, dropout", dropped.ValidationLosses.ToArray()))
    .WithTrace(new Scatter
    {
        X = early.Epochs.Select(e => (double)e.Epoch).ToArray(),
        Y = early.ValidationLosses.ToArray(),
        Name = $"validation, early stopping (kept epoch {early.BestEpoch})",
        Mode = "lines",
        Line = new Line { Width = 5, Dash = "dot", Color = "black" },
    })
    .WithTitle("Moons: validation loss with and without the remedies")
    .WithXTitle("epoch").WithYTitle("cross-entropy loss"));

// L2正則化は最終的な検証損失を0.269に抑え、対策なしのネットワークの最良のエポック（0.282）さえ下回ります。ドロップアウトは上昇を遅らせ、0.592で終わります。早期終了は98エポックで打ち切り、68エポック目の重みを残しました。その検証損失は0.282です。決定境界を見ると、これらの数値の意味が分かります（クラス0は青、クラス1はオレンジ。灰色の線は、ネットワークの確信度を0.5から0.9まで示しています）。

// ── cell 60 ──
App.Cell(60, "6. 過学習への対策");
Figure Boundary(Network net, string title) =>
    Chart.DecisionBoundary(moons, net.Predict, resolution: 60).WithTitle(title);
display(Chart.Subplots(2, 2,
        Boundary(plainNet, "no remedy (200 epochs)"), Boundary(l2Net, "L2, λ = 0.02"),
        Boundary(dropoutNet, "dropout 0.5"),
        Boundary(earlyNet, $"early stopping (epoch {early.BestEpoch})"))
    .WithTitle("The 30 training points and where each network puts the classes")
    .WithLegend(false)
    .WithLayout(l => l with { Height = 800 }));

// 対策なしでは、ネットワークは境界を曲げて、ノイズを含む個々の点に手を伸ばす細い回廊と飛び地を作ります。2つの三日月ではなく、30個の点を覚えてしまったのです。L2正則化とドロップアウトでは、境界は三日月のあいだを通る1本のなめらかな曲線になり、これが新しい点にも通用します。早期終了の境界は正則化なしのものよりなめらかですが、オレンジの点の中にある青い点のまわりをまだ取り囲んでいます。早く止めることで制限されるのは学習がどこまで進むかであって、何に手を伸ばすかではないのです。
//
// ### データ拡張
//
// 「1から始めるディープラーニング」（HN410 2022）は、データ処理の項目にもう1つの対策を挙げています。**データ拡張**（data augmentation）、つまり訓練データを、それを変形したコピーで水増しすることです。画像の場合の講義の例は、回転させたコピー、ずらしたコピー、ノイズを加えたコピーで、どのコピーもネットワークが同じものとして認識すべき画像です。レッスン09の8×8の数字画像の1つについて、そのようなコピーを作ってみます。

// ── cell 62 ──
App.Cell(62, "データ拡張");
var digits = Dataset.LoadCsv("../data/digits.csv");
double[] Shifted(Vector<double> image, int dx, int dy) =>
    Enumerable.Range(0, 64).Select(p =>
    {
        int row = p / 8 - dy, column = p % 8 - dx;
        bool inside = row is >= 0 and < 8 && column is >= 0 and < 8;
        return inside ? image[row * 8 + column] : 0;
    }).ToArray();
var pixelNoise = new Normal(0, 2, new Random(18));
Vector<double> digit = digits.Features.Row(3);
double[] noisy = digit.Select(v => Math.Clamp(v + pixelNoise.Sample(), 0, 16)).ToArray();
display(Chart.Subplots(1, 4,
        Chart.Image(digit.ToArray(), width: 8, title: $"a {digits.Labels[3]}"),
        Chart.Image(Shifted(digit, 1, 0), width: 8, title: "shifted right"),
        Chart.Image(Shifted(digit, 0, 1), width: 8, title: "shifted down"),
        Chart.Image(noisy, width: 8, title: "with noise"))
    .WithTitle("One training image and three augmented copies")
    .WithLayout(l => l with { Height = 300 }));

// 三日月のデータは画像ではなく点ですが、同じ考え方が当てはまります。少し動かした点も、同じ三日月の上にあるのです。30個の訓練用の点それぞれについて、σ = 0.15（データ自体のノイズ0.25より小さい値）の正規分布に従うノイズで動かしたコピーを9個ずつ作り、同じ過学習するネットワークを300点で学習させます。ほかの実行と同じく、各ステップで訓練データ全体を使うので、これも200ステップになります。

// ── cell 64 ──
App.Cell(64, "データ拡張");
Dataset NoisyCopies(Dataset data, int copies, double noise, int seed)
{
    var jitter = new Normal(0, noise, new Random(seed));
    int n = data.Count;
    var X = Matrix<double>.Build.Dense(n * copies, data.FeatureCount,
        (r, c) => data.Features[r % n, c] + (r < n ? 0 : jitter.Sample()));
    int[] labels = Enumerable.Range(0, n * copies).Select(r => data.Labels[r % n])
                             .ToArray();
    return new Dataset(X, labels, data.FeatureNames, data.ClassNames);
}
Dataset augmented = NoisyCopies(moons, copies: 10, noise: 0.15, seed: 17);
var augmentedNet = Big();
var augmentedRun = Trainer.Fit(augmentedNet, augmented, new Adam(0.01), moonsValidation,
                               epochs: 200, batchSize: augmented.Count, seed: 13);
Console.WriteLine($"{augmented.Count} training points; final validation loss "
                  + $"{augmentedRun.Last.ValidationLoss:F3} "
                  + $"(no remedy: {plain.Last.ValidationLoss:F3})");
display(Chart.DecisionBoundary(augmented, augmentedNet.Predict, resolution: 60)
    .WithTitle("Trained on the 30 points and 270 noisy copies"));

// オレンジの点の中にある青い点のコピーは小さな青い雲を作り、ネットワークはその雲にも独自の領域を与えたままです。データ拡張は、ネットワークが同じように扱うべきデータを加えるものであって、運悪く外れた点を正すことはできません。それでも、細い回廊や個々の点を囲む飛び地は、確信度の線がなだらかに並ぶ広い領域に変わり、最終的な検証損失は0.788から0.434に下がります。ドロップアウトの0.592より低いものの、ここではL2正則化の0.269ほど低くはありません。コピーの数やノイズの大きさは、λと同じように検証データで選ぶ設定です。
//
// ### 入力の正規化
//
// 「1から始めるディープラーニング」（HN410 2022）は、入力の正規化（normalization）も勧めています。たとえば特徴量ごとに平均0、標準偏差1になるよう標準化（standardization）することで、「単位の違うデータなどを入力するときは特に効果的」としています。ワインの測定値は、スケールが大きく異なります。同じネットワークを、生の数値と標準化した数値のそれぞれで、通常のSGDで学習させてみましょう。

// ── cell 66 ──
App.Cell(66, "入力の正規化");
var largest = Enumerable.Range(0, 13)
    .Select(j => (wine.FeatureNames[j], wineSplit.Train.Features.Column(j).Maximum()));
Console.WriteLine($"smallest feature maximum: {largest.MinBy(f => f.Item2)}, "
                  + $"largest: {largest.MaxBy(f => f.Item2)}");
TrainingHistory Raw(double alpha) =>
    Trainer.Fit(new Network([13, 16, 3], Activation.ReLU, seed: 10), wineSplit.Train,
                new SGD(alpha), wineSplit.Validation, epochs: 20, batchSize: 16,
                seed: 10);
var rawFast = Raw(0.01);
var rawSlow = Raw(0.0001);
var scaled_66 = wineHistories[0];            // SGD, α = 0.01, standardised: section 1
var inputRuns = new[]
{
    ("raw, α = 0.01", rawFast), ("raw, α = 0.0001", rawSlow),
    ("standardised, α = 0.01", scaled_66),
};
foreach (var (name, h) in inputRuns)
    Console.WriteLine($"{name,-23} final training loss {h.Last.TrainLoss,7:F3}, "
                      + $"validation accuracy {h.Last.ValidationAccuracy:P1}");

// ── cell 67 ──
App.Cell(67, "入力の正規化");
display(Chart.Lines(Enumerable.Range(1, 20).Select(e => (double)e).ToArray(),
        ("raw inputs, α = 0.01", rawFast.TrainLosses.ToArray()),
        ("raw inputs, α = 0.0001", rawSlow.TrainLosses.ToArray()),
        ("standardised inputs, α = 0.01", scaled_66.TrainLosses.ToArray()))
    .WithTitle("Wine: the same network and optimizer, raw against standardised inputs")
    .WithXTitle("epoch").WithYTitle("training loss (log scale)").WithLogY());

// 生の入力では、α = 0.01は最初から行き詰まります。訓練損失は平らなまま1.092で終わります。これは3クラスから当てずっぽうに選んだときの損失ln 3で（レッスン09）、検証データでの正解率は51.4 %です。α = 0.0001と小さくしても解決しません。損失は跳ね回り、9.925で終わって、正解率は37.1 %です。プロリンの値は最大1680にもなってあらゆる重み付き和を支配する一方、非フラボノイドフェノールは0.66を超えることがありません。そのため、ある重みに合ったステップ幅は、別の重みにはまったく役に立たないのです。第1節の細長い谷がまた現れたわけです。標準化すると、同じネットワークとα = 0.01で、訓練損失0.416、検証データでの正解率85.7 %に達します。
//
// ### バッチ正規化
//
// バッチ正規化（batch normalization）は、同じ考え方をネットワークの内部に適用します。`BatchNormalization` 層をDense層とその活性化関数のあいだに置くと、各ユニットを現在のミニバッチ全体で標準化し、そのあと2つの学習されるパラメータγとβで、ネットワークがそれを拡大縮小・平行移動できるようにします。
//
// hat u = (u - μ_B)/(√(σ_B^2 + ε)), z = γ hat u + β
//
// 予測時にはバッチがまったくないこともあるので、この層は、学習中に集めたμとσ²の移動平均を代わりに使います（`lib/NeuralNetworks/Layers/BatchNormalization.cs` を開いてみてください。その逆伝播は、ほかのすべての層と同じく、数値勾配と照合して確認されています）。「1から始めるディープラーニング」（HN410 2022）は、バッチ正規化の効果として学習の高速化と精度の向上を挙げています。
//
// 第2節が問題を予想した状況で試してみましょう。16ユニットのシグモイド関数の隠れ層を5つ持つネットワークを、三日月データの訓練用の点100個で、通常のSGD（α = 0.3）により60エポック学習させます。最初の2つのネットワークの違いは、各シグモイド関数の前にバッチ正規化の層があるかどうかだけです。3つ目は通常のシグモイド関数の層のままで、層2から5を第2節のショートカットのブロックに入れます。

// ── cell 69 ──
App.Cell(69, "バッチ正規化");
List<ILayer> DeepSigmoid(bool withBatchNorm)
{
    var random = new Random(16);
    int[] sizes = [2, 16, 16, 16, 16, 16, 2];
    var layers = new List<ILayer>();
    for (int i = 1; i < sizes.Length; i++)
    {
        int from = sizes[i - 1], to = sizes[i];
        layers.Add(new Dense(from, to, Initialization.Xavier, random, index: i));
        if (i == sizes.Length - 1) break;
        if (withBatchNorm) layers.Add(new BatchNormalization(sizes[i], index: i));
        layers.Add(new ActivationLayer(Activation.Sigmoid));
    }
    return layers;
}
DataSplit moonSplit = ToyData.Moons(200, noise: 0.15, seed: 16).Split(0.5, 0.5, seed: 16);
var withoutNorm = new Network(DeepSigmoid(withBatchNorm: false), new SoftmaxWithLoss());
var withNorm = new Network(DeepSigmoid(withBatchNorm: true), new SoftmaxWithLoss());
var withShortcuts = WithShortcuts(blocks: 4, seed: 16);
Console.WriteLine(withoutNorm);
Console.WriteLine(withNorm);
TrainingHistory TrainDeep(Network net) =>
    Trainer.Fit(net, moonSplit.Train, new SGD(0.3), moonSplit.Validation, epochs: 60,
                batchSize: 20, seed: 16);
var historyWithout = TrainDeep(withoutNorm);
var historyWith = TrainDeep(withNorm);
var historyShortcuts = TrainDeep(withShortcuts);
var deepRuns = new[]
{
    ("plain:", historyWithout), ("batch norm:", historyWith),
    ("shortcuts:", historyShortcuts),
};
foreach (var (name, h) in deepRuns)
    Console.WriteLine($"{name,-12} training loss {h.Last.TrainLoss:F3}, "
                      + $"validation accuracy {h.Last.ValidationAccuracy:P1}");

// ── cell 70 ──
App.Cell(70, "バッチ正規化");
display(Chart.Lines(Enumerable.Range(1, 60).Select(e => (double)e).ToArray(),
        ("five sigmoid layers", historyWithout.TrainLosses.ToArray()),
        ("the same with batch normalisation", historyWith.TrainLosses.ToArray()),
        ("the same with shortcut connections", historyShortcuts.TrainLosses.ToArray()))
    .WithTitle("Moons: a deep sigmoid network, plain, with batch norm, with shortcuts")
    .WithXTitle("epoch").WithYTitle("training loss"));

// バッチ正規化がないと、ネットワークは出発点からまったく動きません。60エポック後の訓練損失は0.688で、これは2クラスから当てずっぽうに選んだときの損失です。検証データでの正解率は44.0 %です。これが第2節の勾配消失です。バッチ正規化を入れると、どのシグモイド関数にも0のまわりに広がった入力が入り、そこでは傾きが最も大きいので、同じSGDで訓練損失0.066、検証データでの正解率95.0 %に達します。第2節のショートカット接続でも、通常のシグモイド関数の層が学習するようになり、同じ60エポックで訓練損失0.229、正解率85.0 %になります。ここではバッチ正規化より遅いものの、行き詰まりからはほど遠い結果です（細かい点を1つ。バッチ正規化の直前にあるDense層のバイアスには効果がありません。バッチの平均を引くことで、どんな平行移動も取り除かれるからです。その役割は代わりにβが担います）。
//
// ## 理解度チェック
//
// 1. 谷f(x, y) = x²/20 + y²では、最小値はx方向に遠いのに、通常のSGDがおもにy方向に動くのはなぜですか。各座標のステップを別々にスケーリングすることでこれを解決するのは、どの最適化手法ですか。
// 2. シグモイド関数の隠れ層を10層持つネットワークがあります。シグモイド関数の微分係数だけによって最初の層の勾配に掛かる因子の上限を答えてください。
// 3. 0.01 × 正規分布の初期値が、「がんばろう！はじめてのDNN！」（Namba, Hijiyama.R）のアヤメのネットワーク（レッスン09）ではうまくいくのに、tanhの層を5つ持つネットワークではうまくいかないのはなぜですか。
// 4. 次数11の多項式は訓練誤差が0です。それでも第4節で最悪のモデルなのはなぜですか。
// 5. 20通りの設定を試し、検証損失が最も良いものを選びました。その検証損失をモデルの性能として報告すべきでないのはなぜですか。

// ## 解答
//
//
// 解答を表示
//
// 1. 勾配(x/10, 2y)は、同じ距離ならxよりyに対して20倍敏感なので、最急降下の方向はほとんど谷を横切る向きになります。x方向に前進できるほど大きなステップは、y方向では行き過ぎてしまいます。AdaGrad、RMSProp、Adam（そしてAdaDelta）は、各座標のステップをその座標自身の直近の勾配の大きさで割るので、両方の座標がほぼ同じ速さで動きます。
// 2. σ′ ≤ 0.25なので、10層では高々0.25¹⁰ ≈ 9.5 × 10⁻⁷です。これは重みを数に入れる前の値です。
// 3. 隠れ層が1つなら、信号が縮むのは1回だけで、出だしが遅くても何とかなります（レッスン09の曲線）。5層では各層がおよそ0.01 × √100 = 0.1倍するので、アクティベーションは最後の層に届くころには約10⁴分の1になり、勾配も消失します。
// 4. 12点のノイズにまで正確に合わせ、点のあいだで激しく振れるので、同じ曲線から取った新しい点に対する誤差が群を抜いて大きくなります。訓練誤差は小さく、検証誤差は大きいのです。
// 5. 選ばれた設定は、一部は運によって、たまたま検証データに最もよく合ったものなので、その検証損失は楽観的すぎます。正直な見積もりには、選択にまったく関わっていないデータ、つまり一度だけ使うテストデータが必要です。

// ## まとめ
//
// - 細長い谷では、通常のSGDはジグザグに進みます。モーメンタムは速度を保ち（そして行き過ぎ）、AdaGradとRMSPropは各重みのステップを過去の勾配に応じてスケーリングし、Adamはその2つの考え方を組み合わせ、AdaDeltaは学習率を自身の直近のステップの大きさで置き換えます。1つの関数での競争では順位は決まりません。どの最適化手法が最良かは、ネットワークとその学習率によって異なります（「1から始めるディープラーニング」（HN410 2022））。学習率スケジュールは、学習の進行とともにαを変えます。ステップ減衰はSGDのジグザグを静めましたが、谷に沿った歩みを遅くしました。
// - シグモイド関数の微分係数は高々0.25なので、深いシグモイド関数のネットワークでは勾配が層ごとに縮みます。正規化線形関数とLeaky ReLU関数は勾配を保ち、ショートカット接続（z = x + F(x)）は勾配に層を迂回させます。重みが大きすぎると因子が1を超え、勾配は入力に向かって爆発します。初期値のスケールを小さくすればそれはなくなり、勾配クリッピングは各ステップの大きさに上限を設けます。
// - 重みの初期値は深さに合わせる必要があります。小さすぎると信号は消え、大きすぎるとtanhが飽和します。ライブラリのXavier（σ = √(1/n)。厳密にはLeCunの規則で、GlorotとBengioの規則は分散2/(n_in + n_out)）は、5層のtanhを飽和したユニットなしで保ちました。ただし、広がりは0.629から0.315へと半分になりました。He（σ = √(2/n)）は、同じ考え方を正規化線形関数に当てはめたものです。
// - 過学習は、訓練曲線が下がり続ける一方で検証曲線が上昇に転じることで現れます。設定は検証データで選び、テストデータでの結果を一度だけ報告します。
// - L2正則化、ドロップアウト、早期終了、データ拡張は、いずれも過学習するネットワークの検証損失を下げました。入力を標準化すると、ワインのデータで通常のSGDが機能するようになりました。ネットワークの内部で標準化するバッチ正規化と、ショートカット接続は、どちらも深いシグモイド関数のネットワークを学習できるようにしました。
//
// ### 重要用語
//
// | English | 日本語 | 意味 |
// | --- | --- | --- |
// | optimizer | 最適化手法 | 勾配を重みの更新に変える規則：SGD、モーメンタム、AdaGrad、RMSProp、Adam、AdaDelta |
// | momentum | モーメンタム | 過去のステップを蓄積する速度。ジグザグを抑え、一定の傾きに沿っては加速する |
// | vanishing gradient | 勾配消失 | 入力に向かって層ごとに勾配が縮み、最初のほうの層がほとんど学習しなくなること |
// | exploding gradient | 勾配爆発 | 層ごとに勾配が大きくなり、学習が不安定になること |
// | gradient clipping | 勾配クリッピング | 勾配全体のノルム‖g‖がcを超えるたびに、方向を保ったまま、勾配全体をノルムcまで縮めること |
// | learning-rate schedule | 学習率スケジュール | ステップが進むにつれて学習率を変える規則。ステップ減衰αₜ = α₀ γ^⌊t/s⌋など |
// | learning-rate decay | 学習率減衰 | 学習中に学習率を下げていくスケジュール。最初は長いステップで、落ち着かせるために短いステップにする |
// | shortcut connection | ショートカット接続 | ブロックの入力をその層を迂回させて運び、層の出力に足す経路 |
// | residual block | 残差ブロック | まわりにショートカットを持つ層のまとまり：z = x + F(x)（ResNetと同様） |
// | weight initialization | 重みの初期値 | 最初の重みの生成方法。そのスケールが、信号が多くの層を通り抜けられるかどうかを決める |
// | overfitting | 過学習 | 訓練データのノイズに合わせてしまい、新しいデータの予測が悪くなること |
// | regularization | 正則化 | 過学習を抑えるあらゆる変更。大きな重みへのペナルティなど |
// | weight decay | 荷重減衰 | L2正則化：損失に(λ/2)ΣW²を加え、重みを0に向かって引き寄せる |
// | dropout | ドロップアウト | 学習中に隠れユニットをランダムに無効にすること |
// | early stopping | 早期終了 | 検証損失が改善しなくなったら学習を終え、最良の重みを残すこと |
// | data augmentation | データ拡張 | 同じ答えになるべき、訓練データを変形したコピー（ずらす、回転させる、ノイズを加える）を追加すること |
// | normalization | 正規化 | 入力を共通のスケールにそろえること。[0, 1] への最小最大スケーリング（レッスン09の `MinMaxScaler`）がよく使われ、平均0・標準偏差1にそろえるのは標準化（standardization） |
// | batch normalization | バッチ正規化 | ネットワークの内部で、各隠れユニットをミニバッチ全体で標準化し、その後スケールをかけ直すこと |
// | cross-validation | 交差検証 | データのどの部分を検証用に取り分けるかを順に入れ替えること |
//
// 次のレッスン11はプレイグラウンドです。データセット、ネットワーク構造、活性化関数、学習率を選び、決定境界が学習していく様子を観察しましょう。

App.End();
// nbrun convert: sha256 797ed13d7b32b1d2
