using NotebookRunner.Execution;

namespace NotebookRunner.Worker;

/// <summary>
/// The globals every cell sees, as in the Polyglot C# kernel: display(value, mimeTypes...) shows a value now,
/// HTML(text) makes a value that displays as text/html.
/// </summary>
public sealed class ScriptGlobals(OutputCollector collector)
{
#pragma warning disable IDE1006 // the kernel's names are lower case
    public DisplayedValue display(object? value, params string[] mimeTypes)
    {
        collector.Add(CellOutput.Display(ValueFormatter.Format(value, mimeTypes)));
        return new DisplayedValue(value);
    }
#pragma warning restore IDE1006

    public HtmlString HTML(string html) => new(html);
}

/// <summary>What display(...) returns; it shows nothing itself when it is a cell's last expression.</summary>
public sealed record DisplayedValue(object? Value);

/// <summary>Text that is HTML: displays as text/html.</summary>
public sealed record HtmlString(string Html)
{
    public override string ToString() => Html;
}
