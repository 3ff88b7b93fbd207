using System.Text.Json.Nodes;
using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// While a student works (VS Code, the normal library, no grader), the visible check under a function says plainly when
/// that function calls one of the assignment's answer members, through another function of theirs or by reflection, and a
/// function written from the formula still passes: the rule the grader applies, learned before grading.
/// </summary>
[Trait(Tier.Name, Tier.Full)]
public sealed class OwnWorkWarningTests
{
    [Fact]
    public void A_visible_check_names_the_function_and_the_member_it_reaches()
    {
        var assignment = CourseCopy.Load("02-activation");
        var document = SubmissionVariants.WithRegionsReplaced(assignment, new Dictionary<int, string>
        {
            [0] = "return Helper(u);",
            [1] = "return (double)typeof(Activation).GetMethod(\"Derivative\", new[] { typeof(double) })!.Invoke(Activation.Sigmoid, new object[] { u })!;",
        });
        var cells = (JsonArray)document["cells"]!;
        var sigmoid = cells.Select((c, i) => (c, i)).First(x => NotebookReader.Source(x.c!["source"]).Contains("double Sigmoid(double u)")).i;
        document = CourseCopy.WithCellAt(document, sigmoid, "double Helper(double u) => Activation.Sigmoid.Apply(u);");
        var name = "02-activation.ipynb";
        var path = CourseCopy.Save(document, name, CourseCopy.Beside("work"));
        var output = Path.Combine(Nbrun.TempFolder(), "out");
        Nbrun.Run(Path.GetDirectoryName(path)!, "run", path, "--allow-errors", "--out", output);
        var executed = Nbrun.Read(Path.Combine(output, "notebooks", name));
        string CheckOutput(string check) => string.Concat(((JsonArray)executed["cells"]!)
            .Where(c => NotebookReader.Source(c!["source"]).StartsWith($"// CHECK {check}", StringComparison.Ordinal))
            .SelectMany(c => (JsonArray)c!["outputs"]!).Select(o => (string?)o!["evalue"] ?? NotebookReader.Source(o["text"])));

        Assert.Contains("Sigmoid calls NeuralNetworks.Activations.Activation.Sigmoid, which is the answer itself: write the formula yourself.", CheckOutput("sigmoid-values"));
        Assert.Contains("SigmoidDerivative uses reflection (System.Type.GetMethod)", CheckOutput("sigmoid-derivative-values"));
        Assert.Contains("✓ relu-values passed (2 points).", CheckOutput("relu-values"));
    }
}
