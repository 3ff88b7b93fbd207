#!/usr/bin/env dotnet
// レッスン08の課題 · 2層ネットワークの誤差逆伝播法
// notebooks/homework/08-backprop.ja.ipynb(受講者に配布する版) から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/homework/08-backprop.cs
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
using NeuralNetworks.Activations;
using NeuralNetworks.Calculus;
using NeuralNetworks.Homework;
using NeuralNetworks.Layers;

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー ../../homework から読みます。
App.Start("レッスン08の課題 · 2層ネットワークの誤差逆伝播法", args, workIn: "../../homework");

// # レッスン08の課題 · 2層ネットワークの誤差逆伝播法
//
// レッスン08では、誤差逆伝播法（backpropagation）を行列の形で導きました。この課題では、小さなネットワークの逆伝播（backward pass）を紙の上で一歩ずつ導き、それをコードに書いて、専門家と同じやり方、つまり数値勾配（numerical gradient）と比べる方法で確かめます。
//
// ## やること
// 1. 最初のコードセルを実行してください。ライブラリを読み込み、ネットワークの順伝播（forward pass）と損失を定義します。
// 2. `Backward` を完成させてください。`throw new NotImplementedException(...)` を自分のコードに置き換えます。ライブラリの `Network` や `Dense` は呼び出さず、行列の積を書いてください。`Softmax.Apply` と補助関数の `AddBias`、`SumRows` は使ってかまいません。隠れ層の活性化関数は、`f` とその導関数 `fPrime` という2つの関数として渡されます。チェックはシグモイド関数やほかの活性化関数を渡すので、自分で書いた式ではなく `f` と `fPrime` を使ってください。
// 3. チェックセルを実行してください。合格したチェックは ✓ とその配点を表示します。
//
// ## 採点方法
// 9点満点です。見えているチェックが5点分（勾配の形と、小さなバッチでの両方の層の勾配）で、残りの4点分は採点のときに実行される非公開のチェックです（ほかのバッチ、重み、活性化関数。サンプル数は1から8まで）。勾配は、専門家がするように数値勾配と1e-6の精度で比べ、さらに厳密な勾配と相対許容誤差1e-12で比べます。誤差逆伝播法は丸め誤差を除いて厳密ですが、数値勾配はおよそ1e-7までしか合わないからです。
//
// **順伝播は1回だけ。** どのチェックも `Backward` に呼び出しの予算を与えます。`f` と `fPrime` は、それぞれサンプル1つと隠れユニット1つにつき1回まで呼び出せます。これは順伝播1回と逆伝播1回に必要な回数です。予算を超えて呼び出すと、そのチェックは不合格になります。したがって、重みを1つずつ少し動かしてはネットワークを計算し直す `Backward`、つまり数値勾配は、どのように書いても点になりません。動かす重みごとに `f` を呼び出し直すからです。
// チェックセルを書き換えても点数は変わりません。採点では、すべてのチェックを採点側の写しで実行します。

// ── cell 2 ──
App.Cell(2, "レッスン08の課題 · 2層ネットワークの誤差逆伝播法");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ── cell 3 ──
App.Cell(3, "レッスン08の課題 · 2層ネットワークの誤差逆伝播法");
// ANSWER MEMBERS: the library's own versions of what you write in this assignment.
// A function that calls one of them (directly, through an alias or by reflection)
// earns no points.
AnswerMembers.Declare(
    "NeuralNetworks.Activations.Activation.Derivative",
    "NeuralNetworks.Layers.Network.Backward",
    "NeuralNetworks.Layers.Dense.Backward",
    "NeuralNetworks.Layers.ActivationLayer.Backward",
    "NeuralNetworks.Layers.SoftmaxWithLoss.Backward",
    "NeuralNetworks.Autograd.Value");
// ALLOWED: what your code may use of the library besides vectors, matrices, Check,
// charts and data sets. A function that uses any other part of it earns no points.
AnswerMembers.Allow(
    "NeuralNetworks.Activations.Activation.Sigmoid",
    "NeuralNetworks.Activations.Activation.Apply",
    "NeuralNetworks.Activations.Softmax");

// ## 1. ネットワーク
//
// バッチ X（N × 3、1行に1サンプル）は、活性化関数 f（見えているチェックではシグモイド関数 σ）をもつ4ユニットの隠れ層と、2クラスのソフトマックス関数の出力を通ります。
//
// U_1 = X W_1 + b_1, Z_1 = f(U_1), Y = softmax(Z_1 W_2 + b_2),
// E = -1/NΣ_(n,k) T_nk ln Y_nk
//
// ここで W_1 は3×4、b_1 は1×4、W_2 は4×2、b_2 は1×2で、f はすべての要素に適用します。下のセルは E を計算します。逆伝播を書く前に読んでおいてください。

// ── cell 5 ──
App.Cell(5, "1. ネットワーク");
// U + b with the 1×k row b added to every row of U.
Matrix<double> AddBias(Matrix<double> U, Matrix<double> b) =>
    U + Matrix<double>.Build.Dense(U.RowCount, U.ColumnCount, (_, j) => b[0, j]);

// The 1×k row of column sums of M: how a bias gradient adds up over the batch.
Matrix<double> SumRows(Matrix<double> M) =>
    Matrix<double>.Build.Dense(1, M.ColumnCount, (_, j) => M.Column(j).Sum());

// The sigmoid and its derivative σ′(u) = σ(u)(1 − σ(u)) (lesson 02): the visible checks'
// f and f′.
double Sigmoid(double u) => Activation.Sigmoid.Apply(u);
double SigmoidPrime(double u) => Sigmoid(u) * (1 - Sigmoid(u));

// E of the network whose hidden layer applies f.
double Loss(Matrix<double> X, Matrix<double> T, Matrix<double> W1,
            Matrix<double> b1, Matrix<double> W2, Matrix<double> b2,
            Func<double, double> f)
{
    Matrix<double> Z1 = AddBias(X * W1, b1).Map(f);
    Matrix<double> Y = Softmax.Apply(AddBias(Z1 * W2, b2));
    return -T.PointwiseMultiply(Y.PointwiseLog()).Enumerate().Sum() / X.RowCount;
}

Matrix<double> RandomMatrix(int rows, int columns, int seed)
{
    var random = new Random(seed);
    return Matrix<double>.Build.Dense(rows, columns, (_, _) => random.NextDouble() - 0.5);
}

// N one-hot targets for the 2 classes: example n is class (n + shift) mod 2.
Matrix<double> Targets(int n, int shift) =>
    Matrix<double>.Build.Dense(n, 2, (i, j) => j == (i + shift) % 2 ? 1.0 : 0.0);

// ## 2. 逆伝播
//
// **まず紙の上で導いてください。** 上の順伝播を、レッスン08の行列の形の連鎖律を使い、1行に1ステップずつ逆向きにたどります。出力層の総入力を U_2 = Z_1 W_2 + b_2（N × 2）とし、Δ_2 = ∂E / ∂U_2、Δ_1 = ∂E / ∂U_1 と書きます。どの勾配も、微分される対象と同じ形をしています。各ステップで形を確かめてください。
//
// 1. **出力。** 課題05では、1行についてソフトマックス関数と交差エントロピー誤差の勾配を導きました。ここでの E は N 行の平均です。Δ_2 は何でしょうか。
// 2. **出力層のパラメータ。** dW_2 = ∂E / ∂W_2 は4×2、db_2 は1×2です。各サンプルがそれぞれの分を足し込み、U_2 は Z_1 を介して W_2 に依存します。Z_1 と Δ_2 のどんな積なら4×2になるでしょうか。バイアスはすべての行に加えられるので、Δ_2 の各行はどのように足し合わされて db_2 になるでしょうか。
// 3. **隠れ層の出力へ戻る。** ∂E / ∂Z_1 は Z_1 と同じく N × 4 です。Δ_2 と W_2 のどんな積がこの形になるでしょうか。
// 4. **活性化関数を通る。** Z_1 = f(U_1) は各要素に個別に作用するので、∂E / ∂Z_1 の各要素には、その要素自身の総入力での f の傾きが掛かります。これで Δ_1 が得られます。
// 5. **隠れ層のパラメータ。** dW_1（3×4）と db_1（1×4）は、Z_1 の代わりに X を使えば、ステップ2と同じように求まります。
//
// 「[ラビットチャレンジレポート（深層学習 day1）](../sources.md#rabbit-challenge-day-1)」（Rabbit Challenge day 1）では、ステップ4をPythonで `delta1 = np.dot(delta2, W2.T) * functions.d_sigmoid(z1)` と書いています。この1行には1つの違いが隠れています。そこでの `z1 = functions.sigmoid(u)` はシグモイド関数の*出力* Z_1 = σ(U_1) であり、総入力 U_1 ではありません。この行が U_1 での傾きを与えるのは、`d_sigmoid` が出力を使って z(1 - z) と書かれている場合だけで、それでうまくいくのは σ'(u) = σ(u)(1 - σ(u)) だからです。`fPrime` は、ライブラリの `Derivative` と同じく総入力を受け取ります。渡すのは U_1 です。Z_1 を渡すと、σ'(Z_1) という別の数を計算してしまいます。
//
// それから、自分の導出をもとに `Backward` を書いてください。U_1、Z_1、f'(U_1) はそれぞれ1回だけ計算して保持します。それがチェックの許す呼び出しの予算です。MathNetが役に立ちます。`U.Map(f)` は `f` をすべての要素に適用し、`A.TransposeThisAndMultiply(B)` は A^ᵀB、`A.TransposeAndMultiply(B)` は A B^ᵀ、`A.PointwiseMultiply(B)` は A ⊙ B です。

// ── cell 7 ──
App.Cell(7, "2. 逆伝播");
Gradients Backward(Matrix<double> X, Matrix<double> T, Matrix<double> W1,
                   Matrix<double> b1, Matrix<double> W2, Matrix<double> b2,
                   Func<double, double> f, Func<double, double> fPrime)
{
    // YOUR CODE HERE
    throw new NotImplementedException("Forward once with f, then Δ₂ down with f′.");
}

// ## 3. チェック
//
// 各チェックは、1つのパラメータについての勾配を2つのものと比べます。1つは `NumericalGradient.Of(() => Loss(...), parameter)` で、パラメータの各要素を ±h だけ動かして損失を計算し直します。もう1つはライブラリ自身の逆伝播による厳密な勾配で、これとは丸め誤差の範囲で一致しなければなりません。チェックは `CallBudget.Limit(Sigmoid, 20, "f")` を通してシグモイド関数を `Backward` に渡します。これは20回（5サンプル × 4隠れユニット）まではシグモイド関数そのものとして働き、21回目の呼び出しでチェックを不合格にします。前に付いている `global::` は、ノートブックの中のどんな名前もコースのものの身代わりになれないようにするためのものです。

// ── cell 9 ──
App.Cell(9, "3. チェック");
try
{
    // CHECK backprop-shapes (1 point)
    {
        var X = RandomMatrix(5, 3, seed: 1);
        var (W1, b1) = (RandomMatrix(3, 4, 2), RandomMatrix(1, 4, 3));
        var (W2, b2) = (RandomMatrix(4, 2, 4), RandomMatrix(1, 2, 5));
        // f and f′ may each be called 20 times: once per example and hidden unit.
        var f = global::NeuralNetworks.Homework.CallBudget.Limit(Sigmoid, 20, "f");
        var fPrime = global::NeuralNetworks.Homework.CallBudget.Limit(SigmoidPrime, 20, "f′");
        Gradients g = Backward(X, Targets(5, shift: 0), W1, b1, W2, b2, f, fPrime);
        Check.Equal((3, 4), (g.dW1.RowCount, g.dW1.ColumnCount), "the shape of dW1");
        Check.Equal((1, 4), (g.db1.RowCount, g.db1.ColumnCount), "the shape of db1");
        Check.Equal((4, 2), (g.dW2.RowCount, g.dW2.ColumnCount), "the shape of dW2");
        Check.Equal((1, 2), (g.db2.RowCount, g.db2.ColumnCount), "the shape of db2");
    }
    Check.Passed("backprop-shapes", points: 1);
}
catch (Exception error)
{
    App.Error(error);
}

// ── cell 10 ──
App.Cell(10, "3. チェック");
try
{
    // CHECK output-layer-gradients (2 points)
    {
        var (X, T) = (RandomMatrix(5, 3, seed: 1), Targets(5, shift: 0));
        var (W1, b1) = (RandomMatrix(3, 4, 2), RandomMatrix(1, 4, 3));
        var (W2, b2) = (RandomMatrix(4, 2, 4), RandomMatrix(1, 2, 5));
        // f and f′ may each be called 20 times: once per example and hidden unit.
        var f = global::NeuralNetworks.Homework.CallBudget.Limit(Sigmoid, 20, "f");
        var fPrime = global::NeuralNetworks.Homework.CallBudget.Limit(SigmoidPrime, 20, "f′");
        Gradients g = Backward(X, T, W1, b1, W2, b2, f, fPrime);
        double L() => Loss(X, T, W1, b1, W2, b2, Sigmoid);
        Check.MatricesClose(NumericalGradient.Of(L, W2), g.dW2, 1e-6, "dW2");
        Check.MatricesClose(NumericalGradient.Of(L, b2), g.db2, 1e-6, "db2");
        // The exact gradients, from the library's own backward pass (Network.Backward):
        // backpropagation meets them up to rounding, a numerical gradient only to about 1e-7.
        Matrix<double> Exact(int parameter)
        {
            var net = new Network([new Dense(W1, b1), new ActivationLayer(Activation.Sigmoid),
                                   new Dense(W2, b2)], new SoftmaxWithLoss());
            net.Loss(X, T);
            net.Backward();
            return net.Parameters[parameter].Gradient;
        }
        Check.MatricesClose(Exact(2), g.dW2, 1e-12, "dW2, exactly");
        Check.MatricesClose(Exact(3), g.db2, 1e-12, "db2, exactly");
    }
    Check.Passed("output-layer-gradients", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ── cell 11 ──
App.Cell(11, "3. チェック");
try
{
    // CHECK hidden-layer-gradients (2 points)
    {
        var (X, T) = (RandomMatrix(2, 3, seed: 6), Targets(2, shift: 1));
        var (W1, b1) = (RandomMatrix(3, 4, 7), RandomMatrix(1, 4, 8));
        var (W2, b2) = (RandomMatrix(4, 2, 9), RandomMatrix(1, 2, 10));
        // f and f′ may each be called 8 times: once per example and hidden unit.
        var f = global::NeuralNetworks.Homework.CallBudget.Limit(Sigmoid, 8, "f");
        var fPrime = global::NeuralNetworks.Homework.CallBudget.Limit(SigmoidPrime, 8, "f′");
        Gradients g = Backward(X, T, W1, b1, W2, b2, f, fPrime);
        double L() => Loss(X, T, W1, b1, W2, b2, Sigmoid);
        Check.MatricesClose(NumericalGradient.Of(L, W1), g.dW1, 1e-6, "dW1 for a batch of 2");
        Check.MatricesClose(NumericalGradient.Of(L, b1), g.db1, 1e-6, "db1 for a batch of 2");
        // The exact gradients, from the library's own backward pass (Network.Backward):
        // backpropagation meets them up to rounding, a numerical gradient only to about 1e-7.
        Matrix<double> Exact(int parameter)
        {
            var net = new Network([new Dense(W1, b1), new ActivationLayer(Activation.Sigmoid),
                                   new Dense(W2, b2)], new SoftmaxWithLoss());
            net.Loss(X, T);
            net.Backward();
            return net.Parameters[parameter].Gradient;
        }
        Check.MatricesClose(Exact(0), g.dW1, 1e-12, "dW1 for a batch of 2, exactly");
        Check.MatricesClose(Exact(1), g.db1, 1e-12, "db1 for a batch of 2, exactly");
    }
    Check.Passed("hidden-layer-gradients", points: 2);
}
catch (Exception error)
{
    App.Error(error);
}

// ## 提出する前に
//
// カーネルを再起動して、すべてのセルを先頭から実行してください。表示されているチェックはどれも ✓ を出力するはずです。そのうえでノートブックを保存し、コースの指示どおりに提出してください（GitHub Classroomのリポジトリへのpush、または共有フォルダ）。

App.End();

// ノートブックの型宣言です。C# では、トップレベルのステートメントの後に置きます。
record Gradients(Matrix<double> dW1, Matrix<double> db1,
                 Matrix<double> dW2, Matrix<double> db2);
// nbrun convert: sha256 d81b7eb09142f24e
