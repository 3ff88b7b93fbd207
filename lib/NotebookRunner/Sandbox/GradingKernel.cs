using NotebookRunner.Kernel;

namespace NotebookRunner.Sandbox;

/// <summary>A kernel started for grading, the path its probe cells #r, and its private folder
/// (unisolated runs only).</summary>
public sealed class GradingKernel(KernelConnection connection, string probeReference,
    string? privateFolder) : IDisposable
{
    public KernelConnection Connection { get; } = connection;

    public string ProbeReference { get; } = probeReference;

    public bool ProbeLoaded { get; set; }

    public void Dispose()
    {
        Connection.Dispose();
        if (privateFolder is null) return;
        try { Directory.Delete(privateFolder, recursive: true); }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            /* left for the system's temp cleaning */
        }
    }
}
