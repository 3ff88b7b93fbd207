namespace CellKernel;

/// <summary>What running one cell gave: its outputs in order, and whether it ran to the
/// end.</summary>
/// <param name="Outputs">Console text, displayed values, the last expression's value, or the
/// error.</param>
/// <param name="Succeeded">False after a compile error or an exception.</param>
/// <param name="Milliseconds">Compile and run time of the cell.</param>
public sealed record CellRun(IReadOnlyList<CellOutput> Outputs, bool Succeeded,
    double Milliseconds);
