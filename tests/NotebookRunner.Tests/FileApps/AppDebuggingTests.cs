using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Text.Json.Nodes;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.FileApps;

/// <summary>
/// What docs/file-based-apps.md promises a student who debugs an app in VS Code: the launch configuration's task builds
/// the open app to the path the configuration starts, and the library the app loads carries symbols that lead a
/// debugger from Network.Backward to its source file. (No debugger runs here: this machine has none.)
/// </summary>
[Trait(Tier.Name, Tier.Full)]
public sealed class AppDebuggingTests
{
    private static string Repository => Shell.RepositoryRoot;

    [Fact]
    public void The_library_symbols_lead_from_Network_Backward_to_its_source_file()
    {
        var dll = Path.Combine(Repository, "lib", "NeuralNetworks", "bin", "Debug", "net8.0", "NeuralNetworks.dll");
        using var assembly = new FileStream(dll, FileMode.Open, FileAccess.Read);
        using var peReader = new System.Reflection.PortableExecutable.PEReader(assembly);
        var metadata = peReader.GetMetadataReader();
        var backward = metadata.MethodDefinitions.Single(h =>
        {
            var method = metadata.GetMethodDefinition(h);
            var type = metadata.GetTypeDefinition(method.GetDeclaringType());
            return metadata.GetString(method.Name) == "Backward" && metadata.GetString(type.Name) == "Network"
                && metadata.GetString(type.Namespace) == "NeuralNetworks.Layers";
        });
        using var symbols = MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(Path.ChangeExtension(dll, ".pdb")));
        var pdb = symbols.GetMetadataReader();
        var points = pdb.GetMethodDebugInformation(backward.ToDebugInformationHandle()).GetSequencePoints().Where(p => !p.IsHidden).ToList();

        Assert.NotEmpty(points);
        var document = pdb.GetString(pdb.GetDocument(points[0].Document).Name);
        Assert.StartsWith(Path.Combine(Repository, "lib", "NeuralNetworks", "Layers", "Network."), document, StringComparison.Ordinal);
        var source = File.ReadAllLines(document);
        Assert.Contains("Backward", source[points[0].StartLine - 2] + source[points[0].StartLine - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_debug_task_builds_the_open_app_where_the_launch_configuration_starts_it()
    {
        var launch = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository, ".vscode", "launch.json")), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
        var tasks = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository, ".vscode", "tasks.json")))!;
        var configuration = launch["configurations"]![0]!;
        var build = tasks["tasks"]!.AsArray().Single(t => (string?)t!["label"] == (string?)configuration["preLaunchTask"])!;
        var output = Nbrun.TempFolder();
        string Resolve(string value) => value
            .Replace("${workspaceFolder}/.vscode/app-build", output, StringComparison.Ordinal)
            .Replace("${workspaceFolder}", Repository, StringComparison.Ordinal)
            .Replace("${file}", Path.Combine(Repository, "apps", "08-chain-rule-and-backprop.cs"), StringComparison.Ordinal)
            .Replace("${fileBasenameNoExtension}", "08-chain-rule-and-backprop", StringComparison.Ordinal)
            .Replace("${fileDirname}", Path.Combine(Repository, "apps"), StringComparison.Ordinal);

        var run = Shell.Run(Repository, (string)build["command"]!, build["args"]!.AsArray().Select(a => Resolve((string)a!)), timeoutSeconds: 600);

        Assert.True(run.ExitCode == 0, run.Both);
        Assert.True(File.Exists(Resolve((string)configuration["program"]!)), $"{Resolve((string)configuration["program"]!)} was not built");
        Assert.True(File.Exists(Path.Combine(output, "08-chain-rule-and-backprop", "NeuralNetworks.pdb")));
        Assert.Equal(Path.Combine(Repository, "apps"), Resolve((string)configuration["cwd"]!));
        Assert.False((bool)configuration["justMyCode"]!);
        Assert.True((bool)configuration["suppressJITOptimizations"]!);
    }
}
