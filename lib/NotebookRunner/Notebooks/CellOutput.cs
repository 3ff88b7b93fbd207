namespace NotebookRunner.Notebooks;

/// <summary>
/// One nbformat 4 output of a code cell. Kind is the nbformat output_type: "stream" (Name
/// stdout/stderr, Text), "display_data" and "execute_result" (Data: mime type → text), "error"
/// (ErrorName, ErrorValue, Traceback).
/// </summary>
public sealed record CellOutput(
    string Kind,
    string? Name = null,
    string? Text = null,
    IReadOnlyDictionary<string, string>? Data = null,
    string? ErrorName = null,
    string? ErrorValue = null,
    IReadOnlyList<string>? Traceback = null)
{
    public static CellOutput Stream(string name, string text) =>
        new("stream", Name: name, Text: text);

    public static CellOutput Display(IReadOnlyDictionary<string, string> data) =>
        new("display_data", Data: data);

    public static CellOutput Result(IReadOnlyDictionary<string, string> data) =>
        new("execute_result", Data: data);

    public static CellOutput Error(string name, string value, params string[] traceback) =>
        new("error", ErrorName: name, ErrorValue: value, Traceback: traceback);

    public bool IsError => Kind == "error";

    /// <summary>The size this output adds to a notebook, used by the output caps.</summary>
    public int Size => (Text?.Length ?? 0) + (Data?.Values.Sum(v => v.Length) ?? 0) +
        (ErrorValue?.Length ?? 0);

    /// <summary>The text a person reads first: stream text, text/plain, or "Name: value" for an
    /// error.</summary>
    public string Summary => Kind switch
    {
        "stream" => Text ?? "",
        "error" => $"{ErrorName}: {ErrorValue}",
        _ => Data is not null && Data.TryGetValue("text/plain", out var plain) ? plain
            : Data?.Values.FirstOrDefault() ?? "",
    };
}
