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

    /// <summary>The nightly fuzz run's case (homework/06-numerical-gradient.ja.ipynb, seed 210954258): a damaged byte
    /// turned "name" into "\uFFFDame", so the kernel had no name and the documents library threw ArgumentException.</summary>
    [Theory]
    [InlineData("{\"aliases\":[],\"\uFFFDame\":\"csharp\"}", "(none)")]
    [InlineData("{\"aliases\":[],\"name\":\" \"}", "\" \"")]
    [InlineData("{\"aliases\":[\"#cs\"],\"name\":\"csharp\"}", "\"#cs\"")]
    [InlineData("\"csharp\"", "(none)")]
    public void A_notebook_whose_kernel_has_no_usable_name_is_refused_with_one_line_naming_it(string item, string shown)
    {
        var folder = Nbrun.TempFolder();
        var path = Path.Combine(folder, "lesson.ipynb");
        var document = DibFormat.ToDocument(Dib);
        document["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["items"] = new JsonArray(JsonNode.Parse(item));
        File.WriteAllText(path, document.ToJsonString());
        var error = Assert.Throws<NotebookException>(() => DibFormat.FromNotebook(NotebookReader.Read(path)));
        Assert.Equal($"{path}: kernel 1 in metadata.polyglot_notebook.kernelInfo.items has the name or alias {shown}: "
            + "give it a name that is not blank and does not start with # (for example \"csharp\").", error.Message);

        var refused = Nbrun.Run(folder, "convert", "lesson.ipynb", "--to", "dib");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains(error.Message, refused.Error);
        Assert.False(File.Exists(Path.Combine(folder, "lesson.dib")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("#cs")]
    public void A_dib_whose_meta_names_a_bad_kernel_is_refused_with_one_line_naming_the_file(string name)
    {
        var folder = Nbrun.TempFolder();
        var path = Path.Combine(folder, "lesson.dib");
        File.WriteAllText(path, Dib.Replace("\"name\":\"csharp\"", $"\"name\":\"{name}\""));
        var error = Assert.Throws<NotebookException>(() => NotebookReader.Read(path));
        Assert.StartsWith($"{path}: the kernelInfo in its #!meta block is not valid (", error.Message);
        Assert.EndsWith("): give every kernel and alias a name that does not start with #.", error.Message);
        Assert.DoesNotContain('\n', error.Message);

        var refused = Nbrun.Run(folder, "convert", "lesson.dib", "--to", "ipynb");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains(error.Message, refused.Error);
        Assert.False(File.Exists(Path.Combine(folder, "lesson.ipynb")));
    }

    /// <summary>Found by the fuzz run's .dib door (05-loss-functions.ipynb, seed 79207): JSON the documents library
    /// cannot read after "#!meta" threw JsonException out of nbrun.</summary>
    [Theory]
    [InlineData("(")]
    [InlineData("[1,2")]
    public void A_dib_whose_meta_json_is_broken_is_refused_with_one_line_naming_the_file(string json)
    {
        var folder = Nbrun.TempFolder();
        var path = Path.Combine(folder, "lesson.dib");
        File.WriteAllText(path, $"#!meta\n\n{json}\n\n#!csharp\n\nvar x = 1;\n");
        var error = Assert.Throws<NotebookException>(() => NotebookReader.Read(path));
        Assert.StartsWith($"{path}: the JSON after its #!meta line is not valid (", error.Message);
        Assert.EndsWith("): fix it, or remove the #!meta block to take the default kernels.", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        var refused = Nbrun.Run(folder, "run", "lesson.dib");
        Assert.Equal(1, refused.ExitCode);
        Assert.Matches($@"FAILED lesson\.dib \([0-9.]+ s\): {System.Text.RegularExpressions.Regex.Escape(error.Message)}", refused.Output);
    }
}
