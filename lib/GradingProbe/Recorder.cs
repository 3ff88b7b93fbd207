using System.Text.Json.Nodes;

namespace GradingProbe;

/// <summary>
/// What a probe cell records: one entry per Check call the check would make, holding the call's
/// arguments in parameter order (all of them in the instructor's reference run, only the student's
/// values in the student's run). A probe cell is the check cell rewritten by the grader: it starts
/// with <see cref="Begin"/>, calls <see cref="Call"/> where the check called Check.Method, and ends
/// with <see cref="Result"/>, whose JSON text is the cell's return value.
/// </summary>
public static class Recorder
{
    /// <summary>No probe returns more numbers than this (about 32 MB of JSON): a bound on what a
    /// student's code can send.</summary>
    public const int MaxNumbers = 2_000_000;

    private static JsonArray calls = [];
    private static int numbers;

    public static void Begin()
    {
        calls = [];
        numbers = 0;
    }

    public static void Call(string method, params object?[] arguments)
    {
        var encoded = new JsonArray(
            arguments.Select(a => (JsonNode?)ProbeValue.Encode(a, ref numbers)).ToArray());
        if (numbers > MaxNumbers)
            throw new InvalidOperationException(
                $"the values this check compares hold more than {MaxNumbers} numbers.");
        calls.Add(new JsonObject { ["method"] = method, ["arguments"] = encoded });
    }

    public static string Result() =>
        new JsonObject { ["calls"] = calls, ["count"] = calls.Count }.ToJsonString();
}
