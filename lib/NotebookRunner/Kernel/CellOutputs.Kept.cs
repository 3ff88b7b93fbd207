using System.Text;
using Microsoft.DotNet.Interactive.Events;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Kernel;

/// <summary>
/// What is kept of the outputs, within the caps: a stream's writes go into one StringBuilder
/// (linear in the text, however many writes; merging by concatenation made 200,000 printed lines
/// cost the grader 163 s) and are cut at the cap; a display past the count or the characters is
/// dropped, an update frees the characters of what it replaces; a returned value counts against its
/// own cap and is dropped whole when over it, its size kept for the message.
/// </summary>
public sealed partial class CellOutputs
{
    private readonly List<CellOutput> outputs = [];
    private readonly Dictionary<string, int> byValueId = new(StringComparer.Ordinal);
    private readonly StringBuilder stream = new();
    private string? streamName;
    private long chars, resultChars;
    private int displays, results;

    private void AddStream(string name, string text)
    {
        if (streamName != name) FlushStream();
        streamName = name;
        var kept = (int)Math.Min(text.Length, Math.Max(0, caps.Chars - chars));
        stream.Append(text, 0, kept);
        chars += kept;
        if (kept < text.Length) dropped++;
    }

    private void AddDisplay(DisplayEvent display)
    {
        var data = Data(display);
        var size = Size(data);
        if (displays >= caps.Outputs || chars + size > caps.Chars) { dropped++; return; }
        FlushStream();
        if (display.ValueId is { } valueId) byValueId[valueId] = outputs.Count;
        outputs.Add(CellOutput.Display(data));
        displays++;
        chars += size;
    }

    private void Replace(int index, Dictionary<string, string> data)
    {
        var size = Size(data) - outputs[index].Size;
        if (chars + size > caps.Chars) { dropped++; return; }
        outputs[index] = outputs[index] with { Data = data };
        chars += size;
    }

    private void AddResult(Dictionary<string, string> data)
    {
        var size = Size(data);
        if (results >= caps.Outputs || resultChars +
            size > caps.ResultChars) { droppedResult = Math.Max(droppedResult, size); return; }
        FlushStream();
        outputs.Add(CellOutput.Result(data));
        results++;
        resultChars += size;
    }

    /// <summary>A note of nbrun's own, on stderr: after the cell's own stderr text, past the
    /// cap.</summary>
    private void Note(string text)
    {
        if (streamName != "stderr") FlushStream();
        streamName = "stderr";
        stream.Append(text).Append('\n');
    }

    private void FlushStream()
    {
        if (streamName is not null) outputs.Add(CellOutput.Stream(streamName, stream.ToString()));
        stream.Clear();
        streamName = null;
    }

    private static long Size(Dictionary<string, string> data) =>
        data.Values.Sum(v => (long)v.Length);
}
