using NotebookRunner.Tests.Support;
using static NotebookRunner.Tests.Support.Nbrun;

namespace NotebookRunner.Tests;

/// <summary>An endless loop is stopped by --timeout (its kernel is killed), the cell is named, and the next notebook still runs.</summary>
[Trait(Tier.Name, Tier.Full)]
public sealed class TimeoutTests
{
    [Fact]
    public void An_endless_loop_is_stopped_and_the_next_notebook_runs()
    {
        var source = Path.Combine(Fixtures, "timeout");
        var output = Path.Combine(TempFolder(), "out");
        var result = Run(source, "run", source, "--out", output, "--timeout", "15", "--jobs", "1");

        Assert.Equal(1, result.ExitCode);
        var endless = Read(Path.Combine(output, "notebooks", "01-endless.ipynb"));
        var error = Outputs(endless, 2).Single()!;
        Assert.Equal("TimeoutError", (string?)error["ename"]);
        Assert.Equal("cell 2 timed out after 15 s and its kernel was stopped; raise --timeout if it needs longer.", (string?)error["evalue"]);
        var after = Read(Path.Combine(output, "notebooks", "02-after.ipynb"));
        Assert.Equal("still running", Text(Outputs(after, 1).Single()!["data"]!["text/plain"]));
    }
}
