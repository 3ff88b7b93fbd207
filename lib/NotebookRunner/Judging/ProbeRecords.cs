using System.Text.Json;
using System.Text.Json.Nodes;

namespace NotebookRunner.Judging;

/// <summary>One recorded Check call: the method and its recorded arguments, still as
/// JSON.</summary>
public sealed record RecordedCall(string Method, IReadOnlyList<JsonNode?> Arguments);

/// <summary>
/// The calls a probe cell recorded, read from the text the cell returned
/// ({"calls":[{"method":…,"arguments":[…]}],"count":n}). The text may come from a student's
/// process: anything but that exact shape is a <see cref="InvalidDataException"/>.
/// </summary>
public static class ProbeRecords
{
    public static IReadOnlyList<RecordedCall> Parse(string text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (Exception error) when (error is JsonException or ArgumentException)
        {
            // ArgumentException: text that is not valid UTF-16 (a lone surrogate) cannot even be
            // read as JSON.
            throw new InvalidDataException($"the recorded values are not JSON ({error.Message}).");
        }
        if (root is not JsonObject { } json || json["calls"] is not JsonArray calls
            || json["count"] is not JsonValue count
            || !count.TryGetValue(out int n) || n != calls.Count)
            throw new InvalidDataException("the recorded values do not have the grader's shape.");
        return calls.Select(node => node is JsonObject call && call["method"] is JsonValue method
            && method.TryGetValue(out string? name)
                && call["arguments"] is JsonArray arguments
                ? new RecordedCall(name, arguments.ToList())
                : throw new InvalidDataException(
                    "a recorded call does not have the grader's shape.")).ToList();
    }
}
