using System.Text.Json;
using System.Text.Json.Serialization;
using NotebookRunner.Execution;

namespace NotebookRunner.Worker;

/// <summary>
/// A request from the parent, one JSON line on the worker's stdin.
/// Kind "start": BaseDirectory (the notebook's folder) and NotebookName; Kind "cell": Cell (1-based), Code,
/// MaxOutputChars; Kind "exit". Cells after the notebook's own (a grader's checks) are just more "cell" requests.
/// </summary>
public sealed record WorkerRequest(
    string Kind,
    int Cell = 0,
    string? Code = null,
    string? BaseDirectory = null,
    string? NotebookName = null,
    int MaxOutputChars = 1_000_000);

/// <summary>A reply, one JSON line on the worker's stdout: Kind "ready" after start, "cell" after each cell.</summary>
public sealed record WorkerReply(string Kind, int Cell = 0, bool Ok = true, IReadOnlyList<CellOutput>? Outputs = null);

/// <summary>One JSON shape for both sides of the pipe.</summary>
public static class WorkerJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write<T>(T message) => JsonSerializer.Serialize(message, Options);

    public static T Read<T>(string line) =>
        JsonSerializer.Deserialize<T>(line, Options) ?? throw new InvalidDataException($"The worker message '{line}' is empty.");
}
