using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Lessons;

/// <summary>
/// A cell that reads a clock prints something that differs from run to run, so it must say so in its first line
/// (<see cref="OutputComparison.VariesMarker"/>); otherwise the comparisons of two runs would fail on it, or a number
/// the prose quotes from it would be true on one machine only.
/// </summary>
public sealed class MachineDependentCellTests
{
    private static readonly string[] Clocks = ["Stopwatch", "DateTime.Now", "DateTime.UtcNow", "Environment.TickCount"];

    [Fact]
    public void Every_cell_that_reads_a_clock_is_marked_as_varying_with_the_machine()
    {
        var unmarked = new List<string>();
        var marked = 0;
        foreach (var file in NotebookFinder.Find([CourseRun.Notebooks]))
        {
            var cells = NotebookReader.Read(file.FullPath).Cells;
            for (var i = 0; i < cells.Count; i++)
            {
                if (cells[i].CellType != "code" || !Clocks.Any(clock => cells[i].Source.Contains(clock, StringComparison.Ordinal))) continue;
                if (cells[i].Source.TrimStart().StartsWith(OutputComparison.VariesMarker, StringComparison.Ordinal)) marked++;
                else unmarked.Add($"{file.RelativePath} cell {i + 1}");
            }
        }
        Assert.True(unmarked.Count == 0, "cells that read a clock without the marker:\n" + string.Join("\n", unmarked));
        Assert.True(marked > 0, "no marked cell found: the lessons time backpropagation in lesson 08");
    }
}
