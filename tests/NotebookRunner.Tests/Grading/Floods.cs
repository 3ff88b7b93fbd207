using System.Text.Json.Nodes;
using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// The submissions of <see cref="FloodTests"/> (homework 02): each floods one stream from the sandbox to the grader, beside
/// functions that are correct, and one honest neighbour. The stdout flood never stops: a thread prints 1,000-character
/// lines while the checks run, until the grader stops the kernel. Points are what the functions earn: all of them where the output
/// is merely cut, and 7 for the one whose Sigmoid and SigmoidDerivative return values too large to read at two inputs.
/// </summary>
public static class Floods
{
    public sealed record Outcome(int Points, string? Says = null);

    public static readonly Dictionary<string, Outcome> Expected = new()
    {
        ["honest"] = new(10),
        ["prints-200k"] = new(10),
        ["stdout-flood"] = new(10),
        ["stderr-without-newline"] = new(10),
        ["forged-events"] = new(10),
        ["huge-probe-value"] = new(7, "too large for the grader to read"),
    };

    public static IEnumerable<(string Name, JsonObject Document)> Make(Assignment a)
    {
        JsonObject Solved() => SubmissionVariants.Solved(a);
        yield return ("honest", Solved());
        yield return ("prints-200k", Edited(Solved(), "double Sigmoid(", cell => cell + """

            for (int i = 0; i < 200_000; i++) Console.WriteLine($"line {i} of a loop that prints too much");
            """));
        yield return ("stdout-flood", CourseCopy.WithCellBeforeChecks(Solved(), """
            var line = new string('y', 1000);
            new System.Threading.Thread(() => { while (true) Console.WriteLine(line); }) { IsBackground = true }.Start();
            """));
        yield return ("stderr-without-newline", CourseCopy.WithCellBeforeChecks(Solved(), """
            var stderr = Console.OpenStandardError();
            var block = new byte[1 << 20];
            Array.Fill(block, (byte)'e');
            for (int i = 0; i < 400; i++) stderr.Write(block);
            stderr.Flush();
            """));
        yield return ("forged-events", CourseCopy.WithCellBeforeChecks(Solved(), ForgedEvents));
        var huge = Edited(Solved(), "double Sigmoid(", cell => cell.Replace("double Sigmoid(double u)", "object Sigmoid(double u)", StringComparison.Ordinal)
            .Replace("return 1.0 / (1.0 + Math.Exp(-u));", "if (u == 800) return new object?[1_000_000];\n    return 1.0 / (1.0 + Math.Exp(-u));", StringComparison.Ordinal));
        yield return ("huge-probe-value", Edited(huge, "double SigmoidDerivative(", cell => cell
            .Replace("double SigmoidDerivative(double u)", "object SigmoidDerivative(double u)", StringComparison.Ordinal)
            .Replace("double s = 1.0", "if (u == -6) return new string('d', 1_500_000);\n    double s = 1.0", StringComparison.Ordinal)));
    }

    /// <summary>
    /// About 1 GB of event envelopes written to the kernel's raw stdout, for a command that is not the grader's: 800 with a
    /// 1 MiB value, 200,000 small ones, and two lines longer than any the grader reads.
    /// </summary>
    private const string ForgedEvents = """
        var raw = Console.OpenStandardOutput();
        byte[] Forged(string value) => System.Text.Encoding.UTF8.GetBytes(
            "{\"event\":{\"formattedValues\":[{\"mimeType\":\"text/plain\",\"value\":\"" + value + "\",\"suppressDisplay\":false}],\"valueId\":null},"
            + "\"eventType\":\"StandardOutputValueProduced\",\"command\":{\"token\":\"forged\",\"commandType\":\"SubmitCode\","
            + "\"command\":{\"code\":\"\",\"targetKernelName\":\"csharp\"},\"routingSlip\":[]},\"routingSlip\":[]}\n");
        var large = Forged(new string('f', 1 << 20));
        for (int i = 0; i < 800; i++) raw.Write(large);
        var small = Forged("Points 10/10");
        for (int i = 0; i < 200_000; i++) raw.Write(small);
        var overlong = Forged(new string('o', 64 << 20));
        raw.Write(overlong);
        raw.Write(overlong);
        raw.Flush();
        """;

    /// <summary>The document with the source of its first cell containing <paramref name="marker"/> changed.</summary>
    private static JsonObject Edited(JsonObject document, string marker, Func<string, string> change)
    {
        var cell = ((JsonArray)document["cells"]!).First(c => NotebookReader.Source(c!["source"]).Contains(marker, StringComparison.Ordinal))!;
        cell["source"] = NotebookWriter.Lines(change(NotebookReader.Source(cell["source"])));
        return document;
    }
}
