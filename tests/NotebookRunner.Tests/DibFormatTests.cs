using System.Text.Json.Nodes;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests;

/// <summary>.dib ↔ .ipynb: the text format Polyglot writes, and a lossless round trip of sources and metadata.</summary>
public sealed class DibFormatTests
{
    private const string Dib = "#!meta\n\n{\"kernelInfo\":{\"defaultKernelName\":\"csharp\",\"items\":[{\"aliases\":[],\"name\":\"csharp\"}]}}\n\n"
        + "#!markdown\n\n# Title\n\nText.\n\n#!csharp\n\nvar x = 1;\nx\n";

    [Fact]
    public void A_dib_becomes_a_notebook_with_polyglot_metadata()
    {
        var document = DibFormat.ToDocument(Dib);
        Assert.Equal(".net-csharp", (string?)document["metadata"]!["kernelspec"]!["name"]);
        Assert.Equal(".NET (C#)", (string?)document["metadata"]!["kernelspec"]!["display_name"]);
        Assert.Equal("polyglot-notebook", (string?)document["metadata"]!["language_info"]!["name"]);
        Assert.Equal("csharp", (string?)document["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]);
        var code = document["cells"]![1]!;
        Assert.Equal("csharp", (string?)code["metadata"]!["polyglot_notebook"]!["kernelName"]);
        Assert.Equal("csharp", (string?)code["metadata"]!["dotnet_interactive"]!["language"]);
        Assert.Equal(["var x = 1;\n", "x"], code["source"]!.AsArray().Select(l => (string?)l));
        Assert.Equal("# Title\n\nText.", Nbrun.Text(document["cells"]![0]!["source"]));
    }

    [Fact]
    public void Ipynb_to_dib_to_ipynb_keeps_sources_and_metadata()
    {
        var original = DibFormat.ToDocument(Dib);
        var dib = DibFormat.FromNotebook(NotebookReader.FromDocument("x.ipynb", original));
        Assert.Equal(Dib, dib);
        var back = DibFormat.ToDocument(dib);
        Assert.True(JsonNode.DeepEquals(original, back), back.ToJsonString());
    }

    [Fact]
    public void A_fixture_notebook_survives_the_round_trip()
    {
        var path = Path.Combine(Nbrun.Fixtures, "main", "07-chart.ipynb");
        var original = NotebookReader.Read(path);
        var back = DibFormat.ToDocument(DibFormat.FromNotebook(original));
        Assert.True(JsonNode.DeepEquals(original.Document, back), back.ToJsonString());
    }

    [Fact]
    public void Convert_refuses_to_overwrite_without_force()
    {
        var folder = Nbrun.TempFolder();
        File.WriteAllText(Path.Combine(folder, "lesson.dib"), Dib);
        File.WriteAllText(Path.Combine(folder, "lesson.ipynb"), "mine");
        var refused = Nbrun.Run(folder, "convert", "lesson.dib", "--to", "ipynb");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("lesson.ipynb exists: pass --force to overwrite it.", refused.Error);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(folder, "lesson.ipynb")));
        Assert.Equal(0, Nbrun.Run(folder, "convert", "lesson.dib", "--to", "ipynb", "--force").ExitCode);
        Assert.Equal("x", Nbrun.Text(NotebookReader.Read(Path.Combine(folder, "lesson.ipynb")).Document["cells"]![1]!["source"]).Split('\n')[1]);
    }
}
