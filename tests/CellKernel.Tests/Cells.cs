using CellKernel;

namespace CellKernel.Tests;

/// <summary>A fresh kernel state with the course library loaded, as the page makes one.</summary>
internal static class Cells
{
    public static Submissions Fresh() => new(References.For(
    [
        typeof(NeuralNetworks.Activations.Activation).Assembly,
        typeof(MathNet.Numerics.LinearAlgebra.Matrix<double>).Assembly,
        typeof(Kernel).Assembly,
        typeof(Microsoft.DotNet.Interactive.Formatting.Formatter).Assembly,
        typeof(Microsoft.AspNetCore.Html.IHtmlContent).Assembly,
    ]));

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
