using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Strip;

/// <summary>`nbrun strip` as a user runs it: in place, --check, bad files among good ones, bad arguments.</summary>
public sealed class StripCommandTests
{
    private static string Folder(params string[] fixtures)
    {
        var folder = Nbrun.TempFolder();
        foreach (var fixture in fixtures) File.Copy(Path.Combine(StripFixtures.Folder, fixture), Path.Combine(folder, fixture));
        return folder;
    }

    [Fact]
    public void Check_fails_on_the_VS_Code_notebook_names_it_and_writes_nothing()
    {
        var folder = Folder("vscode-run.ipynb", "vscode-run.clean.ipynb");
        var result = Nbrun.Run(folder, "strip", "--check", ".");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("has outputs: vscode-run.ipynb (4 outputs, 5 execution counts)", result.Output);
        Assert.DoesNotContain("vscode-run.clean.ipynb", result.Output);
        Assert.Contains("1 of 2 notebooks have outputs", result.Output);
        Assert.Equal(StripFixtures.Bytes("vscode-run.ipynb"), File.ReadAllBytes(Path.Combine(folder, "vscode-run.ipynb")));
    }

    [Fact]
    public void Strip_rewrites_in_place_and_a_second_run_leaves_the_file_alone()
    {
        var folder = Folder("vscode-run.ipynb", "jupyter-run-crlf.ipynb");
        var first = Nbrun.Run(folder, "strip", ".");
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        Assert.Contains("stripped 2 of 2 notebooks", first.Output);
        Assert.Equal(StripFixtures.Bytes("vscode-run.clean.ipynb"), File.ReadAllBytes(Path.Combine(folder, "vscode-run.ipynb")));
        Assert.Equal(StripFixtures.Bytes("jupyter-run-crlf.clean.ipynb"), File.ReadAllBytes(Path.Combine(folder, "jupyter-run-crlf.ipynb")));

        var written = File.GetLastWriteTimeUtc(Path.Combine(folder, "vscode-run.ipynb"));
        var second = Nbrun.Run(folder, "strip", ".");
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("no outputs found in 2 notebooks", second.Output);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(folder, "vscode-run.ipynb")));
        Assert.Equal(0, Nbrun.Run(folder, "strip", "--check", ".").ExitCode);
    }

    [Fact]
    public void A_broken_notebook_is_named_left_as_it_was_and_does_not_stop_the_others()
    {
        var folder = Folder("vscode-run.ipynb");
        var broken = Path.Combine(folder, "conflict.ipynb");
        File.WriteAllText(broken, "{\n<<<<<<< HEAD\n \"cells\": []\n=======\n");
        var result = Nbrun.Run(folder, "strip", ".");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nbrun: conflict.ipynb is not valid JSON (line 2", result.Error);
        Assert.Contains("1 of 2 notebooks could not be read", result.Error);
        Assert.Equal("{\n<<<<<<< HEAD\n \"cells\": []\n=======\n", File.ReadAllText(broken));
        Assert.Equal(StripFixtures.Bytes("vscode-run.clean.ipynb"), File.ReadAllBytes(Path.Combine(folder, "vscode-run.ipynb")));
    }

    [Fact]
    public void The_repository_notebooks_are_stored_without_outputs()
    {
        var result = Nbrun.Run(Shell.RepositoryRoot, "strip", "--check", "notebooks");
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Matches(@"no outputs found in \d+ notebooks", result.Output);
    }

    [Theory]
    [InlineData(new[] { "strip" }, "give the notebooks or folders to strip")]
    [InlineData(new[] { "strip", "--staged", "." }, "--staged reads what git has staged")]
    [InlineData(new[] { "strip", "missing.ipynb" }, "notebook file not found")]
    public void Bad_arguments_exit_2_and_say_what_to_do(string[] arguments, string message)
    {
        var result = Nbrun.Run(Folder(), arguments);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error);
    }
}
