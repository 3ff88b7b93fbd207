using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using NotebookRunner.Execution;

namespace NotebookRunner.Worker;

/// <summary>
/// Turns a compile error or an exception into an error output that names the cell and the line inside it.
/// Each cell is compiled under its own file name (notebook.cellN.csx), so a stack frame's file tells the cell.
/// </summary>
public static partial class ErrorLocator
{
    public static string CellFileName(string notebookName, int cell) => $"{notebookName}.cell{cell}.csx";

    public static CellOutput CompileError(int cell, IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => Describe(cell, d)).ToArray();
        return CellOutput.Error("CompilationError", errors.FirstOrDefault() ?? $"cell {cell}: the code does not compile", errors);
    }

    public static CellOutput Exception(int cell, Exception exception)
    {
        var thrown = exception is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : exception;
        var where = Where(thrown) ?? $"cell {cell}";
        var lines = (thrown.StackTrace ?? "").Split('\n').Select(l => l.TrimEnd())
            .Where(l => l.Length > 0 && !l.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal)
                        && !l.Contains("System.Runtime.CompilerServices", StringComparison.Ordinal));
        var name = thrown.GetType().FullName ?? thrown.GetType().Name;
        return CellOutput.Error(name, $"{where}: {thrown.Message}", [$"{name}: {thrown.Message}", $"   at {where}", .. lines]);
    }

    private static string Describe(int cell, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var file = Path.GetFileName(span.Path);
        var place = CellOf(file) is { } c
            ? $"cell {c}, line {span.StartLinePosition.Line + 1}, column {span.StartLinePosition.Character + 1}"
            : diagnostic.Location.IsInSource
                ? $"cell {cell}, {file} line {span.StartLinePosition.Line + 1}, column {span.StartLinePosition.Character + 1}"
                : $"cell {cell}";
        return $"{place}: error {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private static string? Where(Exception exception)
    {
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
        {
            var file = Path.GetFileName(frame.GetFileName() ?? "");
            if (CellOf(file) is { } cell && frame.GetFileLineNumber() > 0) return $"cell {cell}, line {frame.GetFileLineNumber()}";
        }
        return null;
    }

    private static int? CellOf(string file) =>
        CellFile().Match(file) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"\.cell(\d+)\.csx$")]
    private static partial Regex CellFile();
}
