namespace NotebookRunner.Notebooks;

/// <summary>A problem with a notebook file (missing, not JSON, not nbformat 4) or with what the user asked; the message names the file.</summary>
public sealed class NotebookException(string message, int exitCode = 1) : Exception(message)
{
    /// <summary>1: a notebook failed; 2: bad arguments.</summary>
    public int ExitCode { get; } = exitCode;
}
