#!/usr/bin/env dotnet
// レッスン07の課題 · 勾配降下法と学習率
// notebooks/homework/07-gradient-descent.ja.ipynb(受講者に配布する版) から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/homework/07-gradient-descent.cs
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
using NeuralNetworks.Calculus;
using NeuralNetworks.Homework;

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー ../../homework から読みます。
App.Start("レッスン07の課題 · 勾配降下法と学習率", args, workIn: "../../homework");

// # レッスン07の課題 · 勾配降下法と学習率
//
// レッスン07では、ライブラリの `GradientDescent.Minimize` で坂を下り、小さすぎる学習率、ちょうどよい学習率、大きすぎる学習率の様子を観察しました。この課題では、その歩みを自分で書き、ある学習率で何ステップかかるかを測り、お椀型をしたどんな損失についても学習率の限界を導きます。限界より小さい学習率はどれも収束し、限界そのものでは収束しません。
//
// ## やること
// 1. 最初のコードセルを実行してください。コースのライブラリを読み込み、レッスン07の損失を2つ定義します。
// 2. 下の3つの関数を完成させてください。それぞれの `throw new NotImplementedException(...)` を自分のコードに置き換えます。ライブラリの `GradientDescent`、`OptimizerPath`、`SGD` は呼び出さず、ループを自分で書いてください。
// 3. 各関数の下にあるチェックセルを実行してください。合格したチェックは ✓ とその配点を表示します。
//
// ## 採点方法
// 10点満点です。見えているチェックセルが6点分で、残りの4点分は採点のときに実行される非公開のチェックです（ほかの関数、出発点、学習率、発散する歩み、重みが3つと4つのお椀）。チェックセルを書き換えても点数は変わりません。採点では、すべてのチェックを採点側の写しで実行します。

// ── cell 2 ──
App.Cell(2, "レッスン07の課題 · 勾配降下法と学習率");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ── cell 3 ──
App.Cell(3, "レッスン07の課題 · 勾配降下法と学習率");
// ANSWER MEMBERS: the library's own versions of what you write in this assignment.
// A function that calls one of them (directly, through an alias or by reflection)
// earns no points.
AnswerMembers.Declare(
    "NeuralNetworks.Calculus.GradientDescent",
    "NeuralNetworks.Optimizers.OptimizerPath",
    "NeuralNetworks.Optimizers.SGD");

// ── cell 4 ──
App.Cell(4, "レッスン07の課題 · 勾配降下法と学習率");
Vector<double> V(params double[] values) => Vector<double>.Build.DenseOfArray(values);

// L(w) = w², the Medical AI lecture's loss, with one weight: ∂L/∂w = 2w.
double Square(Vector<double> w) => w[0] * w[0];
Vector<double> SquareGradient(Vector<double> w) => V(2 * w[0]);

// L(w1, w2) = w1² + 4 w2², lesson 07's bowl: ∇L = (2 w1, 8 w2).
double Bowl(Vector<double> w) => w[0] * w[0] + 4 * w[1] * w[1];
Vector<double> BowlGradient(Vector<double> w) => V(2 * w[0], 8 * w[1]);

// ## 1. 歩み
//
// 勾配降下法は、次の1ステップを繰り返します（「[医療とAI・ビッグデータ応用『学習の仕組み』](../sources.md#medical-ai-lecture)」（Medical AI lecture）、「[ラビットチャレンジレポート（深層学習 day1）](../sources.md#rabbit-challenge-day-1)」（Rabbit Challenge day 1））。
//
// w ← w - α ∇L(w)
//
// `Descend` は、勾配を計算する関数、出発点、学習率 α、ステップ数を受け取り、歩みの行き着いた点を返します。呼び出し側の `start` は変わらずに返ってこなければなりません。MathNetの `a - b` は新しいベクトルを作りますが、`start[i]` に書き込むと呼び出し側のベクトルが変わってしまいます。手で計算してみましょう。L(w) = w^2 で w = 1.5 から α = 0.1 で進むと、1ステップで 1.5 - 0.1 · 3 = 1.2 に移ります。

// ── cell 6 ──
App.Cell(6, "1. 歩み");
Vector<double> Descend(Func<Vector<double>, Vector<double>> gradient,
                       Vector<double> start, double learningRate, int steps)
{
    // YOUR CODE HERE
    throw new NotImplementedException("One step per loop turn, from the new point.");
}

// ── cell 7 ──
App.Cell(7, "1. 歩み");
try
{
    // CHECK descend-small-cases (2 points)
    Check.VectorsClose(V(1.2), Descend(SquareGradient, V(1.5), 0.1, steps: 1), 1e-12,
        "one step on w² from 1.5 with α = 0.1");
    Check.VectorsClose(V(-1.2), Descend(SquareGradient, V(-1.5), 0.1, steps: 1), 1e-12,
        "one step on w² from −1.5 with α = 0.1");
    var bowlWalk = GradientDescent.Minimize(BowlGradient, V(-2.5, 1.2), 0.1, steps: 30);
    Check.VectorsClose(bowlWalk.Last, Descend(BowlGradient, V(-2.5, 1.2), 0.1, steps: 30),
        1e-12, "30 steps on the bowl from (−2.5, 1.2) with α = 0.1");
    Check.Passed("descend-small-cases", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 2. 何ステップかかるか
//
// 損失を速く下げられる学習率が、良い学習率です。`StepsToReach` は、損失が初めて目標値を下回るまでのステップ数を数えます。出発点ですでに下回っていれば0、ステップ k のあとで下回れば k です。`maxSteps` ステップのうちに到達しなければ、−1を返します。損失が大きくなり続けて有限の数でなくなってしまう、発散する歩みもこれに含まれます。

// ── cell 9 ──
App.Cell(9, "2. 何ステップかかるか");
int StepsToReach(Func<Vector<double>, double> f,
                 Func<Vector<double>, Vector<double>> gradient, Vector<double> start,
                 double learningRate, double target, int maxSteps)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Test the loss before every step.");
}

// ── cell 10 ──
App.Cell(10, "2. 何ステップかかるか");
try
{
    // CHECK steps-to-reach-small-cases (2 points)
    Check.Equal(33, StepsToReach(Square, SquareGradient, V(1.5), 0.1, 1e-6, 1000),
        "steps until w² < 1e-6 from 1.5 with α = 0.1");
    Check.Equal(1, StepsToReach(Square, SquareGradient, V(1.5), 0.5, 1e-6, 1000),
        "steps with α = 0.5, which lands on the minimum at once");
    Check.Equal(0, StepsToReach(Square, SquareGradient, V(0.0001), 0.1, 1e-6, 1000),
        "steps when the start is already low enough");
    Check.Equal(-1, StepsToReach(Square, SquareGradient, V(1.5), 1.05, 1e-6, 1000),
        "steps with α = 1.05, which overshoots more every step");
    Check.Equal(-1, StepsToReach(Square, SquareGradient, V(1.5), 0.01, 1e-6, 100),
        "steps with α = 0.01 and only 100 allowed");
    Check.Passed("steps-to-reach-small-cases", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 3. 学習率の限界
//
// レッスン07では、L(w) = a w^2 についての限界を手で求めました。1ステップごとに w は 1 - 2aα 倍されるので、歩みが収束するのは |1 - 2aα| < 1 のときだけです。お椀型の損失は、どれも最小値の近くでは次の形に見えます。
//
// L(w) = \tfrac12 w^ᵀH w, ∇L(w) = Hw,
//
// ここで H は対称行列で、その固有値 λ_1, …, λ_n はすべて正です（レッスン07のお椀は H = diag(2, 8) です）。
//
// **まず紙の上で導いてください。** 1ステップを w ← (I - αH) w と書きます。H の固有ベクトル v（Hv = lambdav）の方向について、1ステップで w の v 方向の成分は何倍になるでしょうか。どの出発点からでも歩みが収束するのは、そうした倍率の大きさがすべて1未満のときだけです。限界を決めるのはどの固有値で、α がいくつより小さければ、すべての倍率の大きさが1未満になるでしょうか。（限界そのものでは、急な方向の倍率がちょうど -1 になり、歩みは左右に永遠に振れ続けます。）
//
// `LargestStableRate` は、与えられた H についてこの限界、つまり安定な学習率の上限を返します。固有値はMathNetで計算できます。`H.Evd().EigenValues` には固有値が複素数として入っており、H が対称なら、その `.Real` の部分が固有値です。

// ── cell 12 ──
App.Cell(12, "3. 学習率の限界");
double LargestStableRate(Matrix<double> H)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Which direction overshoots first?");
}

// ── cell 13 ──
App.Cell(13, "3. 学習率の限界");
try
{
    // CHECK largest-stable-rate-small-cases (2 points)
    var bowlH = Matrix<double>.Build.DenseOfDiagonalArray([2.0, 8.0]);
    Check.Close(0.25, LargestStableRate(bowlH), 1e-12, "the limit for lesson 07's bowl");
    var tilted = Matrix<double>.Build.DenseOfArray(new double[,] { { 3, 1 }, { 1, 3 } });
    Check.Close(0.5, LargestStableRate(tilted), 1e-12, "the limit for H = [[3, 1], [1, 3]]");
    Check.Passed("largest-stable-rate-small-cases", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 4. 限界に近い学習率が最速とは限らない
//
// 自分で書いた2つの関数を使って、レッスン07のお椀で (-2.5, 1.2) から損失を 10^(-8) 未満にするまでのステップ数を、限界までのいくつかの学習率について数えてみましょう。

// ── cell 15 ──
App.Cell(15, "4. 限界に近い学習率が最速とは限らない");
double limit = LargestStableRate(Matrix<double>.Build.DenseOfDiagonalArray([2.0, 8.0]));
Console.WriteLine($"limit: α < {limit}");
foreach (double alpha in new[] { 0.05, 0.1, 0.15, 0.2, 0.22, 0.24, 0.249, 0.26 })
{
    int steps = StepsToReach(Bowl, BowlGradient, V(-2.5, 1.2), alpha, 1e-8, 3000);
    Console.WriteLine($"α = {alpha,-6} {(steps < 0 ? "never" : steps + " steps")}");
}

// ステップ数は α が0.2に増えるまでは減り、そこから限界に向かって再び増え、限界を超えると歩みは目標に届きません。限界の近くでは、急な方向の倍率 1 - 8α が−1に近くなります。レッスン07のアニメーションで見たように、歩みはほとんど縮まないまま谷を横切ってジグザグに進むのです。固定した学習率のうち最も速いのは、2つの方向のつり合う |1 - 2α| = |1 - 8α| のとき、つまり α = 2 / (2 + 8) = 0.2 です。レッスン10の最適化手法は、方向ごとに歩幅を調整することで、この妥協を避けます。
//
// ## 提出する前に
//
// カーネルを再起動して、すべてのセルを先頭から実行してください。表示されているチェックはどれも ✓ を出力するはずです。そのうえでノートブックを保存し、コースの指示どおりに提出してください（GitHub Classroomのリポジトリへのpush、または共有フォルダ）。

App.End();
// nbrun convert: sha256 5b0057ffc1b0777e
