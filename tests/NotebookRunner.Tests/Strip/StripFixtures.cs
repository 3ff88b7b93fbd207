using System.Text;
using System.Text.RegularExpressions;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Strip;

/// <summary>
/// The strip fixtures (Fixtures/strip/), each with the bytes it must strip to:
/// - vscode-run.ipynb: a lesson run in VS Code with Polyglot Notebooks and saved. Written the way VS Code's ipynb
///   serializer writes (keys sorted, one-space indent, final newline; microsoft/vscode extensions/ipynb/src/serializers.ts)
///   with Polyglot's cell metadata (dotnet_interactive, polyglot_notebook.kernelName, vscode.languageId), its kernelInfo
///   after a run, and the outputs VS Code saves for Polyglot (dotnet/interactive, polyglot-notebooks-vscode-common):
///   display_data with text/html and text/plain, a stdout stream, an error, and execution counts.
/// - jupyter-run-crlf.ipynb: run by the .NET Interactive Jupyter kernel and saved on Windows: CRLF, two-space indent,
///   unsorted keys with cell ids first, nbformat 4.5, execute_result, and cell metadata whose keys say "outputs".
/// Each *.clean.ipynb was written by the same serializer from the same notebook with outputs [] and counts null, so it
/// is an oracle made without the stripper.
/// </summary>
public static class StripFixtures
{
    public static string Folder => Path.Combine(Nbrun.Fixtures, "strip");

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    /// <summary>The notebook text with a sentence of its first markdown cell changed, as an instructor fixing prose would.</summary>
    public static byte[] EditSentence(byte[] notebook)
    {
        var text = Encoding.UTF8.GetString(notebook);
        Assert.Contains("adds weighted inputs", text);
        return Encoding.UTF8.GetBytes(text.Replace("adds weighted inputs", "sums its weighted inputs"));
    }

    /// <summary>
    /// A stored (clean) notebook as if it had been run: each "outputs": [] gets a stream and a chart, each
    /// "execution_count": null a number, laid out over several lines with the file's own line ending.
    /// </summary>
    public static byte[] Run(byte[] clean)
    {
        var text = Encoding.UTF8.GetString(clean);
        var newline = text.Contains("\r\n") ? "\r\n" : "\n";
        var count = 0;
        text = Regex.Replace(text, "\"execution_count\": null", _ => $"\"execution_count\": {++count}");
        text = Regex.Replace(text, "\"outputs\": \\[\\]", _ =>
            "\"outputs\": [" + newline +
            "    {\"name\": \"stdout\", \"output_type\": \"stream\", \"text\": [\"σ(0) = 0.5 ✓\\n\"]}," + newline +
            "    {\"data\": {\"text/html\": [\"<div id=\\\"plot\\\"></div><script>Plotly.newPlot(\\\"plot\\\", [{\\\"y\\\": [1, 2]}]);</script>\"]," +
            " \"text/plain\": [\"Chart\"]}, \"metadata\": {}, \"output_type\": \"display_data\"}" + newline + "   ]");
        return Encoding.UTF8.GetBytes(text);
    }

    public static byte[] WithCrlf(byte[] notebook) => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(notebook).Replace("\r\n", "\n").Replace("\n", "\r\n"));

    public static byte[] WithBom(byte[] notebook) => [0xEF, 0xBB, 0xBF, .. notebook];

    /// <summary>Every notebook in the repository's notebooks/ folder, lessons and homework.</summary>
    public static TheoryData<string> RepositoryNotebooks()
    {
        var folder = CourseRun.Notebooks;
        return new TheoryData<string>(Directory.EnumerateFiles(folder, "*.ipynb", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal));
    }
}
