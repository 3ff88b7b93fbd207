using System.Text.Json.Nodes;
using NotebookRunner.Tests.Support;
using static NotebookRunner.Tests.Support.Nbrun;

namespace NotebookRunner.Tests;

/// <summary>
/// Exceptions, compile errors, an F# cell and a dying kernel, as the kernel reports them (an "Error" output with its
/// message, as VS Code shows it); the run's summary names the file, the cell and, where the trace allows, the line.
/// </summary>
[Collection(MainRunCollection.Name)]
public sealed class RunErrorTests(MainRun run)
{
    private static JsonObject Error(JsonObject notebook, int cell) =>
        (JsonObject)Outputs(notebook, cell).Single(o => (string?)o!["output_type"] == "error")!;

    [Fact]
    public void An_exception_is_the_kernels_message_and_later_cells_do_not_run()
    {
        var notebook = run.Executed("03-exception.ipynb");
        var error = Error(notebook, 3);
        Assert.Equal("Error", (string?)error["ename"]);
        Assert.StartsWith("System.ArgumentOutOfRangeException: Index was out of range.", (string?)error["evalue"]);
        Assert.Empty(Outputs(notebook, 4));
        Assert.Null((int?)notebook["cells"]![3]!["execution_count"]);
    }

    [Fact]
    public void A_compile_error_names_the_line_and_column_inside_the_cell()
    {
        var error = Error(run.Executed("04-compile-error.ipynb"), 1);
        Assert.Equal("Error", (string?)error["ename"]);
        Assert.Equal("(2,19): error CS0103: The name 'undefinedName' does not exist in the current context", (string?)error["evalue"]);
    }

    [Fact]
    public void An_fsharp_cell_runs_on_the_fsharp_kernel()
    {
        var notebook = run.Executed("05-fsharp.ipynb");
        Assert.Empty(Outputs(notebook, 2));
        Assert.Equal(2, (int?)notebook["cells"]![1]!["execution_count"]);
    }

    [Fact]
    public void Environment_exit_in_a_cell_is_reported_as_that_cells_error()
    {
        var notebook = run.Executed("06-exit.ipynb");
        Assert.Equal("bye\n", Text(Outputs(notebook, 1)[0]!["text"]));
        var error = Error(notebook, 2);
        Assert.Equal("KernelExited", (string?)error["ename"]);
        Assert.Equal("the kernel exited with code 3 during cell 2", (string?)error["evalue"]);
    }

    [Fact]
    public void The_run_exits_1_and_the_summary_names_each_failure_by_file_and_cell()
    {
        Assert.Equal(1, run.Result.ExitCode);
        Assert.Contains("4 of 7 notebooks ran clean, 3 failed", run.Result.Output);
        Assert.Matches(@"FAILED 03-exception\.ipynb \([0-9.]+ s\): cell 3, line 3: Error: System\.ArgumentOutOfRangeException", run.Result.Output);
        Assert.Matches(@"FAILED 04-compile-error\.ipynb \([0-9.]+ s\): cell 1: Error: \(2,19\): error CS0103", run.Result.Output);
        Assert.Contains("index: " + Path.Combine(run.Output, "site", "index.html"), run.Result.Output);
    }
}
