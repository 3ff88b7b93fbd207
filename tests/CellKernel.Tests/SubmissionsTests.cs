namespace CellKernel.Tests;

/// <summary>
/// Cells run as the kernel runs them: state carries from cell to cell, the last expression is the result, and errors
/// read as the kernel writes them (the expected texts are what .NET Interactive 1.0.712001 wrote for the same cells).
/// </summary>
public sealed class SubmissionsTests
{
    [Fact]
    public async Task Variables_records_and_usings_carry_from_cell_to_cell()
    {
        var run = await Cells.RunAsync("var a = 20;", "using System.Text;\nrecord P(int X);", "new P(a + 1).X + new StringBuilder(\"x\").Length");

        Assert.True(run.Succeeded);
        var result = Assert.Single(run.Outputs);
        Assert.Equal("execute_result", result.OutputType);
        Assert.StartsWith("<div class=\"dni-plaintext\"><pre>22</pre></div>", result.Data!["text/html"]);
    }

    [Fact]
    public async Task A_string_result_is_plain_text_and_a_cell_ending_in_a_statement_has_no_result()
    {
        var text = await Cells.RunAsync("\"text\"");
        var statement = await Cells.RunAsync("var x = 1;\nConsole.WriteLine(x)");

        Assert.Equal("text", Assert.Single(text.Outputs).Data!["text/plain"]);
        Assert.Equal(["stream"], statement.Outputs.Select(o => o.OutputType));
        Assert.Equal("1\n", statement.Outputs[0].Text);
    }

    [Fact]
    public async Task Console_text_and_displayed_values_keep_their_order()
    {
        var run = await Cells.RunAsync("Console.Write(\"a\");\ndisplay(3.5);\nConsole.Write(\"b\");\nConsole.Write(\"c\");\n42");

        Assert.Equal(["stream", "display_data", "stream", "execute_result"], run.Outputs.Select(o => o.OutputType));
        Assert.Equal("bc", run.Outputs[2].Text);
        Assert.StartsWith("<div class=\"dni-plaintext\"><pre>3.5</pre></div>", run.Outputs[1].Data!["text/html"]);
    }

    [Fact]
    public async Task A_compile_error_names_line_and_column_and_the_next_cell_still_runs()
    {
        var kernel = Cells.Fresh();
        var broken = await kernel.RunAsync("int a = 1;\nConsole.WriteLine(a)\nvar b = ;");
        var next = await kernel.RunAsync("var a = 2;\na");

        Assert.False(broken.Succeeded);
        var error = Assert.Single(broken.Outputs);
        Assert.Equal("(2,21): error CS1002: ; expected\n(3,9): error CS1525: Invalid expression term ';'", error.ErrorValue);
        Assert.True(next.Succeeded);
    }

    [Fact]
    public async Task An_exception_reads_as_the_kernel_gives_it_and_what_ran_before_it_stays()
    {
        var kernel = Cells.Fresh();
        var thrown = await kernel.RunAsync("var before = 7;\nthrow new InvalidOperationException(\"boom\");");
        var after = await kernel.RunAsync("before * 2");

        Assert.False(thrown.Succeeded);
        Assert.StartsWith("System.InvalidOperationException: boom\n", Assert.Single(thrown.Outputs).ErrorValue!.ReplaceLineEndings("\n"));
        Assert.StartsWith("<div class=\"dni-plaintext\"><pre>14</pre></div>", after.Outputs.Single().Data!["text/html"]);
    }

    [Fact]
    public async Task The_course_library_is_there_and_its_reference_lines_are_accepted_silently()
    {
        var run = await Cells.RunAsync(
            "#r \"../lib/NeuralNetworks/bin/Debug/net8.0/MathNet.Numerics.dll\"\n"
            + "#r \"../lib/NeuralNetworks/bin/Debug/net8.0/NeuralNetworks.dll\"\n"
            + "using NeuralNetworks.Activations;\nConsole.WriteLine(Activation.Sigmoid.Apply(2).ToString(\"F4\"));");

        Assert.True(run.Succeeded);
        Assert.Equal("0.8808\n", Assert.Single(run.Outputs).Text);
    }

    [Fact]
    public async Task A_chart_shows_as_the_figure_and_its_html()
    {
        var run = await Cells.RunAsync("using NeuralNetworks.Charts;\nChart.Function(x => x * x, -1, 1, \"x²\")");

        var data = Assert.Single(run.Outputs).Data!;
        Assert.Contains("application/vnd.plotly.v1+json", data.Keys);
        Assert.Contains("nn-plot-", data["text/html"]);
    }

    [Fact]
    public async Task Time_reports_the_wall_time_and_other_directives_get_a_line_naming_them()
    {
        var timed = await Cells.RunAsync("#!time\nConsole.Write(1);");
        var nuget = await Cells.RunAsync("#r \"nuget: Plotly.NET, 6.0.0\"\n1 + 1");
        var magic = await Cells.RunAsync("#!who\n1");

        Assert.Equal("1", timed.Outputs[0].Text);
        Assert.Matches(@"^Wall time: [0-9.]+ms$", timed.Outputs[1].Data!["text/plain"]);
        Assert.Equal("#r \"nuget: Plotly.NET, 6.0.0\": the browser cannot load NuGet packages; run this notebook in VS Code or Jupyter.\n", nuget.Outputs[0].Text);
        Assert.Equal("stderr", nuget.Outputs[0].Name);
        Assert.StartsWith("#!who: the browser cannot run this directive", magic.Outputs[0].Text);
    }

    [Fact]
    public async Task Html_is_shown_as_written()
    {
        var run = await Cells.RunAsync("HTML(\"<b>x</b>\")");

        Assert.Equal("<b>x</b>", Assert.Single(run.Outputs).Data!["text/html"]);
    }

    [Fact]
    public async Task A_lessons_first_cell_of_comments_references_and_usings_runs_and_shows_nothing()
    {
        var kernel = Cells.Fresh();
        var run = await kernel.RunAsync(
            "// Loads the course library. Missing? Run `dotnet build` in the repository root first.\n"
            + "#r \"../lib/NeuralNetworks/bin/Debug/net8.0/MathNet.Numerics.dll\"\n"
            + "#r \"../lib/NeuralNetworks/bin/Debug/net8.0/NeuralNetworks.dll\"\n"
            + "using MathNet.Numerics.LinearAlgebra;\nusing NeuralNetworks.Charts;\nusing NeuralNetworks.Exercises;");

        var declared = await kernel.RunAsync("var ones = Vector<double>.Build.Dense(2, 1.0);");
        var used = await kernel.RunAsync("using System.Text;");
        var sum = await kernel.RunAsync("new StringBuilder().Append(ones.Sum()).ToString()");

        Assert.True(run.Succeeded, string.Join("\n", run.Outputs.Select(o => o.ErrorValue)));
        Assert.Empty(run.Outputs);
        Assert.True(declared.Succeeded && used.Succeeded);
        Assert.Equal("2", Assert.Single(sum.Outputs).Data!["text/plain"]);
    }

    [Fact]
    public async Task A_frame_function_given_to_animate_runs_per_step_without_compiling_and_a_fresh_state_forgets_it()
    {
        var kernel = Cells.Fresh();
        var before = kernel.Step(1);
        await kernel.RunAsync("int taken = 0;\nanimate(steps => { taken += steps; return taken; });");
        var first = kernel.Step(3);
        var second = kernel.Step(2);
        var fresh = Cells.Fresh().Step(1);

        Assert.False(before.Succeeded);
        Assert.StartsWith("Nothing to animate", Assert.Single(before.Outputs).ErrorValue);
        Assert.StartsWith("<div class=\"dni-plaintext\"><pre>3</pre></div>", Assert.Single(first.Outputs).Data!["text/html"]);
        Assert.StartsWith("<div class=\"dni-plaintext\"><pre>5</pre></div>", Assert.Single(second.Outputs).Data!["text/html"]);
        Assert.False(fresh.Succeeded);
    }
}
