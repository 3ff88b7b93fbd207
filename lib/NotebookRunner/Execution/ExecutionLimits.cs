using NotebookRunner.Kernel;

namespace NotebookRunner.Execution;

/// <summary>
/// Limits nbrun enforces on a kernel. CellTimeout stops an endless loop; NotebookTimeout bounds the
/// whole run; the output caps truncate with a note (an animated chart is about 2 MB: its HTML and
/// its plotly JSON); MemoryLimitBytes is a graded kernel's GC heap (DOTNET_GCHeapHardLimit; 0:
/// none). The caps of one cell's output are <see cref="CellCaps"/>.
/// </summary>
public sealed record ExecutionLimits(
    TimeSpan CellTimeout,
    TimeSpan? NotebookTimeout = null,
    int MaxOutputCharsPerCell = 16_000_000,
    int MaxOutputCharsPerNotebook = 64_000_000,
    long MemoryLimitBytes = 0)
{
    /// <summary>How long the worker may take to start and warm up the compiler before the first
    /// cell.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>The longest value a cell may return, apart from its other output (a grading probe's
    /// recorded values are one).</summary>
    public int MaxResultChars { get; init; } = 16_000_000;

    /// <summary>How many displayed values a cell keeps (a display in a loop), and as many returned
    /// ones.</summary>
    public int MaxOutputsPerCell { get; init; } = 10_000;

    /// <summary>The longest line read from the kernel, besides the echo of the cell's code each
    /// event carries.</summary>
    public int MaxLineBytes { get; init; } = 64 << 20;

    public static ExecutionLimits Default { get; } = new(TimeSpan.FromSeconds(120));

    /// <summary>The caps of one cell, within what is left of the notebook's characters.</summary>
    public OutputCaps CellCaps(int notebookCharsLeft = int.MaxValue)
    {
        var left = Math.Max(0, notebookCharsLeft);
        return new OutputCaps(Math.Min(MaxOutputCharsPerCell, left), Math.Min(MaxResultChars, left),
            MaxOutputsPerCell, MaxLineBytes);
    }

    public static ExecutionLimits WithTimeoutSeconds(double seconds)
    {
        if (!(seconds > 0) || double.IsInfinity(seconds))
        {
            throw new ArgumentOutOfRangeException(nameof(seconds), seconds,
                $"The timeout is {seconds} s: give a positive number of seconds, e.g. --timeout " +
                "120.");
        }
        return Default with { CellTimeout = TimeSpan.FromSeconds(seconds) };
    }
}
