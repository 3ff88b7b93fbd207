using System.Text.Json.Nodes;
using NotebookRunner.Tests.Support;
using static NotebookRunner.Tests.Support.Nbrun;

namespace NotebookRunner.Tests;

/// <summary>Runs Fixtures/kernel and Fixtures/allow-errors once, with --allow-errors.</summary>
public sealed class KernelRun
{
    public KernelRun()
    {
        Output = Path.Combine(TempFolder(), "out");
        Result = Run(Fixtures, "run", Path.Combine(Fixtures, "kernel"), Path.Combine(Fixtures, "allow-errors"), "--out", Output, "--allow-errors", "--html");
    }

    public string Output { get; }

    public Nbrun.Result Result { get; }

    public JsonArray Outputs(string notebook, int cell) => Nbrun.Outputs(Read(Path.Combine(Output, "notebooks", notebook)), cell);
}

/// <summary>
/// What the kernel shows that an imitation would not: each fixture cell's output is the exact output of the final
/// .NET Interactive kernel (1.0.712001), as VS Code shows it.
/// </summary>
public sealed class KernelOutputTests(KernelRun run) : IClassFixture<KernelRun>
{
    private string Html(int cell, int output = 0) => Text(run.Outputs("divergences.ipynb", cell)[output]!["data"]!["text/html"]);

    [Fact]
    public void An_object_is_an_expandable_tree_with_a_row_per_property()
    {
        Assert.StartsWith("<details open=\"open\" class=\"dni-treeview\"><summary><span class=\"dni-code-hint\"><code>Point { X = 3, Y = 4 }</code></span></summary>"
            + "<div><table><thead><tr></tr></thead><tbody><tr><td>X</td><td><div class=\"dni-plaintext\"><pre>3</pre></div></td></tr>"
            + "<tr><td>Y</td><td><div class=\"dni-plaintext\"><pre>4</pre></div></td></tr></tbody></table></div></details><style>", Html(2));
    }

    [Fact]
    public void A_dictionary_is_a_key_value_table()
    {
        Assert.StartsWith("<table><thead><tr><th><i>key</i></th><th>value</th></tr></thead><tbody>"
            + "<tr><td><div class=\"dni-plaintext\"><pre>one</pre></div></td><td><div class=\"dni-plaintext\"><pre>1</pre></div></td></tr>"
            + "<tr><td><div class=\"dni-plaintext\"><pre>two</pre></div></td><td><div class=\"dni-plaintext\"><pre>2</pre></div></td></tr></tbody></table><style>", Html(3));
    }

    [Fact]
    public void Display_and_DisplayTable_show_a_value_and_a_table_with_csv()
    {
        var outputs = run.Outputs("divergences.ipynb", 4);
        Assert.Equal(2, outputs.Count);
        Assert.Equal("shown", Text(outputs[0]!["data"]!["text/plain"]));
        var table = outputs[1]!["data"]!.AsObject();
        Assert.StartsWith("<table><thead><tr><td><span>X</span></td><td><span>Y</span></td></tr></thead>", Text(table["text/html"]));
        Assert.Equal("X,Y\n1,2\n5,6\n", Text(table["text/csv"]));
    }

    [Fact]
    public void An_update_comes_with_a_new_value_id_so_it_shows_below_the_first_value_as_in_VS_Code()
    {
        var outputs = run.Outputs("divergences.ipynb", 5);
        Assert.Equal(["first", "second"], outputs.Select(o => Text(o!["data"]!["text/plain"])));
        Assert.All(outputs, o => Assert.Equal("display_data", (string?)o!["output_type"]));
    }

    [Fact]
    public void A_registered_formatter_is_used()
    {
        Assert.Equal("<i>Point at (7, 8)</i>", Html(6));
    }

    [Fact]
    public void The_time_magic_prints_the_wall_time()
    {
        var text = Text(run.Outputs("divergences.ipynb", 7).Single()!["data"]!["text/plain"]);
        Assert.Matches(@"^Wall time: [0-9.]+ms$", text);
    }

    [Fact]
    public void Html_cells_display_their_html_and_markdown_code_cells_are_not_run()
    {
        Assert.Equal("<b>an HTML cell</b>", Html(8));
        Assert.Empty(run.Outputs("divergences.ipynb", 9));
    }

    [Fact]
    public void Fsharp_cells_and_the_fsharp_magic_run_on_the_fsharp_kernel()
    {
        Assert.Contains("<code>[ 1, 4, 9 ]</code>", Html(10));
        Assert.Equal("from F# by magic\n", Text(run.Outputs("divergences.ipynb", 11).Single()!["text"]));
    }

    [Fact]
    public void With_allow_errors_the_cells_after_a_failure_run_and_the_notebook_still_counts_as_failed()
    {
        Assert.Equal("before\n", Text(run.Outputs("errors.ipynb", 1).Single()!["text"]));
        var error = run.Outputs("errors.ipynb", 2).Single()!;
        Assert.StartsWith("System.InvalidOperationException: planned failure", (string?)error["evalue"]);
        Assert.Equal("after the failure\n", Text(run.Outputs("errors.ipynb", 3).Single()!["text"]));
        Assert.Equal(1, run.Result.ExitCode);
        Assert.Contains("1 of 2 notebooks ran clean, 1 failed", run.Result.Output);
    }
}
