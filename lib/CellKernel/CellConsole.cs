using System.Text;

namespace CellKernel;

/// <summary>
/// The console while a cell runs: what the cell writes joins the cell's outputs as a stream,
/// continuing the last output when that is the same stream, so text and displayed values stay in
/// the order the cell made them.
/// </summary>
internal sealed class CellConsole(List<CellOutput> outputs, string name) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return;
        lock (outputs)
        {
            if (outputs.Count > 0 && outputs[^1] is { OutputType: "stream" } last
                && last.Name == name)
                outputs[^1] = last with { Text = last.Text + value };
            else
                outputs.Add(CellOutput.Stream(name, value));
        }
    }
}
