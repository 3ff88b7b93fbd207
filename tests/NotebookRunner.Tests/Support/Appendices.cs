namespace NotebookRunner.Tests.Support;

/// <summary>
/// An appendix (notebooks/AUTHORING.md, "Appendices"): a notebook directly in notebooks/ named appendix-*.ipynb, titled
/// "# Appendix · …". It is built like a lesson but is not one of the numbered lessons, and it may leave out the exercises,
/// the questions and the key terms; the structure tests hold it to the rules it shares with the lessons and to its own.
/// </summary>
public static class Appendices
{
    public const string Prefix = "appendix-";

    public static bool Is(string file) => Path.GetFileName(file).StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The appendices' file names ("appendix-plotly-net.ipynb"), in ordinal order.</summary>
    public static IReadOnlyList<string> Names() => Directory.GetFiles(CourseRun.Notebooks, Prefix + "*.ipynb").Where(f => NotebookRunner.Notebooks.Edition.Of(f) == NotebookRunner.Notebooks.Edition.English)
        .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> Files() => new(Names());
}
