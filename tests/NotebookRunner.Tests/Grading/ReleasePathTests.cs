using System.Text.Json.Nodes;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// Homework released into another folder runs there, as README's `release notebooks/homework --out release/` suggests:
/// the relative paths of its #r lines and data files are rewritten to resolve from the released notebook, and the release
/// says what it rewrote.
/// </summary>
[Trait(Tier.Name, Tier.Full)]
public sealed class ReleasePathTests
{
    [Fact]
    public void A_release_one_folder_up_rewrites_its_paths_says_so_and_loads_the_library()
    {
        var root = Path.GetDirectoryName(Path.GetDirectoryName(CourseCopy.Homework))!;
        var output = Path.Combine(root, $"release-{Guid.NewGuid():N}");
        var released = Nbrun.Run(root, "release", CourseCopy.SourcePath("09-iris"), "--out", output);
        Assert.True(released.ExitCode == 0, released.Output + released.Error);
        Assert.Contains("\"../../lib/NeuralNetworks/bin/Debug/net8.0/NeuralNetworks.dll\" → \"../lib/NeuralNetworks/bin/Debug/net8.0/NeuralNetworks.dll\"", released.Output);
        Assert.Contains("\"../../data/iris.csv\" → \"../data/iris.csv\"", released.Output);

        var notebook = Path.Combine(output, "09-iris.ipynb");
        var executed = Path.Combine(Nbrun.TempFolder(), "out");
        Nbrun.Run(output, "run", notebook, "--allow-errors", "--out", executed);
        var cells = (JsonArray)Nbrun.Read(Path.Combine(executed, "notebooks", "09-iris.ipynb"))["cells"]!;
        var setup = cells.First(c => NotebookReader.Source(c!["source"]).Contains("#r \"../lib/", StringComparison.Ordinal))!;
        var data = cells.First(c => NotebookReader.Source(c!["source"]).Contains("\"../data/iris.csv\"", StringComparison.Ordinal))!;
        Assert.DoesNotContain((JsonArray)setup["outputs"]!, o => (string?)o!["output_type"] == "error");
        Assert.DoesNotContain((JsonArray)data["outputs"]!, o => (string?)o!["output_type"] == "error");
    }
}
