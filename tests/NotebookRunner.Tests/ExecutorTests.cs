using NotebookRunner.Execution;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests;

/// <summary>The engine a grader reuses: extra cells in the same state after the notebook's own, and the output caps.</summary>
public sealed class ExecutorTests
{
    private static Notebook After => NotebookReader.Read(Path.Combine(Nbrun.Fixtures, "timeout", "02-after.ipynb"));

    [Fact]
    public async Task Extra_cells_run_after_the_notebook_in_the_same_state()
    {
        var notebook = NotebookReader.FromDocument(Path.Combine(Nbrun.Fixtures, "main", "x.ipynb"), DibFormat.ToDocument("#!csharp\n\nvar answer = 41;\n"));
        var run = await NotebookExecutor.RunAsync(notebook, ExecutionLimits.Default, ["answer + 1"]);
        Assert.True(run.Succeeded, run.Summary);
        Assert.Equal(2, run.Results[^1].Cell);
        Assert.Equal("42", run.Results[^1].Outputs.Single().Data!["text/plain"]);
    }

    [Fact]
    public async Task The_notebook_output_cap_truncates_later_cells()
    {
        var limits = ExecutionLimits.Default with { MaxOutputCharsPerNotebook = 30 };
        var run = await NotebookExecutor.RunAsync(After, limits, ["Console.Write(new string('x', 100));"]);
        var outputs = run.Results[^1].Outputs;
        Assert.Equal(new string('x', 30 - "still running".Length), outputs[0].Text);
        Assert.StartsWith("[output truncated", outputs[1].Text);
    }

    [Fact]
    public async Task A_stack_overflow_is_reported_as_the_worker_exiting_during_that_cell()
    {
        var run = await NotebookExecutor.RunAsync(After, ExecutionLimits.Default, ["int Down(int n) => Down(n + 1) + 1;\nDown(0)"]);
        Assert.Equal(CellStatus.WorkerDied, run.Results[^1].Status);
        Assert.StartsWith("the worker process exited with code ", run.Results[^1].FirstError!.ErrorValue);
        Assert.Contains("during cell 2", run.Results[^1].FirstError!.ErrorValue);
    }
}
