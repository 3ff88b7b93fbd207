using System.Diagnostics;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using NotebookRunner.Kernel;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests;

/// <summary>
/// How a command's events become bounded outputs: many writes merge in time linear in the text, text past the cap is cut
/// with a note, a returned value has a cap of its own (printing cannot crowd it out, and an oversized one is dropped and
/// measured), displays past the count cap are dropped, and an update frees the characters of what it replaces.
/// </summary>
public sealed class CellOutputsTests
{
    private static readonly SubmitCode Command = new("x", "csharp");

    private static FormattedValue[] Plain(string text) => [new FormattedValue("text/plain", text)];

    private static StandardOutputValueProduced Print(string text) => new(Command, Plain(text));

    private static void Add(CellOutputs outputs, KernelEvent kernelEvent, string type)
    {
        if (outputs.Wants(type)) outputs.Add(kernelEvent);
        else outputs.Skipped(type);
    }

    [Fact]
    public void Two_hundred_thousand_writes_merge_into_one_output_in_linear_time()
    {
        var outputs = new CellOutputs(new OutputCaps(64_000_000, 1000, 100, 1 << 20));
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 200_000; i++) Add(outputs, Print($"line {i} of a loop that prints too much\n"), nameof(StandardOutputValueProduced));
        var reply = outputs.Reply(KernelCompletion.Succeeded, null, TimeSpan.Zero);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"merging 200,000 writes took {clock.Elapsed.TotalSeconds:0.0} s");
        var text = Assert.Single(reply.Outputs).Text!;
        Assert.StartsWith("line 0 of", text);
        Assert.EndsWith("line 199999 of a loop that prints too much\n", text);
        Assert.Equal(OutputCut.None, reply.Cut);
    }

    [Fact]
    public void Text_past_the_cap_is_cut_with_a_note_and_the_returned_value_still_comes_through()
    {
        var outputs = new CellOutputs(new OutputCaps(1000, 100, 100, 1 << 20));
        for (var i = 0; i < 10_000; i++) Add(outputs, Print(new string('p', 30) + "\n"), nameof(StandardOutputValueProduced));
        Add(outputs, new ReturnValueProduced("42", Command, Plain("42")), nameof(ReturnValueProduced));
        var reply = outputs.Reply(KernelCompletion.Succeeded, null, TimeSpan.Zero);
        Assert.Equal(1000, reply.Outputs[0].Text!.Length);
        Assert.Equal("42", reply.Outputs[1].Data!["text/plain"]);
        Assert.Contains("output cap reached", reply.Outputs[2].Text);
        Assert.True(reply.Cut.DroppedOutputs > 9000, $"{reply.Cut.DroppedOutputs} dropped");
        Assert.False(reply.Cut.MayHaveLostResult);
    }

    [Fact]
    public void A_returned_value_over_its_cap_is_dropped_and_its_size_kept()
    {
        var outputs = new CellOutputs(new OutputCaps(1000, 100, 100, 1 << 20));
        Add(outputs, new ReturnValueProduced("big", Command, Plain(new string('r', 5000))), nameof(ReturnValueProduced));
        var reply = outputs.Reply(KernelCompletion.Succeeded, null, TimeSpan.Zero);
        Assert.DoesNotContain(reply.Outputs, o => o.Kind == "execute_result");
        Assert.Equal(5000, reply.Cut.DroppedResultChars);
        Assert.True(reply.Cut.MayHaveLostResult);
        Assert.Contains("the cell's value has 5,000 characters, over the cap of 100", Assert.Single(reply.Outputs).Text);
    }

    [Fact]
    public void Displays_past_the_count_cap_are_dropped_and_an_update_frees_what_it_replaces()
    {
        var outputs = new CellOutputs(new OutputCaps(100, 100, 3, 1 << 20));
        Add(outputs, new DisplayedValueProduced("v", Command, Plain(new string('a', 60)), "chart"), nameof(DisplayedValueProduced));
        for (var i = 0; i < 5; i++)
            Add(outputs, new DisplayedValueUpdated("v", "chart", Command, Plain(new string('b', 60))), nameof(DisplayedValueUpdated));
        for (var i = 0; i < 10; i++) Add(outputs, new DisplayedValueProduced(i, Command, Plain("d")), nameof(DisplayedValueProduced));
        var reply = outputs.Reply(KernelCompletion.Succeeded, null, TimeSpan.Zero);
        var displays = reply.Outputs.Where(o => o.Kind == "display_data").ToList();
        Assert.Equal(3, displays.Count);
        Assert.Equal(new string('b', 60), displays[0].Data!["text/plain"]);
        Assert.Equal(8, reply.Cut.DroppedOutputs);
    }

    [Fact]
    public void A_failure_message_is_cut_to_the_cap()
    {
        var reply = new CellOutputs(new OutputCaps(50, 50, 10, 1 << 20)).Reply(KernelCompletion.Failed, new string('e', 10_000), TimeSpan.Zero);
        Assert.Equal(50, Assert.Single(reply.Outputs).ErrorValue!.Length);
    }
}
