#!/usr/bin/env dotnet
// 01 · パーセプトロン
// notebooks/01-perceptron.ja.ipynb から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/01-perceptron.cs
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
using NeuralNetworks.Data;
using NeuralNetworks.Perceptrons;
using NeuralNetworks.Exercises;

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー .. から読みます。
App.Start("01 · パーセプトロン", args, workIn: "..");

// # 01 · パーセプトロン
//
// レッスン00では、重み付き和（0.5 · 1 + 0.5 · 1 − 0.7 = 0.3）を計算し、最初のグラフを描きました。ここに「和が0より大きければ1、そうでなければ0と答える」という規則を1つ加えると、この和はニューロンになります。
// このレッスンでは、そのようなニューロンで論理ゲートを作り、1個のニューロンでは作れないゲートを見つけ、最後にニューロン自身に重みを見つけさせます。
//
// ## このレッスンでできるようになること
//
// - 重み、バイアス、入力からパーセプトロンの出力を計算でき、バイアスをもう1つの重みとして読み替えられる。
// - AND、OR、NANDの各ゲートをそれぞれ1個のパーセプトロンで作り、真理値表を確かめられる。
// - パーセプトロンの決定境界を描き、XORに2層が必要な理由を説明できる。
// - パーセプトロンの学習規則でパーセプトロンを学習させ、境界が動く様子を観察できる。

// ── cell 2 ──
App.Cell(2, "01 · パーセプトロン");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ## 1. ニューロン：重み付き和とステップ
//
// **パーセプトロン**（perceptron）は、いくつかの数を入力として受け取ります。ここでは x_1 と x_2 の2つです。各入力にそれぞれの**重み**（weight）を掛けて足し合わせ、さらにもう1つの数である**バイアス**（bias）を加えてから、答えを決めます。「[【備忘録】ニューラルネットワークとはなにか](sources.md#hirotask-2024)」（hirotask 2024）もパーセプトロンをこのように描いています。入力に重みを掛けて足し合わせ、バイアスを加えるのです。
//
// 重み w_1 = 0.5、w_2 = 0.5、バイアス b = -0.7、入力 x = (1, 0) で、手で計算してみましょう。和は 0.5 · 1 + 0.5 · 0 - 0.7 です。パーセプトロンは、和が0より大きければ1、そうでなければ0と答えます。

// ── cell 4 ──
App.Cell(4, "1. ニューロン：重み付き和とステップ");
double x1 = 1, x2 = 0;
double w1 = 0.5, w2 = 0.5, b = -0.7;

double u = w1 * x1 + w2 * x2 + b;
double o = u > 0 ? 1 : 0;
Console.WriteLine($"u = {u:F2}, o = {o}");

// 和は−0.20で0より小さいので、出力は0です。一般に、入力が x_1, x_2 のときは次のようになります。
//
// u = w_1 x_1 + w_2 x_2 + b, o = f(u), f(u) = 1 u > 0 ; 0 u ≤ 0
//
// u は**総入力**（weighted input）で、f は**活性化関数**（activation function）です。活性化関数は u を出力 o に変換します。パーセプトロンの活性化関数は**ステップ関数**（step function）で、u = 0 で0から1へ跳び上がります。ほかの活性化関数はレッスン02で扱います。
//
// 実は、バイアスは重みの一種とみなせます。定数の入力 x_0 = 1 を加え、それに重み w_0 = b を与えます。すると和は i = 0, 1, 2 にわたる、すっきりした1つの内積になります。学生サークルでの講演「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022）も、このように書いています。
//
// u = Σ_(i=0)^2 w_i x_i = w_0 · 1 + w_1 x_1 + w_2 x_2 .
//
// 同じ u になることを確かめましょう。

// ── cell 6 ──
App.Cell(6, "1. ニューロン：重み付き和とステップ");
var x = Vector<double>.Build.DenseOfArray([1.0, 1.0, 0.0]);    // x0 = 1, x1, x2
var w = Vector<double>.Build.DenseOfArray([-0.7, 0.5, 0.5]);   // w0 = b, w1, w2
Console.WriteLine($"u = w·x = {w.DotProduct(x):F2}");

// ライブラリの `Perceptron` も同じことをします。重みとバイアスを保持し、`WeightedInput` で u を、`Predict` で出力を計算します。どのように実装されているかは、`lib/NeuralNetworks/Perceptrons/Perceptron.cs` を開くとわかります。

// ── cell 8 ──
App.Cell(8, "1. ニューロン：重み付き和とステップ");
var neuron = new Perceptron([0.5, 0.5], bias: -0.7);
var input = Vector<double>.Build.DenseOfArray([1.0, 0.0]);
Console.WriteLine(neuron);
Console.WriteLine($"u = {neuron.WeightedInput(input):F2}, o = {neuron.Predict(input)}");

// ## 2. 1個のパーセプトロンで作る論理ゲート
//
// **論理ゲート**（logic gate）は、0か1の入力を受け取り、0か1を答えます。その**真理値表**（truth table）は、すべての入力に対する答えを並べたもので、入力が2つなら4行になります。ANDは両方の入力が1のときだけ1を答え、ORは少なくとも一方が1のときに1を答えます。NAND（「not AND」）は、ANDの答えを反転させたものです。
//
// いま使ったパーセプトロンは、すでにANDゲートになっています。手で確かめると、(1, 1) では u = 0.5 + 0.5 - 0.7 = 0.3 > 0 なので出力は1、(1, 0) では先ほど求めたとおり u = -0.2 なので出力は0です。ORとNANDは、数を変えるだけで作れます。
//
// | ゲート | w_1 | w_2 | b |
// | --- | --- | --- | --- |
// | AND | 0.5 | 0.5 | −0.7 |
// | OR | 0.5 | 0.5 | −0.2 |
// | NAND | −0.5 | −0.5 | 0.7 |
//
// これらは `lib/NeuralNetworks/Perceptrons/LogicGates.cs` にある、教科書どおりの値です。ほかにもうまくいく数はたくさんあります。ライブラリで各ゲートの真理値表を表示しましょう。

// ── cell 10 ──
App.Cell(10, "2. 1個のパーセプトロンで作る論理ゲート");
var and = LogicGates.TruthTable(LogicGates.And);
var or = LogicGates.TruthTable(LogicGates.Or);
var nand = LogicGates.TruthTable(LogicGates.Nand);

Console.WriteLine("x1 x2 | AND  OR  NAND");
for (int row = 0; row < 4; row++)
{
    var (x1Row, x2Row) = (and[row].X1, and[row].X2);
    var (a, o1, n) = (and[row].Output, or[row].Output, nand[row].Output);
    Console.WriteLine($" {x1Row}  {x2Row} |  {a}    {o1}    {n}");
}

// どの行も正しい答えになっています。`ToyData` には同じ4行が、正しい答えを正解ラベルとして収められています。そこでライブラリは、各ゲートの答えをそれと照らし合わせられます。

// ── cell 12 ──
App.Cell(12, "2. 1個のパーセプトロンで作る論理ゲート");
var gates = new[]
{
    (Name: "AND", Gate: LogicGates.And, Truth: ToyData.And()),
    (Name: "OR", Gate: LogicGates.Or, Truth: ToyData.Or()),
    (Name: "NAND", Gate: LogicGates.Nand, Truth: ToyData.Nand()),
};
foreach (var (name, gate, truth) in gates)
{
    bool same = gate.Predict(truth.Features).SequenceEqual(truth.Labels);
    Console.WriteLine($"{name,-4} matches its truth table: {same}");
}

// では、演習です。以下の演習はどれも `// YOUR TURN` で始まるコードセルです。プレースホルダーを自分のコードに置き換えて、セルを実行してください。最後のチェックは、答えが正しければ✓を表示し、正しくなければ✗と、返ってきた値と期待される値を表示します。解答例はセルの下に折りたたまれています。まず自分で試してください。
//
// **NOR**（「not OR」）は、両方の入力が0のときだけ1を答えます。1個のパーセプトロンをNORゲートにする重みとバイアスを見つけてください。ヒント：上の表にあるORの数から出発しましょう。

// ── cell 14 ──
App.Cell(14, "2. 1個のパーセプトロンで作る論理ゲート");
// YOUR TURN 1 · a NOR gate
var nor = new Perceptron([double.NaN, double.NaN], bias: double.NaN);   // your w1, w2, b

var norTruth = ToyData.Or().Labels.Select(label => 1 - label);   // NOR = not OR
SelfCheck.Equal("NOR's outputs at (0,0) (0,1) (1,0) (1,1)",
    string.Join(" ", norTruth), string.Join(" ", nor.Predict(ToyData.Or().Features)));

//
// 解答例
//
// ```csharp
// // YOUR TURN 1 · a NOR gate
// var nor = new Perceptron([-0.5, -0.5], bias: 0.2);   // OR's numbers, every sign flipped
//
// var norTruth = ToyData.Or().Labels.Select(label => 1 - label);   // NOR = not OR
// SelfCheck.Equal("NOR's outputs at (0,0) (0,1) (1,0) (1,1)",
//     string.Join(" ", norTruth), string.Join(" ", nor.Predict(ToyData.Or().Features)));
// ```
//
// すべての符号を反転すると u は -u になるので、u ≠ 0 であるところではどこでも答えが反転します。NANDも、同じようにしてANDを反転させたものです。ほかにもうまくいく数はたくさんあり、たとえば w = (-1, -1)、b = 0.5 でも構いません。

// ## 3. 決定境界は直線
//
// 出力は、u が0をまたぐところで反転します。ちょうど u = 0 となる点、すなわち
//
// w_1 x_1 + w_2 x_2 + b = 0,
//
// を満たす点は、(x_1, x_2) 平面上で1本の直線をなします。これがパーセプトロンの**決定境界**（decision boundary）です。直線の一方の側では1を、もう一方の側では0を答えます。直線を描くには、x_2 について解きます：x_2 = -(w_1 x_1 + b) / w_2。
//
// ANDの場合は x_2 = -(0.5 x_1 - 0.7) / 0.5 = 1.4 - x_1 です。x_1 = 0 での直線の高さは1.4で、直線は x_1 = 1.4 で x_2 = 0 と交わります。この直線より上にある角は (1, 1) だけです。

// ── cell 17 ──
App.Cell(17, "3. 決定境界は直線");
foreach (var (name, gate, _) in gates)
{
    var line = gate.Boundary;
    Console.WriteLine($"{name,-4}  {line}   x2 at x1 = 0: {line.X2At(0):F1}");
}

// 3つのゲートを並べて示します。各グラフでは、平面をパーセプトロンの答えで塗り分け（0は薄い青、1は薄いオレンジ）、4つの角を正しい答えの色で描き、直線を引いています。すべての点が自分と同じ色の領域にあれば、そのゲートは正しく動いています。

// ── cell 19 ──
App.Cell(19, "3. 決定境界は直線");
Figure GateChart(string name, Perceptron gate, Dataset truth) =>
    Chart.DecisionBoundary(truth, X => gate.Predict(X), resolution: 80, margin: 0.3)
        .WithBoundaryLine(gate.Boundary, name: "boundary")
        .WithTitle(name).WithXTitle("x1").WithYTitle("x2");

display(Chart.Subplots(1, 3, gates.Select(g => GateChart(g.Name, g.Gate, g.Truth)).ToArray())
    .WithLayout(layout => layout with { Height = 420 }));

// 1本の直線ですべての1を一方の側に、すべての0をもう一方の側に分けられるとき、そのデータは**線形分離可能**（linearly separable）であるといいます。AND、OR、NANDは線形分離可能です。1個のパーセプトロンに引けるのは常に1本の直線だけなので、パーセプトロンで解ける問題は、まさに線形分離可能な問題です。
//
// ## 4. XOR：直線1本では足りない
//
// **排他的論理和**（XOR、exclusive or）は、ちょうど一方の入力だけが1のときに1を答えます。答えが1になるのは、正方形の一方の対角線上にある (0, 1) と (1, 0) で、0になるのは、もう一方の対角線上にある (0, 0) と (1, 1) です。2本の対角線を分ける直線を1本引こうとしてみてください。引けないはずです。
//
// コンピューターにも引けません。`LinearSeparability.Search` は、w_1、w_2、b がそれぞれグリッドの21個の値 -1, -0.9, …, 1 のどれかであるようなパーセプトロンをすべて試し、4行すべてに正しく答える最初のものを返します。

// ── cell 21 ──
App.Cell(21, "4. XOR：直線1本では足りない");
var xor = ToyData.Xor();
double[] grid = LinearSeparability.Grid(min: -1, max: 1, step: 0.1);
Console.WriteLine($"grid: {string.Join(" ", grid)}");
int size = grid.Length;
Console.WriteLine($"candidates: {size}³ = {size * size * size}");
var andLine = LinearSeparability.Search(ToyData.And());
Console.WriteLine($"AND: {andLine}");
var xorLine = LinearSeparability.Search(xor);
Console.WriteLine($"XOR: {xorLine?.ToString() ?? "no perceptron works"}");

// ANDではすぐにパーセプトロンが見つかりますが、XORでは9261個のどれもうまくいきません。
//
// グリッドは例示にすぎないので、どんな重みでもうまくいかないことを証明しておきましょう。2つの1には w_2 + b > 0 と w_1 + b > 0 が必要で、両者を足すと w_1 + w_2 + 2b > 0 です。2つの0には b ≤ 0 と w_1 + w_2 + b ≤ 0 が必要で、両者を足すと w_1 + w_2 + 2b ≤ 0 です。この2つが同時に成り立つことはありません。
//
// グリッドの値はちょうど -1, -0.9, …, 1 と表示されますが、そのほとんどは正確にはその数ではありません。レッスン00の0.7と同じく、-0.9 や 0.1 にも2進数での正確な表現がないからです。各値は、その10進数に最も近い `double` です。C#は `double` を、読み戻したときに同じ `double` になる最少の桁数で表示するので、各値はその10進数のとおりに表示されます。ライブラリは、各値を10進数 -1 + k · 0.1 として組み立ててから一度だけ変換することで、最も近い `double` を得ています。代わりに0.1を何度も足していくと、レッスン00の0.7のように値がずれていきます。

// ── cell 23 ──
App.Cell(23, "4. XOR：直線1本では足りない");
double drifting = -1;
for (int k = 0; k < 11; k++) drifting += 0.1;
Console.WriteLine($"-1 + 0.1 + 0.1 + … (11 times) = {drifting}");
Console.WriteLine($"the grid's 12th value        = {grid[11]}");

// ずれた数から作ったパーセプトロンは、w_1 = 0.1 と表示されても実際には少し違う数で計算するので、丸め誤差のせいで角での判定が正しくなったり誤ったりしかねません。グリッドの値を使えば、直線上にある角で**境界の規則**がはっきり現れます。0.1がどう記憶されていようと、0.1 - 0.1 はちょうど0だからです。探索で見つかったANDのパーセプトロンを、各角で評価してみましょう。

// ── cell 25 ──
App.Cell(25, "4. XOR：直線1本では足りない");
var corners = ToyData.And().Features;
for (int row = 0; row < 4; row++)
{
    var corner = corners.Row(row);
    double uCorner = andLine!.WeightedInput(corner);
    int oCorner = andLine.Predict(corner);
    Console.WriteLine($"x = ({corner[0]}, {corner[1]}): u = {uCorner,4}, o = {oCorner}");
}

// (0, 1) と (1, 0) では総入力がちょうど0です。これらの角は決定境界そのものの上にあります。そこでパーセプトロンが何と答えるかは、第1節の規則「u > 0 のときだけ o = 1」で決まります。したがって u = 0 では0となり、このパーセプトロンはANDゲートになります。もう1つありうる規則「u ≥ 0 なら o = 1」のもとでは、同じ数でも3つの角で1を答え、ORゲートになってしまいます。このコースでは一貫して u > 0 を使います。

// ── cell 27 ──
App.Cell(27, "4. XOR：直線1本では足りない");
// YOUR TURN 2 · exactly on the line
// w = (0.1, 0.1), b = −0.2. Compute u at the corner (1, 1),
// and the output o under the rule u > 0.
double uOnLine = double.NaN;   // your u
int oOnLine = -1;              // your o: 0 or 1

var onLine = new Perceptron([0.1, 0.1], bias: -0.2);
var oneOne = Vector<double>.Build.DenseOfArray([1.0, 1.0]);
SelfCheck.Close("u at (1, 1)", onLine.WeightedInput(oneOne), uOnLine);
SelfCheck.Equal("o at (1, 1)", onLine.Predict(oneOne), oOnLine);

//
// 解答例
//
// ```csharp
// // YOUR TURN 2 · exactly on the line
// // w = (0.1, 0.1), b = −0.2. Compute u at the corner (1, 1),
// // and the output o under the rule u > 0.
// double uOnLine = 0.1 * 1 + 0.1 * 1 - 0.2;   // your u
// int oOnLine = uOnLine > 0 ? 1 : 0;          // your o: 0 or 1
//
// var onLine = new Perceptron([0.1, 0.1], bias: -0.2);
// var oneOne = Vector<double>.Build.DenseOfArray([1.0, 1.0]);
// SelfCheck.Close("u at (1, 1)", onLine.WeightedInput(oneOne), uOnLine);
// SelfCheck.Equal("o at (1, 1)", onLine.Predict(oneOne), oOnLine);
// ```
//
// u = 0.1 + 0.1 - 0.2 = 0 が厳密に成り立ちます（0.1を2倍する計算は2進数で正確です）。したがって o = 0 です。このパーセプトロンは (1, 1) で0を答えるので、ANDゲートではありません。探索がこれを飛ばしたのは、このためです。
//
//
//
// 第5節では、パーセプトロンがサンプルから重みを学習できるようにする規則を紹介します。少し先回りして、この規則にXORを与えてみましょう。ANDではすぐに誤りがなくなるのに対し、XORではエポックを重ねても誤りが続きます。

// ── cell 29 ──
App.Cell(29, "4. XOR：直線1本では足りない");
var onAnd = PerceptronLearning.Train(ToyData.And(),
    learningRate: 0.1, epochs: 20, seed: 0);
var onXor = PerceptronLearning.Train(xor, learningRate: 0.1, epochs: 20, seed: 0);
foreach (var (name, run) in new[] { ("AND", onAnd), ("XOR", onXor) })
{
    string mistakes = string.Join(" ", run.Mistakes);
    Console.WriteLine($"{name}: converged {run.Converged}, mistakes {mistakes}");
}

// ── cell 30 ──
App.Cell(30, "4. XOR：直線1本では足りない");
// Training stops after the first epoch without a mistake;
// a converged perceptron makes none after that.
double[] epochNumbers = Enumerable.Range(1, 20).Select(e => (double)e).ToArray();
double[] andMistakes = Enumerable.Range(0, 20)
    .Select(e => e < onAnd.Mistakes.Count ? onAnd.Mistakes[e] : 0.0).ToArray();
double[] xorMistakes = onXor.Mistakes.Select(m => (double)m).ToArray();

display(Chart.Lines(epochNumbers, ("AND", andMistakes), ("XOR", xorMistakes))
    .WithTitle("Perceptron learning: mistakes per epoch")
    .WithXTitle("epoch").WithYTitle("mistakes (out of 4)"));

// ### 2層なら解ける
//
// XORは「ORだが、両方ではない」、つまり XOR(x_1, x_2) = AND(NAND(x_1, x_2), OR(x_1, x_2)) です。そこで、2つの入力をNANDのパーセプトロンとORのパーセプトロンに入れ、その2つの出力 h_1, h_2 をANDのパーセプトロンに入れます。中間にあるパーセプトロンは**隠れ層**（hidden layer）をなします。その出力は外からは見えず、見えるのは最終的な答えだけです。パーセプトロンを層状に並べたものを**多層パーセプトロン**（multilayer perceptron）と呼びます。
//
// (1, 0) について手で計算すると、NANDは1、ORは1を出力し、AND(1, 1) = 1です。(1, 1) では、NANDは0、ORは1を出力し、AND(0, 1) = 0です。ライブラリの `LogicGates.Xor` は、各行を隠れ層の出力 h とともに表示します。

// ── cell 32 ──
App.Cell(32, "2層なら解ける");
foreach (var row in LogicGates.TruthTable(LogicGates.Xor))
    Console.WriteLine(row);
bool matches = LogicGates.Xor.Predict(xor.Features).SequenceEqual(xor.Labels);
Console.WriteLine($"XOR matches its truth table: {matches}");

// 隠れ層のパーセプトロンは、それぞれ1本の直線を引きます。下の左のグラフでは、NANDの直線（緑）とORの直線（紫）に挟まれた帯で、出力が1になります。右のグラフは、出力のパーセプトロンから見た景色です。各入力を、その隠れ層の出力 (h_1, h_2) の位置に移しています。そこでは (0, 1) と (1, 0) が同じ点 (1, 1) に重なり、ANDの直線1本でクラスを分けられます。隠れ層が、問題を線形分離可能にしたのです。

// ── cell 34 ──
App.Cell(34, "2層なら解ける");
var twoLines = Chart.DecisionBoundary(xor, X => LogicGates.Xor.Predict(X),
        resolution: 80, margin: 0.3)
    .WithBoundaryLine(LogicGates.Nand.Boundary, name: "NAND line", color: "#2ca02c")
    .WithBoundaryLine(LogicGates.Or.Boundary, name: "OR line", color: "#9467bd")
    .WithTitle("XOR in the input plane: two lines").WithXTitle("x1").WithYTitle("x2");

// Each input row x, moved to its hidden outputs h = (NAND(x), OR(x)).
var H = Matrix<double>.Build.DenseOfRowVectors(
    xor.Features.EnumerateRows().Select(row => LogicGates.Xor.HiddenOutputs(row)));
var hiddenSpace = new Dataset(H, xor.Labels, ["h1", "h2"], xor.ClassNames);
var oneLine = Chart.DecisionBoundary(hiddenSpace, h => LogicGates.And.Predict(h),
        resolution: 80, margin: 0.3)
    .WithBoundaryLine(LogicGates.And.Boundary, name: "AND line")
    .WithTitle("What the output sees: one line")
    .WithXTitle("h1 (NAND)").WithYTitle("h2 (OR)");

display(Chart.Subplots(1, 2, twoLines, oneLine)
    .WithLayout(layout => layout with { Height = 460 }));

// ## 5. 重みを学習する
//
// ここまでは、重みを自分で選んできました。パーセプトロンは、**パーセプトロンの学習規則**（perceptron learning rule）を使えば、正解ラベル付きのサンプルから重みを自分で見つけることもできます。正しい答え、つまり目標値 t（0または1）の付いたサンプル x を見せます。出力 o が正しければ、何も変えません。間違っていれば、重みとバイアスを次のように動かします。
//
// w ← w + η (t - o) x, b ← b + η (t - o).
//
// η（イータ）は**学習率**（learning rate）で、1回の更新の大きさを表します。t = 1 で o = 0 のときは重みが x に近づく向きに動くので、このサンプルでの u が大きくなります。t = 0 で o = 1 のときは、重みは x から遠ざかる向きに動きます。すべてのサンプルを1回ずつ通すことを**エポック**（epoch）と呼びます。ライブラリは、サンプルを表の順には扱いません。エポックごとに、`seed` で初期化した乱数生成器でサンプルをシャッフルし直します。そのため、同じシードなら毎回同じ順序になり、同じ更新が行われます。
//
// ANDについて、w = (0, 0)、b = 0、η = 0.1 から始めて手で計算してみましょう。出力はどれもstep(0) = 0で、目標値が0である3つの角では正解です。最初の誤りは t = 1 の x = (1, 1) なので、w ← (0, 0) + 0.1 · (1 - 0) · (1, 1) = (0.1, 0.1)、b ← 0 + 0.1 = 0.1 となります。`PerceptronLearningSteps.Trace` は、規則が行う更新をすべて列挙します。

// ── cell 36 ──
App.Cell(36, "5. 重みを学習する");
var andUpdates = PerceptronLearningSteps.Trace(ToyData.And(), learningRate: 0.1, seed: 0);
foreach (var update in andUpdates)
    Console.WriteLine(update);
var learned = andUpdates[^1].After;
double uLearned = learned.WeightedInput(corners.Row(1));
Console.WriteLine($"last perceptron at (0, 1): u = {uLearned}");

// 1行目は、手で計算した更新です。表示されるepochとexampleの番号は、どちらも1から数えます。example 4は真理値表の4行目、(1, 1) です。エポック1でその次にexample 2が来るのは、順序がシャッフルされているからです（`seed: 0`）。正しく答えたサンプルは何も変えないので、表示されません。規則は誤りのないエポックが終わると停止し、最後のパーセプトロンは4行すべてに正しく答えます。ANDを学習したのです。グリッドのパーセプトロンと同じく、このパーセプトロンも境界の規則に頼っています。(0, 1) での u はちょうど0で、u > 0 が成り立たないので、ANDとして正しく0を答えます。`PerceptronLearning.Train` は同じ学習を実行し、エポックごとに結果を報告します。

// ── cell 38 ──
App.Cell(38, "5. 重みを学習する");
display(onAnd);

// ### 直線が動く様子を見る
//
// 今度は本物のデータセットを使います。アヤメのデータ（レッスン09ではすべてを使います）は、3種のアヤメの花を測ったものです。そのうち最初の2種、setosaとversicolorを取り出し、がく片の長さと花弁の長さという2つの測定値を使います。単位はセンチメートルです。

// ── cell 40 ──
App.Cell(40, "直線が動く様子を見る");
var iris = Dataset.LoadCsv("../data/iris.csv");
// The rows of setosa (label 0) and versicolor (label 1);
// columns 0 and 2 are the sepal and the petal length.
var twoSpecies = iris.Take(
    Enumerable.Range(0, iris.Count).Where(i => iris.Labels[i] < 2));
var lengths = Matrix<double>.Build.DenseOfColumnVectors(
    twoSpecies.Features.Column(0), twoSpecies.Features.Column(2));
var flowers = new Dataset(lengths, twoSpecies.Labels,
    ["sepal length (cm)", "petal length (cm)"], ["setosa", "versicolor"]);
Console.WriteLine(flowers);

// ── cell 41 ──
App.Cell(41, "直線が動く様子を見る");
var updates = PerceptronLearningSteps.Trace(flowers,
    learningRate: 0.1, epochs: 20, seed: 0);
var trained = PerceptronLearning.Train(flowers, learningRate: 0.1, epochs: 20, seed: 0);
Console.WriteLine($"{updates.Count} updates");
Console.WriteLine($"Mistakes per epoch: {string.Join(" ", trained.Mistakes)}");
Console.WriteLine($"Final: {trained.Final}");
int correct = trained.Final.Predict(flowers.Features)
    .Where((p, i) => p == flowers.Labels[i]).Count();
Console.WriteLine($"Correct: {correct} of {flowers.Count}");

// 12回の更新はすべて最初のエポックの間に起こり、2回目のエポックでは誤りがありません。
//
// 規則は1行の式にすぎないので、自分で書けます。下の `Learn` は、パーセプトロン、目標値 t の付いた1つのサンプル x、そして η を受け取ります。規則による更新後のパーセプトロンを返すようにしてください。チェックでは、書いた関数を使ってアヤメの12回の更新をすべて再現します（`step.Row` はそのサンプルのデータセットでの行番号で、C#の流儀どおり0から数えます）。

// ── cell 43 ──
App.Cell(43, "直線が動く様子を見る");
// YOUR TURN 3 · the learning rule
Perceptron Learn(Perceptron p, Vector<double> x, int t, double eta)
{
    int o = p.Predict(x);
    return p;   // replace: w ← w + η(t − o)x, b ← b + η(t − o)
}

bool Same(Perceptron a, Perceptron b) =>
    (a.Weights - b.Weights).AbsoluteMaximum() < 1e-12
    && Math.Abs(a.Bias - b.Bias) < 1e-12;
int reproduced = updates.Count(step => Same(step.After,
    Learn(step.Before, flowers.Features.Row(step.Row), step.Target, 0.1)));
SelfCheck.Equal("iris updates your rule reproduces", updates.Count, reproduced);

//
// 解答例
//
// ```csharp
// // YOUR TURN 3 · the learning rule
// Perceptron Learn(Perceptron p, Vector<double> x, int t, double eta)
// {
//     int o = p.Predict(x);
//     return new Perceptron(p.Weights + eta * (t - o) * x, p.Bias + eta * (t - o));
// }
//
// bool Same(Perceptron a, Perceptron b) =>
//     (a.Weights - b.Weights).AbsoluteMaximum() < 1e-12
//     && Math.Abs(a.Bias - b.Bias) < 1e-12;
// int reproduced = updates.Count(step => Same(step.After,
//     Learn(step.Before, flowers.Features.Row(step.Row), step.Target, 0.1)));
// SelfCheck.Equal("iris updates your rule reproduces", updates.Count, reproduced);
// ```
//
// `eta * (t - o) * x` は、ベクトル x を数 η(t - o) 倍します。この数は +η、-η、0のいずれかです。ライブラリ版は `lib/NeuralNetworks/Perceptrons/PerceptronLearningSteps.cs` にあります。
//
//
//
// では、直線が動く様子を見てみましょう。アニメーションは、更新を1つずつ再生します。▶ 再生を押すか、スライダーをドラッグしてください。黒い輪は、誤分類されて更新を引き起こした花を示します。直線は、この花が正しい側に近づくか、正しい側へ移るように動きます。

// ── cell 45 ──
App.Cell(45, "直線が動く様子を見る");
Figure UpdateFrame(Perceptron p, int row, string title) =>
    Chart.DecisionBoundary(flowers, X => p.Predict(X), resolution: 60)
        .WithBoundaryLine(p.Boundary, name: "boundary")
        .WithTrace(new Scatter   // a black ring around the example that caused it
        {
            X = row < 0 ? [] : [flowers.Features[row, 0]],
            Y = row < 0 ? [] : [flowers.Features[row, 1]],
            Name = "misclassified example", Mode = "markers",
            Marker = new Marker { Size = 18, Symbol = "circle-open", Color = "black" },
        })
        .WithTitle(title);

var title = "Perceptron learning, one update at a time";
var frames = new List<Figure> { UpdateFrame(updates[0].Before, -1, title) };
frames.AddRange(updates.Select(step => UpdateFrame(step.After, step.Row, "")));
var labels = new[] { "start" }.Concat(updates.Select((_, k) => $"{k + 1}")).ToList();

display(Chart.Animation(frames, labels, frameMilliseconds: 700, prefix: "update "));

// 出発点の w = 0、b = 0 はどこでも0を答え、直線をもちません。更新のたびに、直線は傾いたり平行移動したりします。最後の更新のあとではどの花も正しい側にあり、次のエポックでは誤りがありません。線形分離可能なデータでは、有限回の更新の後に必ずこうなります（パーセプトロンの収束定理）。XORでは、第4節の誤りのグラフが示したとおり、決してこうはなりません。
//
// ## 理解度チェック
//
// 1. ORのパーセプトロンは w = (0.5, 0.5)、b = -0.2 です。入力 (0, 1) に対する u と o を計算してください。
// 2. ANDの重み (0.5, 0.5) はそのままにして、バイアスだけを−0.7から−0.2に変えます。どのゲートになりますか。b = 0.3 ではどうなりますか。
// 3. ANDの重みとバイアスを10倍します。決定境界は動きますか。出力が変わるところはありますか。
// 4. XORでは、何エポック許しても、パーセプトロンの学習規則が停止することがないのはなぜですか。
// 5. 学習規則で、目標値 t = 0 の花に対して出力が o = 1 になりました。重みはどちらへ動きますか。また、それがなぜ役に立つのですか。

// ## 解答
//
//
// 解答を表示
//
// 1. u = 0.5 · 0 + 0.5 · 1 - 0.2 = 0.3 > 0 なので o = 1 です。0と1のORは1です。
// 2. b = -0.2 ではORになります。表のORの行そのものです。b = 0.3 では (0, 0) でさえ u = 0.3 > 0 となるので、どの入力に対しても出力は1になり、常に「真」と答えるゲートになります。その直線 0.5 x_1 + 0.5 x_2 + 0.3 = 0 は、4つの角すべてより左下を通ります。
// 3. どちらも変わりません。直線 10 w_1 x_1 + 10 w_2 x_2 + 10 b = 0 は、式全体を10で割れるので同じ直線です。また、どの u も符号が変わらないので、どの出力も同じままです。変わるのは u の大きさだけです。
// 4. 規則が停止するのは誤りのないエポックの後だけで、そのためには4行すべてに正しく答えるパーセプトロンが必要です。第4節で、そのようなパーセプトロンは存在しないことを証明しました。したがって、どのエポックでも少なくとも1回は誤ります。
// 5. t - o = -1 なので、w ← w - ηx、b ← b - η となり、重みは x から遠ざかります。これにより、この花の u = w · x + b は η(‖ x ‖^2 + 1) だけ小さくなり、花は直線の0の側へ押しやられます。

// ## まとめ
//
// - パーセプトロンは重み付き和 u = w_1 x_1 + w_2 x_2 + b を計算し、u > 0 なら o = 1、そうでなければ0と答えます。バイアスは、定数の入力 x_0 = 1 に対する重みです。
// - 適切な重みを選べば、1個のパーセプトロンでAND、OR、NANDの各ゲートを作れます。その決定境界は直線 w_1 x_1 + w_2 x_2 + b = 0 です。
// - XORを1本の直線で分けることはできません。2層ならできます。NANDとORを隠れ層に置き、その上にANDを置きます。
// - パーセプトロンの学習規則 w ← w + η(t - o)x は、分離する直線が存在すれば必ずそれを自分で見つけ、存在しなければ決して停止しません。
//
// ### 重要用語
//
// | English | 日本語 | 意味 |
// | --- | --- | --- |
// | perceptron | パーセプトロン | 重み付き和にバイアスを加えた値が0より大きければ1、そうでなければ0を出力するユニット |
// | weight | 重み | 各入力に掛ける数 |
// | bias | バイアス | 重み付き和に加える数。定数の入力1に対する重み |
// | activation function | 活性化関数 | 総入力uを出力に変換する関数 |
// | step function | ステップ関数 | u > 0なら1、そうでなければ0。パーセプトロンの活性化関数 |
// | logic gate | 論理ゲート | ANDやORのように、0/1の入力から0/1の出力を決める規則 |
// | truth table | 真理値表 | すべての入力に対するゲートの出力を並べた表 |
// | decision boundary | 決定境界 | 分類器の答えが変わる場所。パーセプトロンでは直線u = 0 |
// | linearly separable | 線形分離可能 | クラスを1本の直線（より高い次元では平面）で分けられること |
// | XOR | 排他的論理和 | 2つの入力のうち、ちょうど1つが1のときに1 |
// | hidden layer | 隠れ層 | 入力と出力の間にある層。その出力は外からは見えない |
// | multilayer perceptron | 多層パーセプトロン | パーセプトロンを層状に並べたもの。各層の出力が次の層に入力される |
// | perceptron learning rule | パーセプトロンの学習規則 | 誤ったときに、w ← w + η(t − o)x、b ← b + η(t − o) と更新する規則 |
// | learning rate | 学習率 | η。学習の1回の更新の大きさ |
// | epoch | エポック | すべてのサンプルを1回ずつ通す、学習の1巡 |
//
// **次のレッスン**：ステップ関数の跳びがあるからこそ、パーセプトロンは0か1かをきっぱり判定できます。しかし同じ跳びのせいで、勾配による学習ができません。レッスン02では、ネットワークがステップ関数の代わりに使う滑らかな活性化関数を扱います。

App.End();
// nbrun convert: sha256 d1419de8b2198578
