using System.Text.RegularExpressions;

namespace NotebookRunner.Judging;

/// <summary>
/// The Japanese of what a <see cref="Violation"/> says the code does (its What, as
/// <see cref="OwnWorkRules"/>, <see cref="SymbolUses"/>, <see cref="OwnWorkAnalysis"/>,
/// <see cref="CallGraph"/> and <see cref="SubmissionCells"/> word it in English): each English form
/// beside its Japanese, names, paths and compiler messages kept as they are. A What of no form here
/// stays English.
/// </summary>
public static partial class ViolationWords
{
    private static readonly (Regex English, string Japanese)[] Forms =
    [
        (Form(@"calls (?<a>\S+), which is the answer itself"), "{a} を呼び出しています。これは答えそのものです"),
        (Form(@"uses reflection \((?<a>.+)\)"), "リフレクション（{a}）を使っています"),
        (Form(@"uses UnsafeAccessor, which reads private members \((?<a>.+)\)"),
            "private メンバーを読む UnsafeAccessor（{a}）を使っています"),
        (Form(@"uses unsafe memory access \((?<a>.+)\)"), "安全でないメモリアクセス（{a}）を使っています"),
        (Form(@"uses dynamic \((?<a>.+)\)"), "dynamic（{a}）を使っています"),
        (Form(@"uses another program \((?<a>.+)\)"), "別のプログラム（{a}）を使っています"),
        (Form(@"uses unsafe code"), "unsafe コードを使っています"),
        (Form(@"uses dynamic"), "dynamic を使っています"),
        (Form(@"declares an extern method, whose body the grader cannot read"),
            "extern メソッドを宣言しています。その本体は採点プログラムには読めません"),
        (Form(@"uses (?<a>.+), which the grader cannot find"), "{a} を使っていますが、採点プログラムはそれを見つけられません"),
        (Form(@"uses (?<a>.+), which this assignment does not allow"), "{a} を使っています。この課題では使えません"),
        (Form(@"has code the grader could not read in (?<a>\d+) s"), "採点プログラムが{a}秒で読み切れないコードがあります"),
        (Form(@"has code the grader cannot read \((?<a>.+)\)"), "採点プログラムには読めないコードがあります（{a}）"),
        (Form(@"is too large for the grader to read \(over (?<a>[\d,]+) syntax nodes in one " +
            @"cell\)"),
            "大きすぎて採点プログラムには読めません（1つのセルに構文ノードが{a}個より多くあります）"),
        (Form(@"does not compile \((?<a>.+)\)"), "コンパイルできません（{a}）"),
        (Form(@"loads (?<a>.+) with #r, and graded work may load only the course library the " +
            @"assignment loads"),
            "#r で {a} を読み込んでいます。採点する課題が読み込めるのは、その課題が読み込むコースのライブラリだけです"),
        (Form(@"runs (?<a>.+) with #load, code the grader cannot read"),
            "#load で {a} を実行しています。採点プログラムには読めないコードです"),
        (Form(@"adds a package source with #i (?<a>.+)"), "#i {a} でパッケージのソースを追加しています"),
        (Form(@"uses the directive #(?<a>.+), and graded cells may use only #r of the course " +
            @"library, #region, #pragma and #nullable"),
            "ディレクティブ #{a} を使っています。採点するセルで使えるのは、コースのライブラリの #r と #region、#pragma、#nullable だけです"),
    ];

    /// <summary>The Japanese of <paramref name="what"/>, without a final 。; the English when it has
    /// no known form.</summary>
    public static string Japanese(string what)
    {
        if (what.EndsWith(" (so the cell did not run)", StringComparison.Ordinal))
            return Japanese(what[..^" (so the cell did not run)".Length]) + "（そのため、このセルは実行しませんでした）";
        if (what.EndsWith(", yet the kernel ran it", StringComparison.Ordinal))
            return Japanese(what[..^", yet the kernel ran it".Length]) + "。それなのに、カーネルはこのセルを実行しました";
        foreach (var (english, japanese) in Forms)
            if (english.Match(what) is { Success: true } match)
                return japanese.Replace("{a}", match.Groups["a"].Value, StringComparison.Ordinal);
        if (Calls().Match(what) is { Success: true } call)
            return $"{call.Groups["a"].Value} を呼び出しています（{call.Groups["a"].Value}：" +
                $"{Japanese(call.Groups["b"].Value)}）";
        return what;
    }

    private static Regex Form(string pattern) =>
        new("^" + pattern + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"^calls (?<a>\S+), which (?<b>.+)$", RegexOptions.Singleline)]
    private static partial Regex Calls();
}
