using System.Reflection;
using NeuralNetworks.Languages;

namespace NotebookRunner.Reports;

/// <summary>
/// The Japanese of the hidden checks' <c>// HINT:</c> lines (Reports/ja.hints.txt, in the library's
/// catalog format), for a Japanese student's report. A hint tells what a hidden check tries, so it
/// stays on the grader's side: it is built into nbrun, never into the library the site's browser
/// runtime serves, and the students' copy of the course leaves it out (the catalog is then empty
/// and a hint is reported as the source writes it).
/// </summary>
public static class HiddenCheckHints
{
    public static Catalog Japanese { get; } = Load("ja.hints.txt");

    private static Catalog Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name);
        return Catalog.Parse(stream is null ? "" : new StreamReader(stream).ReadToEnd());
    }
}
