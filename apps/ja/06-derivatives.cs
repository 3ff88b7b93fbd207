#!/usr/bin/env dotnet
// 06 · 微分と偏微分
// notebooks/06-derivatives.ja.ipynb から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。
// 直すときはノートブックを編集して、もう一度変換してください。
// このファイルがノートブックから得られるものと違う間は、テストが失敗します。
// リポジトリのルートで実行します(先にライブラリを一度ビルドします):
//   dotnet build lib/NeuralNetworks && dotnet run apps/ja/06-derivatives.cs
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
using NeuralNetworks.Calculus;
using NeuralNetworks.Exercises;

// ノートブックの相対パス("../data/iris.csv" など)は、英語版アプリのフォルダー .. から読みます。
App.Start("06 · 微分と偏微分", args, workIn: "..");

// # 06 · 微分と偏微分
//
// レッスン05の最後では、損失を1つの重みの関数として曲線に、2つの重みの関数として曲面に描きました。その上を下っていくには傾きが必要です。1変数なら微分係数、変数が複数あれば偏微分と勾配です。
//
// ## このレッスンでできるようになること
//
// - 微分係数を曲線の傾きとして説明し、y = x^2 について手計算と公式（2x）で求められる。
// - 中心差分で微分係数を数値的に見積もり、刻み幅 h を選べる。
// - z = x^2 + y^2 の偏微分を計算し、曲面の切り口から読み取れる。
// - 勾配ベクトルを計算し、等高線図の上に描いた勾配場を読み取れる。

// ── cell 2 ──
App.Cell(2, "06 · 微分と偏微分");
NeuralNetworks.Languages.Language.Use("ja"); // 図とチェックを日本語で表示します

// ## 1. 傾きとしての微分係数
//
// 講義「[医療とAI・ビッグデータ応用『学習の仕組み』](sources.md#medical-ai-lecture)」（Medical AI lecture）は y = x^2 を取り上げ、「x が少し動くと、y はどれだけ変わるか」と問いかけます。x = 1 から出発して、h だけ動かしてみましょう。2点を通る直線の**傾き**は、縦の変化を横の変化で割ったものです。
//
// (f(1 + h) - f(1))/h
//
// h を小さくしながら、手計算と同じ式で求めます。

// ── cell 4 ──
App.Cell(4, "1. 傾きとしての微分係数");
Func<double, double> f = x => x * x;
foreach (double h in new[] { 1, 0.5, 0.1, 0.01, 0.001 })
    Console.WriteLine($"h = {h,-6}  (f(1 + h) − f(1)) / h = ({f(1 + h):G7} − 1) / {h}"
                      + $" = {(f(1 + h) - f(1)) / h:G6}");

// 傾きは3、2.5、2.1、2.01、2.001と、2に近づいていきます。この極限が、x = 1 における f の**微分係数**（derivative）です。
//
// f'(x) = dy/dx = lim_(h → 0) (f(x + h) - f(x))/h
//
// 図形的には、2点を通る直線（割線）が、x = 1 で曲線にちょうど接する直線、つまり**接線**（tangent）に変わっていきます。**▶ 再生**を押して、割線が接線になる様子を見てください。

// ── cell 6 ──
App.Cell(6, "1. 傾きとしての微分係数");
double[] steps = [1.5, 1, 0.5, 0.25, 0.1, 0.01];
var frames = steps.Select(h =>
{
    double slope = (f(1 + h) - f(1)) / h;
    var points = new Scatter
    {
        X = [1, 1 + h], Y = [f(1), f(1 + h)], Mode = "markers", Name = "the two points",
        Marker = new Marker { Color = "black", Size = 9 },
    };
    string secant = $"line through x = 1 and x = 1 + h, slope {slope:F2}";
    return Chart.Functions(-1, 3, ("y = x²", f), (secant, x => f(1) + slope * (x - 1)))
        .WithTrace(points)
        .WithTitle("The secant turns into the tangent as h shrinks")
        .WithXTitle("x").WithYTitle("y").WithYRange(-1, 9);
}).ToList();
var stepLabels = steps.Select(h => h.ToString()).ToList();
display(Chart.Animation(frames, stepLabels, frameMilliseconds: 800, prefix: "h = "));

// y = x^2 の場合、この極限はどの x についても計算できます。((x+h)^2 - x^2)/h = 2x + h → 2x です。したがって
//
// y = x^2 ⇒ y' = dy/dx = f'(x) = 2x
//
// すべての x で考えると、微分係数はそれ自体が1つの関数 f' になります。これを導関数といい、導関数を求めることを**微分**（differentiation）といいます。
//
// 講義「医療とAI・ビッグデータ応用『学習の仕組み』」（Medical AI lecture）は、同じものを y'、dy/dx、f'(x)、d/dxf(x) の4通りで書いています。そして、学習にとって肝心な事実を指摘しています。x = 0 では 2x = 0 となり、そこで傾きが0になって y が最小になるのです。下の図は、曲線とその導関数を一緒に描いたものです。0より左では傾きが負（右へ進むと下り）、0より右では正です。

// ── cell 8 ──
App.Cell(8, "1. 傾きとしての微分係数");
display(Chart.Functions(-3, 3, ("y = x²", f), ("slope y′ = 2x", x => 2 * x))
    .WithAnnotation("slope 0: the minimum", 0, 0)
    .WithTitle("y = x² and its derivative 2x")
    .WithXTitle("x").WithYTitle("value"));

// ## 2. 数値微分
//
// ネットワークの損失は複雑すぎて、重みの1つ1つについて手で微分することはとてもできません。しかし定義そのものから、関数の2つの値を使って微分係数を見積もる方法が得られます。これが**数値微分**（numerical derivative）です。講義「医療とAI・ビッグデータ応用『学習の仕組み』」（Medical AI lecture）は、傾きを「x が少し動いたときの y の変化」と言葉で説明するだけですが、「[1から始めるディープラーニング](sources.md#hn410-2022)」（HN410 2022）はこれを第1節の極限として書いています（偏微分についても同様です。第3節を参照）。その極限を小さな h で止めたものが**前進差分**です。より良い見積もりは、両側を見る**中心差分**（central difference）です。
//
// f'(x) ≈ (f(x + h) - f(x))/h （前進差分）, f'(x) ≈ (f(x + h) - f(x - h))/2h （中心差分）
//
// ライブラリの `lib/NeuralNetworks/Calculus/NumericalDerivative.cs` には両方が入っています。正確な答えが2になる x = 1 で試してみましょう。

// ── cell 10 ──
App.Cell(10, "2. 数値微分");
Console.WriteLine($"forward, h = 1e-5: {NumericalDerivative.Forward(f, 1, 1e-5):F10}");
Console.WriteLine($"central, h = 1e-5: {NumericalDerivative.Central(f, 1, 1e-5):F10}");
Console.WriteLine($"exact 2x          : {2 * 1.0:F10}");

// h はどこまで小さくすればよいのでしょうか。小さいほど良いのは、ある点までです。コンピュータが保持できるのは有効数字でおよそ16桁で、しかも f(x + h) - f(x) はほぼ等しい2つの数の引き算なので、桁が失われます。次のセルでは、10^(-1) から 10^(-13) までのすべての h について、2つの見積もりの誤差を測ります。使うのは f(x) = x^3 の x = 1 での傾き（正確な値は 3x^2 = 3）で、2つの方法の違いがはっきり見える曲線です。

// ── cell 12 ──
App.Cell(12, "2. 数値微分");
Func<double, double> cube = x => x * x * x;
var hs = Enumerable.Range(1, 13).Select(k => Math.Pow(10, -k)).ToArray();
var forwardError = hs.Select(h => Math.Abs(NumericalDerivative.Forward(cube, 1, h) - 3))
                     .ToArray();
var centralError = hs.Select(h => Math.Abs(NumericalDerivative.Central(cube, 1, h) - 3))
                     .ToArray();
for (int k = 0; k < hs.Length; k++)
    Console.WriteLine($"h = {hs[k]:0E+00}   forward error {forwardError[k]:0.0E+00}"
                      + $"   central error {centralError[k]:0.0E+00}");
int best = Array.IndexOf(centralError, centralError.Min());
Console.WriteLine($"smallest central error: {centralError[best]:0.0E+00}"
                  + $" at h = {hs[best]:0E+00}");

// ── cell 13 ──
App.Cell(13, "2. 数値微分");
display(Chart.Lines(hs, ("forward difference", forwardError),
                ("central difference", centralError))
    .WithLogX().WithLogY()
    .WithXTitle("step h (log scale)").WithYTitle("|estimate − exact| (log scale)")
    .WithTitle("Error of numerical derivatives of x³ at x = 1"));

// 図は右（大きな h）から左へ読んでください。前進差分の誤差は h に比例して減ります（h を10分の1にすると、誤差も10分の1）。中心差分の誤差は h^2 に比例して、はるかに速く減ります。その後、どちらも向きを変えて再び大きくなります。丸め誤差が支配的になるからです。中心差分の誤差が最も小さいのは h = 10^(-6) のときで、2.5E-11です。その両側の 10^(-5) と 10^(-7) では、それぞれ9.7E-11と8.6E-11です。ライブラリの既定値 h = 10^(-5) は、丸め誤差がまだ小さい側にあります。レッスン08では、これらの見積もりを使って誤差逆伝播法を検証します。
//
// ### h = 10^(-8) で前進差分が勝つのはなぜか
//
// h = 10^(-8) では、図に奇妙なことが起きています。前進差分（4.0E-09）のほうが中心差分（7.1E-09）より誤差が小さいのです。どちらの誤差も2つの部分からなります。**打ち切り誤差**（truncation error）は、たとえ計算が正確でも公式そのものが取りこぼす分です。1における x^3 では、((1+h)^3 - 1)/h = 3 + 3h + h^2、((1+h)^3 - (1-h)^3)/2h = 3 + h^2 なので、打ち切り誤差は前進差分でちょうど 3h + h^2、中心差分で h^2 です。**丸め誤差**（rounding error）はコンピュータから生じます。`1 + h` は、1の近くにあるdouble型の値のどれかとして保存するしかなく、それらの値はおよそ2.2E-16の間隔で並んでいます。このわずかなずれが、小さな h で割ることで拡大されます。前進差分の誤差を2つの部分に分けてみましょう。

// ── cell 15 ──
App.Cell(15, "$h = 10^{-8}$ で前進差分が勝つのはなぜか");
double spacing = Math.BitIncrement(1.0) - 1;
Console.WriteLine($"spacing of the doubles next to 1: {spacing:0.0E+00}");
// ((1 + h)³ − 1)/h = 3 + 3h + h² exactly:
// the forward difference's truncation error is 3h + h².
foreach (double h in new[] { 1e-7, 1e-8, 1e-9 })
{
    double error = NumericalDerivative.Forward(cube, 1, h) - 3;
    double truncation = 3 * h + h * h;
    Console.WriteLine($"h = {h:0E+00}: forward error {error:+0.0E+00;-0.0E+00}"
                      + $" = truncation {truncation:+0.0E+00;-0.0E+00}"
                      + $" + rounding {error - truncation:+0.0E+00;-0.0E+00}");
}

// h = 10^(-8) では、打ち切り誤差（+3.0E-08）と丸め誤差（−2.6E-08）がたまたま逆符号になり、ほぼ打ち消し合っています。これは運が良かっただけで、方法が優れているわけではありません。1段ずらした 10^(-7) と 10^(-9) では、前進差分の誤差は+3.0E-07と+2.5E-07に戻っています。10^(-8) での中心差分の打ち切り誤差はわずか h^2 = 10^(-16) なので、その誤差7.1E-09はすべて丸め誤差です。およそ 10^(-8) より下では、どちらの見積もりもほとんどが丸め誤差によるノイズで、どちらが正しい値に近くなるかは運次第です。

// ── cell 17 ──
App.Cell(17, "$h = 10^{-8}$ で前進差分が勝つのはなぜか");
// YOUR TURN 1 · A central difference by hand
// Estimate the slope of sin x at x = 0.5 with the central difference and h = 1e-5.
// Write the formula yourself from wave(0.5 + h) and wave(0.5 − h), without the library.
Func<double, double> wave = Math.Sin;
double hStep = 1e-5;
double mySlope = double.NaN;                 // your central difference here

SelfCheck.Close("your central difference of sin at 0.5",
                NumericalDerivative.Central(wave, 0.5, hStep), mySlope, tolerance: 1e-12);
SelfCheck.Close("within 1e-9 of the exact slope cos 0.5", Math.Cos(0.5), mySlope, 1e-9);

//
// 解答例
//
// ```csharp
// // YOUR TURN 1 · A central difference by hand
// // Estimate the slope of sin x at x = 0.5 with the central difference and h = 1e-5.
// // Write the formula yourself from wave(0.5 + h) and wave(0.5 − h), without the library.
// Func<double, double> wave = Math.Sin;
// double hStep = 1e-5;
// double mySlope = (wave(0.5 + hStep) - wave(0.5 - hStep)) / (2 * hStep);
//
// SelfCheck.Close("your central difference of sin at 0.5",
//                 NumericalDerivative.Central(wave, 0.5, hStep), mySlope, tolerance: 1e-12);
// SelfCheck.Close("within 1e-9 of the exact slope cos 0.5", Math.Cos(0.5), mySlope, 1e-9);
// ```

// ## 3. 偏微分
//
// 損失は多くの重みに依存します。講義「医療とAI・ビッグデータ応用『学習の仕組み』」（Medical AI lecture）は、ここで2変数の関数に進みます。
//
// z = x^2 + y^2
//
// このグラフはお椀の形をしています。ドラッグして、いろいろな角度から眺めてください。

// ── cell 20 ──
App.Cell(20, "3. 偏微分");
Func<double, double, double> bowl = (x, y) => x * x + y * y;
display(Chart.Surface(bowl, -2, 2, -2, 2, resolution: 40, name: "z = x² + y²")
    .WithTitle("z = x² + y²").WithXTitle("x").WithYTitle("y").WithZTitle("z"));

// **偏微分**（partial derivative）は、**1つの**変数だけを動かし、ほかの変数を固定したときに z がどう変わるかを表します。x = 1 に固定してみましょう。お椀を平面 x = 1 で切ると、切り口に曲線 z = 1 + y^2 が残ります。これは y だけの関数です。その普通の微分係数が、y についての偏微分です。
//
// ∂z/∂y = 2y, 同様に ∂z/∂x = 2x
//
// もう一方の変数は定数として扱われるので、その項を微分すると0になります。記号 ∂（「パーシャル」「ラウンドディー」）は、ほかの変数を止めていることを示します。下の図は、x = 1 での切り口と、y = 2 における接線を描いたものです。そこでの傾きは 2 · 2 = 4 です。

// ── cell 22 ──
App.Cell(22, "3. 偏微分");
display(Chart.Functions(-2.5, 2.5,
        ("slice x = 1: z = 1 + y²", y => bowl(1, y)),
        ("tangent at y = 2, slope ∂z/∂y = 4", y => bowl(1, 2) + 4 * (y - 2)))
    .WithTitle("The bowl cut at x = 1")
    .WithXTitle("y").WithYTitle("z").WithYRange(0, 8));

// ライブラリは、変数 i だけを少し動かして偏微分を見積もります（`NumericalGradient.Partial`、`lib/NeuralNetworks/Calculus/NumericalGradient.cs` にあります）。点 (1, 2) では次のようになります。

// ── cell 24 ──
App.Cell(24, "3. 偏微分");
var point = Vector<double>.Build.DenseOfArray([1, 2]);
Func<Vector<double>, double> z = p => bowl(p[0], p[1]);
double dx = NumericalGradient.Partial(z, point, 0);
double dy = NumericalGradient.Partial(z, point, 1);
Console.WriteLine($"∂z/∂x at (1, 2): numerical {dx:F6}, formula 2x = {2 * point[0]:F6}");
Console.WriteLine($"∂z/∂y at (1, 2): numerical {dy:F6}, formula 2y = {2 * point[1]:F6}");

// ── cell 25 ──
App.Cell(25, "3. 偏微分");
// YOUR TURN 2 · Partial derivatives of a new function
// For z = x²·y + 3y, work out ∂z/∂x and ∂z/∂y on paper (hold the other variable still),
// then write them as functions of (x, y). The check compares them with numerical ones.
Func<double, double, double> dz_dx = (x, y) => double.NaN;   // your ∂z/∂x
Func<double, double, double> dz_dy = (x, y) => double.NaN;   // your ∂z/∂y

Func<Vector<double>, double> zNew = p => p[0] * p[0] * p[1] + 3 * p[1];
foreach (var (px, py) in new[] { (2.0, -1.0), (-0.5, 3.0) })
{
    var numeric = NumericalGradient.Of(zNew, Vector<double>.Build.DenseOfArray([px, py]));
    SelfCheck.Close($"∂z/∂x at ({px}, {py})", numeric[0], dz_dx(px, py), tolerance: 1e-6);
    SelfCheck.Close($"∂z/∂y at ({px}, {py})", numeric[1], dz_dy(px, py), tolerance: 1e-6);
}

//
// 解答例
//
// ```csharp
// // YOUR TURN 2 · Partial derivatives of a new function
// // For z = x²·y + 3y, work out ∂z/∂x and ∂z/∂y on paper (hold the other variable still),
// // then write them as functions of (x, y). The check compares them with numerical ones.
// Func<double, double, double> dz_dx = (x, y) => 2 * x * y;
// Func<double, double, double> dz_dy = (x, y) => x * x + 3;
//
// Func<Vector<double>, double> zNew = p => p[0] * p[0] * p[1] + 3 * p[1];
// foreach (var (px, py) in new[] { (2.0, -1.0), (-0.5, 3.0) })
// {
//     var numeric = NumericalGradient.Of(zNew, Vector<double>.Build.DenseOfArray([px, py]));
//     SelfCheck.Close($"∂z/∂x at ({px}, {py})", numeric[0], dz_dx(px, py), tolerance: 1e-6);
//     SelfCheck.Close($"∂z/∂y at ({px}, {py})", numeric[1], dz_dy(px, py), tolerance: 1e-6);
// }
// ```
//
// y を止めておくと、x^2 y の微分は 2xy、3y の微分は0です。x を止めておくと、x^2 y + 3y は (x^2 + 3) y なので、y についての傾きは x^2 + 3 です。

// 2つの偏微分がどちらも0になるのは x = y = 0、つまりお椀の底だけで、そこで z は最小になります（「[医療とAI・ビッグデータ応用『学習の仕組み』](sources.md#medical-ai-lecture)」（Medical AI lecture））。変数が多くても規則は同じです。ほかの変数をすべて止めておけば、1つの変数を変えたときの z の小さな変化がわかります。
//
// ## 4. 勾配
//
// すべての偏微分を1つのベクトルにまとめたものが**勾配**（gradient）です。
//
// ∇z = (∂z/∂x, ∂z/∂y) = (2x, 2y)
//
// 勾配は各点で1本の矢印になります。矢印は z が最も急に増える方向を指し、その長さは増え方の急さを表します。`NumericalGradient.Of` は、すべての偏微分を一度に計算します。

// ── cell 28 ──
App.Cell(28, "4. 勾配");
foreach (var (px, py) in new[] { (1.0, 2.0), (-1.5, 0.5), (0.0, 0.0) })
{
    var g = NumericalGradient.Of(z, Vector<double>.Build.DenseOfArray([px, py]));
    Console.WriteLine($"∇z at ({px,4}, {py,4}) = ({g[0],7:F4}, {g[1],7:F4})"
                      + $",  length {g.L2Norm():F4}");
}

// 格子の各点に矢印を1本ずつ描くと、**勾配場**が見えてきます。下の等高線図（お椀を真上から見たもので、暗い色ほど低い）では、どの矢印も点から始まり、長さを10分の1にして描いてあります。矢印は底から離れる向きを指して等高線を垂直に横切り、お椀が急なところほど長くなっています。

// ── cell 30 ──
App.Cell(30, "4. 勾配");
var ax = new List<double>();
var ay = new List<double>();
var tailsX = new List<double>();
var tailsY = new List<double>();
foreach (double px in Chart.Linspace(-2, 2, 9))
    foreach (double py in Chart.Linspace(-2, 2, 9))
    {
        var g = NumericalGradient.Of(z, Vector<double>.Build.DenseOfArray([px, py]));
        ax.AddRange([px, px + 0.1 * g[0], double.NaN]);
        ay.AddRange([py, py + 0.1 * g[1], double.NaN]);
        tailsX.Add(px);
        tailsY.Add(py);
    }
display(Chart.Contour(bowl, -2.5, 2.5, -2.5, 2.5, name: "z = x² + y²")
    .WithTrace(new Scatter
    {
        X = ax, Y = ay, Mode = "lines", Name = "gradient ∇z (0.1 × length)",
        Line = new Line { Color = "#d62728", Width = 2 },
    })
    .WithTrace(new Scatter
    {
        X = tailsX, Y = tailsY, Mode = "markers", Name = "where each arrow starts",
        Marker = new Marker { Color = "#d62728", Size = 5 },
    })
    .WithTitle("The gradient field of z = x² + y²")
    .WithXTitle("x").WithYTitle("y").WithSize(680, 620));

// できるだけ速く**下る**には、矢印と逆向き、つまり -∇z の方向に進みます。損失 L(w, b) でいえば、∂L/∂w と ∂L/∂b を計算し、各パラメータをそれぞれの偏微分と逆向きに少しだけ動かす、ということです。これが勾配降下法で、レッスン07の主題です。

// ── cell 32 ──
App.Cell(32, "4. 勾配");
// YOUR TURN 3 · Which way is down?
// At (−1.5, 0.5) on the bowl z, find the direction of steepest descent as a vector of
// length 1: minus the gradient (NumericalGradient.Of), divided by the gradient's length.
var here = Vector<double>.Build.DenseOfArray([-1.5, 0.5]);
Vector<double>? downhill = null;             // your unit vector here

// The check walks 0.01 along your direction and along 3,600 others, 0.1° apart.
double After(Vector<double> d) => z(here + 0.01 * d);
var compass = Enumerable.Range(0, 3600).Select(k => k * Math.PI / 1800)
    .Select(a => Vector<double>.Build.DenseOfArray([Math.Cos(a), Math.Sin(a)]));
double length = downhill?.L2Norm() ?? double.NaN;
SelfCheck.Close("the length of your direction", 1, length, 1e-9);
SelfCheck.True("no direction 0.1° apart goes lower than yours",
               downhill is not null && compass.All(d => After(downhill) <= After(d)));

//
// 解答例
//
// ```csharp
// // YOUR TURN 3 · Which way is down?
// // At (−1.5, 0.5) on the bowl z, find the direction of steepest descent as a vector of
// // length 1: minus the gradient (NumericalGradient.Of), divided by the gradient's length.
// var here = Vector<double>.Build.DenseOfArray([-1.5, 0.5]);
// var uphill = NumericalGradient.Of(z, here);
// Vector<double>? downhill = -uphill / uphill.L2Norm();
//
// // The check walks 0.01 along your direction and along 3,600 others, 0.1° apart.
// double After(Vector<double> d) => z(here + 0.01 * d);
// var compass = Enumerable.Range(0, 3600).Select(k => k * Math.PI / 1800)
//     .Select(a => Vector<double>.Build.DenseOfArray([Math.Cos(a), Math.Sin(a)]));
// double length = downhill?.L2Norm() ?? double.NaN;
// SelfCheck.Close("the length of your direction", 1, length, 1e-9);
// SelfCheck.True("no direction 0.1° apart goes lower than yours",
//                downhill is not null && compass.All(d => After(downhill) <= After(d)));
// ```

// ## 理解度チェック
//
// 1. 前進差分を h = 0.1 で使い、x = 3 における y = x^2 の傾きを見積もってください。正確な値はいくつですか。
// 2. h を非常に小さくすると、数値微分の誤差が再び大きくなるのはなぜですか。
// 3. z = x^2 + y^2 について、(-1, 3) における ∂z/∂x と ∂z/∂y はいくつですか。
// 4. z = 3x + y^2 の ∂z/∂x は何ですか。それは y に依存しますか。
// 5. 点 (1, 2) でのお椀の勾配は (2, 4) です。z を最も速く下げるには、どの方向に進めばよいですか。

// ## 解答
//
//
// 解答を表示
//
// 1. (3.1^2 - 3^2) / 0.1 = (9.61 - 9) / 0.1 = 6.1。正確な傾きは 2 · 3 = 6 です。
// 2. f(x + h) と f(x) が非常に近くなるので、引き算するとその有効数字の大半が失われ（丸め誤差）、残った部分が小さな h で割られて拡大されるからです。
// 3. 2 · (-1) = -2 と 2 · 3 = 6 です。勾配は (-2, 6) です。
// 4. ∂z/∂x = 3 で、どこでも同じです。y^2 は定数として扱われるので、その x についての微分は0です。
// 5. 勾配と逆向き、つまり (-2, -4) の方向です。原点、すなわちお椀の底に向かう方向です。

// ## まとめ
//
// - 微分係数 f'(x) = lim_(h→0)(f(x+h)-f(x))/h は接線の傾きです。y = x^2 では 2x で、最小点 x = 0 で0になります（「[医療とAI・ビッグデータ応用『学習の仕組み』](sources.md#medical-ai-lecture)」（Medical AI lecture））。
// - 数値微分は、関数の2つの値から微分係数を見積もります。中心差分は前進差分よりはるかに正確です。その誤差は打ち切り誤差と丸め誤差の和で、1における x^3 では和が h = 10^(-6) で最小になり、およそ 10^(-8) より下ではどちらの方法でも丸め誤差が支配的になります。
// - 偏微分は、1つの変数だけを動かし、ほかを固定します。z = x^2 + y^2 では ∂z/∂x = 2x、∂z/∂y = 2y です。曲面の切り口で見ると、偏微分は普通の傾きとして現れます。
// - 勾配はすべての偏微分をまとめたもので、等高線を横切って上り坂の方向を指します。その逆向きに進めば下っていきます。
//
// ### 重要用語
//
// | English | 日本語 | 意味 |
// | --- | --- | --- |
// | derivative | 微分係数 | ある点での関数の傾き f'(x) = dy/dx。すべての x で考えると関数 f'（導関数）になる |
// | differentiation | 微分 | 関数の導関数を求めること |
// | tangent | 接線 | 曲線に1点で接し、そこで曲線と同じ傾きを持つ直線 |
// | numerical derivative | 数値微分 | 近くの点での関数の値から見積もった微分係数 |
// | central difference | 中心差分 | (f(x+h) - f(x-h))/2h。誤差が h^2 のように小さくなる数値微分 |
// | truncation error | 打ち切り誤差 | 計算が正確でも公式そのものが生む誤差。中心差分の h^2 など |
// | rounding error | 丸め誤差 | 限られた桁数で数を保存することによる誤差。数値微分では h が小さくなるほど大きくなる |
// | partial derivative | 偏微分 | ほかの変数を固定したまま、1つの変数について求めた微分係数 ∂z/∂x |
// | gradient | 勾配 | すべての偏微分を並べたベクトル ∇f。最も急に増加する方向を指す |
//
// 次のレッスン07では、勾配を使って坂を下ります。勾配降下法です。

App.End();
// nbrun convert: sha256 2c50c60e9773e05c
