using System.Text.Json.Nodes;
using NotebookRunner.Tests.Support;
using static NotebookRunner.Tests.Support.Nbrun;

namespace NotebookRunner.Tests;

/// <summary>
/// The exact outputs the .NET Interactive kernel gives for the display, result, console, reference and #load fixtures, as
/// VS Code shows them: values as the kernel's HTML (with its stylesheet), strings as text, streams in order.
/// </summary>
[Collection(MainRunCollection.Name)]
public sealed class RunOutputTests(MainRun run)
{
    private static JsonObject Single(JsonArray outputs, int index = 0) => (JsonObject)outputs[index]!;

    [Fact]
    public void Display_writes_html_and_text_as_display_data()
    {
        var outputs = Outputs(run.Executed("01-display.ipynb"), 2);
        Assert.Equal(2, outputs.Count);
        Assert.Equal("display_data", (string?)Single(outputs)["output_type"]);
        Assert.Equal("<b>bold</b>", Text(Single(outputs)["data"]!["text/html"]));
        Assert.Equal("plain text", Text(Single(outputs, 1)["data"]!["text/plain"]));
    }

    [Fact]
    public void The_last_expression_is_the_result_and_a_semicolon_means_none()
    {
        var notebook = run.Executed("01-display.ipynb");
        var result = Single(Outputs(notebook, 3));
        Assert.Equal("execute_result", (string?)result["output_type"]);
        KernelHtml.AssertPlain("42", result["data"]!["text/html"]);
        Assert.Equal((int?)notebook["cells"]![2]!["execution_count"], (int?)result["execution_count"]);
        Assert.Empty(Outputs(notebook, 4));
        KernelHtml.AssertPlain("[ 1, 2, 3 ]", Single(Outputs(notebook, 6))["data"]!["text/html"]);
        KernelHtml.AssertPlain("&lt;null&gt;", Single(Outputs(notebook, 7))["data"]!["text/html"]);
        Assert.Equal("void last\n", Text(Single(Outputs(notebook, 8))["text"]));
        Assert.Single(Outputs(notebook, 8));
    }

    [Fact]
    public void Console_out_and_error_become_streams_in_order()
    {
        var outputs = Outputs(run.Executed("01-display.ipynb"), 5);
        Assert.Equal(3, outputs.Count);
        Assert.Equal(("stdout", "to stdout\n"), ((string?)outputs[0]!["name"], Text(outputs[0]!["text"])));
        Assert.Equal(("stderr", "to stderr\n"), ((string?)outputs[1]!["name"], Text(outputs[1]!["text"])));
        Assert.Equal(("stdout", "1.5"), ((string?)outputs[2]!["name"], Text(outputs[2]!["text"])));
    }

    [Fact]
    public void A_relative_dll_is_referenced_and_its_own_formatters_and_dependency_are_used()
    {
        var notebook = run.Executed("02-reference.ipynb");
        var badge = Single(Outputs(notebook, 2))["data"]!.AsObject();
        Assert.Equal(["text/html"], badge.Select(p => p.Key));
        Assert.Equal("<span class=\"badge\">ok</span>", Text(badge["text/html"]));
        Assert.Equal("Hello, ok!", Text(Single(Outputs(notebook, 3))["data"]!["text/plain"]));
    }

    [Fact]
    public void A_csx_file_is_loaded_relative_to_the_notebook()
    {
        KernelHtml.AssertPlain("42", Single(Outputs(run.Executed("02-reference.ipynb"), 4))["data"]!["text/html"]);
    }

    [Fact]
    public void The_source_folder_is_byte_identical_after_the_run()
    {
        Assert.Equal(run.HashBefore, run.HashAfter);
    }

    [Fact]
    public void Outputs_are_written_without_temp_files_left_behind()
    {
        var files = Directory.EnumerateFiles(run.Output, "*", SearchOption.AllDirectories).ToList();
        Assert.DoesNotContain(files, f => f.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.Equal(7, Directory.EnumerateFiles(Path.Combine(run.Output, "notebooks"), "*.ipynb").Count());
    }

    [Fact]
    public void Metadata_is_kept_and_every_code_cell_that_ran_has_an_execution_count()
    {
        var notebook = run.Executed("01-display.ipynb");
        var source = Read(Path.Combine(run.Source, "01-display.ipynb"));
        Assert.True(JsonNode.DeepEquals(source["metadata"], notebook["metadata"]));
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], notebook["cells"]!.AsArray().Skip(1).Select(c => (int?)c!["execution_count"]));
    }
}
