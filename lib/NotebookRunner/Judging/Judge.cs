using System.Reflection;
using System.Text.Json.Nodes;
using GradingProbe;
using NeuralNetworks.Homework;
using NotebookRunner.Assignments;

namespace NotebookRunner.Judging;

/// <summary>
/// Decides a check in nbrun's own process, never in the student's: each Check call the reference run recorded is evaluated
/// again with the student's recorded values in place of its "actual" arguments, by the same NeuralNetworks.Homework.Check
/// method a student sees in their notebook. Check.Equal compares the recorded values themselves. A student's value of the
/// wrong kind, missing, extra or malformed fails the check with a sentence, never the grader.
/// </summary>
public static class Judge
{
    public static string? Failure(IReadOnlyList<RecordedCall> reference, IReadOnlyList<RecordedCall> student)
    {
        if (student.Count != reference.Count)
            return $"the check made {reference.Count} comparisons but your code's run recorded {student.Count}.";
        for (var i = 0; i < reference.Count; i++)
        {
            if (student[i].Method != reference[i].Method) return $"comparison {i + 1} of the check ran as {student[i].Method}, not {reference[i].Method}.";
            if (Evaluate(reference[i], student[i].Arguments) is { } failure) return failure;
        }
        return null;
    }

    /// <summary>The failure of one call with <paramref name="actual"/> as its actual arguments (the reference's own ones checks the source).</summary>
    public static string? Evaluate(RecordedCall call, IReadOnlyList<JsonNode?> actual)
    {
        var method = CheckMethods.Find(call.Method, call.Arguments.Count)
            ?? throw new InvalidDataException($"the reference recorded Check.{call.Method} with {call.Arguments.Count} arguments, which does not exist.");
        var parameters = method.GetParameters();
        var isActual = parameters.Select(CheckMethods.IsActual).ToArray();
        if (actual.Count != isActual.Count(a => a)) return $"{call.Method} expected {isActual.Count(a => a)} values from your code but got {actual.Count}.";
        var nodes = new JsonNode?[parameters.Length];
        for (int p = 0, a = 0; p < parameters.Length; p++) nodes[p] = isActual[p] ? actual[a++] : call.Arguments[p];
        var what = nodes.Zip(parameters).FirstOrDefault(x => x.Second.Name == "what").First is { } label ? Decode(label) as string ?? "the check" : "the check";
        if (call.Method == nameof(Check.Equal)) return EqualFailure(nodes[0], nodes[1], what);
        try
        {
            var converted = parameters.Select((p, i) => Convert(Decode(nodes[i]), p.ParameterType, isActual[i], what)).ToList();
            if (converted.FirstOrDefault(c => c.Failure is not null).Failure is { } wrongKind) return wrongKind;
            method.Invoke(null, converted.Select(c => c.Value).ToArray());
            return null;
        }
        catch (TargetInvocationException error) when (error.InnerException is CheckFailedException failed)
        {
            return failed.Message;
        }
        catch (TargetInvocationException error)
        {
            return $"{what}: {error.InnerException?.Message ?? error.Message}";
        }
        catch (Exception error) when (error is InvalidDataException or ArgumentException or InvalidOperationException)
        {
            return $"{what}: {error.Message}";
        }
    }

    private static object? Decode(JsonNode? node) => ProbeValue.Decode(node);

    private static (object? Value, string? Failure) Convert(object? value, Type type, bool fromStudent, string what)
    {
        if (type == typeof(double) && value is double or long) return (System.Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), null);
        if (value is null && !type.IsValueType) return (null, null);
        if (value is not null && type.IsInstanceOfType(value)) return (value, null);
        var source = fromStudent ? "your code gave" : "the check recorded";
        return (null, $"{what}: expected {Kind(type)} but {source} {Describe(value)}.");
    }

    private static string? EqualFailure(JsonNode? expected, JsonNode? actual, string what) =>
        JsonNode.DeepEquals(expected, actual) ? null : $"{what}: expected {Show(expected)} but got {Show(actual)}.";

    private static string Show(JsonNode? node)
    {
        try
        {
            return Decode(node) switch
            {
                null => "null",
                string text => $"\"{text}\"",
                object?[] tuple => "(" + string.Join(", ", tuple.Select(t => t?.ToString() ?? "null")) + ")",
                var value => System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "?",
            };
        }
        catch (InvalidDataException)
        {
            return "a value the grader cannot read";
        }
    }

    private static string Kind(Type type) => type == typeof(double) ? "a number" : $"a {type.Name.Replace("`1", "", StringComparison.Ordinal)}";

    private static string Describe(object? value) => value switch
    {
        null => "null",
        double or long => "a number",
        _ => $"a {value.GetType().Name.Replace("`1", "", StringComparison.Ordinal)}",
    };
}
