using NotebookRunner.Notebooks;

namespace NotebookRunner.FileApps;

/// <summary>
/// The words an app's generator writes around the notebook's own (its header, the notes on its
/// directives and on where its relative paths are read from), in the edition's language: the
/// English app's comments in English, the Japanese app's in Japanese. The code and the console's
/// cell headers (<c>── cell N · …</c>, which tests read) are the same in both.
/// </summary>
public sealed record AppWords(
    string ReleasedVersion,
    Func<string, string> GeneratedFrom,
    string EditAndConvert,
    string RunFromRoot,
    string Offline,
    string Debugger,
    string PublishAot,
    string Warnings,
    string Library,
    string Usings,
    string WorkIn,
    string Directive,
    string Types)
{
    public static readonly AppWords English = new(
        ReleasedVersion: " (its released student version)",
        GeneratedFrom: origin =>
            $"// A file-based app generated from {origin} by `nbrun convert notebooks --to cs`. " +
            "Edit the notebook and\n",
        EditAndConvert: "// convert again: a test fails while this file differs from what the " +
        "notebook gives.\n",
        RunFromRoot: "// Run it from the repository root (build the library once first):\n",
        Offline: "// Add `-- --offline` for a chart page that carries plotly.js itself (after " +
        "`npm ci`).\n",
        Debugger: "// To step into the library in a debugger, see docs/file-based-apps.md.\n\n",
        PublishAot: "// The chart page is JSON written by reflection, which PublishAot (a " +
        "file-based app's default) turns off.\n",
        Warnings: "// The repository's Directory.Build.props makes every warning an error; in an " +
        "app you edit, it stays a warning.\n",
        Library: "// The course library, as the notebook's #r loads it; its .pdb lets a debugger " +
        "step into its source.\n",
        Usings: "\n// The namespaces the notebook kernel imports by default, and the app's " +
        "stand-ins for its display(…) and HTML(…).\n",
        WorkIn: "// The notebook's relative paths (\"../data/iris.csv\") are read from the " +
        "English app's folder, {0}.\n",
        Directive: "   (the app references the library itself)",
        Types: "\n// The notebook's type declarations: C# puts them after the top-level " +
        "statements.\n");

    public static readonly AppWords Japanese = new(
        ReleasedVersion: "(受講者に配布する版)",
        GeneratedFrom: origin =>
            $"// {origin} から `nbrun convert notebooks --to cs` が生成したファイルベースアプリです。\n",
        EditAndConvert: "// 直すときはノートブックを編集して、もう一度変換してください。\n"
            + "// このファイルがノートブックから得られるものと違う間は、テストが失敗します。\n",
        RunFromRoot: "// リポジトリのルートで実行します(先にライブラリを一度ビルドします):\n",
        Offline: "// `-- --offline` を付けると、plotly.js を自分で含むチャートページになります(`npm ci` の後)。\n",
        Debugger: "// デバッガーでライブラリの中までステップ実行する方法は docs/file-based-apps.md にあります。\n\n",
        PublishAot: "// チャートページの JSON はリフレクションで書くので、PublishAot(ファイルベースアプリの既定)を切ります。\n",
        Warnings: "// リポジトリの Directory.Build.props はすべての警告をエラーにしますが、手で編集するアプリでは警告のままにします。\n",
        Library: "// コースのライブラリ。ノートブックの #r と同じものを読み込みます。.pdb があるので、デバッガーでソースまで入れます。\n",
        Usings: "\n// ノートブックのカーネルが既定でインポートする名前空間と、カーネルの display(…) と HTML(…) の代わりになるものです。\n",
        WorkIn: "// ノートブックの相対パス(\"../data/iris.csv\" など)は、英語版アプリのフォルダー {0} から読みます。\n",
        Directive: "   (アプリはライブラリを自分で参照します)",
        Types: "\n// ノートブックの型宣言です。C# では、トップレベルのステートメントの後に置きます。\n");

    /// <summary>The words of <paramref name="edition"/> (en or ja).</summary>
    public static AppWords For(string edition) => edition == Edition.Japanese ? Japanese : English;
}
