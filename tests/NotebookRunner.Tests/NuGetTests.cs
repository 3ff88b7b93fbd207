using NotebookRunner.Tests.Support;
using static NotebookRunner.Tests.Support.Nbrun;

namespace NotebookRunner.Tests;

/// <summary>#r "nuget: Id, Version" is restored by the kernel from the configured package source, which says what it installed.</summary>
[Trait(Tier.Name, Tier.Full)]
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
        var outputs = Outputs(notebook, 1);
        Assert.Equal(2, outputs.Count);
        Assert.Equal("<div><div></div><div></div><div><strong>Installed Packages</strong><ul><li><span>MathNet.Numerics, 5.0.0</span></li></ul></div></div>",
            Text(outputs[0]!["data"]!["text/html"]));
        KernelHtml.AssertPlain("5", outputs[1]!["data"]!["text/html"]);
    }
}
