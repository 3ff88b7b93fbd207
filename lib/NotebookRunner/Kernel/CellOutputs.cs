using System.Globalization;
using Microsoft.DotNet.Interactive.Events;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Kernel;

/// <summary>
/// Turns a command's kernel events into nbformat outputs the way the kernel's own Jupyter front end
/// does (Microsoft.DotNet.Interactive.Jupyter's ExecuteRequestHandler): a displayed value is
/// display_data with every mime type the kernel formatted, a return value is execute_result, stdout
/// and stderr are streams (consecutive writes to one stream merged into one output, as VS Code
/// shows them), and a value updated later (`DisplayedValue.Update`) replaces the output it updates,
/// as in VS Code. A failed command ends with an error output carrying the kernel's message, as VS
/// Code shows it. Outputs are built as the events arrive, within <see cref="OutputCaps"/>
/// (CellOutputs.Kept.cs), and <see cref="Wants"/> tells the connection which events are no longer
/// worth parsing. What was dropped is counted and noted at the end.
/// </summary>
public sealed partial class CellOutputs(OutputCaps caps)
{
    private readonly OutputCaps caps = caps;
    private int dropped, overlong;
    private long droppedResult;

    /// <summary>Whether an event of this type (its protocol name) would be kept: false for other
    /// events and once its cap is reached.</summary>
    public bool Wants(string eventType) => eventType switch
    {
        nameof(StandardOutputValueProduced) or nameof(StandardErrorValueProduced)
            or nameof(ErrorProduced) => chars < caps.Chars,
        nameof(DisplayedValueProduced) => chars < caps.Chars && displays < caps.Outputs,
        nameof(DisplayedValueUpdated) => chars < caps.Chars,
        nameof(ReturnValueProduced) => resultChars < caps.ResultChars && results < caps.Outputs,
        _ => false,
    };

    /// <summary>Counts an event that was not parsed because <see cref="Wants"/> said no: an output,
    /// if it was one.</summary>
    public void Skipped(string eventType)
    {
        if (eventType is nameof(StandardOutputValueProduced) or nameof(StandardErrorValueProduced)
            or nameof(ErrorProduced)
            or nameof(DisplayedValueProduced) or nameof(DisplayedValueUpdated)
                or nameof(ReturnValueProduced))
            dropped++;
    }

    /// <summary>Counts a line from the kernel longer than the line cap, skipped unread.</summary>
    public void Overlong() => overlong++;

    public void Add(KernelEvent kernelEvent)
    {
        switch (kernelEvent)
        {
            case StandardOutputValueProduced stdout:
                AddStream("stdout", PlainText(stdout));
                break;
            case StandardErrorValueProduced stderr:
                AddStream("stderr", PlainText(stderr));
                break;
            case ErrorProduced error:
                AddStream("stderr", error.Message ?? "");
                break;
            case DisplayedValueUpdated updated when updated.ValueId is { } id
                && byValueId.TryGetValue(id, out var index):
                Replace(index, Data(updated));
                break;
            case ReturnValueProduced result:
                AddResult(Data(result));
                break;
            case DisplayEvent display when display is DisplayedValueProduced
                or DisplayedValueUpdated:
                AddDisplay(display);
                break;
        }
    }

    /// <summary>The outputs, a note for anything cut, and the error of a failed command (its
    /// message cut to the cap).</summary>
    public KernelReply Reply(KernelCompletion completion, string? failure, TimeSpan elapsed)
    {
        if (dropped > 0)
            Note($"[nbrun: output cap reached ({N(caps.Chars)} characters, {N(caps.Outputs)} " +
                $"displayed values); {N(dropped)} later outputs of this cell were dropped or cut]");
        if (droppedResult > 0)
            Note($"[nbrun: the cell's value has {N(droppedResult)} characters, over the cap of " +
                $"{N(caps.ResultChars)}; it was dropped]");
        if (overlong > 0)
            Note($"[nbrun: {N(overlong)} lines from the kernel were longer than " +
                $"{N(caps.LineBytes)} bytes and were dropped unread]");
        FlushStream();
        if (completion == KernelCompletion.Failed)
        {
            var message = failure ?? "the cell failed";
            outputs.Add(CellOutput.Error("Error", message.Length > caps.Chars
                ? message[..caps.Chars] : message));
        }
        return new KernelReply(completion, outputs, new OutputCut(dropped, droppedResult, overlong),
            elapsed);
    }

    private static Dictionary<string, string> Data(DisplayEvent display) =>
        display.FormattedValues.Where(v => !v.SuppressDisplay && v.MimeType is not null)
            .GroupBy(v => v.MimeType)
            .ToDictionary(g => g.Key, g => g.Last().Value ?? "", StringComparer.Ordinal);

    private static string PlainText(DisplayEvent display) =>
        display.FormattedValues.FirstOrDefault(v => v.MimeType == "text/plain")?.Value
            ?? display.FormattedValues.FirstOrDefault()?.Value ?? "";

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
