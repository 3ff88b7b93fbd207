using System.Text.Json.Nodes;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.Support;

/// <summary>An nbformat output read back from an executed notebook as the runner's <see cref="CellOutput"/>.</summary>
public static class ExecutedOutput
{
    public static CellOutput From(JsonObject output) => (string?)output["output_type"] switch
    {
        "stream" => CellOutput.Stream((string?)output["name"] ?? "stdout", NotebookReader.Source(output["text"])),
        "error" => CellOutput.Error((string?)output["ename"] ?? "", (string?)output["evalue"] ?? ""),
        "execute_result" => CellOutput.Result(Data(output)),
        _ => CellOutput.Display(Data(output)),
    };

    /// <summary>Text mime types are strings or lists of lines; a JSON mime type (application/…+json) is the JSON itself.</summary>
    private static Dictionary<string, string> Data(JsonObject output) =>
        (output["data"] as JsonObject ?? []).ToDictionary(p => p.Key, p => p.Value is JsonObject json ? json.ToJsonString() : NotebookReader.Source(p.Value));
}
