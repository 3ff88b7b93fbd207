#!/usr/bin/env dotnet
// 00 · はじめに
// notebooks/00-getting-started.ja.ipynb から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/00-getting-started.cs
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

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー .. から読みます。
App.Start("00 · はじめに", args, workIn: "..");

// # 00 · はじめに
//
// このコースでは、C#でニューラルネットワークを組み立てます。1個の人工ニューロンから始めて誤差逆伝播法まで、1レッスンにつき1冊のノートブックで進みます。どのアイデアも、まず手で計算し、次に中身を読める小さなライブラリで計算し、最後にグラフに描きます。
// この最初のレッスンでは、コースで何を学ぶかを述べてから、道具を準備します。レッスンを開いて実行する方法、レッスンがコースのライブラリを見つけるしくみ、そして見つからないときの対処法です。
//
// ## このレッスンでできるようになること
//
// - データからの学習とは何か、教師あり学習とは何か、ネットワークが「深い」とはどういうことかを説明できる。
// - 人工ニューロンがモデル化している神経細胞の各部の名前を挙げられる。
// - VS CodeのPolyglot Notebooksでレッスンを開いてセルを順に実行できる。また、キットのランナーで全レッスンを一度に実行し、書き出されたHTMLページを読める。
// - どのレッスンにもある最初のコードセルが何をしているかを説明でき、ライブラリが見つからないときや古いときに直せる。
// - ライブラリのベクトルと関数を使って計算し、最初のグラフを描ける。

// ## 1. このコースで学ぶこと
//
// ふつうのプログラムは、人が書いた規則に従って動きます。**データから学習する**プログラムはそこが違います。サンプルを見せると、プログラムは自分の答えがサンプルに合うまで、内部の数値を調整していきます。これが**機械学習**（machine learning）で、**ニューラルネットワーク**（neural network）はその手法の1つです（「[【備忘録】ニューラルネットワークとはなにか](sources.md#hirotask-2024)」（hirotask 2024））。「[がんばろう！はじめてのDNN！](sources.md#namba-hijiyama-r)」（Namba, Hijiyama.R）も機械学習を同じように説明しています。規則はプログラマーが書くのではなく、集めたデータから得られるというのです。
//
// ニューラルネットワークが行うのは、主に**教師あり学習**（supervised learning）です（「[【備忘録】ニューラルネットワークとはなにか](sources.md#hirotask-2024)」（hirotask 2024））。教師あり学習では、どのサンプルにも、そのサンプルに対して出してほしい答えが付いています。各部分の呼び名は次のとおりです。
//
// - **データ**（data）は、サンプルの集まりです。
// - サンプルの**入力**は、そのサンプルを表す数値で、x_1, x_2, … と書きます。**特徴量**（feature）とも呼びます。
// - **正解ラベル**（label）は、サンプルに付いている正しい答えです。数値として扱うとき、レッスンではこれを目標値 t と呼びます。
// - サンプルに対するプログラムの答えが**予測**（prediction）です。出力（output）の頭文字をとって o と書きます。
//
// 次のセルでは、アヤメ（iris）のデータセット（`data/iris.csv`）から6つの花を取り出します。レッスン09では、このデータセットから学習します。入力は花弁の長さと幅で、単位はcmです。正解ラベルは、その花の種がvirginica（t = 1）かversicolor（t = 0）かを表します。予測は、いくつかの花を眺めてから手で決めた規則によるものです。花弁が大きいほどvirginicaらしい、という規則です。
//
// コードを動かすにはコースのライブラリが必要で、どのレッスンでも最初のコードセルがそれを読み込みます。このセルは第4節で1行ずつ説明します。うまくいかないときは第2節と第3節を参照してください。まずこのセルを実行し（Shift+Enterでセルを実行して次のセルへ進みます）、続けて表のセルを実行しましょう。

// ── cell 3 ──
App.Cell(3, "1. このコースで学ぶこと");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ── cell 4 ──
App.Cell(4, "1. このコースで学ぶこと");
// Six flowers from data/iris.csv. Inputs: petal length x₁ and petal width x₂, in cm.
// Label t: 1 for the species virginica, 0 for versicolor.
double[] petalLength = [4.7, 4.9, 5.0, 6.0, 5.1, 5.6];
double[] petalWidth = [1.4, 1.5, 1.7, 2.5, 1.9, 1.8];
int[] label = [0, 0, 0, 1, 1, 1];

// A rule picked by hand: predict virginica (1) when x₁ + x₂ is more than a threshold.
double threshold = 6.5;
int Predict(double x1, double x2) => x1 + x2 > threshold ? 1 : 0;

Console.WriteLine($"rule: o = 1 when x₁ + x₂ > {threshold:F1}, else o = 0");
Console.WriteLine("   x₁    x₂  x₁ + x₂  label t  prediction o");
int right = 0;
for (int i = 0; i < label.Length; i++)
{
    double x1 = petalLength[i], x2 = petalWidth[i];
    int o = Predict(x1, x2);
    right += o == label[i] ? 1 : 0;
    string mark = o == label[i] ? "right" : "wrong";
    Console.WriteLine($"{x1,5:F1} {x2,5:F1} {x1 + x2,8:F1} {label[i],8} {o,13}  {mark}");
}
Console.WriteLine($"right: {right} of {label.Length}");

// この規則は6つの花のうち5つを正しく当てます。3つ目はversicolorですが、花弁の長さと幅の和が6.7 cmで6.5を超えるため、規則はvirginicaと判定します。予測が正解ラベルと食い違っているのです。しきい値を動かしたり、長さより幅を重く見たりして、もう一度試すこともできるでしょう。データからの学習では、この調整をプログラムに任せます。多くのサンプルについて予測が正解ラベルと一致するまで、プログラムが規則の数値を変えていくのです。実際のネットワークには、手で設定するにはあまりに多くの数値があります。だからこそ学習させる必要があるのです（「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022））。
//
// ### 講義の出発点となるニューロン
//
// ニューラルネットワークという名前は、脳の神経細胞に由来します。神経細胞、すなわち**ニューロン**（neuron）は、樹状突起と呼ばれる枝で、ほかのニューロンからの信号を受け取ります。受け取る場所は、2つの細胞の接合部である**シナプス**（synapse）です。シナプスには、信号を強く伝えるものもあれば、弱くしか伝えないものもあります。細胞体は届いたものを足し合わせ、その合計が十分に大きくなると発火します。つまり、軸索に沿ってパルスを送り、次の細胞のシナプスへ届けます。
//
// 講義で扱うユニットは、この神経細胞の姿をもとにしています。「[【備忘録】ニューラルネットワークとはなにか](sources.md#hirotask-2024)」（hirotask 2024）はパーセプトロンを、ニューロンとシナプスからなる数学的モデルと呼んでいます。「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022）は、人間のニューロンをもとにした構造で、複数の入力を受け取って1つの出力を返すものと説明しています。「[がんばろう！はじめてのDNN！](sources.md#namba-hijiyama-r)」（Namba, Hijiyama.R）は、ネットワークの1つのユニットの上に神経細胞を描いています。次のセルは、この2つを `Chart.NeuronModel`（`lib/NeuralNetworks/Charts/Chart.NeuronModel.cs`）で描きます。

// ── cell 6 ──
App.Cell(6, "講義の出発点となるニューロン");
display(Chart.NeuronModel());

// 神経細胞の各部分が、それをモデル化したユニットの部分の真上に描かれています。
//
// | 神経細胞 | 人工ニューロン |
// | --- | --- |
// | ほかの細胞から届く信号 | 入力 x_1, x_2 |
// | 各シナプスが信号をどれだけ強く伝えるか | 重み w_1, w_2 |
// | 届いたものを足し合わせる細胞体 | u：入力にそれぞれの重みを掛けて足し合わせ、バイアス b を加えたもの |
// | 合計が十分に大きくなったときの発火 | 活性化関数 f |
// | 軸索に沿って送り出されるパルス | 出力 o |
//
// 式で書くと次のようになります。「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022）のユニットの書き方に従っています（ただし、このコースで b と書くところを、同講義では c と書いています）。
//
// u = w_1 x_1 + w_2 x_2 + b, o = f(u).
//
// バイアスは、発火するのにどれだけの入力が必要かを決めます。f として「u > 0 なら1、そうでなければ0」というステップ関数を使うと、ユニットは w_1 x_1 + w_2 x_2 > -b のときに発火します。先ほどの花の規則も、このようなユニットです。x_1 + x_2 > 6.5 は 1 · x_1 + 1 · x_2 - 6.5 > 0 と同じなので、w_1 = 1、w_2 = 1、b = -6.5 です。レッスン01はここから出発し、ユニットに自分で重みを見つけさせます。
//
// ### ネットワークが「深い」とは
//
// ニューラルネットワークは、このようなユニットを多数、層状につなげたものです。ある層の出力が、次の層の入力になります。入力と出力の間にある層を隠れ層（hidden layer）と呼びます（中間層ともいいます）。**深層学習**（ディープラーニング、deep learning）とは、隠れ層を複数もつネットワークによる学習のことです。どこから「深い」と呼ぶかは慣習の問題です。「[【備忘録】ニューラルネットワークとはなにか](sources.md#hirotask-2024)」（hirotask 2024）は隠れ層3層以上を境としていますが、「[がんばろう！はじめてのDNN！](sources.md#namba-hijiyama-r)」（Namba, Hijiyama.R）は、隠れ層が2層しかない最も単純な典型的ネットワークを、すでにディープニューラルネットワーク（DNN）と呼んでいます。また「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022）によれば、実用のネットワークでは数千個のニューロンが数十層にわたって積み重なっています。
//
// 考え方そのものは古く、ニューラルネットワークが提案されたのは1943年です（「[【備忘録】ニューラルネットワークとはなにか](sources.md#hirotask-2024)」（hirotask 2024））。深いネットワークが有名になったのは2012年です（「[がんばろう！はじめてのDNN！](sources.md#namba-hijiyama-r)」（Namba, Hijiyama.R））。この年、深いネットワークによってコンピューターが画像の中の猫を認識できるようになり、また画像認識のテストでは、深いネットワークが従来のコンピュータービジョンの手法を大差で破りました。今日では、画像・言語・音声の処理で最高性能のモデルの多くが、深いネットワークをもとにしています（「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022））。このコースでは、1個のユニットから始めて、そのようなネットワークを組み立てていきます。

// ## 2. キットの中身
//
// **ノートブック**（notebook）は、文章と実行できるコードを組み合わせた文書です。ノートブックは**セル**（cell）の並びでできています。このセルのような文章セルと、1つずつ実行するコードセルがあります。コードセルは**カーネル**（kernel）の中で実行されます。カーネルはセルの実行をまたいで動き続けるC#のセッションなので、あるセルで定義した変数を次のセルで使えます。
//
// リポジトリには次のものが入っています。
//
// | フォルダー | 中身 |
// | --- | --- |
// | `notebooks/` | レッスン（`00-getting-started.ipynb` から `12-where-next.ipynb` まで）と付録 `appendix-plotly-net.ipynb`（いずれも出力なしで保存）、用語集 `glossary.md`、出典のページ `sources.md` |
// | `lib/NeuralNetworks/` | コースの**ライブラリ**（library）。テーマごとに1つのフォルダー（`Perceptrons/`、`Activations/`、`Losses/`、…）があり、1つのファイルに1つのアイデアが入っています |
// | `lib/NotebookRunner/` | ランナー。すべてのノートブックを実行し、Webページとして書き出します |
// | `data/` | CSVファイルで用意した小さなデータセット（`iris.csv`、`digits.csv`、…） |
// | `tests/` | ライブラリとランナーを検査するテスト |
//
// レッスンでは、ライブラリのコードをセルに貼り付けることはしません。たとえば `Activation.Sigmoid` を呼び出すときは、開くべきファイル `lib/NeuralNetworks/Activations/Sigmoid.cs` を示すので、どのように実装されているかを読めます。
//
// このコースは、日本語で書かれた5つの講義資料と学習ノートから生まれました。[出典のページ](sources.md)には、各講義の著者、年、そしてそれぞれがコースに何を提供しているかが載っています。レッスンでは講義を、そのページへのリンクを付けた題名と、出典のページで使う短い名前で引用します。たとえば「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022）のように書きます。レッスンは講義から事実、数式、計算例の数値を取り入れ、どの数値もセルで確かめています。
//
// ## 3. レッスンの3通りの読み方
//
// ### VS CodeとPolyglot Notebooksで
//
// レッスンは本来この方法で読むことを想定しています。各セルを自分で実行し、書き換えてもう一度実行することができます。
//
// 1. .NET SDK（バージョン10）とVisual Studio Codeをインストールします。
// 2. VS Codeで、拡張機能**Polyglot Notebooks**をインストールします（識別子は `ms-dotnettools.dotnet-interactive-vscode`）。
// 3. リポジトリのルートフォルダーでターミナルを開き、ライブラリを一度**ビルド**（build）します：`dotnet build lib/NeuralNetworks`。
// 4. VS Codeでリポジトリのフォルダーを開き、`notebooks/00-getting-started.ipynb` を開きます。カーネルを尋ねられたら、.NET Interactiveを選びます。
// 5. コードセルは、左側の▶ボタンか、Shift+Enterで実行します。Shift+Enterは実行後に次のセルへ移動します。上部の**Run All**を押すと、レッスン全体が実行されます。最初のセルは、カーネルが起動するまで数秒かかります。
//
// Microsoftは2026年にPolyglot Notebooks拡張機能を非推奨にしました。現在も動作し、レッスンもこの拡張機能向けに書かれています。もし動かなくなったとしても、次に紹介するランナーに必要なのは.NET SDKだけで、HTMLページに必要なのはブラウザーだけです。
//
// ### キットのランナーで
//
// リポジトリのルートフォルダーで次のコマンドを1つ実行すると、すべてのレッスンがそれぞれ新しいカーネルで上から順に実行され、1つずつWebページとして書き出されます。
//
// ```
// dotnet run --project lib/NotebookRunner -- run notebooks --html
// ```
//
// 実行すると、ノートブックごとにセルの数、かかった時間、結果（`ok`、または最初にエラーが起きたセルと行）を並べた表が表示されます。どれかのレッスンが失敗した場合は、エラーコードを返して終了します。実行済みのノートブックのコピーは `out/notebooks/` に、ページは `out/site/` に出力されます。ほかの使い方もいくつかあります。
//
// - `run notebooks/03-linear-vs-nonlinear.ipynb --html` は、1つのレッスンだけを実行します。
// - `check notebooks` は、レッスンを実行するだけで何も書き出しません。すべてのレッスンがエラーなく動くかを手早く確かめる方法です。
// - `--offline` は、グラフ・数式・コードのハイライト表示に使うJavaScriptをページの横にコピーするので、インターネットに接続していなくてもページが動作します。リポジトリのルートで一度 `npm ci` を実行しておく必要があります。
//
// ### 書き出したHTMLページで
//
// ブラウザーで `out/site/index.html` を開きます。このページには、すべてのレッスンへのリンクがあります。各ページには文章、コード、その出力が表示され、数式は組版されています。グラフはインタラクティブなままです。点にマウスを重ねると値が読め、ドラッグで拡大、ダブルクリックで元の表示に戻り、アニメーションは▶ 再生を押すと再生されます。スマートフォンでレッスンを読んだり、人と共有したりするには、これらのページがいちばん手軽です。
//
// ## 4. レッスンがライブラリを読み込むしくみ
//
// どのレッスンでも、最初のコードセルは、必要な `using` 行を除いて同じです。このレッスンの最初のコードセルは、第1節で実行したものです。
//
// ```csharp
// // Loads the course library. Missing? Run `dotnet build` in the repository root first.
// // Rebuilt it while this notebook was open? Restart the kernel, then run from the top.
// #r "../lib/NeuralNetworks/bin/Debug/net8.0/MathNet.Numerics.dll"
// #r "../lib/NeuralNetworks/bin/Debug/net8.0/NeuralNetworks.dll"
// using MathNet.Numerics.LinearAlgebra;
// using NeuralNetworks.Charts;
// using NeuralNetworks.Activations;
// using NeuralNetworks.Data;
// using NeuralNetworks.Exercises;
// ```

// 1行ずつ見ていきましょう。
//
// - `#r "…"` は、コンパイル済みのライブラリ、つまり**アセンブリ**（assembly）を参照します。これは `dotnet build` が `lib/NeuralNetworks/bin/Debug/net8.0/` に書き出す `.dll` ファイルです。パスはノートブック自身のフォルダー `notebooks/` からの相対パスなので、`..` でリポジトリのルートに1つ上がります。どのレッスンを実行する前にもライブラリをビルドしておかなければならないのは、このためです。
// - `MathNet.Numerics.dll` を先に読み込むのは、コースのライブラリがその上に作られているからです。ベクトルと行列はMathNet.Numericsが提供します。
// - `using` 行があると、`NeuralNetworks.Charts.Chart` と書く代わりに `Chart` と書けます。各レッスンは必要な名前空間を追加します。名前空間はそれぞれ、ライブラリの1つのフォルダーに対応しています。`NeuralNetworks.Exercises` には演習のセルフチェックが入っています（第5節）。
//
// ライブラリが読み込めたことを確かめるため、名前空間と、それぞれに含まれるpublicな型の数を一覧にしてみましょう。

// ── cell 10 ──
App.Cell(10, "2. キットの中身");
var library = typeof(Chart).Assembly;
Console.WriteLine(library.GetName().Name);
var namespaces = library.GetExportedTypes().GroupBy(t => t.Namespace).OrderBy(g => g.Key);
foreach (var group in namespaces)
    Console.WriteLine($"  {group.Key,-28} {group.Count(),3} public types");

// 名前空間はアルファベット順に並んでいて、コースのテーマに対応しています。パーセプトロン、活性化関数、線形性、損失関数、微積分、自動微分、層、最適化手法、学習、それにデータセットとグラフです。残りの3つは、レッスン以外の面でコースを支えるものです。演習のセルフチェック、課題のチェック、そして学習を高速に実行するための別の実装です。
//
// ## 5. 最初の計算
//
// レッスン01は**重み付き和**（weighted sum）から始まります。各入力にその重みを掛け、すべてを足し合わせ、さらにもう1つの数であるバイアスを加えます。入力 (1, 1)、重み (0.5, 0.5)、バイアス -0.7 で、手で計算してみましょう。
//
// 0.5 · 1 + 0.5 · 1 - 0.7 = 0.3 .
//
// 今度はC#で計算します。セルの最後の式をセミコロンなしで書くと、その値がセルの下に表示されます。

// ── cell 12 ──
App.Cell(12, "5. 最初の計算");
display(0.5 * 1 + 0.5 * 1 - 0.7);

// ぴったり0.3にはなりません。`double` は**浮動小数点数**（floating-point number）で、数を2進数で記憶します。10進数で1/3を正確に表せないのと同じように、2進数では0.7を正確に表せません。誤差は小数第17位にあって害はありませんが、出力には現れてしまいます。そのためレッスンでは、小数2桁なら `F2` というように、書式を指定して数を表示します。

// ── cell 14 ──
App.Cell(14, "5. 最初の計算");
double u = 0.5 * 1 + 0.5 * 1 - 0.7;
Console.WriteLine($"u = {u:F2}");
Console.WriteLine($"u = {u:F4}");

// 入力が多いときは、重み付き和を2つのベクトルの内積として書きます。ベクトルにはMathNetの `Vector<double>` を使います。

// ── cell 16 ──
App.Cell(16, "5. 最初の計算");
var x = Vector<double>.Build.DenseOfArray([1.0, 1.0]);
var w = Vector<double>.Build.DenseOfArray([0.5, 0.5]);
double b = -0.7;
Console.WriteLine($"w·x + b = {w.DotProduct(x) + b:F2}");

// ライブラリの関数は、ふつうの数にもベクトルにも同じように使えます。レッスン02で扱うシグモイド関数 σ(u) = 1 / (1 + e^(-u)) は、どんな数も0から1の範囲に押し込めます。手で計算すると、σ(0.3) = 1 / (1 + e^(-0.3)) = 1 / (1 + 0.7408) = 0.5744 です。

// ── cell 18 ──
App.Cell(18, "5. 最初の計算");
Console.WriteLine($"e^-0.3 = {Math.Exp(-0.3):F4}");
Console.WriteLine($"by hand:  {1 / (1 + Math.Exp(-0.3)):F4}");
Console.WriteLine($"library:  {Activation.Sigmoid.Apply(0.3):F4}");
var inputs = Vector<double>.Build.DenseOfArray([-2.0, 0.0, 0.3, 2.0]);
var outputs = Activation.Sigmoid.Apply(inputs).Select(s => s.ToString("F4"));
Console.WriteLine($"on a vector: {string.Join(", ", outputs)}");

// 手計算とライブラリの結果は一致しました。レッスン01からは、どのアイデアもこの流れで進みます。いくつかの数を手で計算し、式を立て、ライブラリを呼び出し、最後にグラフを描きます。
//
// ### 演習
//
// どのレッスンにも、2〜4問の短い演習があります。演習はそれぞれ1つのコードセルで、その1行目は `// YOUR TURN` で始まります。セルには、コードを書き込む場所にプレースホルダー（`double.NaN`、または間違った値を返す関数）が置かれ、最後に1つ以上のセルフチェックがあります。セルフチェックは、答えが正しければ✓とその値を表示し、正しくなければ✗と、返ってきた値と期待される値を表示します。セルフチェックがレッスンを止めることはないので、まだ何も手をつけていなくてもRun Allが使えます。解答例は、演習の下の文章セルに折りたたまれています。まず自分で試してから開いてください。
//
// 最初の演習です。`Math.Exp` を使ってシグモイド関数を自分で書き、いくつかの点でライブラリのものと比べてみましょう。

// ── cell 20 ──
App.Cell(20, "演習");
// YOUR TURN 1 · the sigmoid by hand
double MySigmoid(double u) => double.NaN;   // replace: σ(u) = 1 / (1 + e^(−u))

foreach (double at in new[] { -2.0, 0.0, 0.3 })
    SelfCheck.Close($"σ({at})", Activation.Sigmoid.Apply(at), MySigmoid(at));

//
// 解答例
//
// ```csharp
// // YOUR TURN 1 · the sigmoid by hand
// double MySigmoid(double u) => 1 / (1 + Math.Exp(-u));
//
// foreach (double at in new[] { -2.0, 0.0, 0.3 })
//     SelfCheck.Close($"σ({at})", Activation.Sigmoid.Apply(at), MySigmoid(at));
// ```
//
// ライブラリ版は、その導関数と並べて `lib/NeuralNetworks/Activations/Sigmoid.cs` に書かれています。
//
//
//
// ## 6. 最初のグラフ
//
// グラフは、`NeuralNetworks.Charts` が作るインタラクティブな[plotly](https://plotly.com/javascript/)の図です。`Chart.Function` は、指定した範囲で関数を描きます。`With…` メソッドはどれも設定を1つ加えた新しい図を返すので、グラフ全体を1つの式として読めます。図は、セルの最後の式になっているときに描かれます。

// ── cell 22 ──
App.Cell(22, "6. 最初のグラフ");
display(Chart.Function(Activation.Sigmoid.Apply, -6, 6, name: "σ(u)")
    .WithTitle("The sigmoid function")
    .WithXTitle("u").WithYTitle("σ(u)"));

// 曲線にマウスを重ねると値を読めます。真ん中で σ(0) = 0.5 が見つかるはずです。最後の式ではないグラフや、1つのセルから複数のグラフを表示するには、それぞれを `display(...)` に渡します。
//
// 今度は自分で描いてみましょう。u が−4から4までの範囲で tanh(u)（`Math.Tanh`、レッスン02で登場します）のグラフを作り、タイトルと両軸のタイトルを付けてください。

// ── cell 24 ──
App.Cell(24, "6. 最初のグラフ");
// YOUR TURN 2 · a chart of your own
Figure tanhChart = Chart.Function(u => 0.0, 0, 1, name: "tanh(u)");   // replace

display(tanhChart);
var tanhCurve = (Scatter)tanhChart.Data[0];
SelfCheck.Equal("range of u", "-4 to 4", $"{tanhCurve.X[0]} to {tanhCurve.X[^1]}");
SelfCheck.Close("largest gap between your curve and tanh", 0,
    tanhCurve.X.Zip(tanhCurve.Y, (u, y) => Math.Abs(y - Math.Tanh(u))).Max());
var tanhLayout = tanhChart.Layout;
SelfCheck.True("the chart has a title", tanhLayout.Title is not null);
SelfCheck.True("both axes have titles",
    tanhLayout.XAxis?.Title is not null && tanhLayout.YAxis?.Title is not null);

//
// 解答例
//
// ```csharp
// // YOUR TURN 2 · a chart of your own
// Figure tanhChart = Chart.Function(Math.Tanh, -4, 4, name: "tanh(u)")
//     .WithTitle("The tanh function")
//     .WithXTitle("u").WithYTitle("tanh(u)");
//
// display(tanhChart);
// var tanhCurve = (Scatter)tanhChart.Data[0];
// SelfCheck.Equal("range of u", "-4 to 4", $"{tanhCurve.X[0]} to {tanhCurve.X[^1]}");
// SelfCheck.Close("largest gap between your curve and tanh", 0,
//     tanhCurve.X.Zip(tanhCurve.Y, (u, y) => Math.Abs(y - Math.Tanh(u))).Max());
// var tanhLayout = tanhChart.Layout;
// SelfCheck.True("the chart has a title", tanhLayout.Title is not null);
// SelfCheck.True("both axes have titles",
//     tanhLayout.XAxis?.Title is not null && tanhLayout.YAxis?.Title is not null);
// ```
//
// `Math.Tanh` のようなメソッド名は、関数が求められるところにそのまま渡せます。先ほどの `Activation.Sigmoid.Apply` と同じです。
//
//
//
// 次のグラフが示すのは、関数ではなくデータです。レッスン01で扱うANDの真理値表の4行を、答えによって色分けしています。`ToyData` はこのような小さなデータセットを作り、`Chart.ScatterByClass` はクラスごとに色と凡例の項目を割り当てます。

// ── cell 26 ──
App.Cell(26, "6. 最初のグラフ");
var and = ToyData.And();
Console.WriteLine(and);

display(Chart.ScatterByClass(and)
    .WithTitle("AND: which points answer 1?")
    .WithXRange(-0.5, 1.5).WithYRange(-0.5, 1.5)
    .WithEqualAspect());

// 答えが1になるのは (1, 1) だけです。オレンジの点を一方の側に、3つの青い点をもう一方の側に分ける直線を1本引けるでしょうか。レッスン01ではそのような直線を見つけ、そのあと、どんな直線でもうまくいかない表に出会います。
//
// ## 7. トラブルシューティング
//
// | 症状 | 原因 | 対処 |
// | --- | --- | --- |
// | 最初のセルで `error CS0006: Metadata file '…NeuralNetworks.dll' could not be found` と表示される | ライブラリがまだビルドされておらず、`.dll` がまだ存在しないため | リポジトリのルートで `dotnet build lib/NeuralNetworks` を実行し、最初のセルをもう一度実行します |
// | ライブラリを変更してビルドし直したのに、ノートブックが古いままの動作をする、または `NeuralNetworks` はすでに読み込まれていると報告される | カーネルはアセンブリを一度だけ読み込み、停止するまでそのコピーを使い続けるため | **カーネルを再起動**し（ノートブック上部のRestartボタン）、レッスンを最初から実行します |
// | `The name '…' does not exist in the current context` と表示される | このカーネルでまだ実行していない上のセルの変数を、セルが使っているため | 先に上のセルを実行するか、Run Allを使います |
// | グラフが `Figure(1 trace: scatter)` のような文字列で表示される | たとえば `Console.WriteLine(figure)` によって、図が文字列に変換されたため | 図をセルの最後の式にするか、`display(...)` に渡します |
// | 書き出したページにコードと文章は表示されるが、グラフが表示されない | ページはJavaScriptをインターネットから読み込むのに、オフラインになっているため | `--offline` を付けてランナーをもう一度実行します（事前に一度 `npm ci` を実行しておきます） |
// | 出力の数値が本文と違う | セルが順番どおりに実行されなかったか、後のセルが変数を変更したため | カーネルを再起動し、レッスンを最初から実行します。レッスン中のランダムな処理にはすべて固定のシードを与えているので、まっさらな状態から実行すれば本文どおりの数値が表示されます |
//
// 最初の2行の背後にある原則は、**まずビルドし、ビルドし直したら必ずカーネルを再起動する**ことです。
//
// ## 理解度チェック
//
// 1. 最初のコードセルは `../lib/NeuralNetworks/bin/Debug/net8.0/NeuralNetworks.dll` を参照しています。このパスはどのフォルダーを基準に読まれますか。また、このファイルを作るのはどのコマンドですか。
// 2. `lib/NeuralNetworks/Activations/ReLU.cs` のバグを直し、`dotnet build lib/NeuralNetworks` を実行しました。すでに開いているノートブックで修正を反映させるには、何をしなければなりませんか。
// 3. あるセルが `Console.WriteLine(figure);` で終わっていて、グラフの代わりに1行の文字列が表示されました。なぜでしょうか。どうすれば直りますか。
// 4. `0.5 * 1 + 0.5 * 1 - 0.7` を計算すると `0.30000000000000004` と表示されました。コンピューターが間違っているのでしょうか。レッスンでは、このような数をどのように表示していますか。
// 5. 第1節の花の表で、3つ目の花の入力、正解ラベル、予測はそれぞれ何ですか。また、重みは神経細胞のどの部分をモデル化していますか。

// ## 解答
//
//
// 解答を表示
//
// 1. ノートブック自身のフォルダー `notebooks/` が基準です。`..` でリポジトリのルートに1つ上がります。ファイルを作るのは `dotnet build lib/NeuralNetworks`（またはリポジトリ全体に対する `dotnet build`）です。
// 2. カーネルを再起動し、ノートブックを最初から実行します。カーネルは、最初に読み込んだライブラリのコピーを再起動するまで使い続けるからです。
// 3. `Console.WriteLine` が図を文字列、つまり図の短い要約に変換してしまうからです。図をセミコロンなしでセルの最後の式にするか、`display(figure)` を呼び出します。
// 4. いいえ。0.7に最も近い `double` はちょうど0.7ではないので、結果が小数第17位でずれるのです。レッスンでは `{u:F2}` のような書式を付けて数を表示します。こうすると `0.30` と表示されます。
// 5. 入力は花弁の長さと幅で、5.0 cmと1.7 cmです。正解ラベルはversicolorで t = 0、予測はvirginicaで o = 1 です。6.7 > 6.5だからです。重みは、シナプスが信号をどれだけ強く伝えるかをモデル化しています。

// ## まとめ
//
// - 機械学習では、プログラムの規則を手で書く代わりに、プログラムをサンプルに合わせます。教師あり学習では、各サンプルの入力（特徴量）に正解ラベルが付いていて、学習によって予測を正解ラベルに一致させます。
// - 人工ニューロンは神経細胞をモデル化したものです。シナプスには重みが、細胞体には重み付き和が、発火には活性化関数が対応します。深層学習では、このニューロンを並べた隠れ層を複数もつネットワークを使います。
// - レッスンは1冊のノートブックです。文章セルとコードセルからなり、変数を覚えている1つのカーネルの中で順に実行します。
// - レッスンは、VS CodeのPolyglot Notebooks（2026年にMicrosoftが非推奨にしましたが、まだ動作します）で読むか、`dotnet run --project lib/NotebookRunner -- run notebooks --html` ですべてを実行するか、`out/site/` に書き出されたページを開いて読みます。
// - 最初のコードセルは、ノートブックからの相対パスを使った `#r` でライブラリを読み込みます。まずライブラリをビルドし、ビルドし直したら必ずカーネルを再起動します。
// - セルの最後の式は表示されます。数は文字列として、`Figure` はインタラクティブなグラフとして表示されます。数を表示するときは `F2` のような書式を付けます。
//
// ### 重要用語
//
// | English | 日本語 | 意味 |
// | --- | --- | --- |
// | machine learning | 機械学習 | 規則を書く代わりに、プログラムのふるまいをサンプルに合わせること |
// | neural network | ニューラルネットワーク | 層状につながれたユニット。各層の出力が次の層に入力される |
// | supervised learning | 教師あり学習 | 正解ラベル付きのサンプルから学習すること |
// | data | データ | プログラムが学習に使うサンプル |
// | feature | 特徴量 | サンプルの入力の1つ。サンプルを表す数値 |
// | label | 正解ラベル | サンプルに付いている正しい答え。目標値 t |
// | prediction | 予測 | サンプルに対するプログラムの答え。o |
// | neuron | ニューロン | 神経細胞、およびそれをモデル化したユニット：o = f(w_1 x_1 + w_2 x_2 + b) |
// | synapse | シナプス | 信号がある神経細胞から次の神経細胞へ伝わる接合部 |
// | deep learning | 深層学習, ディープラーニング | 隠れ層を複数もつネットワークによる学習 |
// | notebook | ノートブック | 文章セルと実行できるコードセルからなる文書 |
// | cell | セル | ノートブックの1つの区画。文章、または実行するコード |
// | kernel | カーネル | ノートブックのセルを実行し、その変数を覚えておくC#のセッション |
// | library | ライブラリ | レッスンから呼び出す再利用可能なコード。ここでは `lib/NeuralNetworks` |
// | build | ビルド | `dotnet build` でソースコードをコンパイルし、アセンブリにすること |
// | assembly | アセンブリ | コンパイル済みの.NETライブラリまたはプログラム。`.dll` ファイル |
// | weighted sum | 重み付き和 | 入力にそれぞれの重みを掛けて足し合わせたもの |
// | floating-point number | 浮動小数点数 | C#の `double` のように、限られた精度で2進数として記憶される数 |
//
// **次のレッスン**：レッスン01では、重み付き和をニューロン、すなわちパーセプトロンに仕立て、それを使って論理ゲートを組み立てます。

App.End();
// nbrun convert: sha256 7842bf3ec1f25147
