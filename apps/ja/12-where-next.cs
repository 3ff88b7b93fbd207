#!/usr/bin/env dotnet
// 12 · この先へ
// notebooks/12-where-next.ja.ipynb から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/12-where-next.cs
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
using System.IO;
using System.Text.Json.Nodes;
using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Charts;
using NeuralNetworks.Activations;
using NeuralNetworks.Autograd;
using NeuralNetworks.Data;
using NeuralNetworks.Exercises;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー .. から読みます。
App.Start("12 · この先へ", args, workIn: "..");

// # 12 · この先へ
//
// *レッスン11は、コースのライブラリを使った最後の実験でした。このレッスンでは、ライブラリを、次に学ぶことになるフレームワークであるPyTorchと並べ、その先に何があるかを見渡します。*
//
// 行列や勾配から、層、損失関数、最適化手法、学習ループまで、これまで作ってきた部品はどれも、どの深層学習フレームワーク（deep-learning framework）にもあります。「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022）は締めくくりに、今学ぶならこれ、としてPyTorchを勧めています。Pythonは最も多くの人が使う言語であり、既存のモデルの多くがPyTorchで書かれているからです。このレッスンでは、ライブラリの各部品をPyTorchの対応する部品と並べて見て、レッスン09のアヤメのネットワークを両方で学習させ、2つの実行結果を1つひとつの数値で比べます。
//
// ## このレッスンでできるようになること
//
// - ライブラリの各部品に対応するPyTorchの部品（テンソル、autograd、`nn.Linear`、損失関数、最適化手法、学習ループ）を挙げられる。
// - レッスン09のアヤメのネットワークを学習させるPyTorchのスクリプトを読み、同じネットワークをライブラリで書ける。
// - 1つのネットワークの2回の学習を比べ、曲線が異なる理由を説明し、何が一致しなければならないかを言える。
// - 畳み込み、再帰の1ステップ、注意機構のそれぞれの核心をいくつかの数値で計算し、それぞれがこのコースの全結合のネットワークに何を加えるかを言える。
// - C#からPyTorchを使う道であるTorchSharpと、それがシステムに求めるものを知っている。

// ── cell 2 ──
App.Cell(2, "12 · この先へ");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ## 1. PyTorchの数値はスクリプトから
//
// PyTorchが計算した数値は、このレッスンには1つも手で打ち込まれていません。スクリプト `bench/where-next/torch_reference.py` がPyTorchを実行し、計算したものをすべて `bench/where-next/torch_reference.json` に書き出し、下のセルがそのファイルを読み込みます。スクリプトはDebianのPythonとDebianの `python3-torch` パッケージを使います。`scripts/where-next-reference.sh` は、パッケージがなければインストールしたうえで、スクリプトを実行し直します。
//
// スクリプトは64ビットの浮動小数点数（floating-point number）、つまりC#の `double` と同じfloat64で計算します。PyTorchの既定はfloat32で、有効数字は16桁ではなく約7桁です。そこでスクリプトは、`torch.set_default_dtype(torch.float64)` でfloat64を指定しています。

// ── cell 4 ──
App.Cell(4, "1. PyTorchの数値はスクリプトから");
string path = "../bench/where-next/torch_reference.json";
JsonNode reference = JsonNode.Parse(File.ReadAllText(path))!;
// Readers for the file's numbers, lists of numbers and lists of rows.
double Number(JsonNode value) => value!.GetValue<double>();
double[] Numbers(JsonNode list) => list!.AsArray().Select(Number).ToArray();
int[] Integers(JsonNode list) =>
    list!.AsArray().Select(v => v!.GetValue<int>()).ToArray();
Matrix<double> Rows(JsonNode rows) =>
    Matrix<double>.Build.DenseOfRowArrays(rows!.AsArray().Select(Numbers));
Matrix<double> OneRow(JsonNode list) =>
    Matrix<double>.Build.DenseOfRowArrays(Numbers(list));
JsonNode pieces = reference["pieces"]!, settings = reference["network"]!;

Console.WriteLine($"PyTorch {reference["torch_version"]}, "
                  + $"Python {reference["python_version"]}, "
                  + $"{reference["dtype"]}, {reference["threads"]} thread");
Console.WriteLine($"run on {reference["date"]} by {reference["produced_by"]}");
Console.WriteLine($"network [{string.Join(", ", Integers(settings["sizes"]))}], "
                  + $"{settings["activation"]}, "
                  + $"weights {settings["init_std"]} × normal noise");
Console.WriteLine($"SGD learning rate {settings["learning_rate"]}, mini-batches of "
                  + $"{settings["batch_size"]}, {settings["epochs"]} epochs");

// ## 2. 部品を並べて見る
//
// | 部品 | このコース | PyTorch | レッスン |
// | --- | --- | --- | --- |
// | 数値の配列 | `Matrix<double>`（MathNet）、1行に1つのサンプル | `torch.Tensor`、次元の数は任意 | 04 |
// | 勾配 | `Value` と `Backward()` | `requires_grad=True`、`loss.backward()`、`.grad` | 08 |
// | 全結合層 | `Dense`：U = X·W + b、W は入力数 × 出力数 | `nn.Linear`：x·Wᵀ + b、weight は出力数 × 入力数 | 04 |
// | 活性化関数 | `ActivationLayer(Activation.ReLU)` | `nn.ReLU()` | 02 |
// | ネットワーク | `Network` | `nn.Sequential` | 04 |
// | ソフトマックス関数と交差エントロピー誤差 | `SoftmaxWithLoss` | `F.cross_entropy`、`nn.CrossEntropyLoss` | 05, 08 |
// | 最適化手法 | `SGD`、`Momentum`、`Adam`、…：`Step` | `torch.optim.SGD`、`Adam`、…：`step()`、`zero_grad()` | 07, 10 |
// | 学習ループ | `Trainer.Fit` | 自分で書くループ | 09 |
//
// ### テンソルと `nn.Linear`
//
// テンソル（tensor）はPyTorchの配列です。ベクトルは次元が1つのテンソル、行列は次元が2つのテンソルで、カラー画像のバッチは次元が4つ（画像、色チャネル、行、列）のテンソルです。2つのサンプルからなるバッチに、PyTorchの全結合層を適用してみます。
//
// ```python
// torch.manual_seed(0)
// linear = nn.Linear(3, 2)          # 3 inputs, 2 outputs: weight 2×3, bias 2
// x = torch.tensor([[1.0, 2.0, 3.0],
//                   [0.5, -1.0, 2.0]])
// out = linear(x)                   # x @ linear.weight.T + linear.bias
// ```
//
// `nn.Linear` は重みを出力数 × 入力数の形で保持し、その転置を掛けます。一方、ライブラリの `Dense` は W を入力数 × 出力数の形で保持します（レッスン04の形の規則、U = X·W + b）。そのため、PyTorchの重みは転置して `Dense` 層に入れます。下のセルは、PyTorchが引いた重みを取り出し、それを使って `Dense` 層を作り、出力を比べます。

// ── cell 6 ──
App.Cell(6, "2. 部品を並べて見る");
JsonNode linear = pieces["linear"]!;
Matrix<double> torchWeight = Rows(linear["weight"]);             // 2×3: out × in
Matrix<double> torchBias = OneRow(linear["bias"]);              // 1×2
var dense = new Dense(torchWeight.Transpose(), torchBias);       // W: 3×2, in × out
Matrix<double> ours = dense.Forward(Rows(linear["input"]));
Matrix<double> theirs = Rows(linear["output"]);
string Line(Matrix<double> m) =>
    string.Join("  ", m.Enumerate().Select(v => $"{v,9:F6}"));
Console.WriteLine($"PyTorch weight {torchWeight.RowCount}×{torchWeight.ColumnCount}, "
                  + $"Dense W {dense.Weights.RowCount}×{dense.Weights.ColumnCount}");
Console.WriteLine($"Dense      {Line(ours)}");
Console.WriteLine($"nn.Linear  {Line(theirs)}");
double largest = (ours - theirs).Enumerate().Max(Math.Abs);
Console.WriteLine($"largest difference {largest:G3}");

// 2つの層は同じ4つの数値を計算します。最大の差は0です。重みが同じで、入力が同じで、式が同じなら、結果も同じです。
//
// ### 自動微分
//
// レッスン08の `Value` は、すべての演算を記録してから、連鎖律を逆向きに適用します。PyTorchはテンソルについて同じことを行い、これを自動微分（automatic differentiation）、またはautogradと呼びます。レッスン08のニューロン o = σ(w₁x₁ + w₂x₂ + b)（x = (0.5, 0.3)）と、その損失 L = (o − 1)² をPyTorchで書くと、次のようになります。
//
// ```python
// w1 = torch.tensor(0.4, requires_grad=True)   # and likewise w2 = −0.6, b = 0.1
// o = torch.sigmoid(w1 * 0.5 + w2 * 0.3 + b)
// loss = (o - 1.0) ** 2
// loss.backward()                              # fills w1.grad, w2.grad and b.grad
// ```

// ── cell 8 ──
App.Cell(8, "自動微分");
JsonNode autograd = pieces["autograd"]!;
var vw1 = new Value(0.4, "w1");
var vw2 = new Value(-0.6, "w2");
var vb = new Value(0.1, "b");
Value vLoss = ((vw1 * 0.5 + vw2 * 0.3 + vb).Sigmoid() - 1.0).Pow(2);
vLoss.Backward();
Console.WriteLine("            Value      PyTorch");
(string Name, double Ours, string Key)[] autogradRows =
    [("L", vLoss.Data, "loss"), ("∂L/∂w1", vw1.Grad, "grad_w1"),
     ("∂L/∂w2", vw2.Grad, "grad_w2"), ("∂L/∂b", vb.Grad, "grad_b")];
foreach (var (name, value, key) in autogradRows)
    Console.WriteLine($"{name,-8}{value,11:F8}  {Number(autograd[key]),11:F8}");

// PyTorchを書くときに大事になる違いが1つあります。PyTorchの `backward()` は `.grad` に*加算*します。そのため学習ループでは、逆伝播の前に毎回 `optimizer.zero_grad()` で勾配をクリアします。ライブラリの層は `Backward` で勾配を上書きし、`Value.Backward` は始める前にすべての grad を0にするので、このコースではこの呼び出しが一度も必要ありませんでした。
//
// ### 損失関数
//
// `F.cross_entropy` は、ライブラリの `SoftmaxWithLoss`（レッスン08）とまったく同じく、ソフトマックス関数と交差エントロピー誤差を1ステップで計算します。受け取るのは、スコア u（PyTorchではロジット（logits）と呼びます）と、ワンホットベクトルではなくクラスの番号です。
//
// ```python
// logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]], requires_grad=True)
// loss = F.cross_entropy(logits, torch.tensor([0, 2]))  # softmax, −ln p, row mean
// loss.backward()                                       # logits.grad is (Y − T) / N
// ```

// ── cell 10 ──
App.Cell(10, "損失関数");
// YOUR TURN 1 · PyTorch's cross-entropy with the library
// Compute the same loss with the library's SoftmaxWithLoss: make one-hot targets with
// OneHot.Encode(classes, 3), call Loss(logits, targets), then Backward() for ∂L/∂U.
JsonNode crossEntropy = pieces["cross_entropy"]!;
Matrix<double> logits = Rows(crossEntropy["logits"]);
int[] classes = Integers(crossEntropy["targets"]);
double myLoss = double.NaN;                                   // the library's loss
Matrix<double> myGradient = Matrix<double>.Build.Dense(2, 3); // the library's ∂L/∂U

SelfCheck.Close("loss, against PyTorch's", Number(crossEntropy["loss"]), myLoss,
                1e-12);
SelfCheck.MatricesClose("∂L/∂U, against PyTorch's logits.grad",
                        Rows(crossEntropy["grad"]), myGradient, 1e-12);

//
// 解答例
//
// ```csharp
// // YOUR TURN 1 · PyTorch's cross-entropy with the library
// // Compute the same loss with the library's SoftmaxWithLoss: make one-hot targets with
// // OneHot.Encode(classes, 3), call Loss(logits, targets), then Backward() for ∂L/∂U.
// JsonNode crossEntropy = pieces["cross_entropy"]!;
// Matrix<double> logits = Rows(crossEntropy["logits"]);
// int[] classes = Integers(crossEntropy["targets"]);
// var outputStep = new SoftmaxWithLoss();
// double myLoss = outputStep.Loss(logits, OneHot.Encode(classes, 3));
// Matrix<double> myGradient = outputStep.Backward();
//
// SelfCheck.Close("loss, against PyTorch's", Number(crossEntropy["loss"]), myLoss,
//                 1e-12);
// SelfCheck.MatricesClose("∂L/∂U, against PyTorch's logits.grad",
//                         Rows(crossEntropy["grad"]), myGradient, 1e-12);
// ```
//
// どちらも ln p を u − max − ln Σ e^(u − max) として計算するので、レッスン05で対数の中に加えた δ はどちらにも必要ありません。また、勾配 (Y − T)/N も両者で同じ式です。

// ### 最適化手法
//
// 最適化手法はパラメータを保持し、それらの勾配を1回の更新に変えます。レッスン07で扱った講義「[医療とAI・ビッグデータ応用『学習の仕組み』](sources.md#medical-ai-lecture)」（Medical AI lecture）の例、つまり重み1.5、傾き3、学習率0.1を、PyTorchで書くと次のようになります。
//
// ```python
// w = torch.tensor(1.5, requires_grad=True)
// optimizer = torch.optim.SGD([w], lr=0.1)
// (3.0 * w).backward()          # a loss whose slope in w is 3
// optimizer.step()              # w ← w − 0.1 × 3
// ```

// ── cell 13 ──
App.Cell(13, "最適化手法");
JsonNode sgdStep = pieces["sgd_step"]!;
var w = new Parameter("w", Matrix<double>.Build.Dense(1, 1, 1.5));
w.Gradient[0, 0] = 3;                    // the slope, as a backward pass would set it
new SGD(0.1).Step([w]);
Console.WriteLine($"library SGD: w = {w.Value[0, 0]:G6}   "
                  + $"torch.optim.SGD: w = {Number(sgdStep["after"]):G6}");

// ## 3. レッスン09のネットワークを両方で
//
// レッスン09では、「[がんばろう！はじめてのDNN！](sources.md#namba-hijiyama-r)」（Namba, Hijiyama.R）のアヤメのネットワークを学習させました。入力4つ、正規化線形関数（ReLU）のユニット6個、ソフトマックス関数による出力3つで、重みは0.01 × 正規分布の乱数、バイアスは0、学習率0.1の通常のSGDで、10個ずつのミニバッチを100エポック学習させるものです。次が `torch_reference.py` の中心部分で、同じネットワークと、それを学習させるループを書き下したものです。
//
// ```python
// torch.set_default_dtype(torch.float64)        # compute in double, as the library does
// torch.manual_seed(4)
// model = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 3))
// with torch.no_grad():
//     for layer in (model[0], model[2]):
//         layer.weight.normal_(0.0, 0.01)       # 0.01 × normal noise
//         layer.bias.zero_()
// optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
// for epoch in range(100):
//     order = torch.randperm(90)                # shuffle the 90 training flowers
//     for start in range(0, 90, 10):            # mini-batches of 10
//         rows = order[start:start + 10]
//         loss = F.cross_entropy(model(x_train[rows]), y_train[rows])
//         optimizer.zero_grad()                 # clear the gradients PyTorch adds up
//         loss.backward()                       # backpropagation
//         optimizer.step()                      # W ← W − α ∂L/∂W
// ```
//
// そしてこちらが、レッスン09のライブラリ版です。その場で実行します。`Trainer.Fit` が上のループにあたります（`lib/NeuralNetworks/Training/Trainer.cs` を開いてみてください）。

// ── cell 15 ──
App.Cell(15, "3. レッスン09のネットワークを両方で");
var iris = Dataset.LoadCsv("../data/iris.csv");
DataSplit split = iris.Split(trainFraction: 0.6, validationFraction: 0.2, seed: 4);
var scaler = Standardizer.Fit(split.Train.Features);
Dataset train = scaler.Transform(split.Train);
Dataset validation = scaler.Transform(split.Validation);
Dataset test = scaler.Transform(split.Test);

var net = new Network([4, 6, 3], Activation.ReLU,
                      initialization: Initialization.Normal(0.01), seed: 4);
double libraryStart = net.Loss(train.Features, net.Targets(train.Labels));
TrainingHistory history = Trainer.Fit(net, train, new SGD(0.1), validation,
                                      epochs: 100, batchSize: 10, seed: 4);
Console.WriteLine(net);

// 両者は同じ花で学習しなければなりません。ライブラリは、150行を.NETの `new Random(4)` でシャッフルしてから、90/30/30に切り分けます。スクリプトは、.NETの乱数生成器をPythonで書き写したもの（`bench/where-next/dotnet_random.py`）で同じシャッフルを再現し、切り分けた行と、標準化に使った平均と標準偏差を記録します。これをライブラリの分割と照らし合わせましょう。

// ── cell 17 ──
App.Cell(17, "3. レッスン09のネットワークを両方で");
JsonNode data = reference["data"]!;
bool SameRows(string key, Dataset part) =>
    iris.Take(Integers(data[key])).Features.Equals(part.Features);
Console.WriteLine($"same training flowers:   {SameRows("train_rows", split.Train)}");
Console.WriteLine("same validation flowers: "
                  + SameRows("validation_rows", split.Validation));
Console.WriteLine($"same test flowers:       {SameRows("test_rows", split.Test)}");
double Gap(Vector<double> ours, JsonNode theirs) =>
    (ours - Vector<double>.Build.DenseOfArray(Numbers(theirs))).AbsoluteMaximum();
double gapMean = Gap(scaler.Mean, data["mean"]);
double gapSd = Gap(scaler.StandardDeviation, data["std"]);
Console.WriteLine($"largest difference in μ {gapMean:0.0E+00}, in σ {gapSd:0.0E+00}");

// 花は同じで、μ と σ も1.8E-15の差を除いて同じです。これは `double` の最後の数ビットの違いです。平均は和なので、2つのプログラムが同じ数を異なる順序で足せば、途中の丸め方も変わることがあります。では、2つの実行をエポックごとに見てみましょう。

// ── cell 19 ──
App.Cell(19, "3. レッスン09のネットワークを両方で");
JsonNode torchHistory = reference["history"]!;
double[] torchTrainLoss = Numbers(torchHistory["train_loss"]);
double[] torchValidationLoss = Numbers(torchHistory["validation_loss"]);
double[] torchTrainAccuracy = Numbers(torchHistory["train_accuracy"]);
double[] torchValidationAccuracy = Numbers(torchHistory["validation_accuracy"]);
double torchTest = Number(reference["test_accuracy"]);
double libraryTest = net.Accuracy(test.Features, test.Labels);
EpochRecord last = history.Last;
int BelowOne(IEnumerable<double> losses) => losses.TakeWhile(l => l >= 1).Count() + 1;

void Row(string what, double library, double torch, string format) =>
    Console.WriteLine($"{what,-26}{library.ToString(format),10}"
                      + $"{torch.ToString(format),10}");
Console.WriteLine($"{"",-26}{"library",10}{"PyTorch",10}");
Row("loss before training", libraryStart, Number(reference["initial_loss"]), "F4");
Row("training loss, epoch 1", history.Epochs[0].TrainLoss, torchTrainLoss[0], "F4");
Row("training loss, epoch 100", last.TrainLoss, torchTrainLoss[^1], "F4");
Row("validation loss, epoch 100", last.ValidationLoss, torchValidationLoss[^1], "F4");
Row("training accuracy", last.TrainAccuracy, torchTrainAccuracy[^1], "P1");
Row("validation accuracy", last.ValidationAccuracy, torchValidationAccuracy[^1], "P1");
Row("test accuracy", libraryTest, torchTest, "P1");
Row("first epoch with loss < 1", BelowOne(history.TrainLosses),
    BelowOne(torchTrainLoss), "F0");

// ── cell 20 ──
App.Cell(20, "3. レッスン09のネットワークを両方で");
double[] epochs = history.Epochs.Select(e => (double)e.Epoch).ToArray();
// The library's runs solid, PyTorch's dashed in the same colour on top.
Figure TwoRuns(string title, string yTitle, double[] ourTrain, double[] ourValidation,
               double[] torchTrain, double[] torchValidation)
{
    Figure lines = Chart.Lines(epochs, ("library, training", ourTrain),
        ("library, validation", ourValidation), ("PyTorch, training", torchTrain),
        ("PyTorch, validation", torchValidation));
    Line[] styles = [new() { Width = 2, Color = "#1f77b4" },
                     new() { Width = 2, Color = "#ff7f0e" },
                     new() { Width = 3, Dash = "dash", Color = "#1f77b4" },
                     new() { Width = 3, Dash = "dash", Color = "#ff7f0e" }];
    List<Trace> styled = lines.Data
        .Select((t, i) => (Trace)((Scatter)t with { Line = styles[i] })).ToList();
    return (lines with { Data = styled })
        .WithTitle(title).WithXTitle("epoch").WithYTitle(yTitle);
}
display(Chart.Subplots(1, 2,
        TwoRuns("Cross-entropy loss", "loss",
                history.TrainLosses.ToArray(), history.ValidationLosses.ToArray(),
                torchTrainLoss, torchValidationLoss),
        TwoRuns("Accuracy", "fraction correct",
                history.Epochs.Select(e => e.TrainAccuracy).ToArray(),
                history.Epochs.Select(e => e.ValidationAccuracy).ToArray(),
                torchTrainAccuracy, torchValidationAccuracy))
    .WithTitle("Lesson 09's iris network: the library (solid) and PyTorch (dashed)")
    .WithLayout(l => l with { Height = 440 }));

// 2つの実行は同じ経過をたどります。どちらも ln 3 ≈ 1.0986 に近い値（1.0987と1.0989）から始まり、最初の数エポックはレッスン09で見たプラトー（平坦な区間）にとどまり、その後は急激に下がって、最後はどちらも訓練データの花の98.9 %、テストデータの花の93.3 %を正しく分類します。検証データでの正解率は花1個分だけ違い、30個中93.3 %対96.7 %で終わります。
//
// とはいえ、同じ曲線ではありません。訓練データでの損失が1を下回るのは、ライブラリではエポック7、PyTorchではエポック9です。2つの実行では、3つのことが異なります。
//
// - **重みの初期値**。どちらも0.01 × 正規分布の乱数を引きますが、乱数生成器が違います。ライブラリは.NETの `Random(4)` からMathNetの正規分布を通して引き、PyTorchはシード4で初期化した独自の生成器から引きます。重みがこれほど小さいと、プラトーにどれだけ長くとどまるかは出発点しだいです。
// - **ミニバッチの順序**。ライブラリは訓練データの花を.NETの `Random` でシャッフルし、PyTorchは `torch.randperm` でシャッフルします。
// - **演算の順序**。どちらもfloat64で計算しますが、行列積や和は、プログラムによって項を足す順序が異なることがあり、浮動小数点数の足し算は1回ごとに丸められます。
//
// 一致しているのは、レッスンで学んだことのすべて、つまりネットワーク、損失、勾配、更新規則です。次の節では、この3つの原因を切り分けます。
//
// ## 4. 同じ出発点、同じ順序
//
// スクリプトは、PyTorchの重みの初期値と、エポックごとに90個の訓練データの花をたどった順序も記録しています。この2つをライブラリに与えれば、残る違いは3つ目の演算の順序だけになります。
//
// `TorchStart` は、`nn.Sequential` に相当するライブラリの書き方で、層を1つずつ並べてネットワークを組み立て、`Dense` 層にはPyTorchの重みを転置して入れます（バイアスの初期値は、ライブラリと同じく0です）。

// ── cell 22 ──
App.Cell(22, "4. 同じ出発点、同じ順序");
// nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 3)), PyTorch's first weights
Network TorchStart()
{
    JsonNode start = reference["initial_weights"]!;
    return new Network(
        [new Dense(Rows(start["w1"]).Transpose(), OneRow(start["b1"]), index: 1),
         new ActivationLayer(Activation.ReLU),
         new Dense(Rows(start["w2"]).Transpose(), OneRow(start["b2"]), index: 2)],
        new SoftmaxWithLoss());
}
Console.WriteLine(TorchStart());
int parameterCount = TorchStart().Parameters.Sum(p => p.RowCount * p.ColumnCount);
Console.WriteLine($"{parameterCount} parameters; PyTorch counted "
                  + pieces["parameter_counts"]!["iris_network"]);

// ── cell 23 ──
App.Cell(23, "4. 同じ出発点、同じ順序");
// YOUR TURN 2 · PyTorch's start, the library's loss
// Before any training, compute the library's loss of TorchStart() on the training
// flowers: train.Features, targets from Targets(train.Labels). Compare with PyTorch.
double myStartLoss = double.NaN;             // your loss before training

SelfCheck.Close("loss before training, against PyTorch's",
                Number(reference["initial_loss"]), myStartLoss, 1e-12);

//
// 解答例
//
// ```csharp
// // YOUR TURN 2 · PyTorch's start, the library's loss
// // Before any training, compute the library's loss of TorchStart() on the training
// // flowers: train.Features, targets from Targets(train.Labels). Compare with PyTorch.
// Network fromTorch = TorchStart();
// double myStartLoss = fromTorch.Loss(train.Features, fromTorch.Targets(train.Labels));
//
// SelfCheck.Close("loss before training, against PyTorch's",
//                 Number(reference["initial_loss"]), myStartLoss, 1e-12);
// ```
//
// 重みがこれほど小さいとスコアはどれも0に近く、ソフトマックス関数は各種にほぼ1/3を与えるので、損失は ln 3 ≈ 1.0986 に近くなります。重みが同じなら、2つのプログラムでまったく同じ数値になります。

// 次は、ライブラリで書き下した学習ループです。第3節のPyTorchのループと1行ずつ対応していますが、エポックごとの訓練データの花の順序は、シャッフルする代わりにPyTorchの実行から取ってきます。

// ── cell 26 ──
App.Cell(26, "4. 同じ出発点、同じ順序");
Network replay = TorchStart();
var optimizer = new SGD(0.1);
var replayLoss = new List<double>();
foreach (JsonNode epochOrder in reference["batch_orders"]!.AsArray())
{
    int[] order = Integers(epochOrder);
    for (int start = 0; start < order.Length; start += 10)
    {
        Dataset batch = train.Take(order[start..(start + 10)]);
        replay.Loss(batch.Features, replay.Targets(batch.Labels), training: true);
        replay.Backward();                   // backpropagation
        optimizer.Step(replay.Parameters);   // W ← W − α ∂L/∂W
    }
    replayLoss.Add(replay.Loss(train.Features, replay.Targets(train.Labels)));
}
double[] GapTo(IEnumerable<double> losses) =>
    losses.Zip(torchTrainLoss, (a, b) => Math.Abs(a - b)).ToArray();
double[] ownGap = GapTo(history.TrainLosses), replayGap = GapTo(replayLoss);
int worst = Array.IndexOf(ownGap, ownGap.Max());
Console.WriteLine("largest |library − PyTorch| training loss "
                  + $"in {ownGap.Length} epochs:");
Console.WriteLine($"  own start and order:       {ownGap[worst]:0.0E+00}"
                  + $" (epoch {worst + 1})");
Console.WriteLine($"  PyTorch's start and order: {replayGap.Max():0.0E+00},"
                  + $" exactly 0 in {replayGap.Count(g => g == 0)} epochs");
double replayTest = replay.Accuracy(test.Features, test.Labels);
Console.WriteLine($"test accuracy: replay {replayTest:P1}, PyTorch {torchTest:P1}");

// ── cell 27 ──
App.Cell(27, "4. 同じ出発点、同じ順序");
// log₁₀ of the difference: −16 means 10⁻¹⁶. A difference of exactly 0 has no
// logarithm; it is drawn at −18, the bottom of the chart.
double[] Log10(double[] gaps) =>
    gaps.Select(g => Math.Log10(Math.Max(g, 1e-18))).ToArray();
display(Chart.Lines(epochs, ("own start and order", Log10(ownGap)),
        ("PyTorch's start and order", Log10(replayGap)))
    .WithTitle("How far the library's training loss is from PyTorch's, per epoch")
    .WithXTitle("epoch").WithYTitle("log₁₀ |library − PyTorch|")
    .WithYRange(-18.5, 0.5));

// ライブラリ自身の重みの初期値とバッチの順序では、ライブラリの訓練データでの損失はPyTorchと最大0.25違います。それはエポック9で、ライブラリはすでにプラトーを抜け、PyTorchはちょうど抜け出そうとしているところです。PyTorchの重みと順序を使うと、差は100エポック全体で最大4.4E-16で、そのうち11エポックではちょうど0です（グラフの下端、−18に描いています）。`double` が保持する最後の桁で数単位の違いにすぎません。リプレイの最後のテストデータでの正解率も、PyTorchと同じ93.3 %です。
//
// つまり、1つのネットワークの2つの正しい実装は、同じ重みから始めて同じ順序でバッチを見れば丸めの範囲で一致し、そうでなければ、2つの乱数のシードの違いと同じくらい食い違います。このコースがあらゆる乱数の選択にシードを与えるのも、結果をきちんと報告するならシードを明記すべきなのも、そのためです。再現性（reproducibility）とは、同じコード、データ、設定、シードから同じ数値が得られることです。フレームワークが違えば同じシードからでも違う乱数が引かれるので、フレームワークをまたいでネットワークを比べるときは、第3節のように、曲線の形と最終的な成績を比べることになります。
//
// ## 5. TorchSharp：C#からPyTorchを使う
//
// PyTorchを使うためにC#を離れる必要はありません。TorchSharpは、PyTorchの土台にあるC++ライブラリlibtorchの上に作られた.NETライブラリです。PyTorchの名前をそのまま使っているので、アヤメのネットワークは第3節のPythonとほとんど同じように読めます（概略で、ここでは実行しません）。
//
// ```csharp
// #r "nuget: TorchSharp-cpu, 0.107.0"
// using TorchSharp;
// using static TorchSharp.torch;
//
// torch.manual_seed(4);
// var model = nn.Sequential(("fc1", nn.Linear(4, 6)), ("relu", nn.ReLU()),
//                           ("fc2", nn.Linear(6, 3)));
// var optimizer = optim.SGD(model.parameters(), 0.1);
// // for each mini-batch (x, y) of each epoch:
// var loss = nn.functional.cross_entropy(model.forward(x), y);
// optimizer.zero_grad();
// loss.backward();
// optimizer.step();
// ```
//
// 使い始める前に知っておくべき要件が1つあります。libtorch 2.10.0を同梱したパッケージ `TorchSharp-cpu` 0.107.0は、GCC 13のC++標準ライブラリ、つまりシンボルバージョン `GLIBCXX_3.4.32` を持つ `libstdc++` を必要とします。Debian 12に含まれるのはGCC 12の `libstdc++` で、`GLIBCXX_3.4.30` までしかないため、Debian 12ではTorchSharp 0.107.0は読み込めません。このコースが参照用の実行でPythonからPyTorchを呼んでいるのは、そのためです。GCC 13以降の `libstdc++` があるシステムなら、TorchSharpを使えば、C#のままで内部ではPyTorchを使えます。
//
// ## 6. その先にあるもの
//
// このコースのネットワーク、つまり誤差逆伝播法で学習させる全結合層は、この先に続くものの土台です。「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022）はその上に築かれた設計を紹介して締めくくられ、「[【備忘録】ニューラルネットワークとはなにか](sources.md#hirotask-2024)」（hirotask 2024）は、話題になっているニューラルネットワークの発展として、畳み込みネットワークと再帰型ネットワークを挙げています。
//
// - **畳み込みニューラルネットワーク**（convolutional neural network、CNN）は、画像のためのネットワークです。重みを並べた小さな格子、つまりフィルターが、画像の上をスライドします。フィルターは隣り合うピクセルをまとめて見ます（局所性）。また、どこでも同じフィルターを使うので、パターンが画像のどこにあっても見つけられます。パターンをずらせば、フィルターの応答も一緒にずれます（平行移動同変性）。さらにプーリング層が、小さな領域ごとに1つの要約（多くは最大値）だけを残すことで、小さなずれに対して答えがあまり変わらないようにします（近似的な平行移動不変性）。PyTorchでは `nn.Conv2d` です。
// - **再帰型ニューラルネットワーク**（recurrent neural network、RNN）とその変種であるLSTMやGRUは、テキストなどの系列のためのネットワークです。あるステップの出力を次の入力と一緒に戻して入れるので、ネットワークはそれまでに来たものを覚えています。PyTorchでは `nn.RNN`、`nn.LSTM`、`nn.GRU` です。
// - **注意機構**（attention）と、それで組み立てたTransformerも、テキストのためのものです。ネットワークは入力のどこを見るべきかを計算し、データとの内積を取って重要なものを取り出します。PyTorchでは `nn.MultiheadAttention`、`nn.Transformer` です。
//
// 「1から始めるディープラーニング」（HN410 2022）は、敵対的生成ネットワーク（generative adversarial network、GAN）も挙げています。2つのネットワークを一緒に学習させ、一方は偽の画像を作り、もう一方はそれを見破ることを学びます。
//
// これらはどれも、すでに知っている部品で組み立てられています。下の3つの小さな例では、それぞれの核心部分を、このコースと同じ算術で少しの数値ずつ計算し、それがこのコースの全結合のネットワークに何を加えるかを見ます。

// ### 畳み込み：入力に沿って共有される1つの小さなフィルター
//
// `Dense` 層では、どの入力もどの出力に対しても専用の重みを持っています。畳み込み（convolution）は、その代わりに1つの小さなフィルターを持ちます。ここでは3つの重み w = (-1, 2, -1) とバイアス b = 0 からなるフィルターで、これを入力に沿ってスライドさせます。出力 t は、位置 t から始まる3つの入力の重み付き和です。
//
// y_t = Σ_(k=1)^3 w_k x_(t+k-1) + b .
//
// 8個の数値からなる信号では、フィルターが収まる位置は6か所です。下のセルは、6つの出力をまず手計算で求め、次に `Dense` 層で求めます。この層の 8 × 6 の重み行列は、どの列にも同じ3つの重みを、列ごとに1行ずつ下にずらして持ち、それ以外は0です。

// ── cell 30 ──
App.Cell(30, "畳み込み：入力に沿って共有される1つの小さなフィルター");
double[] signal = [0, 0, 1, 3, 1, 0, 0, 0];
double[] filter = [-1, 2, -1];
int positions = signal.Length - filter.Length + 1;
double[] Convolve(double[] x) => Enumerable.Range(0, positions)
    .Select(t => Enumerable.Range(0, filter.Length).Sum(k => filter[k] * x[t + k]))
    .ToArray();
string Joined(IEnumerable<double> values) => string.Join(", ", values);
Console.WriteLine($"by hand:          [{Joined(Convolve(signal))}]");

// The same convolution as a Dense layer: column t holds the filter in rows t to t + 2.
var banded = Matrix<double>.Build.Dense(signal.Length, positions,
    (i, t) => i - t >= 0 && i - t < filter.Length ? filter[i - t] : 0);
var convolutionLayer = new Dense(banded, Matrix<double>.Build.Dense(1, positions));
var convolved = convolutionLayer.Forward(Matrix<double>.Build.DenseOfRowArrays(signal));
Console.WriteLine($"as a Dense layer: [{Joined(convolved.Row(0))}]");
Console.WriteLine("its weights W (8 × 6):");
Console.Write(banded.ToMatrixString("F0"));

double[] later = [0, 0, 0, 0, 1, 3, 1, 0];          // the same bump, two places later
Console.WriteLine($"bump two later:   [{Joined(Convolve(later))}]");
int denseCount = signal.Length * positions + positions;
Console.WriteLine($"parameters: Dense(8→6) learns {denseCount}, "
                  + $"the convolution {filter.Length + 1}");
int imageDense = 64 * 36 + 36, imageFilter = 3 * 3 + 1;
Console.WriteLine($"8×8 image to a 6×6 map: Dense {imageDense}, "
                  + $"one 3×3 filter {imageFilter}");

// ── cell 31 ──
App.Cell(31, "畳み込み：入力に沿って共有される1つの小さなフィルター");
double[] at = Enumerable.Range(1, positions).Select(t => (double)t).ToArray();
display(Chart.Lines(at, ("bump at positions 3 to 5", Convolve(signal)),
        ("the bump two places later", Convolve(later)))
    .WithTitle("The filter (−1, 2, −1) answers wherever the bump is")
    .WithXTitle("output position t").WithYTitle("output y_t"));

// 畳み込みが全結合層に加えるのは、局所性と重み共有（weight sharing）です。各出力は隣り合う3つの入力だけを見て、どの位置でも同じ3つの重みが使われます。そのため、重みの数は入力の大きさとともに増えません（ここでは4個のパラメータで、同じ大きさの `Dense` 層では54個です。8×8の画像に3×3のフィルター1つなら、10個対2340個です）。また、フィルターはパターンがどこにあってもそれに反応します。山を2つずらせば、4のピークも一緒に2つずれます。これが、上の箇条書きにあった平行移動同変性です。「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022）は、画像の局所性とずれに基づいて作られた、画像のための畳み込みネットワークを挙げています。`nn.Conv2d` も同じように、2次元のフィルターを画像の行と列に沿ってスライドさせます。畳み込みは、隣り合う値がひとまとまりになっているところならどこでも使われます。何よりもまず画像、そして音声などの信号です。

// ### 再帰の1ステップ：系列のどのステップでも同じ重み
//
// `Dense` 層は、決まった数の入力を一度に受け取ります。再帰型ネットワークは系列を1要素ずつ読み、隠れ状態 h（hidden state）をあるステップから次のステップへ引き継ぎます。
//
// h_t = tanh(x_t W_x + h_(t-1) W_h + b), h_0 = 0 .
//
// 各ステップは、現在の入力と1つ前の状態に対する全結合層の計算のあとに、双曲線正接関数 tanh（レッスン02）を適用したもので、どのステップも同じ W_x、W_h、b を使います。ここでは x_t は1つの数値で、h はユニット2つなので、W_x は 1 × 2、W_h は 2 × 2、b は 1 × 2 です。最初の要素だけが異なる、4つの数値からなる2つの系列を入力します。

// ── cell 34 ──
App.Cell(34, "再帰の1ステップ：系列のどのステップでも同じ重み");
var Wx = Matrix<double>.Build.DenseOfArray(new[,] { { 1.0, -0.5 } });
var Wh = Matrix<double>.Build.DenseOfArray(new[,] { { 0.5, 0.3 }, { -0.4, 0.6 } });
var bh = Matrix<double>.Build.Dense(1, 2);
Matrix<double> RecurrentStep(Matrix<double> hPrevious, double xt) =>
    Activation.Tanh.Apply(xt * Wx + hPrevious * Wh + bh);

foreach (double[] sequence in new double[][] { [1, 0, 0, 0], [0, 0, 0, 0] })
{
    var hState = Matrix<double>.Build.Dense(1, 2);   // h₀ = 0
    Console.WriteLine($"x = ({Joined(sequence)})");
    for (int t = 0; t < sequence.Length; t++)
    {
        hState = RecurrentStep(hState, sequence[t]);
        string h = $"({hState[0, 0],6:F3}, {hState[0, 1],6:F3})";
        Console.WriteLine($"  step {t + 1}: h = {h}");
    }
}
int recurrentCount = Wx.RowCount * Wx.ColumnCount + Wh.RowCount * Wh.ColumnCount
                     + bh.ColumnCount;
Console.WriteLine($"parameters: {recurrentCount}, for a sequence of any length");

// 1つ目の系列のただ1つの1から3ステップたっても、状態はまだ h = (0.085, 0.154) ですが、0だけの系列はずっと0のままです。ネットワークは、すでに通り過ぎた入力を覚えているのです。これが、再帰型ネットワークが全結合のネットワークに加えるものです。「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022）は、RNNを、データをループして戻すことで前の入力を覚えておけるようにしたものと説明しています。同じ8個のパラメータで、どんな長さの系列にも対応できます。LSTMやGRUは、ゲート、つまり状態が何を保ち何を忘れるかを決める小さなシグモイド関数の層を加えて、長い系列にわたって記憶が続くようにしています。再帰型ネットワークは、テキスト、音声、その他の時系列など、順番に届くデータに使われます。

// ### 注意機構：データから計算される混ぜ合わせの重み
//
// `Dense` 層では、学習が終われば重みは固定され、どの入力も同じように混ぜ合わされます。注意機構は、混ぜ合わせの重みを入力そのものから計算します。各トークン（たとえば、数値のベクトルで表した単語）を、内積によってすべてのトークンと比べます。ソフトマックス関数（レッスン02）で各トークンの内積を合計1の重みに変え、各トークンの出力は、トークンのその重みによる重み付き和になります。
//
// A = softmax ((X X^ᵀ)/(√d)), 出力 = A X ,
//
// ソフトマックス関数は行ごとに適用し、d はトークンのベクトルの長さです（Transformerと同じく、√d で割ることで、内積が d とともに大きくなるのを防ぎます）。Transformerは、まずトークンを3つの `Dense` 層に通して、それぞれのトークンのクエリ（query）、キー（key）、バリュー（value）を作り、クエリとキーを比べます。ここでは数値を少なくするため、トークン自身にその3役すべてを担わせます。2つの数値からなるトークン3つについて、トークン3を手計算し、それから行列で計算します。

// ── cell 37 ──
App.Cell(37, "注意機構：データから計算される混ぜ合わせの重み");
var tokens = Matrix<double>.Build.DenseOfArray(
    new[,] { { 1.0, 0.0 }, { 0.0, 1.0 }, { 1.0, 1.0 } });
double root = Math.Sqrt(tokens.ColumnCount);

// Token 3 by hand: its dot products with tokens 1, 2, 3, divided by √2, then softmax.
double[] dots3 = Enumerable.Range(0, 3)
    .Select(j => tokens.Row(2).DotProduct(tokens.Row(j)) / root).ToArray();
double[] exps3 = dots3.Select(Math.Exp).ToArray();
string F3(IEnumerable<double> values) => string.Join(", ", values.Select(v => $"{v:F3}"));
Console.WriteLine($"token 3: dot products / √2 = ({F3(dots3)})");
Console.WriteLine($"         weights = ({F3(exps3.Select(e => e / exps3.Sum()))})");

Matrix<double> attention = Softmax.Apply(tokens * tokens.Transpose() / root);
Matrix<double> mixed = attention * tokens;
Console.WriteLine("attention weights A, one row per token:");
Console.Write(attention.ToMatrixString("F3"));
Console.WriteLine($"row sums: ({F3(attention.RowSums())})");
Console.WriteLine("outputs A X, one row per token:");
Console.Write(mixed.ToMatrixString("F3"));

// トークン3は、注意のほぼ半分の0.503を自分自身に向けます。自分自身との内積が最も大きいからです。ほかの2つにはそれぞれ0.248を向け、出力は (0.752, 0.752) です。重みのどの行も、合計は1です。トークンを変えれば、重みも一緒に変わります。これこそが、注意機構が全結合のネットワークに加えるものです。混ぜ合わせの重みを入力ごとにデータから新たに計算し、系列のどの2つの位置の間でも、どれほど離れていても混ぜ合わせられます。「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022）は注意機構を、入力のどこを見るべきかを表すもので、データとの内積によって重要なものを取り出すと説明しています。注意機構と全結合層で組み立てたTransformerは、今日の言語モデルがテキストに使っているもので、画像にも使われています。
//
// これらのネットワークはすべて、第3節のループ、つまり順伝播、損失、逆伝播、更新によって学習させます。違うのはどの重みを共有するかで、それはパラメータの数に表れます。スクリプトは、それぞれの種類の小さな層1つについて、パラメータの数を数えています。

// ── cell 39 ──
App.Cell(39, "注意機構：データから計算される混ぜ合わせの重み");
JsonNode counts = pieces["parameter_counts"]!;
(string Layer, string Key)[] nextLayers =
[
    ("nn.Linear(64, 8)", "linear_64_to_8"),
    ("nn.Conv2d(1, 8, kernel_size=3)", "conv2d_1_to_8_kernel_3"),
    ("nn.LSTM(input_size=8, hidden_size=8)", "lstm_8_to_8"),
    ("nn.MultiheadAttention(8, num_heads=2)", "attention_8_dims_2_heads"),
];
Console.WriteLine($"{"PyTorch layer",-40}parameters");
foreach (var (layer, key) in nextLayers)
    Console.WriteLine($"{layer,-40}{counts[key]!.GetValue<int>(),10}");

// ── cell 40 ──
App.Cell(40, "注意機構：データから計算される混ぜ合わせの重み");
// YOUR TURN 3 · The weights of a convolution
// nn.Conv2d(1, 8, kernel_size=3) slides 8 filters of 3×3 weights over an image with
// one channel; each filter also has one bias. Count its parameters from that.
int myConvolutionCount = 0;                  // your count

int torchCount = counts["conv2d_1_to_8_kernel_3"]!.GetValue<int>();
SelfCheck.Equal("parameters of nn.Conv2d(1, 8, kernel_size=3)", torchCount,
                myConvolutionCount);

//
// 解答例
//
// ```csharp
// // YOUR TURN 3 · The weights of a convolution
// // nn.Conv2d(1, 8, kernel_size=3) slides 8 filters of 3×3 weights over an image with
// // one channel; each filter also has one bias. Count its parameters from that.
// int myConvolutionCount = 8 * (3 * 3 * 1 + 1);   // 8 filters × (9 weights + 1 bias)
//
// int torchCount = counts["conv2d_1_to_8_kernel_3"]!.GetValue<int>();
// SelfCheck.Equal("parameters of nn.Conv2d(1, 8, kernel_size=3)", torchCount,
//                 myConvolutionCount);
// ```
//
// この数は画像の大きさによりません。どの位置でも同じ80個の数値を使うからです。平坦化した8×8の画像に `nn.Linear(64, 8)` を使うと、ピクセルと出力の組ごとに重みが1つずつ必要なので、520個になります。

// ## 理解度チェック
//
// 1. PyTorchの `nn.Linear(4, 6)` の重みの形は 6 × 4 です。ライブラリの `Dense(4→6)` の W はどんな形でしょうか。また、PyTorchの重みをどうやってそこにコピーしますか。
// 2. PyTorchの学習ループが `loss.backward()` の前に `optimizer.zero_grad()` を呼ぶのはなぜですか。また、ライブラリのループでそれが一度も必要なかったのはなぜですか。
// 3. ライブラリとPyTorchは、同じネットワークを同じ花で同じ設定のもとで学習させましたが、訓練データでの損失は最大0.25違いました。3つの違いを挙げ、そのうち第4節でごく小さいとわかったのはどれかを答えてください。
// 4. どちらの実行も、1.0986に近い損失から始まりました。フレームワークにかかわらずその数値になるのは、なぜですか。
// 5. `nn.Conv2d(1, 8, kernel_size=3)` のパラメータは画像の大きさにかかわらず80個なのに、画像から8ユニットへの全結合層のパラメータが画像とともに増えるのはなぜですか。
//
// ## 解答
//
//
// 解答を表示
//
// 1. 入力数 × 出力数の 4 × 6 で、転置の形です。重みは転置してコピーし（`TorchStart` のように `Rows(weight).Transpose()`）、バイアスはそのままコピーします。そうすれば、2つの層は同じ数値を計算します。ライブラリの U = X·W + b は、PyTorchの x·Wᵀ + b と同じです。
// 2. PyTorchの `backward()` は新しい勾配を `.grad` に加算するので、`zero_grad()` がないと、各ステップでそれまでのすべての勾配の和を使ってしまいます。ライブラリの層は `Backward` で勾配を書き込んで古い勾配を置き換え、`Value.Backward` は最初にすべての grad を0にします。
// 3. 重みの初期値とミニバッチの順序（それぞれ異なる乱数生成器から来ます）、そして浮動小数点数の足し算を行う順序です。PyTorchの重みと順序を使うと、差は最大でも4.4E-16でした。演算の順序だけでは、最後の数桁しか変わりません。0.25の差を生んだのは乱数の引き方です。
// 4. 重みが約0.01だとスコアはどれも0に近く、ソフトマックス関数は3種それぞれにほぼ1/3を与え、1/3の交差エントロピー誤差は −ln(1/3) = ln 3 ≈ 1.0986 だからです。これは数学から決まることなので、正しい実装ならどれもそこから始まります。
// 5. 畳み込みは、画像のどの位置でも同じ3×3のフィルターを使う（重みが共有されている）ので、どんな大きさの画像でも 8 × (9 + 1) = 80 個の数値で足ります。全結合層はピクセルと出力の組ごとに1つの重みを持つので、8×8の画像なら 64 × 8 + 8 = 520 個で、画像が大きくなればさらに増えます。
//
//
//
// ## まとめ
//
// - PyTorchには、ライブラリのどの部品にも対応するものがあります。行列にはテンソル、`Value` にはautograd、`Dense` には `nn.Linear`（重みは転置）、`SoftmaxWithLoss` には `F.cross_entropy`、最適化手法には `torch.optim`、`Trainer.Fit` には自分で書くループが対応します。
// - 同じ数値を与えれば、ライブラリとPyTorchは同じ層の出力、勾配、損失、SGDの更新を計算します。
// - レッスン09のアヤメのネットワークを両方で学習させると、同じ経過をたどります（ln 3 付近から始まり、プラトー、急な下降を経て、テストデータの花の93.3 %が正解）。ただし、重みの初期値とバッチの順序が異なる乱数生成器から来るので、曲線は異なります。
// - PyTorchの重みの初期値とバッチの順序を使えば、ライブラリはPyTorchの実行を4.4E-16の差で再現します。演算の順序だけでは、最後の数桁しか変わりません。
// - TorchSharpは、PyTorchをC#で使えるようにします。バージョン0.107.0はGCC 13のlibstdc++（`GLIBCXX_3.4.32`）を必要とし、Debian 12では読み込めません。
// - 畳み込みネットワーク（画像）、再帰型ネットワーク（系列）、注意機構（テキスト）は同じ部品で組み立てられ、同じループで学習させます。畳み込みは重みを共有する `Dense` 層であり（8 → 6 の場合、54個に対して4個のパラメータ）、再帰の1ステップはどのステップでも同じ重みを使い回して隠れ状態を引き継ぎ、注意機構はトークンどうしの内積から求めたソフトマックス関数の重みでトークンを混ぜ合わせます。
//
// ### 重要用語
//
// | English | 日本語 | 意味 |
// | --- | --- | --- |
// | deep-learning framework | 深層学習フレームワーク | テンソル、自動微分、層、損失関数、最適化手法をそろえたライブラリ。PyTorchなど |
// | tensor | テンソル | 任意の数の次元を持つ数値の配列。ベクトルは次元が1つ、行列は2つ |
// | automatic differentiation | 自動微分 | 演算を記録し、連鎖律を逆向きに適用して勾配を計算すること（autograd） |
// | reproducibility | 再現性 | 同じコード、データ、設定、乱数のシードから同じ数値が得られること |
// | convolutional neural network | 畳み込みニューラルネットワーク | 重みを共有する小さなフィルターが入力の上をスライドする、画像のためのネットワーク |
// | weight sharing | 重み共有 | 畳み込みのフィルターのように、入力の多くの位置で同じ重みを使うこと |
// | hidden state | 隠れ状態 | 再帰型ネットワークが、系列のあるステップから次のステップへ引き継ぐベクトル |
// | recurrent neural network | 再帰型ニューラルネットワーク | 出力を次の入力と一緒に戻して入れる、系列のためのネットワーク |
// | attention | 注意機構 | 入力のどこを見るべきかを計算し、それによって入力に重みを付けること。Transformerの核心 |
//
// これでコースは終わりです。ニューラルネットワークのすべての部品を自分で作り、そのそれぞれを、次に使うことになるフレームワークの中でもう一度見ました。ここから先に学ぶのは、同じループに入れる新しい層です。

App.End();
// nbrun convert: sha256 572a540339af18a5
