using System.Text.Json;
using System.Text.Json.Nodes;
using NotebookRunner.Tests.Strip;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Devcontainer;

/// <summary>
/// The class environment as far as this machine goes without a container runtime: every lifecycle command of
/// .devcontainer/devcontainer.json, in the order a dev container runs them, in a fresh clone of the committed
/// repository, then what a student needs is checked. The image and its features (dotnet, node) are stood in for by
/// this machine's Debian 12 with the .NET SDK and node; Jupyter kernelspecs go to a scratch JUPYTER_DATA_DIR.
/// Slow (it builds the library and the runner from scratch): the one such test.
/// </summary>
[Trait(Tier.Name, Tier.Full)]
public sealed class DevcontainerLifecycleTests
{
    /// <summary>The lifecycle hooks in the order the dev container spec runs them; initializeCommand runs on the host first.</summary>
    public static readonly string[] Hooks =
        ["initializeCommand", "onCreateCommand", "updateContentCommand", "postCreateCommand", "postStartCommand", "postAttachCommand"];

    /// <summary>A hook's commands: a string runs in /bin/sh, an array without a shell, an object's values each (in parallel there).</summary>
    private static IEnumerable<(string Program, string[] Arguments)> Commands(JsonNode hook) => hook switch
    {
        JsonValue value => [("/bin/sh", ["-c", (string)value!])],
        JsonArray array => [((string)array[0]!, array.Skip(1).Select(a => (string)a!).ToArray())],
        JsonObject named => named.SelectMany(n => Commands(n.Value!)),
        _ => throw new InvalidOperationException($"unexpected lifecycle command {hook.ToJsonString()}"),
    };

    [Fact]
    public void Every_lifecycle_command_runs_in_order_in_a_fresh_clone_and_leaves_the_course_ready()
    {
        var clone = Path.Combine(Nbrun.TempFolder(), "course");
        Shell.GitOk(Shell.RepositoryRoot, "clone", "-q", "--no-local", Shell.RepositoryRoot, clone);
        var jupyter = Path.Combine(Nbrun.TempFolder(), "jupyter");
        var environment = new Dictionary<string, string> { ["JUPYTER_DATA_DIR"] = jupyter };
        var devcontainer = JsonNode.Parse(File.ReadAllText(Path.Combine(clone, ".devcontainer", "devcontainer.json")),
            documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!;

        var ran = new List<string>();
        var printed = new Dictionary<string, string>();
        foreach (var hook in Hooks.Where(h => devcontainer[h] is not null))
            foreach (var (program, arguments) in Commands(devcontainer[hook]!))
            {
                var result = Shell.Run(clone, program, arguments, environment, timeoutSeconds: 600);
                Assert.True(result.ExitCode == 0, $"{hook} ({program} {string.Join(" ", arguments)}) exited {result.ExitCode}:\n{result.Both}");
                ran.Add(hook);
                printed[hook] = result.Both;
            }
        Assert.Equal(["onCreateCommand", "updateContentCommand", "postCreateCommand", "postAttachCommand"], ran);

        Assert.True(File.Exists(Path.Combine(clone, "lib", "NeuralNetworks", "bin", "Debug", "net8.0", "NeuralNetworks.dll")), "the library was not built");
        Assert.True(File.Exists(Path.Combine(clone, "node_modules", "plotly.js-dist-min", "plotly.min.js")), "npm ci did not install plotly.js");
        Assert.Matches(@"microsoft\.dotnet-interactive\s+1\.0\.712001\s+dotnet-interactive", Shell.Run(clone, "dotnet", ["tool", "list"]).Output);
        Assert.Contains("\"csharp\"", File.ReadAllText(Path.Combine(jupyter, "kernels", ".net-csharp", "kernel.json")));
        Assert.Equal(0, Shell.Bash(clone, "command -v chromium").ExitCode);
        Assert.Contains("Start with notebooks/00-getting-started.ipynb", printed["postAttachCommand"]);

        Assert.Contains("\".git/nbstrip/nbrun.dll\" strip", Shell.GitOk(clone, "config", "filter.nbstrip.process"));
        var lesson = Path.Combine(clone, "notebooks", "00-getting-started.ipynb");
        var run = StripFixtures.Run(File.ReadAllBytes(lesson));
        File.WriteAllBytes(lesson, run);
        Assert.Equal("", Shell.GitOk(clone, "diff", "--", "notebooks"));
        Shell.GitOk(clone, "add", "notebooks");
        Assert.Equal("", Shell.GitOk(clone, "status", "--porcelain", "--", "notebooks"));
        Assert.Equal(run, File.ReadAllBytes(lesson));

        var again = Shell.Run(clone, "/bin/sh", ["-c", (string)devcontainer["onCreateCommand"]!], environment, timeoutSeconds: 300);
        Assert.True(again.ExitCode == 0, "onCreateCommand run a second time:\n" + again.Both);
    }
}
