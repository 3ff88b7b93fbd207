namespace NotebookRunner.Notebooks;

/// <summary>The stripped bytes and what was removed: the outputs and the execution counts (set to
/// null).</summary>
public sealed record StrippedNotebook(byte[] Bytes, int Outputs, int ExecutionCounts)
{
    public bool Changed => Outputs + ExecutionCounts > 0;
}
