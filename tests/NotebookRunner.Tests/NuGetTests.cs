using NotebookRunner.Tests.Support;
using static NotebookRunner.Tests.Support.Nbrun;

namespace NotebookRunner.Tests;

/// <summary>#r "nuget: Id, Version" restores the package and references its runtime assemblies.</summary>
public sealed class NuGetTests
{
    [Fact]
    public void A_nuget_reference_is_restored_and_usable()
    {
        var source = Path.Combine(Fixtures, "nuget");
        var output = Path.Combine(TempFolder(), "out");
        var result = Run(source, "run", source, "--out", output);

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        var notebook = Read(Path.Combine(output, "notebooks", "nuget.ipynb"));
        Assert.Equal("5", Text(Outputs(notebook, 1).Single()!["data"]!["text/plain"]));
    }
}
