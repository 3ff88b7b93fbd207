#!/usr/bin/env dotnet
// 09 · ネットワークの学習
// notebooks/09-training-a-network.ja.ipynb から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/09-training-a-network.cs
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
using NeuralNetworks.Exercises;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー .. から読みます。
App.Start("09 · ネットワークの学習", args, workIn: "..");

// # 09 · ネットワークの学習
//
// *レッスン08では、誤差逆伝播法ですべての勾配が求められるようになりました。このレッスンでは、その勾配を使って実際のネットワークを学習させます。*
//
// 「[がんばろう！はじめてのDNN！](sources.md#namba-hijiyama-r)」（Namba, Hijiyama.R）に沿って、アヤメの花を分類するネットワークを一歩ずつ組み立て、続いて、手書き数字を読み取るより大きなネットワークを学習させます。その過程で、学習したネットワークを1つの数値だけで判断せず、多面的に評価する方法も身につけます。
//
// ## このレッスンでできるようになること
//
// - データセットを訓練データ・検証データ・テストデータに分け、訓練データだけから求めた統計量で特徴量を標準化し、テストデータに触れずにk分割交差検証で2つの設定を比べられる。
// - 「がんばろう！はじめてのDNN！」（Namba, Hijiyama.R）のアヤメのネットワーク（入力4つ、正規化線形関数（ReLU）の隠れ層、ソフトマックス関数による出力3つ、重みは0.01 × 正規分布の乱数）を組み立て、学習前の損失の値を説明できる。
// - ミニバッチで学習させ、訓練データと検証データについて損失と正解率の曲線を読み取れる。
// - 混同行列と個々の予測から分類器を評価できる。
// - 8×8ピクセルの数字の画像でより大きなネットワークを学習させ、間違えた画像を調べられる。

// ── cell 2 ──
App.Cell(2, "09 · ネットワークの学習");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ## 1. アヤメのデータ
//
// 「がんばろう！はじめてのDNN！」（Namba, Hijiyama.R）では、アヤメの花のデータでネットワークを学習させます。3種のアヤメの花150個について、それぞれ4か所の長さをセンチメートル単位で測ったデータです。
// ファイルには1行に1つの花が記録され、4つの測定値のあとに種名が続きます。

// ── cell 4 ──
App.Cell(4, "1. アヤメのデータ");
var iris = Dataset.LoadCsv("../data/iris.csv");
Console.WriteLine($"{iris.Count} flowers, {iris.FeatureCount} features, "
                  + $"{iris.ClassCount} classes");
Console.WriteLine($"features: {string.Join(", ", iris.FeatureNames)}");
Console.WriteLine($"classes:  {string.Join(", ", iris.ClassNames)}");
Console.WriteLine($"first flower: [{string.Join(", ", iris.Features.Row(0))}] → "
                  + iris.ClassNames[iris.Labels[0]]);

// 4つの特徴量のうち2つだけで、すでに種をかなりよく分けられます。setosa（青）は離れたところにまとまっていますが、versicolorとvirginicaは少し重なっています。ネットワークが間違えるのは、まさにそこです。

// ── cell 6 ──
App.Cell(6, "1. アヤメのデータ");
display(Chart.ScatterByClass(iris, xFeature: 2, yFeature: 3)
    .WithTitle("Iris: petal length against petal width")
    .WithXTitle("petal length (cm)").WithYTitle("petal width (cm)"));

// ### 訓練データ、検証データ、テストデータ
//
// ネットワークは、一度も見たことのない花でも正しく働かなければなりません。そこで、一部の花を学習に使わずに取っておきます。「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022）は、次の3つのデータセットを挙げています。
//
// - 訓練データ（training set）は、重みの当てはめに使います。
// - 検証データ（validation set）は学習中に確認し、学習率やエポック数などの設定を選ぶのに使います。
// - テストデータ（test set）は、いちばん最後に一度だけ使い、最終的な成績を出します。
//
// `Split` は、シードを使って行をシャッフルしてから切り分けます。60 % が訓練データ、20 % が検証データ、残りがテストデータです。

// ── cell 8 ──
App.Cell(8, "訓練データ、検証データ、テストデータ");
DataSplit split = iris.Split(trainFraction: 0.6, validationFraction: 0.2, seed: 4);
Console.WriteLine(split);
string PerClass(Dataset part) =>
    string.Join(", ", Enumerable.Range(0, 3).Select(c => part.Labels.Count(l => l == c)));
Console.WriteLine($"training   per class: {PerClass(split.Train)}");
Console.WriteLine($"validation per class: {PerClass(split.Validation)}");
Console.WriteLine($"test       per class: {PerClass(split.Test)}");

// ### 標準化
//
// 下に表示される μ と σ のとおり、4つの測定値は中心もばらつきもそれぞれ異なります。標準化（standardization）は、各特徴量をずらして伸縮し、平均0、標準偏差1にそろえます。
//
// z = (x - μ)/σ
//
// μ と σ は訓練データだけから求め、その同じ μ と σ を3つのデータセットすべてに適用します。すべてのデータから求めてしまうと、テスト用の花の情報が学習に漏れ込んでしまいます。（標準化が学習に何をもたらすかは、レッスン10で見ます。）

// ── cell 10 ──
App.Cell(10, "標準化");
var scaler = Standardizer.Fit(split.Train.Features);
Dataset train = scaler.Transform(split.Train);
Dataset validation = scaler.Transform(split.Validation);
Dataset test = scaler.Transform(split.Test);
Console.WriteLine(scaler);
var means = train.Features.ColumnSums() / train.Count;
Console.WriteLine("training set after: means "
                  + $"[{string.Join(", ", means.Select(m => m.ToString("F2")))}]");

// ── cell 11 ──
App.Cell(11, "標準化");
// YOUR TURN 1 · Standardise petal length by hand
// z = (x − μ) / σ with the training set's μ and σ for petal length (feature 2):
// scaler.Mean[2] and scaler.StandardDeviation[2]. x is in centimetres.
double MyZ(double x) => double.NaN;          // replace: your z

// The check standardises all 90 training petal lengths with MyZ: they must come out
// with mean 0 and standard deviation 1 (dividing by N, as the standardiser does),
// and a longer petal must keep a larger z.
double[] myZs = split.Train.Features.Column(2).Select(MyZ).ToArray();
double myZMean = myZs.Average();
double myZSd = Math.Sqrt(myZs.Sum(v => (v - myZMean) * (v - myZMean)) / myZs.Length);
SelfCheck.Close("mean of the standardised petal lengths", 0, myZMean, 1e-12);
SelfCheck.Close("their standard deviation", 1, myZSd, 1e-12);
SelfCheck.True("a 5 cm petal gets a larger z than a 4 cm one", MyZ(5.0) > MyZ(4.0));

//
// 解答例
//
// ```csharp
// // YOUR TURN 1 · Standardise petal length by hand
// // z = (x − μ) / σ with the training set's μ and σ for petal length (feature 2):
// // scaler.Mean[2] and scaler.StandardDeviation[2]. x is in centimetres.
// double MyZ(double x) => (x - scaler.Mean[2]) / scaler.StandardDeviation[2];
//
// // The check standardises all 90 training petal lengths with MyZ: they must come out
// // with mean 0 and standard deviation 1 (dividing by N, as the standardiser does),
// // and a longer petal must keep a larger z.
// double[] myZs = split.Train.Features.Column(2).Select(MyZ).ToArray();
// double myZMean = myZs.Average();
// double myZSd = Math.Sqrt(myZs.Sum(v => (v - myZMean) * (v - myZMean)) / myZs.Length);
// SelfCheck.Close("mean of the standardised petal lengths", 0, myZMean, 1e-12);
// SelfCheck.Close("their standard deviation", 1, myZSd, 1e-12);
// SelfCheck.True("a 5 cm petal gets a larger z than a 4 cm one", MyZ(5.0) > MyZ(4.0));
// ```
//
// μ を引くと平均が0に移り、σ で割るとばらつきが1になります。この2つの性質こそが標準化の意味なので、ライブラリの変換を使わずに、書いた z を確かめられるのです。

// ## 2. 「がんばろう！はじめてのDNN！」（Namba, Hijiyama.R）のネットワーク
//
// 講演のネットワークは、入力が4つ（測定値1つにつき1つ）、ReLUのユニットからなる隠れ層が1つ、出力が3つ（種1つにつき1つ）で、出力はソフトマックス関数で確率に変換され、交差エントロピー誤差で評価されます。重みの初期値は小さな乱数で、0.01 × 正規分布の乱数（講演のRコードでは `0.01*matrix(rnorm(...))`）、バイアスの初期値は0です。シードを固定すれば（Rでは `set.seed()`）、毎回同じ結果になります。
//
// ここでは、隠れ層のユニットを6個にします。`Initialization.Normal(0.01)` は、すべての重みを標準偏差0.01の正規分布から引きます（`lib/NeuralNetworks/Layers/Initialization.cs` を開いてみてください）。

// ── cell 14 ──
App.Cell(14, "2. 「がんばろう！はじめてのDNN！」（Namba, Hijiyama.R）のネットワーク");
var net = new Network([4, 6, 3], Activation.ReLU,
                      initialization: Initialization.Normal(0.01), seed: 4);
Console.WriteLine(net);
foreach (Parameter p in net.Parameters)
    Console.WriteLine($"{p}: largest |value| {p.Value.Enumerate().Max(Math.Abs):F4}");

// 学習する前のこのネットワークは、何を予測するでしょうか。重みが0.01程度なら、どのスコア u も0に近く、等しい3つのスコアにソフトマックス関数を適用すると、それぞれ1/3になります。正しいクラスに1/3を予測したときの交差エントロピー誤差は −ln(1/3) = ln 3 です。訓練データの最初の3つの花と、損失を確かめてみましょう。

// ── cell 16 ──
App.Cell(16, "2. 「がんばろう！はじめてのDNN！」（Namba, Hijiyama.R）のネットワーク");
Console.WriteLine(net.Predict(train.Features.SubMatrix(0, 3, 0, 4)).ToMatrixString("F4"));
double startLoss = net.Loss(train.Features, net.Targets(train.Labels));
Console.WriteLine($"loss before training {startLoss:F4}, ln 3 = {Math.Log(3):F4}");

// つまり、ネットワークは何も知らない状態から始まります。これはまさにあるべき姿です。どの種も同じ確率で、損失は1.0987と、ln 3 = 1.0986 とほとんど変わりません。
//
// ## 3. 学習
//
// `Trainer.Fit` は、レッスン07でミニバッチ勾配降下法と呼んだ手順を繰り返します。1エポック（epoch）は、訓練データ全体を1回通すことです。
//
// 1. 訓練データの行をシャッフルする（シードを使う）。
// 2. 10行のミニバッチごとに、順伝播と損失の計算、逆伝播（レッスン08）、そして1回の更新 W ← W − α ∂L/∂W を行う。
// 3. 訓練データ全体と検証データ全体で、損失と正解率を測る。
//
// このループは `lib/NeuralNetworks/Training/Trainer.cs` を開くと確かめられます。学習率 α = 0.1 で100エポック学習させましょう。

// ── cell 18 ──
App.Cell(18, "3. 学習");
TrainingHistory history = Trainer.Fit(net, train, new SGD(0.1), validation,
                                      epochs: 100, batchSize: 10, seed: 4);
Console.WriteLine(history.ToTable(rows: 8));

// 訓練データでの損失は、最初のエポックの後の1.0974から最後のエポックの後の0.0453まで下がり、訓練データでの正解率（accuracy：正しく分類された割合）は36.7%から98.9%まで上がります。検証データでの正解率は、最終的に93.3%です。
//
// ## 4. 損失と正解率の曲線
//
// 表では変化の形が見えませんが、曲線にすれば見えます。「がんばろう！はじめてのDNN！」（Namba, Hijiyama.R）も、アヤメのネットワークについてまさにこの2つのグラフ、つまり反復ごとの損失と正解率を描いています。ここでは、エポックごとに訓練データと検証データの両方で測ります。このようなグラフを学習曲線（learning curve）と呼びます。

// ── cell 20 ──
App.Cell(20, "4. 損失と正解率の曲線");
double[] epochs = history.Epochs.Select(e => (double)e.Epoch).ToArray();
var lossChart = Chart.Lines(epochs,
        ("training loss", history.TrainLosses.ToArray()),
        ("validation loss", history.ValidationLosses.ToArray()))
    .WithTitle("Cross-entropy loss").WithXTitle("epoch").WithYTitle("loss");
var accuracyChart = Chart.Lines(epochs,
        ("training accuracy", history.Epochs.Select(e => e.TrainAccuracy).ToArray()),
        ("validation accuracy",
         history.Epochs.Select(e => e.ValidationAccuracy).ToArray()))
    .WithTitle("Accuracy").WithXTitle("epoch").WithYTitle("fraction correct");
display(Chart.Subplots(1, 2, lossChart, accuracyChart).WithLayout(l => l with { Height = 420 }));

// ここから読み取れることが3つあります。
//
// - 最初の数エポックは、ほとんど動きません。重みが0.01だと勾配も小さく、重みが大きく育つまでしばらくかかるのです。（よりよい出発点については、レッスン10で扱います。）
// - 正解率は階段状に跳ねます。花が境界をまたいだときにしか変わらないからです。一方、損失はなめらかに動きます。正しい答えにより強い確信を持つことも、損失では評価されるからです。
// - 検証データの曲線は、訓練データの曲線にぴったりついていきます。ネットワークは訓練データの花を丸暗記しているわけではありません。丸暗記するとどう見えるかは、レッスン10で示します。

// ## 5. 交差検証
//
// 第3節では100エポック学習させました。その5分の1の手間である20エポックでも、同じくらいうまくいったでしょうか。これは設定の選択なので、テストデータで決めてはいけません。決めるのは第1節の検証データの役目です。しかし、検証データには花が30個しかありません。花1個の正誤で正解率が30分の1も動くので、それを頼りにした選択は、シードがたまたまどの30個を検証データに入れたかに左右されてしまいます。
//
// 交差検証（cross-validation）は、「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022）が3つのデータセットと並べて挙げている方法で、テストデータ以外のすべての花に順番に検証役を回します。k分割交差検証の手順は次のとおりです。
//
// 1. 訓練データと検証データの花を合わせ（90 + 30 = 120）、シードを使ってシャッフルする。
// 2. それらを同じ大きさの k 個の部分に切り分ける。この部分をフォールドと呼ぶ。ここでは k = 5 で、1フォールドは24個の花になる。
// 3. フォールドを1つずつ順番に取り出し、残りの k − 1 個のフォールド（96個の花）で標準化器を当てはめて新しいネットワークを学習させ、取り出したフォールドでの正解率 a_i を測る。
// 4. k 個の正解率の平均と標準偏差を報告する。
//
// bar a = 1/kΣ_(i=1)^k a_i, s = √(1/(k-1)Σ_(i=1)^k (a_i - bar a)^2)
//
// どの花もちょうど1回だけ取り出され、テスト用の30個の花はまったく関わりません。`KFold.Split` が手順1と2を行います（`lib/NeuralNetworks/Data/KFold.cs` を開いてみてください）。

// ── cell 23 ──
App.Cell(23, "5. 交差検証");
Dataset notTest = split.Train.Concat(split.Validation);   // every flower but the test set
IReadOnlyList<Fold> folds = KFold.Split(notTest, k: 5, seed: 4);
Console.WriteLine($"{notTest.Count} flowers outside the test set");
foreach (Fold fold in folds)
    Console.WriteLine($"{fold}, held out per class: {PerClass(fold.Validation)}");

// 各回は、第1節から第3節の手順を小さな規模で行うものです。標準化器の μ と σ はその回の訓練用の96個の花だけから求め、ネットワークは第2節と同じもので、重みの初期値、学習率、ミニバッチ、シードもすべて同じです。シャッフルはフォールドごとの種の割合をそろえませんが（フォールド4にはsetosaが13個あるのに、versicolorは4個しかありません）、どのフォールドにも3種すべてが含まれています。2つの候補で違うのは、エポック数だけです。

// ── cell 25 ──
App.Cell(25, "5. 交差検証");
// One round: scale with the training folds' μ and σ, train a fresh network,
// and measure its accuracy on the held-out fold.
double FoldAccuracy(Fold fold, int epochs)
{
    var foldScaler = Standardizer.Fit(fold.Train.Features);
    Dataset foldTrain = foldScaler.Transform(fold.Train);
    Dataset heldOut = foldScaler.Transform(fold.Validation);
    var foldNet = new Network([4, 6, 3], Activation.ReLU,
                              initialization: Initialization.Normal(0.01), seed: 4);
    Trainer.Fit(foldNet, foldTrain, new SGD(0.1), epochs: epochs, batchSize: 10, seed: 4);
    return foldNet.Accuracy(heldOut.Features, heldOut.Labels);
}
int[] candidates = [20, 100];
double[][] foldScores = candidates
    .Select(epochs => folds.Select(fold => FoldAccuracy(fold, epochs)).ToArray())
    .ToArray();

string Percent(double a) => $"{100 * a:F1}%";
Console.WriteLine("epochs    fold 1  fold 2  fold 3  fold 4  fold 5    mean ± SD");
for (int c = 0; c < candidates.Length; c++)
{
    double[] a = foldScores[c];
    double mean = a.Average();
    double sd = Math.Sqrt(a.Sum(x => (x - mean) * (x - mean)) / (a.Length - 1));
    string perFold = string.Join("  ", a.Select(x => $"{Percent(x),6}"));
    Console.WriteLine($"{candidates[c],6}    {perFold}    "
                      + $"{Percent(mean)} ± {100 * sd:F1}");
}
var pairs = foldScores[1].Zip(foldScores[0]).ToArray();      // (100 epochs, 20 epochs)
Console.WriteLine($"100 epochs better in {pairs.Count(p => p.First > p.Second)} folds, "
                  + $"equal in {pairs.Count(p => p.First == p.Second)}, "
                  + $"worse in {pairs.Count(p => p.First < p.Second)}");

// ── cell 26 ──
App.Cell(26, "5. 交差検証");
string[] foldNames = folds.Select(f => $"fold {f.Number}").ToArray();
Bar Candidate(int c) => new Bar
{
    X = foldNames, Y = foldScores[c], Name = $"{candidates[c]} epochs",
    Text = foldScores[c].Select(Percent).ToArray(), TextPosition = "auto",
    Marker = new Marker { Color = Palette.ForClass(c) },
};
display(new Figure([Candidate(0), Candidate(1)])
    .WithTitle("Accuracy on each held-out fold, for two epoch counts")
    .WithXTitle("held-out fold (24 flowers)").WithYTitle("fraction correct"));

// 100エポックでは取り出した花の96.7% ± 3.5を正しく分類し、20エポックでは91.7% ± 6.6です。各回で2つの候補は同じ花を使っているので、フォールドごとの比較は公平です。100エポックは5つのフォールドのうち3つで上回り、残りの2つでは同じで、下回ることは一度もありません。したがって、100エポック、つまり第3節のネットワークを採用します。
//
// 平均と同じくらい、ばらつきも重要です。100エポックという同じ設定でも、どの24個の花を取り出すかによって、成績は91.7%から100.0%まで変わります。花2個分の幅です。つまり、小さな検証データが1つだけでは、ある設定を実際よりよく見せることも悪く見せることもあり、5つのフォールドの平均のほうが安定した判定役になります。交差検証には候補1つにつき k 回の学習が必要で、ここでは全部で10個の小さなネットワークを学習させました。これほど小さなデータセットなら負担は軽く、しかも検証データ1つでは最も信頼できないのがこういう場合です。逆に大きなデータセットでは負担が重く、しかも検証データ1つでもすでに十分な大きさがあります。

// ## 6. 混同行列
//
// 正解率という1つの数値からは、*どの*花を間違えたのかはわかりません。混同行列（confusion matrix）は、本当のクラス（行）ごとに、各クラス（列）が何回予測されたかを数えたものです。対角成分が正解の数です。
//
// 交差検証は、テスト用の花を一度も見ずに第3節のネットワークを選びました。いよいよテストデータを、一度だけ使うときです。

// ── cell 29 ──
App.Cell(29, "6. 混同行列");
int[] predicted = net.Classify(test.Features);
var confusion = new ConfusionMatrix(test.Labels, predicted, iris.ClassNames);
Console.WriteLine(confusion);

// テスト用の花では、setosaの9個とvirginicaの8個はすべて正解です。versicolorの13個のうち2個がvirginicaと取り違えられました。第1節のグラフで重なっていた2種です。正解率は30個中93.3%です。「がんばろう！はじめてのDNN！」（Namba, Hijiyama.R）も、そのネットワークについて同じ傾向を報告しています。setosaは完璧で、ほかの2種もほぼ正解です。

// ── cell 31 ──
App.Cell(31, "6. 混同行列");
// YOUR TURN 2 · Recall from the confusion matrix
// The recall of a class is the fraction of its test examples classified correctly: the
// diagonal count of its row over the row's sum. Compute versicolor's recall (class 1)
// from the counts confusion[actual, predicted].
double myRecall = double.NaN;                // your recall

SelfCheck.Close("recall of versicolor", confusion.Recall(1), myRecall, 1e-12);

//
// 解答例
//
// ```csharp
// // YOUR TURN 2 · Recall from the confusion matrix
// // The recall of a class is the fraction of its test examples classified correctly: the
// // diagonal count of its row over the row's sum. Compute versicolor's recall (class 1)
// // from the counts confusion[actual, predicted].
// double rowSum = Enumerable.Range(0, 3).Sum(j => confusion[1, j]);
// double myRecall = confusion[1, 1] / rowSum;  // 11 of 13
//
// SelfCheck.Close("recall of versicolor", confusion.Recall(1), myRecall, 1e-12);
// ```
//
// テスト用のversicolor 13個のうち11個が正解なので、再現率（recall）は11/13 ≈ 84.6 %です。

// ## 7. いくつかの予測
//
// 予測されたクラスの裏には、3つの確率があります。テスト用の花の最初の8個を、花弁の測定値（標準化前の、センチメートル単位の値）とともに示します。

// ── cell 34 ──
App.Cell(34, "7. いくつかの予測");
Matrix<double> P = net.Predict(test.Features);
Matrix<double> cm = split.Test.Features;          // the test flowers in centimetres
Console.WriteLine("petal length  width   true         predicted    "
                  + "p(setosa)  p(versicolor)  p(virginica)");
for (int n = 0; n < 8; n++)
{
    string truth_34 = iris.ClassNames[test.Labels[n]], guess = iris.ClassNames[predicted[n]];
    Console.Write($"{cm[n, 2],12:F1}  {cm[n, 3],5:F1}   {truth_34,-11}  {guess,-11}");
    Console.WriteLine($"  {P[n, 0],9:F3}  {P[n, 1],13:F3}  {P[n, 2],12:F3}");
}

// ほとんどの花では、1つの確率が1に近くなります。興味深いのは、最も自信のないテスト用の花です。

// ── cell 36 ──
App.Cell(36, "7. いくつかの予測");
int unsure = Enumerable.Range(0, test.Count).MinBy(n => P.Row(n).Maximum());
string truly = iris.ClassNames[test.Labels[unsure]];
Console.WriteLine($"test flower {unsure}: petal {cm[unsure, 2]} × {cm[unsure, 3]} cm");
Console.WriteLine($"truly {truly}, predicted {iris.ClassNames[predicted[unsure]]}");
string probabilities = string.Join(", ", P.Row(unsure).Select(p => p.ToString("F3")));
Console.WriteLine($"probabilities [{probabilities}]");
display(Chart.Bar(iris.ClassNames, P.Row(unsure).ToArray(), name: "probability")
    .WithTitle($"The network's least certain test flower (truly {truly})")
    .WithXTitle("species").WithYTitle("predicted probability"));

// ── cell 37 ──
App.Cell(37, "7. いくつかの予測");
// YOUR TURN 3 · The loss of one prediction
// Cross-entropy scores a prediction by −ln p, where p is the probability given to the
// true class. Compute it for the least certain test flower (row `unsure` of P).
int truth = test.Labels[unsure];
double myLoss = double.NaN;                  // your −ln p

var oneHot = Vector<double>.Build.Dense(3, j => j == truth ? 1 : 0);
double library = NeuralNetworks.Losses.CrossEntropyError.Loss(P.Row(unsure), oneHot);
SelfCheck.Close("cross-entropy of the least certain flower", library, myLoss, 1e-6);

//
// 解答例
//
// ```csharp
// // YOUR TURN 3 · The loss of one prediction
// // Cross-entropy scores a prediction by −ln p, where p is the probability given to the
// // true class. Compute it for the least certain test flower (row `unsure` of P).
// int truth = test.Labels[unsure];
// double myLoss = -Math.Log(P[unsure, truth]);
//
// var oneHot = Vector<double>.Build.Dense(3, j => j == truth ? 1 : 0);
// double library = NeuralNetworks.Losses.CrossEntropyError.Loss(P.Row(unsure), oneHot);
// SelfCheck.Close("cross-entropy of the least certain flower", library, myLoss, 1e-6);
// ```
//
// ライブラリは対数の中に小さな δ = 1e-7 を加えるので（レッスン05）、許容誤差を設けています。この花は本当のクラスに0.485が与えられたので、損失は約 −ln 0.485 ≈ 0.72 です。一方、自信を持った正解の損失は0に近くなります。

// このversicolorは、花弁の長さが4.9 cm、幅が1.5 cmで、versicolorとvirginicaが重なるちょうどその場所にあります。ネットワークはversicolorに0.485、virginicaに0.512を与えるので、わずかな差でvirginicaと答えます。これは混同行列にあった2つの間違いのうちの1つです。確率が半分近いのは、ネットワークが「自信がない」と言っているということで、自信満々の間違いよりずっと価値があります。
//
// ## 8. 手書き数字
//
// もっと大きな問題に進みましょう。手書き数字の画像1797枚で、それぞれ8×8ピクセル、各ピクセルの濃さは0から16です。つまり1枚あたり64個の数値があり、クラスは10個です。`Chart.Image` は、64個の数値をそれが表す画像として描きます。

// ── cell 40 ──
App.Cell(40, "8. 手書き数字");
var digits = Dataset.LoadCsv("../data/digits.csv");
Console.WriteLine($"{digits.Count} images, {digits.FeatureCount} pixels each, " +
                  $"darkness from {digits.Features.Enumerate().Min()} "
                  + $"to {digits.Features.Enumerate().Max()}");
Console.WriteLine($"classes {string.Join(" ", digits.ClassNames)}");
Figure Digit(int n) =>
    Chart.Image(digits.Features.Row(n).ToArray(), width: 8,
                title: $"label {digits.Labels[n]}");
display(Chart.Subplots(2, 5, Enumerable.Range(0, 10).Select(Digit).ToArray())
    .WithTitle("The first ten images of the digits data set"));

// 手順はアヤメと同じで、規模が大きいだけです。60/20/20に分割し、スケーリングし、ネットワークを組み立てて、学習させます。ピクセルはどれも同じ尺度なので、[0, 1] への最小最大スケーリング（`MinMaxScaler`。`lib/NeuralNetworks/Data/MinMaxScaler.cs` を開いてみてください）で十分です。ネットワークは64 → 32（ReLU）→ 10（ソフトマックス関数）で、重みの初期値にはライブラリの既定である、ReLU向けのHeの初期値を使います（それがなぜ役立つかは、レッスン10で説明します）。大きさ32のミニバッチで20エポック学習させます。

// ── cell 42 ──
App.Cell(42, "8. 手書き数字");
DataSplit digitSplit = digits.Split(0.6, 0.2, seed: 9);
var pixelScaler = MinMaxScaler.Fit(digitSplit.Train.Features);
Dataset digitTrain = pixelScaler.Transform(digitSplit.Train);
Dataset digitValidation = pixelScaler.Transform(digitSplit.Validation);
Dataset digitTest = pixelScaler.Transform(digitSplit.Test);
Console.WriteLine(digitSplit);

var reader = new Network([64, 32, 10], Activation.ReLU, seed: 9);
TrainingHistory digitHistory = Trainer.Fit(reader, digitTrain, new SGD(0.1),
                                           digitValidation, epochs: 20, batchSize: 32,
                                           seed: 9);
Console.WriteLine(reader);
Console.WriteLine(digitHistory.ToTable(rows: 5));

// ── cell 43 ──
App.Cell(43, "8. 手書き数字");
double[] digitEpochs = digitHistory.Epochs.Select(e => (double)e.Epoch).ToArray();
display(Chart.Lines(digitEpochs,
        ("training loss", digitHistory.TrainLosses.ToArray()),
        ("validation loss", digitHistory.ValidationLosses.ToArray()))
    .WithTitle("Digits: cross-entropy loss per epoch")
    .WithXTitle("epoch").WithYTitle("loss"));

// どちらの損失も最初の5エポックで急に下がり、その後は横ばいになります。20エポックの後、検証データでの損失（0.2012）は訓練データでの損失（0.1204）より上にあります。ネットワークは学習に使った画像のほうが少しよくできるということで、その差が小さいうちは普通のことです。では、テストデータを一度だけ使いましょう。

// ── cell 45 ──
App.Cell(45, "8. 手書き数字");
int[] digitPredicted = reader.Classify(digitTest.Features);
var digitConfusion =
    new ConfusionMatrix(digitTest.Labels, digitPredicted, digits.ClassNames);
Console.WriteLine(digitConfusion);

// テスト画像360枚のうち95.6%が正解です。ほとんどの数字はほぼ完璧に読み取れていますが、弱点は8で、再現率は70.6%しかありません。8の画像のうち8枚が1と読まれています。
//
// ### 間違い
//
// 数値からはどれだけ間違えるかがわかり、画像からはなぜ間違えるかがわかります。ネットワークが間違えたテスト画像の最初の8枚を、それぞれの正解ラベル、予測、その予測に与えた確率とともに示します。

// ── cell 47 ──
App.Cell(47, "間違い");
Matrix<double> digitP = reader.Predict(digitTest.Features);
var mistakes = Enumerable.Range(0, digitTest.Count)
    .Where(n => digitPredicted[n] != digitTest.Labels[n]).ToList();
Console.WriteLine($"{mistakes.Count} of {digitTest.Count} test images are misclassified");
Figure Mistake(int n) =>
    Chart.Image(digitSplit.Test.Features.Row(n).ToArray(), width: 8,
        title: $"true {digitTest.Labels[n]}, said {digitPredicted[n]} "
               + $"({digitP[n, digitPredicted[n]]:P0})");
display(Chart.Subplots(2, 4, mistakes.Take(8).Select(Mistake).ToArray())
    .WithTitle("Test images the network got wrong"));

// この8枚のうち5枚は8で、そのうち4枚が1と読まれました。細く書かれた8は、8×8ピクセルでは、ほとんど1本の濃い縦線になってしまいます。確率からもわかることがあります。いくつかの誤答は50 %未満の確信度で出されており、ネットワーク自身も迷っていたのです。これらの画像を目を凝らして見る人でも、いくつかは迷うでしょう。
//
// ## 理解度チェック
//
// 1. 学習前のアヤメのネットワークの損失は ln 3 ≈ 1.0986 でした。重みを0.01 × 正規分布の乱数にした、学習前の数字のネットワークでは、損失はいくつになるでしょうか。また、それはなぜですか。
// 2. 標準化器を訓練データだけで当てはめ、検証データとテストデータにはそれをそのまま適用するのはなぜですか。
// 3. 学習中、検証データでの正解率は毎エポック確認しますが、テストデータでの正解率は最後に一度だけしか確認しません。テストデータでの正解率を見てエポック数を選ぶと、何がまずいのでしょうか。
// 4. 混同行列の1つの行を合計すると何になりますか。また、i 行 j 列の対角外の数が大きいことは、何を示していますか。
// 5. 訓練データでの正解率が100 %、検証データでの正解率が80 %です。何が起きていて、それを扱うのはどのレッスンですか。

// ## 解答
//
//
// 解答を表示
//
// 1. ln 10 ≈ 2.303 です。重みが非常に小さいと10個のスコアはどれも0に近いので、ソフトマックス関数は各クラスに1/10を与え、正しいクラスの交差エントロピー誤差は −ln(1/10) = ln 10 になります。
// 2. μ と σ はモデルの一部だからです。新しい花は、訓練データの花とまったく同じようにスケーリングしなければなりません。検証データやテストデータで当てはめると、それらのデータが学習に漏れ込み、その成績はもはや未知のデータに対する性能を測るものではなくなります。
// 3. テストデータの成績が調整の一部になり、2つ目の検証データのようになってしまいます。その結果、本当に新しいデータに対するネットワークの性能を実際より高く見積もってしまいます。「1から始めるディープラーニング」（HN410 2022）も、テストデータは最終的な成績のために一度だけ使うものだとしています。
// 4. i 行目の合計は、本当のクラスが i であるテストサンプルの数です。j ≠ i の列に大きな数があれば、クラス i のサンプルの多くがクラス j と取り違えられたということで、この2つのクラスが混同されています。
// 5. ネットワークが、汎化する規則を学ぶ代わりに、訓練サンプルを丸暗記しています。過学習です。曲線から過学習を見つける方法と、その対処法はレッスン10で扱います。

// ## まとめ
//
// - データセットは訓練データ・検証データ・テストデータに分けます。スケーラーは訓練データで当てはめ、3つすべてに適用します。
// - 「がんばろう！はじめてのDNN！」（Namba, Hijiyama.R）のアヤメのネットワーク（4 → 6（ReLU）→ 3（ソフトマックス関数）、重みは0.01 × 正規分布の乱数、バイアスは0、シードは固定）は損失 ln 3 から始まり、ミニバッチによるSGDで100エポック学習させると、テストデータでの正解率は93.3%に達します。
// - k分割交差検証では、テストデータ以外のすべての花が順番に検証役を務めます。k = 5 では、テストデータを使う前に、20エポックより100エポックを選びました（取り出したフォールドで96.7% ± 3.5 対 91.7% ± 6.6）。
// - 学習曲線は、訓練データと検証データについて、エポックごとの損失と正解率を示します。2つの曲線が近ければ、ネットワークは汎化しています。
// - 混同行列はどのクラスがどのクラスと取り違えられるかを示し、確率はそれぞれの予測にどれだけ自信があるかを示します。
// - 同じ手順で、64 → 32 → 10 のネットワークが手書き数字を読めるようになります。その間違いは、人でも迷うような数字であることが多いです。
//
// ### 重要用語
//
// | English | 日本語 | 意味 |
// | --- | --- | --- |
// | training set | 訓練データ | 重みの当てはめに使うサンプル |
// | validation set | 検証データ | エポック数や学習率などの設定を選ぶために、学習中に確認するサンプル |
// | test set | テストデータ | 別に取っておき、最終的な成績のために一度だけ使うサンプル |
// | standardization | 標準化 | 訓練データの μ と σ を使って、各特徴量を平均0、標準偏差1にそろえること |
// | epoch | エポック | 訓練データ全体を1回通すこと |
// | accuracy | 正解率 | 正しく分類されたサンプルの割合 |
// | learning curve | 学習曲線 | 訓練データと検証データについて、損失や正解率をエポックに対して描いたもの |
// | cross-validation | 交差検証 | データのどの部分を検証用に取り出すかを、順番に入れ替えること |
// | confusion matrix | 混同行列 | （本当のクラス, 予測したクラス）の組の個数。対角成分が正解 |
//
// 次のレッスン10では、学習をうまく進めるための工夫を見ていきます。よりよい最適化手法、適切な活性化関数と重みの初期値、そして過学習への対策です。

App.End();
// nbrun convert: sha256 2accca0a44101c57
