using Microsoft.DotNet.Interactive.Events;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Kernel;

/// <summary>
/// Turns a command's kernel events into nbformat outputs the way the kernel's own Jupyter front end does
/// (Microsoft.DotNet.Interactive.Jupyter's ExecuteRequestHandler): a displayed value is display_data with every mime type
/// the kernel formatted, a return value is execute_result, stdout and stderr are streams (consecutive writes to one stream
/// merged into one output, as VS Code shows them), and a value updated later (`DisplayedValue.Update`) replaces the output it
/// updates, as in VS Code. A failed command ends with an error output carrying the kernel's message, as VS Code shows it.
/// </summary>
public static class CellOutputs
{
    public static List<CellOutput> From(KernelReply reply)
    {
        var outputs = new List<CellOutput>();
        var byValueId = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var kernelEvent in reply.Events)
        {
            switch (kernelEvent)
            {
                case StandardOutputValueProduced stdout:
                    AddStream(outputs, "stdout", PlainText(stdout));
                    break;
                case StandardErrorValueProduced stderr:
                    AddStream(outputs, "stderr", PlainText(stderr));
                    break;
                case ErrorProduced error:
                    AddStream(outputs, "stderr", error.Message ?? "");
                    break;
                case DisplayedValueUpdated updated when updated.ValueId is { } id && byValueId.TryGetValue(id, out var index):
                    outputs[index] = outputs[index] with { Data = Data(updated) };
                    break;
                case ReturnValueProduced result:
                    outputs.Add(CellOutput.Result(Data(result)));
                    break;
                case DisplayEvent display when display is DisplayedValueProduced or DisplayedValueUpdated:
                    if (display.ValueId is { } valueId) byValueId[valueId] = outputs.Count;
                    outputs.Add(CellOutput.Display(Data(display)));
                    break;
            }
        }
        if (reply.Truncated) AddStream(outputs, "stderr", "[nbrun: output cap reached; later output of this cell was dropped]\n");
        if (reply.Completion == KernelCompletion.Failed) outputs.Add(CellOutput.Error("Error", reply.FailureMessage ?? "the cell failed"));
        return outputs;
    }

    private static Dictionary<string, string> Data(DisplayEvent display) =>
        display.FormattedValues.Where(v => !v.SuppressDisplay && v.MimeType is not null)
            .GroupBy(v => v.MimeType).ToDictionary(g => g.Key, g => g.Last().Value ?? "", StringComparer.Ordinal);

    private static string PlainText(DisplayEvent display) =>
        display.FormattedValues.FirstOrDefault(v => v.MimeType == "text/plain")?.Value ?? display.FormattedValues.FirstOrDefault()?.Value ?? "";

    private static void AddStream(List<CellOutput> outputs, string name, string text)
    {
        if (outputs.Count > 0 && outputs[^1] is { Kind: "stream" } last && last.Name == name)
            outputs[^1] = last with { Text = last.Text + text };
        else
            outputs.Add(CellOutput.Stream(name, text));
    }
}
