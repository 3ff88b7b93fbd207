using System.Text.Json.Nodes;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Execution;

/// <summary>One notebook's line in the summary: its run and executed copy, or the error that
/// stopped it from running.</summary>
public sealed record NotebookOutcome(NotebookFile File, NotebookRun? Run, JsonObject? Executed,
    string? Error, TimeSpan Elapsed)
{
    public bool Succeeded => Error is null && Run is { Succeeded: true };

    public int Cells => Run?.CellsRun ?? 0;

    public string Result => Error ?? Run?.Summary ?? "not run";

    public string Title =>
        Run?.Notebook.Title ?? Path.GetFileNameWithoutExtension(File.RelativePath);
}
