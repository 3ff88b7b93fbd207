namespace NotebookRunner.Kernel;

/// <summary>
/// What nbrun keeps of one command's events. Past a cap the kernel's lines are still read, so the
/// kernel never blocks on a full pipe and the command still ends, but they are dropped (most
/// without being parsed) and the cell's outputs end with a note saying what was cut. Chars bounds
/// the text of stdout, stderr, errors and displayed values together; ResultChars the value the cell
/// returns (a grading probe's recorded values), apart, so that printing cannot crowd it out;
/// Outputs the number of displayed values and of returned ones (a display in a loop); LineBytes the
/// longest line read from the kernel beyond the echo of the command every event carries (its code
/// included), so a longer line is skipped unread.
/// </summary>
public sealed record OutputCaps(int Chars, int ResultChars, int Outputs, int LineBytes)
{
    /// <summary>Enough for a warm-up or a one-line command whose output nobody reads.</summary>
    public static OutputCaps Small { get; } = new(64 << 10, 64 << 10, 100, 1 << 20);
}
