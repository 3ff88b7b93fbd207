namespace NotebookRunner.Notebooks;

/// <summary>
/// What the output caps left out of one cell's outputs: outputs dropped (or text cut) past the
/// cell's caps, the size in characters of a returned value dropped for being over its own cap (the
/// largest, when several were), and lines from the kernel longer than the line cap, skipped unread.
/// A grader reads <see cref="MayHaveLostResult"/> to tell "the value was too large" from "no value
/// came back".
/// </summary>
public sealed record OutputCut(int DroppedOutputs = 0, long DroppedResultChars = 0,
    int OverlongLines = 0)
{
    public static OutputCut None { get; } = new();

    /// <summary>True when the cell's returned value was dropped, or may have been one of the lines
    /// skipped unread.</summary>
    public bool MayHaveLostResult => DroppedResultChars > 0 || OverlongLines > 0;
}
