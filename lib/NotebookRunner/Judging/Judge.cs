using System.Reflection;
using System.Text.Json.Nodes;
using GradingProbe;
using NeuralNetworks.Homework;
using static NeuralNetworks.Languages.Language;
using NotebookRunner.Assignments;

namespace NotebookRunner.Judging;

/// <summary>
/// Decides a check in nbrun's own process, never in the student's: each Check call the reference
/// run recorded is evaluated again with the student's recorded values in place of its "actual"
/// arguments, by the same NeuralNetworks.Homework.Check method a student sees in their notebook.
/// Check.Equal compares the recorded values themselves. A student's value of the wrong kind,
/// missing, extra or malformed fails the check with a sentence, never the grader. Its sentences,
/// like the Check methods', are in the language the grader decides in (<c>Language.In</c>, the
/// assignment's).
/// </summary>
public static class Judge
{
    public static string? Failure(IReadOnlyList<RecordedCall> reference,
        IReadOnlyList<RecordedCall> student)
    {
        if (student.Count != reference.Count)
            return Pick($"the check made {reference.Count} comparisons but your code's run " +
                $"recorded {student.Count}.",
                $"チェックは{reference.Count}回比べますが、自分のコードの実行で記録されたのは{student.Count}回でした。");
        for (var i = 0; i < reference.Count; i++)
        {
            if (student[i].Method != reference[i].Method)
                return Pick($"comparison {i + 1} of the check ran as {student[i].Method}, not " +
                    $"{reference[i].Method}.",
                    $"チェックの{i + 1}番目の比較が {reference[i].Method} ではなく {student[i].Method} " +
                    "として実行されました。");
            if (Evaluate(reference[i], student[i].Arguments) is { } failure) return failure;
        }
        return null;
    }

    /// <summary>The failure of one call with <paramref name="actual"/> as its actual arguments (the
    /// reference's own ones checks the source).</summary>
    public static string? Evaluate(RecordedCall call, IReadOnlyList<JsonNode?> actual)
    {
        var method = CheckMethods.Find(call.Method, call.Arguments.Count)
            ?? throw new InvalidDataException(
                $"the reference recorded Check.{call.Method} with {call.Arguments.Count} " +
                "arguments, which does not exist.");
        var parameters = method.GetParameters();
        var isActual = parameters.Select(CheckMethods.IsActual).ToArray();
        if (actual.Count != isActual.Count(a => a))
            return Pick($"{call.Method} expected {isActual.Count(a => a)} values from your code " +
                $"but got {actual.Count}.",
                $"{call.Method} は自分のコードから{isActual.Count(a => a)}個の値を受け取るはずですが、" +
                $"{actual.Count}個でした。");
        var nodes = new JsonNode?[parameters.Length];
        for (int p = 0, a = 0; p < parameters.Length; p++)
            nodes[p] = isActual[p] ? actual[a++] : call.Arguments[p];
        var label = nodes.Zip(parameters).FirstOrDefault(x => x.Second.Name == "what")
            .First is { } node ? Decode(node) as string : null;
        var what = label is null ? Pick("the check", "チェック") : Words(label);
        if (call.Method == nameof(Check.Equal)) return EqualFailure(nodes[0], nodes[1], what);
        try
        {
            var converted = parameters.Select((p, i) =>
                Convert(Decode(nodes[i]), p.ParameterType, isActual[i], what)).ToList();
            if (converted.FirstOrDefault(c => c.Failure is not null).Failure is { } wrongKind)
                return wrongKind;
            method.Invoke(null, converted.Select(c => c.Value).ToArray());
            return null;
        }
        catch (TargetInvocationException error)
            when (error.InnerException is CheckFailedException failed)
        {
            return failed.Message;
        }
        catch (TargetInvocationException error)
        {
            return $"{what}: {error.InnerException?.Message ?? error.Message}";
        }
        catch (Exception error)
            when (error is InvalidDataException or ArgumentException or InvalidOperationException)
        {
            return $"{what}: {error.Message}";
        }
    }

    private static object? Decode(JsonNode? node) => ProbeValue.Decode(node);

    private static (object? Value, string? Failure) Convert(object? value, Type type,
        bool fromStudent, string what)
    {
        if (type == typeof(double) && value is double or long)
            return (
                System.Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
                null);
        if (value is null && !type.IsValueType) return (null, null);
        if (value is not null && type.IsInstanceOfType(value)) return (value, null);
        var source = fromStudent ? "your code gave" : "the check recorded";
        return (null, Pick($"{what}: expected {Kind(type)} but {source} {Describe(value)}.",
            $"{what}：期待値は{KindJa(type)}ですが、" +
            $"{(fromStudent ? "自分のコードが返したのは" : "チェックが記録したのは")}{DescribeJa(value)}でした。"));
    }

    private static string? EqualFailure(JsonNode? expected, JsonNode? actual, string what) =>
        JsonNode.DeepEquals(expected, actual) ? null
            : Pick($"{what}: expected {Show(expected)} but got {Show(actual)}.",
                $"{what}：期待値は{Show(expected)}ですが、{Show(actual)}でした。");

    private static string Show(JsonNode? node)
    {
        try
        {
            return Decode(node) switch
            {
                null => "null",
                string text => $"\"{text}\"",
                object?[] tuple => "(" +
                string.Join(", ", tuple.Select(t => t?.ToString() ?? "null")) + ")",
                var value => System.Convert.ToString(value,
                    System.Globalization.CultureInfo.InvariantCulture) ?? "?",
            };
        }
        catch (InvalidDataException)
        {
            return Pick("a value the grader cannot read", "採点プログラムが読めない値");
        }
    }

    private static string Kind(Type type) =>
        type == typeof(double) ? "a number"
            : $"a {type.Name.Replace("`1", "", StringComparison.Ordinal)}";

    private static string KindJa(Type type) =>
        type == typeof(double) ? "数値"
        : $"{type.Name.Replace("`1", "", StringComparison.Ordinal)}型の値";

    private static string DescribeJa(object? value) => value switch
    {
        null => "null",
        double or long => "数値",
        _ => $"{value.GetType().Name.Replace("`1", "", StringComparison.Ordinal)}型の値",
    };

    private static string Describe(object? value) => value switch
    {
        null => "null",
        double or long => "a number",
        _ => $"a {value.GetType().Name.Replace("`1", "", StringComparison.Ordinal)}",
    };
}
