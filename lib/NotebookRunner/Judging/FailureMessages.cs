using NotebookRunner.Notebooks;

namespace NotebookRunner.Judging;

/// <summary>
/// Turns a failed cell into a sentence for a student: a CheckFailedException's own message, "TypeName: message" for other
/// exceptions, the first compiler error, or what stopped the kernel. When a cell of the student's failed before, a check's
/// message says so, since a missing definition or a null there is the likely cause.
/// </summary>
public static class FailureMessages
{
    public static string Short(CellResult result) => result.Status switch
    {
        CellStatus.TimedOut => "it ran past the time limit and was stopped (an endless loop?)",
        CellStatus.KernelExited => "the notebook's process exited (Environment.Exit, a stack overflow, or a limit): " + ErrorText(result) + Signal(result),
        _ => ErrorText(result),
    };

    public static string ForCheck(CellResult result, IReadOnlyList<CellProblem> problems)
    {
        var text = Short(result);
        var compile = problems.FirstOrDefault(p => p.Message.Contains("error CS", StringComparison.Ordinal));
        if (text.Contains("error CS", StringComparison.Ordinal) && compile is not null)
            return text + $" (your cell {compile.Cell} did not compile, so what it defines is missing: fix that cell first)";
        return problems.FirstOrDefault() is { } first ? text + $" (your cell {first.Cell} failed earlier: {first.Message})" : text;
    }

    /// <summary>What an exit code above 128 (killed by a signal) means under the grader's limits.</summary>
    private static string Signal(CellResult result)
    {
        var text = result.FirstError?.ErrorValue ?? "";
        return text.Contains("with code 153", StringComparison.Ordinal) ? " (SIGXFSZ: a file grew past the size limit)"
            : text.Contains("with code 152", StringComparison.Ordinal) ? " (SIGXCPU: the CPU time limit)"
            : text.Contains("with code 137", StringComparison.Ordinal) ? " (killed)"
            : text.Contains("with code 134", StringComparison.Ordinal) ? " (aborted: out of memory?)"
            : "";
    }

    /// <summary>The first line of the kernel's message, without the "Namespace." of an exception type.</summary>
    private static string ErrorText(CellResult result)
    {
        var value = (result.FirstError?.ErrorValue ?? result.Status.ToString()).Split('\n')[0].Trim();
        var colon = value.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && !value[..colon].Contains(' ') && value[..colon].Contains('.'))
        {
            var type = value[..colon].Split('.').Last();
            value = type == "CheckFailedException" ? value[(colon + 2)..] : type + value[colon..];
        }
        return value.Length > 400 ? value[..400] + "…" : value;
    }
}
