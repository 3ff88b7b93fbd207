using NotebookRunner.Notebooks;

namespace NotebookRunner.Judging;

/// <summary>
/// Turns a failed cell into a sentence for a student: a CheckFailedException's own message,
/// "TypeName: message" for other exceptions, the first compiler error, or what stopped the kernel.
/// When a cell of the student's failed before, a check's message says so, since a missing
/// definition or a null there is the likely cause.
/// </summary>
public static class FailureMessages
{
    /// <summary>The sentence in the assignment's language (<see cref="Say"/>); the kernel's own
    /// text is quoted as it is.</summary>
    public static string Short(CellResult result, string language = Edition.English) =>
        result.Status switch
        {
            CellStatus.TimedOut =>
                Say.In(language, "it ran past the time limit and was stopped (an endless loop?)",
                "制限時間を過ぎたため止めました（無限ループでしょうか？）"),
            CellStatus.KernelExited => Say.In(language,
                "the notebook's process exited (Environment.Exit, a stack overflow, or a limit): ",
                "ノートブックのプロセスが終了しました（Environment.Exit、スタックオーバーフロー、または制限によるもの）：")
                + ErrorText(result) + Signal(result, language),
            _ => ErrorText(result),
        };

    public static string ForCheck(CellResult result, IReadOnlyList<CellProblem> problems,
        string language = Edition.English)
    {
        var text = Short(result, language);
        var compile = problems.FirstOrDefault(p =>
            p.Message.Contains("error CS", StringComparison.Ordinal));
        if (text.Contains("error CS", StringComparison.Ordinal) && compile is not null)
            return text + Say.In(language,
                $" (your cell {compile.Cell} did not compile, so what it defines is missing: fix " +
                "that cell first)",
                $"（セル{compile.Cell}がコンパイルできなかったため、そこで定義するものがありません。先にそのセルを直してください）");
        return problems.FirstOrDefault() is { } first ? text + EarlierProblem(first, language)
            : text;
    }

    /// <summary>What a check's message adds when a cell of the student's failed before it: that
    /// cell's problem.</summary>
    public static string EarlierProblem(CellProblem first, string language) => Say.In(language,
        $" (your cell {first.Cell} failed earlier: {first.Message})",
        $"（その前にセル{first.Cell}が失敗しています：{first.Message}）");

    /// <summary>What an exit code above 128 (killed by a signal) means under the grader's
    /// limits.</summary>
    private static string Signal(CellResult result, string language)
    {
        var text = result.FirstError?.ErrorValue ?? "";
        return text.Contains("with code 153", StringComparison.Ordinal)
                ? Say.In(language, " (SIGXFSZ: a file grew past the size limit)",
                    "（SIGXFSZ：ファイルがサイズの上限を超えました）")
            : text.Contains("with code 152", StringComparison.Ordinal)
                ? Say.In(language, " (SIGXCPU: the CPU time limit)", "（SIGXCPU：CPU 時間の上限）")
            : text.Contains("with code 137", StringComparison.Ordinal)
                ? Say.In(language, " (killed)", "（強制終了）")
            : text.Contains("with code 134", StringComparison.Ordinal)
                ? Say.In(language, " (aborted: out of memory?)", "（中断：メモリ不足でしょうか？）")
            : "";
    }

    /// <summary>The first line of the kernel's message, without the "Namespace." of an exception
    /// type.</summary>
    private static string ErrorText(CellResult result)
    {
        var value = (result.FirstError?.ErrorValue ?? result.Status.ToString()).Split('\n')[0]
            .Trim();
        var colon = value.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && !value[..colon].Contains(' ') && value[..colon].Contains('.'))
        {
            var type = value[..colon].Split('.').Last();
            value = type == "CheckFailedException" ? value[(colon + 2)..] : type + value[colon..];
        }
        return value.Length > 400 ? value[..400] + "…" : value;
    }
}
