using System.Text.Json.Nodes;
using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// While a student works (the normal library, no grader), the visible check under a function says when that function uses
/// a part of the library the assignment does not allow, as grading will: the rule learned before grading. A neighbour
/// written from the formula still passes.
/// </summary>
public sealed class AllowlistWarningTests
{
    [Fact]
    public void A_visible_check_names_the_part_of_the_library_the_assignment_does_not_allow()
    {
        var document = OwnWorkSnippets.Submission("02-activation", 2, "return new NeuralNetworks.Autograd.Value(u).ReLU().Data;");
        var path = CourseCopy.Save(document, "02-activation.ipynb", CourseCopy.Beside("work"));
        var output = Path.Combine(Nbrun.TempFolder(), "out");
        Nbrun.Run(Path.GetDirectoryName(path)!, "run", path, "--allow-errors", "--out", output);
        var executed = Nbrun.Read(Path.Combine(output, "notebooks", "02-activation.ipynb"));
        string CheckOutput(string check) => string.Concat(((JsonArray)executed["cells"]!)
            .Where(c => NotebookReader.Source(c!["source"]).StartsWith($"// CHECK {check}", StringComparison.Ordinal))
            .SelectMany(c => (JsonArray)c!["outputs"]!).Select(o => (string?)o!["evalue"] ?? NotebookReader.Source(o["text"])));

        Assert.Contains("ReLU uses NeuralNetworks.Autograd.Value", CheckOutput("relu-values"));
        Assert.Contains("which this assignment does not allow", CheckOutput("relu-values"));
        Assert.Contains("✓ sigmoid-values passed", CheckOutput("sigmoid-values"));
    }
}
