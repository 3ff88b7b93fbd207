using NotebookRunner.Tests.Support;
using static NotebookRunner.Tests.Support.Nbrun;

namespace NotebookRunner.Tests;

/// <summary>
/// As in Polyglot Notebooks, a cell's relative file paths start at the notebook's folder, not where nbrun was started:
/// a lesson reads "../data/iris.csv" whether it runs in VS Code or in the runner.
/// </summary>
[Trait(Tier.Name, Tier.Full)]
public sealed class WorkingDirectoryTests
{
    [Fact]
    public void Relative_paths_in_a_cell_start_at_the_notebook_folder()
    {
        string root = TempFolder();
        Directory.CreateDirectory(Path.Combine(root, "notebooks"));
        Directory.CreateDirectory(Path.Combine(root, "data"));
        File.WriteAllText(Path.Combine(root, "data", "numbers.txt"), "21");
        File.WriteAllText(Path.Combine(root, "notebooks", "read.dib"),
            "#!meta\n\n{\"kernelInfo\":{\"defaultKernelName\":\"csharp\",\"items\":[{\"aliases\":[],\"name\":\"csharp\"}]}}\n\n" +
            "#!csharp\n\nint.Parse(System.IO.File.ReadAllText(\"../data/numbers.txt\")) * 2\n");
        Assert.Equal(0, Run(root, "convert", "notebooks/read.dib", "--to", "ipynb").ExitCode);

        var result = Run(root, "run", "notebooks/read.ipynb", "--out", Path.Combine(root, "out"));

        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        var executed = Read(Path.Combine(root, "out", "notebooks", "read.ipynb"));
        KernelHtml.AssertPlain("42", Outputs(executed, 1)[0]!["data"]!["text/html"]);
    }
}
