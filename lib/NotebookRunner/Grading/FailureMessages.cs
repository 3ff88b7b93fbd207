using NotebookRunner.Execution;

namespace NotebookRunner.Grading;

/// <summary>
/// Turns a failed cell into a sentence for a student: a CheckFailedException's own message, "TypeName: message" for
/// other exceptions, the first compiler error, or what stopped the worker. Positions inside a check cell read
/// "check line 3" rather than the cell number the grader gave it. When a cell of the student's failed before, the
/// check's message says so, since a missing definition or a null there is the likely cause.
/// </summary>
public static class FailureMessages
{
    public static string Short(CellResult result) => result.Status switch
    {
        CellStatus.TimedOut => "it ran past the time limit and was stopped (an endless loop?)",
        CellStatus.WorkerDied => "the notebook's process exited (Environment.Exit, a stack overflow, or out of memory): " + ErrorText(result),
        _ => ErrorText(result),
    };

    public static string ForCheck(CellResult result, int checkCell, IReadOnlyList<CellProblem> problems)
    {
        var text = InCheck(Short(result), checkCell);
        var compile = problems.FirstOrDefault(p => p.Message.Contains("error CS", StringComparison.Ordinal));
        if (result.FirstError?.ErrorName == "CompilationError" && compile is not null)
            return text + $" (your cell {compile.Cell} did not compile, so what it defines is missing: fix that cell first)";
        return problems.FirstOrDefault() is { } first ? text + $" (your cell {first.Cell} failed earlier: {first.Message})" : text;
    }

    private static string ErrorText(CellResult result)
    {
        var error = result.FirstError;
        if (error is null) return result.Status.ToString();
        var value = (error.ErrorValue ?? "").Split('\n')[0].Trim();
        var type = (error.ErrorName ?? "Exception").Split('.').Last();
        return type is "CheckFailedException" or "CompilationError" or "TimeoutError" or "WorkerExited" ? value : $"{type}: {value}";
    }

    private static string InCheck(string text, int checkCell) =>
        text.Replace($"cell {checkCell}, line ", "check line ", StringComparison.Ordinal)
            .Replace($"cell {checkCell}: ", "", StringComparison.Ordinal)
            .Replace($"during cell {checkCell}", "during the check", StringComparison.Ordinal);
}
