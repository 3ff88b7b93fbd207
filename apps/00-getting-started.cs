#!/usr/bin/env dotnet
// 00 · Getting started
// A file-based app generated from notebooks/00-getting-started.ipynb by `nbrun convert notebooks --to cs`. Edit the notebook and
// convert again: a test fails while this file differs from what the notebook gives.
// Run it from the repository root (build the library once first):
//   dotnet build lib/NeuralNetworks && dotnet run apps/00-getting-started.cs
// Add `-- --offline` for a chart page that carries plotly.js itself (after `npm ci`).
// To step into the library in a debugger, see docs/file-based-apps.md.

// The chart page is JSON written by reflection, which PublishAot (a file-based app's default) turns off.
#:property PublishAot=false
// The repository's Directory.Build.props makes every warning an error; in an app you edit, it stays a warning.
#:property TreatWarningsAsErrors=false
// The course library, as the notebook's #r loads it; its .pdb lets a debugger step into its source.
#:include ../lib/NeuralNetworks/bin/Debug/net8.0/MathNet.Numerics.dll
#:include ../lib/NeuralNetworks/bin/Debug/net8.0/NeuralNetworks.dll

// The namespaces the notebook kernel imports by default, and the app's stand-ins for its display(…) and HTML(…).
using System.Text;
using System.Collections;
using NeuralNetworks.Apps;
using static NeuralNetworks.Apps.App;
using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Charts;
using NeuralNetworks.Activations;
using NeuralNetworks.Data;
using NeuralNetworks.Exercises;

App.Start("00 · Getting started", args);

// # 00 · Getting started
//
// This course builds neural networks in C#, from a single artificial neuron up to backpropagation, one notebook per lesson. Every idea is computed by hand first, then by a small library you can read, then drawn.
// This first lesson says what the course is about, then sets up your tools: how to open and run a lesson, how a lesson finds the course library, and what to do when it cannot.
//
// ## What you will be able to do
//
// - Say what learning from data and supervised learning are, and what makes a network deep.
// - Name the parts of a nerve cell that an artificial neuron models.
// - Open a lesson in VS Code with Polyglot Notebooks and run its cells in order, or run every lesson at once with the kit's runner and read the exported HTML pages.
// - Explain what the first code cell of every lesson does, and fix it when the library is missing or out of date.
// - Compute with the library's vectors and functions, and draw your first chart.

// ## 1. What this course is about
//
// An ordinary program follows rules that a person wrote. A program that **learns from data** is different: you show it examples, and it adjusts the numbers inside it until its answers fit them. This is **machine learning (機械学習)**, and a **neural network (ニューラルネットワーク)** is one of its methods ([hirotask 2024](sources.md#hirotask-2024)). [Namba, Hijiyama.R](sources.md#namba-hijiyama-r) describes machine learning the same way: the rules come from the data collected, not from a programmer.
//
// Neural networks mostly do **supervised learning (教師あり学習)** ([hirotask 2024](sources.md#hirotask-2024)): every example comes with the answer you want for it. The words for the parts:
//
// - the **data (データ)** is the collection of examples;
// - the **inputs** of an example, also called its **features (特徴量)**, are the numbers that describe it, written x_1, x_2, …;
// - its **label (正解ラベル)** is the correct answer that comes with it; as a number, lessons call it the target t;
// - the program's answer for the example is its **prediction (予測)**, written o for output.
//
// Here are six flowers from the iris data set (`data/iris.csv`), which lesson 09 learns from. The inputs are the length and the width of a petal, in cm. The label says whether the flower is of the species virginica (t = 1) or versicolor (t = 0). The predictions come from a rule picked by hand, after looking at a few flowers: the bigger the petal, the more likely virginica.
//
// Code needs the course library, and the first code cell of every lesson loads it. Section 4 explains that cell line by line, and sections 2 and 3 help if it fails. Run it (Shift+Enter runs a cell and moves to the next), then the table:

// ── cell 3 ──
App.Cell(3, "1. What this course is about");

// ── cell 4 ──
App.Cell(4, "1. What this course is about");
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

// The rule gets five of the six flowers right. The third is a versicolor whose petal length and width add up to 6.7 cm, more than 6.5, so the rule calls it virginica: its prediction differs from its label. You could move the threshold, or weigh the width more than the length, and try again. Learning from data hands that tuning to the program: it changes the numbers of the rule until its predictions match the labels of many examples. A real network has far too many numbers to set by hand, which is why it must learn them ([HN410 2022](sources.md#hn410-2022)).
//
// ### The neuron the lectures start from
//
// Neural networks take their name from the nerve cells of the brain. A nerve cell, or **neuron (ニューロン)**, receives signals from other neurons on its branches, the dendrites, at **synapses (シナプス)**, the junctions between two cells. Some synapses pass a signal on strongly, others weakly. The cell body adds up what arrives, and when the total is large enough the cell fires: it sends a pulse along its axon to the synapses of the next cells.
//
// The lectures model their unit on this picture. [hirotask 2024](sources.md#hirotask-2024) calls the perceptron a mathematical model made of neurons and synapses, and [HN410 2022](sources.md#hn410-2022) a structure based on the human neuron that takes several inputs and returns one output; [Namba, Hijiyama.R](sources.md#namba-hijiyama-r) draws a nerve cell above one unit of a network. Here are the two, drawn by `Chart.NeuronModel` (`lib/NeuralNetworks/Charts/Chart.NeuronModel.cs`):

// ── cell 6 ──
App.Cell(6, "The neuron the lectures start from");
display(Chart.NeuronModel());

// Each part of the cell sits above the part of the unit that models it:
//
// | nerve cell | artificial neuron |
// | --- | --- |
// | signals arriving from other cells | inputs x_1, x_2 |
// | how strongly each synapse passes its signal on | weights w_1, w_2 |
// | the cell body adding up what arrives | u: the inputs times their weights, added up, plus a bias b |
// | firing when the total is large enough | the activation function f |
// | the pulse sent on along the axon | the output o |
//
// In formulas, as [HN410 2022](sources.md#hn410-2022) writes the unit (with c where this course writes b):
//
// u = w_1 x_1 + w_2 x_2 + b, o = f(u).
//
// The bias sets how much input it takes to fire. With the step "1 if u > 0, else 0" as f, the unit fires when w_1 x_1 + w_2 x_2 > -b. The flower rule is such a unit: x_1 + x_2 > 6.5 is 1 · x_1 + 1 · x_2 - 6.5 > 0, so w_1 = 1, w_2 = 1 and b = -6.5. Lesson 01 starts from here and lets the unit find its own weights.
//
// ### What makes a network deep
//
// A neural network joins many such units in layers: the outputs of one layer are the inputs of the next. The layers between the input and the output are the hidden layers (隠れ層, 中間層). **Deep learning (深層学習, ディープラーニング)** is learning with networks of several hidden layers. Where "deep" begins is a convention: [hirotask 2024](sources.md#hirotask-2024) draws the line at three or more hidden layers, [Namba, Hijiyama.R](sources.md#namba-hijiyama-r) already calls the simplest typical network, with two hidden layers, a deep neural network (DNN), and [HN410 2022](sources.md#hn410-2022) notes that networks in practice stack thousands of neurons in tens of layers.
//
// The idea is old: the neural network was proposed in 1943 ([hirotask 2024](sources.md#hirotask-2024)). Deep networks became famous in 2012 ([Namba, Hijiyama.R](sources.md#namba-hijiyama-r)): that year a deep network let a computer recognise cats in images, and deep networks beat the older computer-vision methods by a wide margin in an image-recognition test. Today most of the best models in image, language and speech processing build on them ([HN410 2022](sources.md#hn410-2022)). This course builds one from the single unit up.

// ## 2. What is in the kit
//
// A **notebook (ノートブック)** mixes text with code you can run. It is a list of **cells (セル)**: text cells like this one, and code cells that you run one at a time. A code cell runs in a **kernel (カーネル)**, a C# session that stays alive between cells, so a variable defined in one cell can be used in the next.
//
// The repository holds:
//
// | folder | what is in it |
// | --- | --- |
// | `notebooks/` | the lessons, `00-getting-started.ipynb` to `12-where-next.ipynb`, and an appendix, `appendix-plotly-net.ipynb`, all stored without outputs; the glossary `glossary.md` and the sources page `sources.md` |
// | `lib/NeuralNetworks/` | the course **library (ライブラリ)**: one folder per theme (`Perceptrons/`, `Activations/`, `Losses/`, …), one idea per file |
// | `lib/NotebookRunner/` | the runner, which executes every notebook and exports it as a web page |
// | `data/` | small data sets as CSV files (`iris.csv`, `digits.csv`, …) |
// | `tests/` | the tests that check the library and the runner |
//
// The lessons never paste library code into a cell. When a lesson calls, say, `Activation.Sigmoid`, it names the file to open, `lib/NeuralNetworks/Activations/Sigmoid.cs`, so you can read how it is done.
//
// The course grew from five Japanese lectures and study notes. The [sources page](sources.md) lists them with their authors, years and what each contributes, and a lesson cites one by a short name that links there, such as [HN410 2022](sources.md#hn410-2022). The lessons take facts, formulas and worked numbers from them and check every number with a cell.
//
// ## 3. Three ways to read a lesson
//
// ### In VS Code with Polyglot Notebooks
//
// This is how the lessons are meant to be read: you run each cell yourself, and you can change it and run it again.
//
// 1. Install the .NET SDK (version 10) and Visual Studio Code.
// 2. In VS Code, install the **Polyglot Notebooks** extension (its identifier is `ms-dotnettools.dotnet-interactive-vscode`).
// 3. Open a terminal in the repository's root folder and **build (ビルド)** the library once: `dotnet build lib/NeuralNetworks`.
// 4. Open the repository folder in VS Code, then open `notebooks/00-getting-started.ipynb`. If VS Code asks for a kernel, choose .NET Interactive.
// 5. Run a code cell with the ▶ button at its left, or with Shift+Enter, which also moves to the next cell. **Run All** at the top runs the whole lesson. The first cell takes a few seconds while the kernel starts.
//
// Microsoft deprecated the Polyglot Notebooks extension in 2026. It still works, and the lessons are written for it. If it ever stops working for you, the runner below needs nothing but the .NET SDK, and the HTML pages need only a browser.
//
// ### With the kit's runner
//
// From the repository's root folder, one command runs every lesson in a fresh kernel, top to bottom, and exports each one as a web page:
//
// ```
// dotnet run --project lib/NotebookRunner -- run notebooks --html
// ```
//
// It prints a table with each notebook's number of cells, its time and its result (`ok`, or the cell and line of the first error), and exits with an error code if any lesson failed. Executed copies of the notebooks go to `out/notebooks/`, the pages to `out/site/`. A few variations:
//
// - `run notebooks/03-linear-vs-nonlinear.ipynb --html` runs a single lesson.
// - `check notebooks` runs the lessons and writes nothing: a quick way to see that all of them run clean.
// - `--offline` copies the JavaScript for the charts, the math and the code highlighting beside the pages, so they work without an internet connection. It needs `npm ci` run once in the repository root.
//
// ### As exported HTML pages
//
// Open `out/site/index.html` in a browser. It links to every lesson; each page shows the text, the code and its outputs, with the math typeset. The charts stay interactive: hover over a point to read its values, drag to zoom, double-click to zoom back out, and press ▶ Play on an animation. The pages are the easiest way to read a lesson on a phone or to share it.
//
// ## 4. How a lesson loads the library
//
// Every lesson's first code cell is the same, apart from the `using` lines it needs. This lesson's is the one you ran in section 1:
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

// Line by line:
//
// - `#r "…"` references a compiled library, an **assembly (アセンブリ)**, the `.dll` file that `dotnet build` writes into `lib/NeuralNetworks/bin/Debug/net8.0/`. The path is relative to the notebook's own folder, `notebooks/`, so `..` steps up to the repository root. That is why the library must be built before any lesson runs.
// - `MathNet.Numerics.dll` comes first because the course library is built on it: MathNet.Numerics provides the vectors and matrices.
// - The `using` lines let you write `Chart` instead of `NeuralNetworks.Charts.Chart`. Each lesson adds the namespaces it needs; each namespace is one folder of the library. `NeuralNetworks.Exercises` holds the self-checks of the exercises (section 5).
//
// Check that the library loaded by listing its namespaces and how many public types each one has:

// ── cell 10 ──
App.Cell(10, "2. What is in the kit");
var library = typeof(Chart).Assembly;
Console.WriteLine(library.GetName().Name);
var namespaces = library.GetExportedTypes().GroupBy(t => t.Namespace).OrderBy(g => g.Key);
foreach (var group in namespaces)
    Console.WriteLine($"  {group.Key,-28} {group.Count(),3} public types");

// Listed alphabetically, the namespaces are the themes of the course: perceptrons, activations, linearity, losses, calculus, autograd, layers, optimizers, training, plus data sets and charts. Three more serve the course around the lessons: the exercises' self-checks, the homework checks and a faster training path.
//
// ## 5. A first computation
//
// Lesson 01 starts with a **weighted sum (重み付き和)**: multiply each input by its weight, add everything up, and add one more number, the bias. Try it by hand with inputs (1, 1), weights (0.5, 0.5) and bias -0.7:
//
// 0.5 · 1 + 0.5 · 1 - 0.7 = 0.3 .
//
// Now in C#. The last expression of a cell, written without a semicolon, is shown below the cell:

// ── cell 12 ──
App.Cell(12, "5. A first computation");
display(0.5 * 1 + 0.5 * 1 - 0.7);

// Not quite 0.3. A `double` is a **floating-point number (浮動小数点数)**: it stores numbers in binary, where 0.7 has no exact form, just as 1/3 has none in decimal. The error sits in the 17th decimal place and is harmless, but it shows in the output. That is why the lessons print numbers with a format, such as `F2` for two decimals:

// ── cell 14 ──
App.Cell(14, "5. A first computation");
double u = 0.5 * 1 + 0.5 * 1 - 0.7;
Console.WriteLine($"u = {u:F2}");
Console.WriteLine($"u = {u:F4}");

// With many inputs you write the weighted sum as a dot product of two vectors. The vectors are MathNet's `Vector<double>`:

// ── cell 16 ──
App.Cell(16, "5. A first computation");
var x = Vector<double>.Build.DenseOfArray([1.0, 1.0]);
var w = Vector<double>.Build.DenseOfArray([0.5, 0.5]);
double b = -0.7;
Console.WriteLine($"w·x + b = {w.DotProduct(x) + b:F2}");

// The library's functions work on plain numbers and on vectors alike. The sigmoid function of lesson 02 squeezes any number into the range 0 to 1: σ(u) = 1 / (1 + e^(-u)). By hand, σ(0.3) = 1 / (1 + e^(-0.3)) = 1 / (1 + 0.7408) = 0.5744:

// ── cell 18 ──
App.Cell(18, "5. A first computation");
Console.WriteLine($"e^-0.3 = {Math.Exp(-0.3):F4}");
Console.WriteLine($"by hand:  {1 / (1 + Math.Exp(-0.3)):F4}");
Console.WriteLine($"library:  {Activation.Sigmoid.Apply(0.3):F4}");
var inputs = Vector<double>.Build.DenseOfArray([-2.0, 0.0, 0.3, 2.0]);
var outputs = Activation.Sigmoid.Apply(inputs).Select(s => s.ToString("F4"));
Console.WriteLine($"on a vector: {string.Join(", ", outputs)}");

// The hand computation and the library agree. From lesson 01 on, every idea goes this way: a few numbers by hand, the formula, the library call, then a chart.
//
// ### Your turn
//
// Every lesson has two to four short exercises. Each is a code cell whose first line starts with `// YOUR TURN`. It holds a placeholder (`double.NaN`, or a function that returns the wrong thing) where your code goes, and ends with one or more self-checks. A self-check prints ✓ and your value when the answer is right, and ✗ with what came back and what was expected when it is not. It never stops the lesson, so Run All works before you have tried anything. The solution is folded in the text cell below the exercise; try first, then open it.
//
// Here is the first one. Write the sigmoid yourself, with `Math.Exp`, and compare it with the library's at a few points:

// ── cell 20 ──
App.Cell(20, "Your turn");
// YOUR TURN 1 · the sigmoid by hand
double MySigmoid(double u) => double.NaN;   // replace: σ(u) = 1 / (1 + e^(−u))

foreach (double at in new[] { -2.0, 0.0, 0.3 })
    SelfCheck.Close($"σ({at})", Activation.Sigmoid.Apply(at), MySigmoid(at));

//
// Solution
//
// ```csharp
// // YOUR TURN 1 · the sigmoid by hand
// double MySigmoid(double u) => 1 / (1 + Math.Exp(-u));
//
// foreach (double at in new[] { -2.0, 0.0, 0.3 })
//     SelfCheck.Close($"σ({at})", Activation.Sigmoid.Apply(at), MySigmoid(at));
// ```
//
// The library's version, with its derivative beside it, is `lib/NeuralNetworks/Activations/Sigmoid.cs`.
//
//
//
// ## 6. A first chart
//
// The charts are interactive [plotly](https://plotly.com/javascript/) figures made by `NeuralNetworks.Charts`. `Chart.Function` draws a function over a range; each `With…` method returns a new figure with one more setting, so a whole chart reads as one expression. A figure is drawn when it is the last expression of a cell:

// ── cell 22 ──
App.Cell(22, "6. A first chart");
display(Chart.Function(Activation.Sigmoid.Apply, -6, 6, name: "σ(u)")
    .WithTitle("The sigmoid function")
    .WithXTitle("u").WithYTitle("σ(u)"));

// Hover over the curve to read values; you will find σ(0) = 0.5 in the middle. To show a chart that is not the last expression, or several charts from one cell, pass each one to `display(...)`.
//
// Your turn to draw. Make the chart of tanh(u) (`Math.Tanh`, lesson 02 meets it) for u from −4 to 4, with a title and both axis titles:

// ── cell 24 ──
App.Cell(24, "6. A first chart");
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
// Solution
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
// A method name such as `Math.Tanh` can be passed where a function is expected, as `Activation.Sigmoid.Apply` was above.
//
//
//
// The next chart shows data instead of a function: the four rows of the AND truth table from lesson 01, coloured by their answer. `ToyData` makes small data sets like this one, and `Chart.ScatterByClass` gives each class its colour and a legend entry:

// ── cell 26 ──
App.Cell(26, "6. A first chart");
var and = ToyData.And();
Console.WriteLine(and);

display(Chart.ScatterByClass(and)
    .WithTitle("AND: which points answer 1?")
    .WithXRange(-0.5, 1.5).WithYRange(-0.5, 1.5)
    .WithEqualAspect());

// Only (1, 1) answers 1. Can you draw one straight line with the orange point on one side and the three blue points on the other? Lesson 01 finds one, and then meets a table where no line works.
//
// ## 7. Troubleshooting
//
// | what you see | why | what to do |
// | --- | --- | --- |
// | `error CS0006: Metadata file '…NeuralNetworks.dll' could not be found` in the first cell | the library has not been built, so the `.dll` does not exist yet | run `dotnet build lib/NeuralNetworks` in the repository root, then run the first cell again |
// | you changed the library and rebuilt it, but the notebook still behaves the old way, or reports that `NeuralNetworks` is already loaded | a kernel loads an assembly once and keeps that copy until it stops | **restart the kernel** (the Restart button at the top of the notebook), then run the lesson from the top |
// | `The name '…' does not exist in the current context` | a cell uses a variable from a cell above that has not run in this kernel | run the cells above first, or Run All |
// | a chart shows as text such as `Figure(1 trace: scatter)` | the figure was converted to text, for example by `Console.WriteLine(figure)` | make the figure the cell's last expression, or pass it to `display(...)` |
// | an exported page shows code and text but no charts | the page loads its JavaScript from the internet, and you are offline | run the runner again with `--offline` (after `npm ci` once) |
// | a number in your output differs from the text | a cell ran out of order, or a variable was changed by a later cell | restart the kernel and run the lesson from the top; everything random in the lessons has a fixed seed, so a clean run prints the text's numbers |
//
// The rule behind the first two rows: **build first, and restart the kernel after every rebuild.**
//
// ## Check your understanding
//
// 1. The first code cell references `../lib/NeuralNetworks/bin/Debug/net8.0/NeuralNetworks.dll`. Relative to which folder is that path read, and which command creates the file?
// 2. You fix a bug in `lib/NeuralNetworks/Activations/ReLU.cs` and run `dotnet build lib/NeuralNetworks`. What must you do in a notebook that is already open before the fix takes effect?
// 3. A cell ends with `Console.WriteLine(figure);` and shows a line of text instead of a chart. Why, and how do you fix it?
// 4. `0.5 * 1 + 0.5 * 1 - 0.7` printed `0.30000000000000004`. Is the computer wrong? How do the lessons print such numbers?
// 5. In the flower table of section 1, what are the inputs, the label and the prediction of the third flower? Which part of a nerve cell does a weight model?

// ## Answers
//
//
// Show the answers
//
// 1. Relative to the notebook's own folder, `notebooks/`; `..` steps up to the repository root. `dotnet build lib/NeuralNetworks` (or `dotnet build` for the whole repository) creates the file.
// 2. Restart the kernel, then run the notebook from the top. The kernel keeps the copy of the library it loaded first, until it restarts.
// 3. `Console.WriteLine` turns the figure into text, its short summary. Make the figure the last expression of the cell, without a semicolon, or call `display(figure)`.
// 4. No. The `double` nearest to 0.7 is not exactly 0.7, so the result is off in the 17th decimal place. The lessons print numbers with a format such as `{u:F2}`, which shows `0.30`.
// 5. The inputs are its petal length and width, 5.0 and 1.7 cm; the label is versicolor, t = 0; the prediction is virginica, o = 1, since 6.7 > 6.5. A weight models how strongly a synapse passes its signal on.

// ## Summary
//
// - Machine learning fits a program to examples instead of writing its rules by hand. In supervised learning each example's inputs (features) come with a label, and learning makes the predictions match the labels.
// - An artificial neuron models a nerve cell: weights for its synapses, a weighted sum for its cell body, an activation function for its firing. Deep learning uses networks of several hidden layers of them.
// - A lesson is a notebook: text cells and code cells, run in order in one kernel that remembers your variables.
// - Read it in VS Code with Polyglot Notebooks (deprecated by Microsoft in 2026, but still working), run everything with `dotnet run --project lib/NotebookRunner -- run notebooks --html`, or open the exported pages in `out/site/`.
// - The first code cell loads the library with `#r` paths relative to the notebook. Build the library first, and restart the kernel after every rebuild.
// - A cell's last expression is displayed: a number as text, a `Figure` as an interactive chart. Print numbers with a format such as `F2`.
//
// ### Key terms
//
// | English | 日本語 | meaning |
// | --- | --- | --- |
// | machine learning | 機械学習 | fitting a program's behaviour to examples instead of writing its rules |
// | neural network | ニューラルネットワーク | units joined in layers, each layer feeding the next |
// | supervised learning | 教師あり学習 | learning from examples that come with labels |
// | data | データ | the examples a program learns from |
// | feature | 特徴量 | one input of an example, a number that describes it |
// | label | 正解ラベル | the correct answer that comes with an example; the target t |
// | prediction | 予測 | the program's answer for an example, o |
// | neuron | ニューロン | a nerve cell, and the unit that models it: o = f(w_1 x_1 + w_2 x_2 + b) |
// | synapse | シナプス | the junction where a signal passes from one nerve cell to the next |
// | deep learning | 深層学習, ディープラーニング | learning with networks of several hidden layers |
// | notebook | ノートブック | a document of text cells and runnable code cells |
// | cell | セル | one block of a notebook: text, or code you run |
// | kernel | カーネル | the C# session that runs a notebook's cells and remembers their variables |
// | library | ライブラリ | reusable code the lessons call; here `lib/NeuralNetworks` |
// | build | ビルド | compiling source code into an assembly with `dotnet build` |
// | assembly | アセンブリ | a compiled .NET library or program, a `.dll` file |
// | weighted sum | 重み付き和 | inputs multiplied by their weights and added up |
// | floating-point number | 浮動小数点数 | a number stored in binary with limited precision, such as a C# `double` |
//
// **Next:** lesson 01 turns the weighted sum into a neuron, the perceptron, and builds logic gates from it.

App.End();
// nbrun convert: sha256 0e4d320df66f02e4
