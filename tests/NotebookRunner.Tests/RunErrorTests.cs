using System.Text.Json.Nodes;
using NotebookRunner.Tests.Support;
using static NotebookRunner.Tests.Support.Nbrun;

namespace NotebookRunner.Tests;

/// <summary>Exceptions, compile errors, other languages and a dying worker: each names the cell and where.</summary>
[Collection(MainRunCollection.Name)]
public sealed class RunErrorTests(MainRun run)
{
    private static JsonObject Error(JsonObject notebook, int cell) =>
        (JsonObject)Outputs(notebook, cell).Single(o => (string?)o!["output_type"] == "error")!;

    [Fact]
    public void An_exception_names_its_type_cell_and_line_and_later_cells_do_not_run()
    {
        var notebook = run.Executed("03-exception.ipynb");
        var error = Error(notebook, 3);
        Assert.Equal("System.ArgumentOutOfRangeException", (string?)error["ename"]);
        Assert.StartsWith("cell 3, line 3: Index was out of range.", (string?)error["evalue"]);
        Assert.Empty(Outputs(notebook, 4));
        Assert.Null((int?)notebook["cells"]![3]!["execution_count"]);
    }

    [Fact]
    public void A_compile_error_names_the_line_and_column_inside_the_cell()
    {
        var error = Error(run.Executed("04-compile-error.ipynb"), 1);
        Assert.Equal("CompilationError", (string?)error["ename"]);
        Assert.Equal("cell 1, line 2, column 19: error CS0103: The name 'undefinedName' does not exist in the current context", (string?)error["evalue"]);
    }

    [Fact]
    public void An_fsharp_cell_is_an_error_naming_the_file_cell_and_language()
    {
        var error = Error(run.Executed("05-fsharp.ipynb"), 2);
        Assert.Equal("UnsupportedLanguage", (string?)error["ename"]);
        Assert.StartsWith("05-fsharp.ipynb cell 2 is a F# cell", (string?)error["evalue"]);
    }

    [Fact]
    public void Environment_exit_in_a_cell_is_reported_as_that_cells_error()
    {
        var notebook = run.Executed("06-exit.ipynb");
        Assert.Equal("bye\n", Text(Outputs(notebook, 1)[0]!["text"]));
        var error = Error(notebook, 2);
        Assert.Equal("WorkerExited", (string?)error["ename"]);
        Assert.Equal("the worker process exited with code 3 during cell 2", (string?)error["evalue"]);
    }

    [Fact]
    public void The_run_exits_1_and_the_summary_names_each_failure()
    {
        Assert.Equal(1, run.Result.ExitCode);
        Assert.Contains("3 of 7 notebooks ran clean, 4 failed", run.Result.Output);
        Assert.Contains("index: " + Path.Combine(run.Output, "site", "index.html"), run.Result.Output);
    }
}
