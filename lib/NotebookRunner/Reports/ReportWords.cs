using NotebookRunner.Notebooks;

namespace NotebookRunner.Reports;

/// <summary>
/// The words of a student's report in the assignment's language: a Japanese assignment
/// (NAME.ja.ipynb) is reported in Japanese. The last line, "Points N/M", is the same in both: tools
/// read it.
/// </summary>
public sealed record ReportWords(
    string PointsHeading, string Checks, string WithoutIsolation, string Problems,
        string ProblemInCell, string ChecksTable, string Hidden,
    string Visible, string Passed, string Failed, string HiddenSuffix, string HiddenFailed,
    string DefaultHint)
{
    public static readonly ReportWords English = new(
        " points", "Checks", "> Graded **without isolation** (--no-isolation).",
            "Problems in your cells", "cell {0}",
        "| check | kind | result | points | message |", "hidden", "visible", "✓ passed", "✗ failed",
        " (hidden)",
        "hidden check failed. Hint: {0}",
        "this check tries cases the visible ones do not: test your code on other inputs and edge " +
        "cases.");

    public static readonly ReportWords Japanese = new(
        "点", "チェック", "> **隔離せずに**採点しました（--no-isolation）。", "自分のセルの問題", "セル{0}",
        "| チェック | 種類 | 結果 | 点数 | メッセージ |", "非公開", "公開", "✓ 合格", "✗ 不合格", "（非公開）",
        "非公開のチェックに不合格でした。ヒント：{0}",
        "このチェックは、公開されたチェックが試さない場合を試します。ほかの入力や境界の場合でも自分のコードを確かめてください。");

    public static ReportWords Of(string language) =>
        language == Edition.Japanese ? Japanese : English;
}
