using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Devcontainer;

/// <summary>
/// .devcontainer/devcontainer.json against the official dev container schema (Fixtures/devcontainer-schema/README.md
/// says where each file came from), and what the class environment must give a student.
/// </summary>
public sealed class DevcontainerSchemaTests
{
    private const string Spec = "https://raw.githubusercontent.com/devcontainers/spec/main/schemas/";
    private const string VsCode = "https://raw.githubusercontent.com/microsoft/vscode/main/extensions/configuration-editing/schemas/";
    private static readonly JsonDocumentOptions Jsonc = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static string DevcontainerJson => Path.Combine(Shell.RepositoryRoot, ".devcontainer", "devcontainer.json");

    private static JsonSchema Schema()
    {
        var folder = Path.Combine(Nbrun.Fixtures, "devcontainer-schema");
        // Dialect: JsonSchema.Net builds a subschema reached through $ref with this dialect; the base schema declares 2019-09.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft201909 };
        JsonSchema Load(string file, string baseUri) => JsonSchema.FromText(File.ReadAllText(Path.Combine(folder, file)), options, new Uri(baseUri + file));
        Load("devContainer.base.schema.json", Spec);
        Load("devContainer.codespaces.schema.json", VsCode);
        Load("devContainer.vscode.schema.json", VsCode);
        JsonSchema.FromText("""{"type": "object"}""", options, new Uri("vscode://schemas/settings/machine"));
        return Load("devContainer.schema.json", Spec);
    }

    /// <summary>The schema's verdict and, when it fails, the errors at the places the instance itself is wrong.</summary>
    private static (bool Valid, string Errors) Validate(JsonNode devcontainer)
    {
        using var document = JsonDocument.Parse(devcontainer.ToJsonString());
        var results = Schema().Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"));
        return (results.IsValid, string.Join("\n", errors));
    }

    private static JsonObject Devcontainer() => (JsonObject)JsonNode.Parse(File.ReadAllText(DevcontainerJson), documentOptions: Jsonc)!;

    [Fact]
    public void Devcontainer_json_is_valid_against_the_official_schema()
    {
        var (valid, errors) = Validate(Devcontainer());
        Assert.True(valid, errors);
    }

    [Theory]
    [InlineData("postCreateCommnd", "\"bash x.sh\"")]
    [InlineData("postCreateCommand", "5")]
    [InlineData("customizations", """{"vscode": {"extensions": ["Polyglot Notebooks"]}}""")]
    [InlineData("customizations", """{"codespaces": {"openFiles": "notebooks/00-getting-started.ipynb"}}""")]
    public void The_same_validation_rejects_a_devcontainer_with_a_mistake(string key, string value)
    {
        var broken = Devcontainer();
        broken[key] = JsonNode.Parse(value);
        Assert.False(Validate(broken).Valid, $"the schema accepted {key}: {value}");
    }

    [Fact]
    public void It_gives_a_student_the_SDK_the_notebook_extensions_and_lesson_00()
    {
        var devcontainer = Devcontainer();
        var features = devcontainer["features"]!.AsObject();
        Assert.StartsWith("10.", (string)features["ghcr.io/devcontainers/features/dotnet:2"]!["version"]!);
        Assert.Contains(features, f => f.Key.StartsWith("ghcr.io/devcontainers/features/node:", StringComparison.Ordinal));
        var extensions = devcontainer["customizations"]!["vscode"]!["extensions"]!.AsArray().Select(e => (string)e!).ToList();
        Assert.Contains("ms-dotnettools.dotnet-interactive-vscode", extensions);
        Assert.Contains("ms-toolsai.jupyter", extensions);
        var open = devcontainer["customizations"]!["codespaces"]!["openFiles"]!.AsArray().Select(f => (string)f!).ToList();
        Assert.Equal(["notebooks/00-getting-started.ipynb"], open);
        Assert.True(File.Exists(Path.Combine(Shell.RepositoryRoot, open[0])));
        foreach (var hook in DevcontainerLifecycleTests.Hooks)
            if ((string?)devcontainer[hook] is { } command && command.StartsWith("bash ", StringComparison.Ordinal))
                Assert.True(File.Exists(Path.Combine(Shell.RepositoryRoot, command[5..])), $"{hook} runs {command}, which is not in the repository.");
    }
}
