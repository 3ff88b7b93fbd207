using System.Text.Json.Nodes;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests;

/// <summary>Which kernel a cell belongs to: magic first line, then cell metadata, then the notebook default.</summary>
public sealed class CellLanguageTests
{
    private static JsonObject Meta(string kernel) => new() { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = kernel } };

    [Theory]
    [InlineData("#!fsharp\nlet x = 1", "csharp", "fsharp")]
    [InlineData("#!csharp\nvar x = 1;", "fsharp", "csharp")]
    [InlineData("#!time\nvar x = 1;", "csharp", "csharp")]
    [InlineData("var x = 1;", "pwsh", "pwsh")]
    [InlineData("#!markdown\n# Title", "csharp", "markdown")]
    public void The_magic_line_overrides_the_metadata(string source, string metadataKernel, string expected)
    {
        Assert.Equal(expected, CellLanguage.Of(Meta(metadataKernel), source, "csharp"));
    }

    [Fact]
    public void Older_dotnet_interactive_metadata_and_the_default_are_used_in_turn()
    {
        var older = new JsonObject { ["dotnet_interactive"] = new JsonObject { ["language"] = "fsharp" } };
        Assert.Equal("fsharp", CellLanguage.Of(older, "x", "csharp"));
        Assert.Equal("csharp", CellLanguage.Of(null, "x", CellLanguage.Default(new JsonObject { ["kernelspec"] = new JsonObject { ["language"] = "C#" } })));
    }
}
