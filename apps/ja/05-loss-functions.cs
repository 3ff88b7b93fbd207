#!/usr/bin/env dotnet
// 05 · 損失関数
// notebooks/05-loss-functions.ja.ipynb から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/05-loss-functions.cs
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
using NeuralNetworks.Layers;
using NeuralNetworks.Losses;
using NeuralNetworks.Exercises;

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー .. から読みます。
App.Start("05 · 損失関数", args, workIn: "..");

// # 05 · 損失関数
//
// レッスン04では、入力をネットワークに通して予測を得ました。今度は、その予測がどれだけ間違っているかを測ります。使うのは、ネットワークが正しければ小さく、間違っていれば大きくなる1つの数値です。
//
// ## このレッスンでできるようになること
//
// - 誤差を単純に足し合わせたものがなぜ悪い尺度なのかを、講義「[医療とAI・ビッグデータ応用『学習の仕組み』](sources.md#medical-ai-lecture)」（Medical AI lecture）の数値を使って説明できる。
// - 残差平方和、平均二乗誤差、二乗和誤差（二乗和の半分）を計算し、½が付いている理由を説明できる。
// - L1損失と交差エントロピー誤差を計算し、対数の中に入れる小さな定数の役割を説明できる。
// - 回帰と分類のそれぞれに適した損失関数を選べる。
// - 損失を重みの関数 L(w, b) としてとらえ、グラフに描ける。

// ── cell 2 ──
App.Cell(2, "05 · 損失関数");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ## 1. 誤差をそのまま足せばよいのでは？
//
// **損失関数**（loss function）は誤差関数（error function）とも呼ばれ、出力 y と目標値 t のずれを1つの数値、つまり**損失**（loss）あるいは誤差 L に変換します。学習では、この値を小さくすることを目指します。
//
// 講義「[医療とAI・ビッグデータ応用『学習の仕組み』](sources.md#medical-ai-lecture)」（Medical AI lecture）では、目標値が1、1、0、0である4つのサンプルと、3つのネットワークを考えます。1つは完璧、1つは少しずれている、1つは大きくずれているネットワークです。まず思いつくのは、誤差 t - y を足し合わせることです：

// ── cell 4 ──
App.Cell(4, "1. 誤差をそのまま足せばよいのでは？");
var t = Vector<double>.Build.DenseOfArray([1, 1, 0, 0]);
var perfect = Vector<double>.Build.DenseOfArray([1, 1, 0, 0]);
var small = Vector<double>.Build.DenseOfArray([0.7, 0.8, 0.2, 0.1]);
var large = Vector<double>.Build.DenseOfArray([0.4, 0.3, 0.4, 0.7]);
(string Name, Vector<double> Y)[] cases =
    [("① perfect", perfect), ("② small error", small), ("③ large error", large)];
foreach (var (name, y) in cases)
{
    var errors = string.Join(", ", (t - y).Select(e => e.ToString("0.0;−0.0;0")));
    double sum = SumOfErrors.Loss(y, t);
    Console.WriteLine($"{name,-15} t − y = [{errors}]   sum = {sum:F1}");
}

// 小さな誤差のケースも大きな誤差のケースも、合計はどちらも0.2です。正の誤差と負の誤差が打ち消し合うので、この「損失」では良いネットワークと悪いネットワークを区別できません。（講義の表では、ケース③の3番目の出力が0.6と書かれていますが、誤差の列も、その合計0.2も、後に出てくる二乗の値も、すべて誤差−0.4を使っているので、出力は0.4のはずです。ライブラリのテストも同じ理由で0.4を使っています。）
//
// 問題はもう1つあります。Σ_i (t_i - y_i) の各出力についての傾きは、出力がどこにあっても常に -1 なので、どちらに動かせばよくなるのかの手がかりを学習に与えません。ライブラリの `SumOfErrors` は、この失敗を示すためだけに用意されています。
//
// ## 2. 二乗誤差
//
// 足す前に、各誤差を二乗します。二乗は負にならないので打ち消し合いは起こらず、大きな誤差は小さな誤差よりもはるかに重く数えられます：

// ── cell 6 ──
App.Cell(6, "2. 二乗誤差");
foreach (var (name, y) in cases)
{
    var squares = string.Join(" + ", (t - y).Select(e => (e * e).ToString("0.00")));
    Console.WriteLine($"{name,-15} {squares} = {SumOfSquaredErrors.Loss(y, t):F2}");
}

// 結果は0.00、0.18、1.50で、講義の数値（0、0.18、1.50）とぴったり同じです。今度は① < ② < ③と正しい順に並んでいます。一般には、これが**残差平方和**（sum of squared errors）です：
//
// L = Σ_(i=1)^n (y_i - t_i)^2
//
// 次のグラフで、2つの尺度を並べて比べます。

// ── cell 8 ──
App.Cell(8, "2. 二乗誤差");
string[] caseNames = cases.Select(c => c.Name).ToArray();
var plain = cases.Select(c => SumOfErrors.Loss(c.Y, t)).ToArray();
var squared = cases.Select(c => SumOfSquaredErrors.Loss(c.Y, t)).ToArray();
display(Chart.Bar(caseNames, plain, name: "sum of (t − y)")
    .WithTrace(new Bar
    {
        X = caseNames, Y = squared, Name = "sum of (y − t)²",
        Text = squared.Select(v => v.ToString("0.##")).ToArray(),
        Marker = new Marker { Color = Palette.ForClass(1) },
    })
    .WithTitle("Three cases: only the squared errors rank them")
    .WithXTitle("case").WithYTitle("loss"));

// ### 平均二乗誤差と二乗和誤差
//
// よく似た仲間が2つあり、違いは定数倍だけです：
//
// - **平均二乗誤差**（mean squared error、MSE）は値の個数で割るので、サンプルが多いというだけで損失が大きくなることはありません：L = 1/NΣ_(i=1)^N(y_i - t_i)^2。講義「[医療とAI・ビッグデータ応用『学習の仕組み』](sources.md#medical-ai-lecture)」（Medical AI lecture）はこの形を使っていますが、名前は「二乗和誤差」としています。
// - **二乗和誤差**（half the sum of squares）：日本の多くの教科書でこの名前が指すのは、二乗和に½を掛けたこちらの形です（「[ラビットチャレンジレポート（深層学習 day1）](sources.md#rabbit-challenge-day-1)」（Rabbit Challenge day 1）：E = 1/2‖ y - d ‖^2）。
//
// ½はなぜ付いているのでしょうか。ラビットチャレンジのレポートの答えは「微分が簡単になるから」です。(y - t)^2 を微分すると 2(y - t) になりますが、1/2(y - t)^2 を微分するとちょうど y - t、つまり誤差そのものになります。½は損失の大きさを変えますが、最小になる位置は変えません。次のセルでは、ケース②の最初の出力 y = 0.7、t = 1 において、ライブラリの勾配を、数値的に測った傾き（中心差分、レッスン06）と比べます：

// ── cell 10 ──
App.Cell(10, "平均二乗誤差と二乗和誤差");
Console.WriteLine($"case ②: sum of squares {SumOfSquaredErrors.Loss(small, t):F4},"
                  + $"  mean {MeanSquaredError.Loss(small, t):F4},"
                  + $"  half {HalfSumOfSquares.Loss(small, t):F4}");
double slopeSquare = NumericalDerivative.Central(y => (y - 1) * (y - 1), 0.7);
double slopeHalf = NumericalDerivative.Central(y => 0.5 * (y - 1) * (y - 1), 0.7);
double formulaSquare = SumOfSquaredErrors.Gradient(small, t)[0];
double formulaHalf = HalfSumOfSquares.Gradient(small, t)[0];
Console.WriteLine($"d/dy (y − t)²  : formula 2(y − t) = {formulaSquare:F4},"
                  + $" numerical {slopeSquare:F4}");
Console.WriteLine($"d/dy ½(y − t)² : formula  (y − t) = {formulaHalf:F4},"
                  + $" numerical {slopeHalf:F4}");

// 演習：平均二乗誤差と二乗和誤差を、2つのベクトルを受け取る関数として自分で書いてください。`(y - t)` が誤差のベクトルです。`v.PointwisePower(2)` は各要素を二乗し、`v.Sum()` はそれらを足し合わせます。

// ── cell 12 ──
App.Cell(12, "平均二乗誤差と二乗和誤差");
// YOUR TURN 1 · two squared-error losses
// replace each double.NaN: MyMse is (1/n) Σ (y − t)², MyHalf is ½ Σ (y − t)²
double MyMse(Vector<double> y, Vector<double> t) => double.NaN;
double MyHalf(Vector<double> y, Vector<double> t) => double.NaN;

foreach (var (name, y) in cases)
{
    // The check adds the squared errors one element at a time.
    double squares = 0;
    for (int i = 0; i < t.Count; i++)
        squares += (y[i] - t[i]) * (y[i] - t[i]);
    SelfCheck.Close($"MSE of {name}", squares / t.Count, MyMse(y, t));
    SelfCheck.Close($"half sum of {name}", squares / 2, MyHalf(y, t));
}

//
// 解答例
//
// ```csharp
// // YOUR TURN 1 · two squared-error losses
// // MyMse is (1/n) Σ (y − t)², MyHalf is ½ Σ (y − t)²
// double MyMse(Vector<double> y, Vector<double> t) =>
//     (y - t).PointwisePower(2).Sum() / y.Count;
// double MyHalf(Vector<double> y, Vector<double> t) =>
//     0.5 * (y - t).PointwisePower(2).Sum();
//
// foreach (var (name, y) in cases)
// {
//     // The check adds the squared errors one element at a time.
//     double squares = 0;
//     for (int i = 0; i < t.Count; i++)
//         squares += (y[i] - t[i]) * (y[i] - t[i]);
//     SelfCheck.Close($"MSE of {name}", squares / t.Count, MyMse(y, t));
//     SelfCheck.Close($"half sum of {name}", squares / 2, MyHalf(y, t));
// }
// ```
//
// どちらも二乗和に定数 1/n または 1/2 を掛けたものです。ライブラリ版は勾配と並べて `lib/NeuralNetworks/Losses/MeanSquaredError.cs` と `HalfSumOfSquares.cs` に書かれています。
//
//
//
// 講義「医療とAI・ビッグデータ応用『学習の仕組み』」（Medical AI lecture）では、レッスン04の入力に対して講義のネットワークが出した3つの予測（目標値は1、0、0）について、平均二乗誤差を計算しています：
//
// L = 1/3((0.54587066 - 1)^2 + (0.5448884 - 0)^2 + (0.53991485 - 0)^2)
//
// 次のセルでこれを計算し、さらにレッスン04で作ったこちらのネットワーク（乱数のシード3で生成した重み）の予測についても、同じ損失を計算します：

// ── cell 14 ──
App.Cell(14, "平均二乗誤差と二乗和誤差");
var targets = Vector<double>.Build.DenseOfArray([1, 0, 0]);
var lecture = Vector<double>.Build.DenseOfArray([0.54587066, 0.5448884, 0.53991485]);
double lectureLoss = MeanSquaredError.Loss(lecture, targets);
Console.WriteLine($"the lecture's predictions: L = {lectureLoss:F6}");

var network = new Network([2, 4, 1], Activation.ReLU, NetworkOutput.Sigmoid, seed: 3);
var X = Matrix<double>.Build.DenseOfArray(
    new[,] { { 0.5, 0.3 }, { 0.2, 0.4 }, { 0.6, 0.2 } });
var ours = network.Predict(X).Column(0);
var shown = string.Join(", ", ours.Select(v => v.ToString("F6")));
double ourLoss = MeanSquaredError.Loss(ours, targets);
Console.WriteLine($"our predictions [{shown}]: L = {ourLoss:F6}");

// 講義の予測では L = 0.264882、こちらの予測では0.269173です。どちらも0からは程遠く、学習前のネットワークは、どんなランダムな重みから始めても間違っています。
//
// ## 3. L1損失と交差エントロピー誤差
//
// **L1損失**（L1 loss）は誤差の絶対値を足し合わせたものです：L = Σ_i |y_i - t_i|（「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022）では二乗損失と並べて挙げられています）。これも打ち消し合いは起こらず、外れ値1つの寄与は、その大きさの二乗ではなく大きさそのものにとどまります。欠点は、答えにどれだけ近づいても傾きが ± 1 のままなので、答えの近くで歩みが緩やかにならないことです。
//
// 次のグラフは、目標値が t = 1 のとき、1つの出力に対してそれぞれの尺度がどれだけの損失を課すかを示しています。単純な誤差は負にもなる直線で、ほかの尺度は y = t のときだけ0になります。

// ── cell 16 ──
App.Cell(16, "3. L1損失と交差エントロピー誤差");
display(Chart.Functions(-0.5, 2.5,
        ("t − y (plain)", y => 1 - y),
        ("|y − t| (L1)", y => Math.Abs(y - 1)),
        ("(y − t)² (squared)", y => (y - 1) * (y - 1)),
        ("½(y − t)² (half squared)", y => 0.5 * (y - 1) * (y - 1)))
    .WithTitle("The loss of one output y when the target is t = 1")
    .WithXTitle("output y").WithYTitle("loss"));

// ── cell 17 ──
App.Cell(17, "3. L1損失と交差エントロピー誤差");
foreach (var (name, y) in cases)
    Console.WriteLine($"{name,-15} L1 = {L1Loss.Loss(y, t):F1}"
                      + $"   sum of squares = {SumOfSquaredErrors.Loss(y, t):F2}");

// L1損失も、3つのケースを正しい順に並べます：0.0、0.8、2.4。
//
// ### 分類のための交差エントロピー誤差
//
// 分類では、出力は確率（ソフトマックス関数、レッスン02）で、目標値は**ワンホット**（one-hot）、つまり正しいクラスが1、ほかが0のベクトルです。**交差エントロピー誤差**（cross-entropy error）は次の式で表されます。
//
// L = -Σ_k t_k log y_k
//
// 正しいクラスの項だけが残るので、L = -log(正しいクラスに与えた確率)、つまり正しいクラスに与えた確率の対数の符号を反転したものになります。ネットワークが自信をもって正解していれば0で、その確率が0に近づくにつれて際限なく大きくなります。正しいクラスを先頭に置いた3クラスの例で、手計算してみましょう：

// ── cell 19 ──
App.Cell(19, "分類のための交差エントロピー誤差");
var oneHot = Vector<double>.Build.DenseOfArray([1, 0, 0]);
var confidentRight = Vector<double>.Build.DenseOfArray([0.9, 0.05, 0.05]);
var unsure = Vector<double>.Build.DenseOfArray([0.4, 0.3, 0.3]);
var confidentWrong = Vector<double>.Build.DenseOfArray([0.01, 0.98, 0.01]);
(string, Vector<double>)[] guesses =
    [("sure and right", confidentRight), ("unsure", unsure),
     ("sure and wrong", confidentWrong)];
foreach (var (name, y) in guesses)
{
    double p0 = y[0], byHand = -Math.Log(p0), library = CrossEntropyError.Loss(y, oneHot);
    Console.WriteLine($"{name,-15} −log({p0:0.00}) = {byHand:F4}, library {library:F4}");
}

// ネットワークが正しいクラスにちょうど0を与えたらどうなるでしょうか。そのときは log 0 = -∞ となって損失が無限大になり、その後の計算がすべて破綻します。「[ラビットチャレンジレポート（深層学習 day1）](sources.md#rabbit-challenge-day-1)」（Rabbit Challenge day 1）のコードでは、対数の中に小さな定数 δ = 10^(-7) を加えています（`np.log(y + 1e-7)`）。ライブラリも同じことをしています：

// ── cell 21 ──
App.Cell(21, "分類のための交差エントロピー誤差");
var zero = Vector<double>.Build.DenseOfArray([0, 1, 0]);
Console.WriteLine($"Math.Log(0) = {Math.Log(0)}");
double withDelta = CrossEntropyError.Loss(zero, oneHot);
Console.WriteLine($"with δ = {CrossEntropyError.Delta}: −log(0 + δ) = {withDelta:F4}");

// 演習：定数 δ を入れた交差エントロピー誤差 L = -Σ_k t_k log(y_k + δ) を、1つのサンプルについて書いてください。3つの予測と、確率0のケースで確かめます。

// ── cell 23 ──
App.Cell(23, "分類のための交差エントロピー誤差");
// YOUR TURN 2 · cross-entropy with δ
double MyCrossEntropy(Vector<double> y, Vector<double> t) => double.NaN;   // replace

const double delta = 1e-7;   // CrossEntropyError.Delta
foreach (var (name, y) in guesses.Append(("probability 0", zero)))
    SelfCheck.Close($"cross-entropy, {name}", CrossEntropyError.Loss(y, oneHot),
                    MyCrossEntropy(y, oneHot));

//
// 解答例
//
// ```csharp
// // YOUR TURN 2 · cross-entropy with δ
// double MyCrossEntropy(Vector<double> y, Vector<double> t) =>
//     -(t.PointwiseMultiply(y.Map(p => Math.Log(p + delta)))).Sum();
//
// const double delta = 1e-7;   // CrossEntropyError.Delta
// foreach (var (name, y) in guesses.Append(("probability 0", zero)))
//     SelfCheck.Close($"cross-entropy, {name}", CrossEntropyError.Loss(y, oneHot),
//                     MyCrossEntropy(y, oneHot));
// ```
//
// `PointwiseMultiply` は要素ごとに掛け算をするので、正しいクラスの項 -log(y_k + δ) だけが残ります。ローカル関数の中では、その下で宣言されている `delta` を使ってもかまいません。ローカル関数が実行されるのは、呼び出されたときだけだからです。
//
//
//
// 次のグラフは、1つのサンプルについて2つの損失を、正しいクラスに与えた確率 p の関数として比べたものです。二乗誤差 (1 - p)^2 は、ネットワークがどれほど間違っていても1を超えません。一方、交差エントロピー誤差 -log p は、自信をもって間違えた答えに重い罰を与えます。分類に交差エントロピー誤差を使うのはこのためです。

// ── cell 25 ──
App.Cell(25, "分類のための交差エントロピー誤差");
display(Chart.Functions(0.001, 1,
        ("cross-entropy −log p", p => -Math.Log(p)),
        ("squared error (1 − p)²", p => (1 - p) * (1 - p)))
    .WithTitle("Loss of one example against the probability of the correct class")
    .WithXTitle("probability p given to the correct class")
    .WithYTitle("loss").WithYRange(0, 5));

// 2クラスで出力がシグモイド関数1つの場合（講義「医療とAI・ビッグデータ応用『学習の仕組み』」（Medical AI lecture）のネットワーク）、同じ考え方は**二値交差エントロピー**（binary cross-entropy）L = -1/NΣ_n [t_n log y_n + (1 - t_n)log(1 - y_n)] になります。こちらのネットワークの予測と、目標値1、0、0で計算すると：

// ── cell 27 ──
App.Cell(27, "分類のための交差エントロピー誤差");
double binary = BinaryCrossEntropy.Loss(ours, targets);
Console.WriteLine($"binary cross-entropy of our predictions: {binary:F6}");

// 値は0.731665で、1サンプルあたりおよそ -log 0.5 ≈ 0.69 です。予測がどれも0.5付近にある、つまりまだ何も決められていないネットワークが払う代償です。
//
// ## 4. どのタスクにどの損失関数を使うか
//
// 講義「[医療とAI・ビッグデータ応用『学習の仕組み』](sources.md#medical-ai-lecture)」（Medical AI lecture）は、次のようにまとめています。y が具体的な値である**回帰**には二乗誤差を、y が0から1の間の確率である**分類**には交差エントロピー誤差を使います。「[【備忘録】ニューラルネットワークとはなにか](sources.md#hirotask-2024)」（hirotask 2024）でも同様に、主に使われる2つの損失関数として平均二乗誤差と交差エントロピー誤差が挙げられています。
//
// | タスク | 出力層の活性化関数（レッスン04） | 損失関数 | ライブラリ |
// | --- | --- | --- | --- |
// | 回帰 | 恒等関数 | 平均二乗誤差（または二乗和誤差） | `MeanSquaredError`、`HalfSumOfSquares` |
// | 回帰（外れ値がある場合） | 恒等関数 | L1損失 | `L1Loss` |
// | 2クラス分類 | シグモイド関数 | 二値交差エントロピー | `BinaryCrossEntropy` |
// | 多クラス分類 | ソフトマックス関数 | 交差エントロピー誤差 | `CrossEntropyError` |
//
// それぞれのコードは `lib/NeuralNetworks/Losses/` にある短いファイルで、損失の値と勾配が並べて書かれています。たとえば `MeanSquaredError.cs` です。
//
// ## 5. 重みの関数としての損失
//
// 講義「[医療とAI・ビッグデータ応用『学習の仕組み』](sources.md#medical-ai-lecture)」（Medical AI lecture）は、L が最小になるのはどんなときか、そしてその変数は何か、と問いかけます。目標値 t は固定されており、学習中は入力 x も固定です。予測 y は、ネットワークのすべての重みとバイアスを使って x から計算されます。したがって、データを固定すれば、損失は重みとバイアスだけで決まります：
//
// L = 1/NΣ_(k=1)^N(y^((k)) - t^((k)))^2 = g(w, b)
//
// これを確かめるために、講義と同じように（「b を固定して w だけを動かす」）、ほかはすべて固定したまま重みを1つずつ動かしてみます。次のセルでは、こちらのネットワークの出力層の重み w_9 … w_12 をそれぞれ [-10, 10] の範囲で動かし、3つのサンプルの平均二乗誤差を記録します。動かした重みは、そのつど元の値に戻します。

// ── cell 29 ──
App.Cell(29, "4. どのタスクにどの損失関数を使うか");
var W2 = network.Parameters[2].Value;     // 4×1: w9 … w12
double LossWith(int j, double w)
{
    double saved = W2[j, 0];
    W2[j, 0] = w;
    double loss = MeanSquaredError.Loss(network.Predict(X).Column(0), targets);
    W2[j, 0] = saved;
    return loss;
}
(string, Func<double, double>)[] curves = Enumerable.Range(0, 4)
    .Select(j => ($"L(w{j + 9}), now w{j + 9} = {W2[j, 0]:F2}",
                  (Func<double, double>)(w => LossWith(j, w))))
    .ToArray();
// w11 and w12 draw the same flat line: w11 as a wide pale band, w12 dashed on top of it.
Line[] curveStyles = [new() { Width = 2 }, new() { Width = 2 },
                      new() { Width = 10, Color = "rgba(44, 160, 44, 0.35)" },
                      new() { Width = 3, Dash = "dash" }];
var lossCurves = Chart.Functions(-10, 10, curves);
var styledCurves = lossCurves.Data
    .Select((c, i) => (Trace)((Scatter)c with { Line = curveStyles[i] }));
display((lossCurves with { Data = styledCurves.ToList() })
    .WithTitle("The loss as a function of one output weight, the others fixed")
    .WithXTitle("weight w").WithYTitle("mean squared error L"));

// 重みごとに異なる曲線になります。w_11 と w_12 は同じ水平な直線になるので、淡い太い帯の上に破線を重ねて描いています。隠れユニット3と4は3つのサンプルすべてで0を出力する（レッスン04のトレース）ので、これらの重みは0に掛かるだけで、何も変えないのです。w_9 と w_10 は傾きのある曲線になります。w_9 は下げれば下げるほど損失が下がり、w_10 の曲線は現在の重みの位置より左に最低点があります。傾きに沿って坂を下れば、損失は下がります。これが学習の考え方のすべてです。
//
// 演習：上のセルの `LossWith(1, w)` を使って、グリッド -10, -9.9, …, 10 の上で損失が最も小さくなる w_10 の値を見つけてください（インデックス1が w_10 です）。チェックでは、選んだ値をすべてのグリッド点と比べます。

// ── cell 31 ──
App.Cell(31, "4. どのタスクにどの損失関数を使うか");
// YOUR TURN 3 · the lowest point of L(w10)
double[] w10Grid = Enumerable.Range(-100, 201).Select(k => k / 10.0).ToArray();
double bestW10 = double.NaN;   // replace: the grid value with the lowest LossWith(1, w)

double lowest = w10Grid.Min(w => LossWith(1, w));
SelfCheck.True($"no grid point has a lower loss than w10 = {bestW10}",
    LossWith(1, bestW10) <= lowest + 1e-12);
Console.WriteLine($"the network's w10 now: {W2[1, 0]:F2}");

//
// 解答例
//
// ```csharp
// // YOUR TURN 3 · the lowest point of L(w10)
// double[] w10Grid = Enumerable.Range(-100, 201).Select(k => k / 10.0).ToArray();
// double bestW10 = w10Grid.MinBy(w => LossWith(1, w));
//
// double lowest = w10Grid.Min(w => LossWith(1, w));
// SelfCheck.True($"no grid point has a lower loss than w10 = {bestW10}",
//     LossWith(1, bestW10) <= lowest + 1e-12);
// Console.WriteLine($"the network's w10 now: {W2[1, 0]:F2}");
// ```
//
// `MinBy` は、キーが最小になる要素を返します。グラフのとおり、最低点は現在の重みより左にあり、w_10 を下げると損失が下がります。すべての値を試すやり方は重みが1つなら通用しますが、ネットワークには重みが何千もあるので、レッスン07では代わりに傾きをたどります。
//
//
//
// 変数が2つになると、損失は曲面になります。出力層の重み w_10 と出力層のバイアス b_5 を変数とする L を上から見たのが次の図で、色が暗いほど値が低くなっています。レッスン06ではこのような曲面の傾きを測り、レッスン07ではその坂を下っていきます。

// ── cell 33 ──
App.Cell(33, "4. どのタスクにどの損失関数を使うか");
var b2 = network.Parameters[3].Value;     // 1×1: b5
double LossAt(double w10, double b5)
{
    (double savedW, double savedB) = (W2[1, 0], b2[0, 0]);
    (W2[1, 0], b2[0, 0]) = (w10, b5);
    double loss = MeanSquaredError.Loss(network.Predict(X).Column(0), targets);
    (W2[1, 0], b2[0, 0]) = (savedW, savedB);
    return loss;
}
display(Chart.Contour(LossAt, -10, 10, -3, 3, resolution: 60, name: "L(w10, b5)")
    .WithTrace(new Scatter
    {
        X = [W2[1, 0]], Y = [b2[0, 0]], Mode = "markers", Name = "the network now",
        Marker = new Marker { Color = "#d62728", Size = 10 },
    })
    .WithTitle("The loss over two parameters, L(w10, b5)")
    .WithXTitle("output weight w10").WithYTitle("output bias b5"));

// ## 理解度チェック
//
// 1. 出力が y = (0.6, 0.4)、目標値が t = (1, 0) のとき、t - y の単純な和と残差平方和を計算してください。間違いに気づけるのはどちらですか。
// 2. 講義「医療とAI・ビッグデータ応用『学習の仕組み』」（Medical AI lecture）のケース③（4つの出力で二乗和1.50）の平均二乗誤差はいくつですか。
// 3. ラビットチャレンジのレポートでは、なぜ二乗誤差の前に½を付けているのでしょうか。それによって最小値の位置は動きますか。
// 4. ある分類器が正しいクラスに確率0.001を与えました。交差エントロピー誤差はおよそいくつですか。定数 δ がなければ、確率0のときはいくつになりますか。
// 5. 第5節で、w_11 と w_12 の曲線が平らなのはなぜですか。

// ## 解答
//
//
// 解答を表示
//
// 1. 単純な和：0.4 + (-0.4) = 0 で、まるでネットワークが完璧であるかのようです。二乗：0.16 + 0.16 = 0.32。間違いに気づけるのは二乗誤差だけです。
// 2. 1.50 / 4 = 0.375 です。
// 3. 1/2(y - t)^2 の微分は y - t になり、二乗から出てくる2が打ち消されるからです。関数に正の定数を掛けても、最小値の位置は動きません。
// 4. -log 0.001 ≈ 6.9 です。確率0なら -log 0 = +∞ になりますが、δ = 10^(-7) を入れると約16.1です。
// 5. 隠れユニット3と4（ReLU）は3つのサンプルすべてで0を出力するので、その重みは0に掛かるだけで、どの予測も変えられないからです。このような重みには勾配も届きません。すべてのサンプルで出力が0のReLUユニットは学習しないのです。

// ## まとめ
//
// - 損失関数は、出力と目標値のずれを1つの数値に変換します。学習ではこれを小さくします。
// - 誤差の単純な和はうまくいきません。講義「医療とAI・ビッグデータ応用『学習の仕組み』」（Medical AI lecture）では、小さな誤差も大きな誤差も合計は0.2になります。二乗誤差なら0、0.18、1.50となり、正しい順に並びます。
// - 残差平方和、平均二乗誤差、二乗和誤差の違いは定数倍だけです。½を付けると、微分が y - t になります（「ラビットチャレンジレポート（深層学習 day1）」（Rabbit Challenge day 1））。
// - L1損失は誤差の絶対値を足し合わせます。交差エントロピー誤差 -Σt_k log y_k は分類のための損失関数で、小さな δ によって log の引数が0にならないようにします。
// - 回帰には二乗誤差、分類には交差エントロピー誤差を使います。
// - データを固定すれば、損失は重みとバイアスの関数 L(w, b) です。重みが1つなら曲線、2つなら曲面になります。
//
// ### 重要用語
//
// | English | 日本語 | 意味 |
// | --- | --- | --- |
// | loss function | 損失関数 | 出力が目標値からどれだけ離れているかを測る関数 |
// | loss | 損失 | 損失関数が返す数値。小さいほどよい |
// | sum of squared errors | 残差平方和 | Σ_i (y_i - t_i)^2 |
// | mean squared error | 平均二乗誤差 | 1/NΣ_i (y_i - t_i)^2。回帰でよく使う損失関数 |
// | half sum of squares | 二乗和誤差 | 1/2Σ_i (y_i - t_i)^2。微分すると y - t になる |
// | L1 loss | L1損失 | Σ_i | y_i - t_i |。誤差の絶対値の和 |
// | cross-entropy error | 交差エントロピー誤差 | -Σ_k t_k log y_k。分類でよく使う損失関数 |
// | binary cross-entropy | 二値交差エントロピー | シグモイド関数の出力1つと、0または1の目標値に対する交差エントロピー誤差 |
// | one-hot | ワンホット | 正しいクラスが1、ほかが0の目標ベクトル |
//
// 次のレッスン06では、損失の曲線の傾きを測ります。微分係数と偏微分です。

App.End();
// nbrun convert: sha256 50b957cbce9a0058
