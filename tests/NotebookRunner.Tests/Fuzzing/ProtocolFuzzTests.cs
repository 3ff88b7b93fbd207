using System.Text;
using System.Text.Json.Nodes;
using GradingProbe;
using MathNet.Numerics.LinearAlgebra;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using NotebookRunner.Judging;
using NotebookRunner.Kernel;

namespace NotebookRunner.Tests.Fuzzing;

/// <summary>
/// What a sandboxed kernel sends back, damaged or forged: its stdout (event envelopes with fields dropped, retyped, cut,
/// nested, lines without end, raw bytes) through the <see cref="KernelReader"/>, and a probe's returned text through
/// <see cref="ProbeRecords"/> and the <see cref="Judge"/>. The reader must read to the end and keep no more events than
/// lines; the judge must answer with a verdict or refuse with InvalidDataException, never throw anything else or hang.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class ProtocolFuzzTests
{
    private static readonly SubmitCode Command = new("1 + 1", "csharp");

    private static readonly string[] Envelopes =
    [
        KernelEventEnvelope.Serialize(new StandardOutputValueProduced(Command, [new FormattedValue("text/plain", "hello\n")])),
        KernelEventEnvelope.Serialize(new ReturnValueProduced(2, Command, [new FormattedValue("text/plain", "2")])),
        KernelEventEnvelope.Serialize(new DisplayedValueProduced("x", Command, [new FormattedValue("text/html", "<b>x</b>")], "id-1")),
        KernelEventEnvelope.Serialize(new CommandFailed("boom", Command)),
        KernelEventEnvelope.Serialize(new CommandSucceeded(Command)),
    ];

    [Fact]
    public void The_kernel_reader_reads_any_damaged_stdout_to_its_end()
    {
        int cases = 0;
        foreach (var (_, seed) in FuzzCases.Seeds(1))
        {
            var random = new Random(seed);
            var lines = Enumerable.Range(0, 1 + random.Next(30)).Select(_ => Damage(Envelopes[random.Next(Envelopes.Length)], random)).ToList();
            var bytes = Encoding.UTF8.GetBytes(string.Join(random.Next(3) == 0 ? "\r\n" : "\n", lines));
            var failure = FuzzCases.Within(TimeSpan.FromSeconds(10), () => ReadAll(bytes), out int events);
            Assert.True(failure is null, $"seed {seed}: {failure}");
            Assert.True(events <= lines.Count, $"seed {seed}: {events} events from {lines.Count} lines");
            Interlocked.Increment(ref cases);
        }
        Console.WriteLine($"fuzz: {cases} damaged kernel streams read to their end");
    }

    [Fact]
    public void A_damaged_probe_record_gets_a_verdict_or_a_refusal()
    {
        int numbers = 0;
        var reference = new List<RecordedCall>
        {
            new("Close", [ProbeValue.Encode(0.5, ref numbers), ProbeValue.Encode(0.5, ref numbers), ProbeValue.Encode(1e-9, ref numbers), ProbeValue.Encode("σ(0)", ref numbers)]),
            new("VectorsClose", [ProbeValue.Encode(Vector<double>.Build.Dense([1.0, 2.0]), ref numbers),
                ProbeValue.Encode(Vector<double>.Build.Dense([1.0, 2.0]), ref numbers), ProbeValue.Encode(1e-9, ref numbers), ProbeValue.Encode("v", ref numbers)]),
        };
        var honest = new JsonObject
        {
            ["calls"] = new JsonArray(reference.Select(c => (JsonNode)new JsonObject
            {
                ["method"] = c.Method, ["arguments"] = new JsonArray(c.Arguments.Where((_, i) => i == 1).Select(a => a!.DeepClone()).ToArray()),
            }).ToArray()),
            ["count"] = reference.Count,
        }.ToJsonString();
        Assert.Null(Judge.Failure(reference, ProbeRecords.Parse(honest)));
        int cases = 0, refused = 0, failed = 0;
        foreach (var (_, seed) in FuzzCases.Seeds(1))
        {
            var text = Damage(honest, new Random(seed));
            var failure = FuzzCases.Within(TimeSpan.FromSeconds(10), () => Verdict(reference, text), out string? verdict);
            Assert.True(failure is null, $"seed {seed}: {failure}\n{text[..Math.Min(text.Length, 400)]}");
            Interlocked.Increment(ref cases);
            if (verdict == "refused") Interlocked.Increment(ref refused);
            else if (verdict is not null) Interlocked.Increment(ref failed);
        }
        Console.WriteLine($"fuzz: {cases} damaged probe records: {refused} refused, {failed} failed the check, {cases - refused - failed} passed");
    }

    private static string? Verdict(IReadOnlyList<RecordedCall> reference, string text)
    {
        try { return Judge.Failure(reference, ProbeRecords.Parse(text)); }
        catch (InvalidDataException) { return "refused"; }
    }

    /// <summary>Reads every line as the grader does (a bounded line, then the envelope's header); counts the envelopes.</summary>
    private static int ReadAll(byte[] bytes)
    {
        var reader = new KernelReader(new MemoryStream(bytes));
        var count = 0;
        while (reader.ReadLineAsync(4096, CancellationToken.None).AsTask().GetAwaiter().GetResult() is { } line)
            if (line.Bytes is { } read && EnvelopeHeader.Read(read.Span) is not null) count++;
        Assert.True(reader.Ended);
        return count;
    }

    /// <summary>A JSON text damaged the way a forger or a broken pipe would: cut, characters changed, fields renamed, retyped, nested.</summary>
    private static string Damage(string json, Random random)
    {
        return random.Next(9) switch
        {
            0 => json[..random.Next(json.Length)],
            1 => Replace(json, random, "\"", ""),
            2 => Replace(json, random, ":", ":[[[[[[[[[["),
            3 => Replace(json, random, "\"text/plain\"", "\"application/x-evil\""),
            4 => Replace(json, random, "StandardOutputValueProduced", Pick(random, "CommandSucceeded", "KernelReady", "Nope", "")),
            5 => Replace(json, random, "1", Pick(random, "1e999", "-1", "99999999999999999999", "null", "\"1\"", "{}")),
            6 => new string('[', 5000) + json,
            7 => string.Concat(json.Select(c => random.Next(40) == 0 ? (char)random.Next(0, 0xFFFF) : c)),
            _ => json + Pick(random, "\0", "\u001b[2J", new string('x', 10_000), "{\"calls\":[],\"count\":0}"),
        };
    }

    private static string Replace(string text, Random random, string what, string with)
    {
        var at = text.IndexOf(what, random.Next(Math.Max(1, text.Length / 2)), StringComparison.Ordinal);
        if (at < 0) at = text.IndexOf(what, StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + with + text[(at + what.Length)..];
    }

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];
}
