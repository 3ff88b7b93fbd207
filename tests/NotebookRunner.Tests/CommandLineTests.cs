using NotebookRunner.Tests.Support;
using static NotebookRunner.Tests.Support.Nbrun;

namespace NotebookRunner.Tests;

/// <summary>Error paths of the command line: one line naming the file, exit code 1 or 2, nothing written by check.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Malformed_json_fails_naming_the_file()
    {
        var folder = TempFolder();
        var result = Run(folder, "run", Path.Combine(Fixtures, "bad", "malformed.ipynb"), "--out", "out");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(Path.Combine(Fixtures, "bad", "malformed.ipynb") + " is not valid JSON", result.Output);
        Assert.DoesNotContain("   at ", result.Output + result.Error);
    }

    [Fact]
    public void A_missing_file_exits_2_naming_it()
    {
        var folder = TempFolder();
        var result = Run(folder, "run", "nowhere.ipynb");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"nbrun: notebook file not found: {Path.Combine(folder, "nowhere.ipynb")}", result.Error.Trim());
    }

    [Fact]
    public void Bad_arguments_exit_2()
    {
        var result = Run(TempFolder(), "run", "x.ipynb", "--timeout", "soon");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("soon", result.Error);
    }

    [Fact]
    public void A_negative_timeout_names_the_value_and_the_fix()
    {
        var result = Run(TempFolder(), "check", Path.Combine(Fixtures, "timeout", "02-after.ipynb"), "--timeout", "-1");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("nbrun: --timeout is -1 s: give a positive number of seconds, e.g. --timeout 120.", result.Error.Trim());
    }

    [Fact]
    public void Check_writes_nothing_and_reports_success()
    {
        var folder = TempFolder();
        File.Copy(Path.Combine(Fixtures, "timeout", "02-after.ipynb"), Path.Combine(folder, "after.ipynb"));
        var before = Hash(folder);
        var result = Run(folder, "check", folder);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(before, Hash(folder));
        Assert.Contains("1 of 1 notebooks ran clean", result.Output);
    }

    [Fact]
    public void An_output_folder_not_made_by_nbrun_is_refused()
    {
        var folder = TempFolder();
        Directory.CreateDirectory(Path.Combine(folder, "out"));
        File.WriteAllText(Path.Combine(folder, "out", "mine.txt"), "keep me");
        var result = Run(folder, "run", Path.Combine(Fixtures, "timeout", "02-after.ipynb"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("exists and was not made by nbrun", result.Error);
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(folder, "out", "mine.txt")));
    }

    [Fact]
    public void In_place_rewrites_the_source_with_its_outputs()
    {
        var folder = TempFolder();
        var path = Path.Combine(folder, "after.ipynb");
        File.Copy(Path.Combine(Fixtures, "timeout", "02-after.ipynb"), path);
        var result = Run(folder, "run", path, "--in-place");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("still running", Text(Outputs(Read(path), 1).Single()!["data"]!["text/plain"]));
        Assert.False(Directory.Exists(Path.Combine(folder, "out")));
    }
}
