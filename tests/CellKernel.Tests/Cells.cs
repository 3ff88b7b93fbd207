using CellKernel;

namespace CellKernel.Tests;

/// <summary>A fresh kernel state with the course library loaded, as the page makes one.</summary>
internal static class Cells
{
    public static Submissions Fresh() => new(References.ForCourse());

    /// <summary>Runs the cells in order and returns the last cell's run.</summary>
    public static async Task<CellRun> RunAsync(params string[] cells)
    {
        var kernel = Fresh();
        CellRun? last = null;
        foreach (var cell in cells)
            last = await kernel.RunAsync(cell);
        return last!;
    }
}
