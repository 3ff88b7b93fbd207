using System.Text;
using NotebookRunner.Execution;

namespace NotebookRunner.Worker;

/// <summary>
/// Gathers one cell's outputs in the order they happen: console text becomes stream outputs (consecutive writes to
/// the same stream merge), display(...) and the cell's result become display data. Past MaxChars it truncates with a note.
/// </summary>
public sealed class OutputCollector
{
    private readonly object gate = new();
    private readonly List<CellOutput> outputs = [];
    private readonly StringBuilder pending = new();
    private string? pendingName;
    private int chars;
    private bool truncated;

    public int MaxChars { get; private set; } = int.MaxValue;

    public void Begin(int maxChars)
    {
        lock (gate)
        {
            outputs.Clear();
            pending.Clear();
            pendingName = null;
            chars = 0;
            truncated = false;
            MaxChars = maxChars;
        }
    }

    public void Write(string name, string text)
    {
        lock (gate)
        {
            if (pendingName != name) FlushStream();
            pendingName = name;
            pending.Append(Take(text));
        }
    }

    public void Add(CellOutput output)
    {
        lock (gate)
        {
            FlushStream();
            if (output.IsError || Reserve(output.Size)) outputs.Add(output);
        }
    }

    public IReadOnlyList<CellOutput> End()
    {
        lock (gate)
        {
            FlushStream();
            if (truncated) outputs.Add(CellOutput.Stream("stderr", $"[output truncated: this cell wrote more than {MaxChars} characters]\n"));
            return outputs.ToArray();
        }
    }

    private string Take(string text)
    {
        var room = Math.Max(0, MaxChars - chars);
        if (text.Length > room) truncated = true;
        var kept = text.Length > room ? text[..room] : text;
        chars += kept.Length;
        return kept;
    }

    private bool Reserve(int size)
    {
        if (chars + size > MaxChars)
        {
            truncated = true;
            return false;
        }
        chars += size;
        return true;
    }

    private void FlushStream()
    {
        if (pendingName is not null && pending.Length > 0) outputs.Add(CellOutput.Stream(pendingName, pending.ToString()));
        pending.Clear();
        pendingName = null;
    }
}

/// <summary>A Console.Out / Console.Error replacement that sends text to the collector as one stream.</summary>
public sealed class StreamCapture(OutputCollector collector, string name) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => collector.Write(name, value.ToString());

    public override void Write(string? value)
    {
        if (!string.IsNullOrEmpty(value)) collector.Write(name, value);
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));
}
