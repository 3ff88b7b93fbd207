using System.Text;
using System.Text.Json.Nodes;
using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// docs/classroom/classroom.yml as GitHub's runner would run it, as far as this machine can: the workflow's own shell
/// lines that place the instructor's source and grade (read from the file, not copied here) run with bash in a checkout
/// laid out as the workflow's is (the student's repository, the private sources under .instructor/, the built kit), and
/// the result they hand the Classroom reporter is read back. What needs GitHub (checkout, setup-dotnet, the reporter
/// action, secrets) is checked for being there, not run.
/// </summary>
[Collection(GradingCollection.Name)]
[Trait(Tier.Name, Tier.Full)]
public sealed class ClassroomWorkflowTests
{
    private static string Workflow => File.ReadAllText(Path.Combine(CourseCopy.Repository, "docs", "classroom", "classroom.yml"));

    [Theory]
    [InlineData("solved", "pass", 10)]
    [InlineData("released", "fail", 0)]
    public void The_workflows_grade_step_reports_the_points_to_the_classroom_reporter(string kind, string status, int points)
    {
        var assignment = CourseCopy.Load("02-activation");
        var checkout = Checkout(kind == "solved" ? SubmissionVariants.Solved(assignment) : Releaser.Release(assignment), assignment.Path);
        var setup = Step(Workflow, "The sandbox (bubblewrap), the kernel and the library").Where(l => l.StartsWith("cp ", StringComparison.Ordinal));
        var output = Path.Combine(checkout, "github-output");
        // GitHub runs a step's run block as `bash --noprofile --norc -eo pipefail {0}`.
        var script = Path.Combine(checkout, "step.sh");
        File.WriteAllText(script, string.Join("\n", [.. setup, .. Step(Workflow, "Grade")]) + "\n");
        var run = Shell.Run(checkout, "bash", ["--noprofile", "--norc", "-eo", "pipefail", script], new Dictionary<string, string>
        {
            ["ASSIGNMENT"] = EnvValue(Workflow, "ASSIGNMENT"), ["GITHUB_OUTPUT"] = output, ["CI"] = "true",
        }, timeoutSeconds: 300);
        Assert.True(run.ExitCode == 0, run.Both);
        Assert.EndsWith($"Points {points}/10", run.Output.TrimEnd());
        var line = File.ReadAllLines(output).Single(l => l.StartsWith("result=", StringComparison.Ordinal));
        var result = (JsonObject)JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(line["result=".Length..])))!;
        Assert.Equal(status, (string?)result["status"]);
        Assert.Equal(10, (int)result["max_score"]!);
        Assert.Equal(points, ((JsonArray)result["tests"]!).Sum(t => (int)t!["score"]!));
        Assert.Contains((JsonArray)result["tests"]!, t => ((string?)t!["name"])!.EndsWith("(hidden)", StringComparison.Ordinal));
        // The source stays out of the student's view: the grade step names it, the sandbox never shows it.
        Assert.DoesNotContain("BEGIN SOLUTION", run.Both);
    }

    [Fact]
    public void The_parts_that_need_GitHub_are_there_the_private_sources_the_sandbox_and_the_reporter()
    {
        var workflow = Workflow;
        Assert.Contains("repository: ${{ vars.HOMEWORK_SOURCES_REPO }}", workflow);
        Assert.Contains("token: ${{ secrets.HOMEWORK_SOURCES_TOKEN }}", workflow);
        Assert.Contains("sudo apt-get install -y -qq bubblewrap", workflow);
        Assert.Contains("dotnet tool restore", workflow);
        Assert.Contains("uses: classroom-resources/autograding-grading-reporter@v1", workflow);
        // The reporter reads <RUNNER>_RESULTS for each runner it is given.
        Assert.Contains("NBRUN_RESULTS: ${{ steps.nbrun.outputs.result }}", workflow);
        Assert.Contains("runners: nbrun", workflow);
        Assert.DoesNotContain("--no-isolation", workflow);
    }

    /// <summary>The student's repository as checked out by the workflow, the instructor's sources under .instructor/, the kit built.</summary>
    private static string Checkout(JsonObject student, string source)
    {
        var root = Nbrun.TempFolder();
        var homework = Path.Combine(root, "notebooks", "homework");
        Directory.CreateDirectory(homework);
        File.WriteAllText(Path.Combine(homework, "02-activation.ipynb"), NotebookWriter.ToText(student));
        Directory.CreateDirectory(Path.Combine(root, ".instructor", "notebooks", "homework"));
        File.Copy(source, Path.Combine(root, ".instructor", "notebooks", "homework", "02-activation.ipynb"));
        var library = Path.Combine("lib", "NeuralNetworks", "bin", "Debug", "net8.0");
        Directory.CreateDirectory(Path.Combine(root, library));
        foreach (var dll in new[] { "MathNet.Numerics.dll", "NeuralNetworks.dll" })
            File.Copy(Path.Combine(CourseCopy.Repository, library, dll), Path.Combine(root, library, dll));
        // The runner the workflow builds: the one beside these tests.
        Directory.CreateDirectory(Path.Combine(root, "lib", "NotebookRunner", "bin", "Debug"));
        Directory.CreateSymbolicLink(Path.Combine(root, "lib", "NotebookRunner", "bin", "Debug", "net10.0"), AppContext.BaseDirectory.TrimEnd('/'));
        return root;
    }

    /// <summary>The lines of a step's `run: |` block, as the runner's shell gets them.</summary>
    private static List<string> Step(string workflow, string name)
    {
        var lines = workflow.Replace("\r\n", "\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.Trim() == $"- name: {name}");
        Assert.True(start >= 0, $"classroom.yml has no step named '{name}'");
        var run = Array.FindIndex(lines, start, l => l.Trim() == "run: |");
        var indent = lines[run].Length - lines[run].TrimStart().Length;
        return lines.Skip(run + 1).TakeWhile(l => l.Trim().Length == 0 || l.Length - l.TrimStart().Length > indent)
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList()
            .Aggregate(new List<string>(), (all, l) =>
            {
                // A line ending in a backslash goes on: join it with the next, as the shell does.
                if (all.Count > 0 && all[^1].EndsWith('\\')) all[^1] = all[^1][..^1] + " " + l; else all.Add(l);
                return all;
            });
    }

    private static string EnvValue(string workflow, string name) =>
        workflow.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..].Trim();
}
