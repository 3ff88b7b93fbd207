namespace NotebookRunner.Execution;

/// <summary>
/// Limits the parent enforces on a worker. CellTimeout stops an endless loop; NotebookTimeout bounds the whole run;
/// the output caps truncate with a note; MemoryLimitBytes becomes DOTNET_GCHeapHardLimit on the worker (0: none).
/// </summary>
public sealed record ExecutionLimits(
    TimeSpan CellTimeout,
    TimeSpan? NotebookTimeout = null,
    int MaxOutputCharsPerCell = 1_000_000,
    int MaxOutputCharsPerNotebook = 10_000_000,
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
