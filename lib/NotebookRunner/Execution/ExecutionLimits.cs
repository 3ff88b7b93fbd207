namespace NotebookRunner.Execution;

/// <summary>
/// Limits nbrun enforces on a kernel. CellTimeout stops an endless loop; NotebookTimeout bounds the whole run; the output
/// caps truncate with a note (an animated chart is about 2 MB: its HTML and its plotly JSON); MemoryLimitBytes is a graded
/// kernel's GC heap (DOTNET_GCHeapHardLimit; 0: none).
/// </summary>
public sealed record ExecutionLimits(
    TimeSpan CellTimeout,
    TimeSpan? NotebookTimeout = null,
    int MaxOutputCharsPerCell = 16_000_000,
    int MaxOutputCharsPerNotebook = 64_000_000,
    long MemoryLimitBytes = 0)
{
    /// <summary>How long the worker may take to start and warm up the compiler before the first cell.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(90);

    public static ExecutionLimits Default { get; } = new(TimeSpan.FromSeconds(120));

    public static ExecutionLimits WithTimeoutSeconds(double seconds)
    {
        if (!(seconds > 0) || double.IsInfinity(seconds))
        {
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds,
                $"The timeout is {seconds} s: give a positive number of seconds, e.g. --timeout 120.");
        }
        return Default with { CellTimeout = TimeSpan.FromSeconds(seconds) };
    }
}
