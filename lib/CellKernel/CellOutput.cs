namespace CellKernel;

/// <summary>
/// One output of a cell, in the shape a Jupyter notebook stores it (nbformat 4), so the browser's
/// outputs compare with the executed notebooks the real kernel writes:
/// <list type="bullet">
/// <item><c>stream</c>: text the cell wrote to the console (<see cref="Name"/> is "stdout" or
/// "stderr");</item>
/// <item><c>display_data</c>: a value shown by <c>display(…)</c>, one text per MIME type;</item>
/// <item><c>execute_result</c>: the value of the cell's last expression, one text per MIME
/// type;</item>
/// <item><c>error</c>: a compile error or an exception, as <see cref="ErrorName"/> and
/// <see cref="ErrorValue"/>.</item>
/// </list>
/// </summary>
public sealed record CellOutput(string OutputType)
{
    public string? Name { get; init; }

    public string? Text { get; init; }

    public IReadOnlyDictionary<string, string>? Data { get; init; }

    public string? ErrorName { get; init; }

    public string? ErrorValue { get; init; }

    public static CellOutput Stream(string name, string text) =>
        new("stream") { Name = name, Text = text };

    public static CellOutput Display(IReadOnlyDictionary<string, string> data) =>
        new("display_data") { Data = data };

    public static CellOutput Result(IReadOnlyDictionary<string, string> data) =>
        new("execute_result") { Data = data };

    /// <summary>The error the kernel reports: ename "Error", evalue the compiler's lines or the
    /// exception.</summary>
    public static CellOutput Error(string value) =>
        new("error") { ErrorName = "Error", ErrorValue = value };
}
