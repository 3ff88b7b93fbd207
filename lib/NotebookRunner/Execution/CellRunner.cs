using System.Globalization;
using Microsoft.DotNet.Interactive.Commands;
using NotebookRunner.Kernel;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>Runs one cell's code on a kernel and turns the reply into a <see cref="CellResult"/>
/// with the limits applied.</summary>
public static class CellRunner
{
    public static async Task<CellResult> RunAsync(KernelConnection kernel, int cell,
        string language, string code,
        TimeSpan timeout, OutputCaps caps)
    {
        var reply = await kernel.SubmitAsync(new SubmitCode(code, language), timeout, caps);
        var outputs = reply.Outputs.ToList();
        switch (reply.Completion)
        {
            case KernelCompletion.TimedOut:
                var seconds = timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
                outputs.Add(CellOutput.Error("TimeoutError",
                    $"cell {cell} timed out after {seconds} s and its kernel was stopped; raise " +
                    "--timeout if it needs longer."));
                return new CellResult(cell, CellStatus.TimedOut, outputs,
                    reply.Elapsed)
                { Cut = reply.Cut };
            case KernelCompletion.Exited:
                var detail = kernel.StandardError is { Length: > 0 } text
                    ? $" ({text.Split('\n')[^1].Trim()})" : "";
                outputs.Add(CellOutput.Error("KernelExited",
                    $"the kernel exited with code {kernel.ExitCode()} during cell {cell}{detail}"));
                return new CellResult(cell, CellStatus.KernelExited, outputs,
                    reply.Elapsed)
                { Cut = reply.Cut };
            default:
                return new CellResult(cell, reply.Succeeded ? CellStatus.Ok : CellStatus.Error,
                    outputs, reply.Elapsed)
                { Cut = reply.Cut };
        }
    }
}
