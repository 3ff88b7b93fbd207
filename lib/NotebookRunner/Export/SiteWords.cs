using NotebookRunner.Notebooks;

namespace NotebookRunner.Export;

/// <summary>
/// The words of the pages around the lessons, in one edition's language: the html lang, the folder
/// the edition's pages sit in under site/, the link to the contents, the language switch's name,
/// and the front page's text.
/// </summary>
public sealed record SiteWords(
    string Lang, string Folder, string Name, string Contents, string CourseTitle,
        string Introduction, string RunIt,
    string VsCode, string Jupyter, string Headless, string Lessons, string Homework,
    string Appendix, string Reference,
    string Glossary, string Sources, string Failed)
{
    public static readonly SiteWords English = new(
        Edition.English, "", "English", "Contents", "Neural networks from scratch, in C#",
        "How neural networks work, from a single perceptron to backpropagation and a trained " +
        "network: activation functions, "
        + "linear and nonlinear maps, losses, derivatives, gradient descent, the chain rule, and " +
        "making training work. Each "
        + "lesson computes a small example by hand, then with the course's C# library, then " +
        "draws it. Every key term also "
        + "carries its Japanese name, as the lectures the course grew from are Japanese.",
        "Run it",
        "<b>VS Code</b> with the Polyglot Notebooks extension: build the library (<code>dotnet " +
        "build course.sln</code>), open a lesson's <code>.ipynb</code>, run its cells.",
        "<b>Jupyter</b>: <code>bash scripts/jupyter.sh</code> registers the .NET Interactive " +
        "kernel, then <code>jupyter lab notebooks/</code>.",
        "<b>Headless</b>: <code>dotnet run --project lib/NotebookRunner -- run notebooks " +
        "--html</code> runs every notebook and writes this site.",
        "Lessons", "Homework", "Appendix", "Reference", "Glossary (用語集)",
        "Sources: the lectures the course grew from", "failed");

    public static readonly SiteWords Japanese = new(
        Edition.Japanese, "ja/", "日本語", "目次", "C#でゼロから作るニューラルネットワーク",
        "ニューラルネットワークのしくみを、1個のパーセプトロンから誤差逆伝播法、そして学習済みのネットワークまで学びます。"
        + "活性化関数、線形な写像と非線形な写像、損失関数、微分、勾配降下法、連鎖律、そして学習をうまく進める工夫です。"
        + "どのレッスンも、小さな例をまず手で計算し、次にコースのC#ライブラリで計算し、最後にグラフに描きます。",
        "実行する",
        "<b>VS Code</b>とPolyglot Notebooks拡張機能：ライブラリをビルドし（<code>dotnet build course.sln</code>）、" +
        "レッスンの<code>.ja.ipynb</code>を開いてセルを実行します。",
        "<b>Jupyter</b>：<code>bash scripts/jupyter.sh</code>で.NET Interactiveカーネルを登録し、" +
        "<code>jupyter lab notebooks/</code>を開きます。",
        "<b>ヘッドレス</b>：<code>dotnet run --project lib/NotebookRunner -- run notebooks " +
        "--html</code>ですべてのノートブックを実行し、このサイトを書き出します。",
        "レッスン", "課題", "付録", "資料", "用語集", "出典：このコースの元になった講義", "失敗");

    public static SiteWords Of(string edition) => edition == Edition.Japanese ? Japanese : English;
}
