using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Lessons;

/// <summary>
/// The Japanese edition as the course run executes it on the kernel: every notebook runs as its English twin does (the
/// same outputs, no new error), and what the library writes for the reader is Japanese: chart titles, axis titles, legend
/// entries, hover text and labels, and the lines checks and self-checks print. Names that are names (ReLU, Adam, AND,
/// setosa) and formulas stay as they are; a run of two or more English words is a sentence left untranslated.
/// </summary>
[Collection(CourseRunCollection.Name)]
[Trait(Tier.Name, Tier.Full)]
public sealed partial class JapaneseRunTests(CourseRun course)
{
    [Theory]
    [MemberData(nameof(CourseRun.Japanese), MemberType = typeof(CourseRun))]
    public void Each_Japanese_notebook_gives_the_outputs_its_English_twin_gives(string notebook)
    {
        var english = course.Outputs(notebook.Replace(".ja.ipynb", ".ipynb", StringComparison.Ordinal)).ToList();
        var japanese = course.Outputs(notebook).ToList();
        Assert.Equal(english.Select(o => (o.Cell, o.Output.Kind)), japanese.Select(o => (o.Cell, o.Output.Kind)));
        Assert.Equal(english.Count(o => o.Output.Kind == "error"), japanese.Count(o => o.Output.Kind == "error"));
    }

    [Theory]
    [MemberData(nameof(CourseRun.Japanese), MemberType = typeof(CourseRun))]
    public void Every_word_a_chart_shows_is_Japanese(string notebook)
    {
        var english = new List<string>();
        foreach (var chart in course.Charts(notebook).Where(c => !c.ByPlotlyNet))
            foreach (var words in ReaderWords(JsonNode.Parse(chart.FigureJson)))
                if (EnglishPhrase(words) is { } phrase) english.Add($"{chart}: \"{words}\" ({phrase})");
        Assert.True(english.Count == 0, $"{english.Count} chart words left in English:\n" + string.Join("\n", english.Distinct()));
    }

    [Theory]
    [MemberData(nameof(CourseRun.Japanese), MemberType = typeof(CourseRun))]
    public void Every_line_a_check_prints_is_Japanese(string notebook)
    {
        var lines = course.Outputs(notebook).Where(o => o.Output.Kind == "stream")
            .SelectMany(o => (o.Output.Text ?? "").Split('\n').Select(line => (o.Cell, Line: line)))
            .Where(l => l.Line.StartsWith('✓') || l.Line.StartsWith('✗')).ToList();
        var english = lines.Where(l => EnglishPhrase(l.Line) is not null).Select(l => $"cell {l.Cell}: {l.Line}").ToList();
        Assert.True(english.Count == 0, $"{english.Count} check lines left in English:\n" + string.Join("\n", english));
    }

    /// <summary>The texts plotly shows a reader: titles, trace names, hover templates, annotations, labels, categories.</summary>
    private static IEnumerable<string> ReaderWords(JsonNode? node)
    {
        if (node is JsonObject o)
            foreach (var (key, value) in o)
            {
                if (key is "name" or "hovertemplate" or "label" or "prefix" or "text" && value is JsonValue v && v.TryGetValue(out string? s)) yield return s;
                else if (key is "text" or "x" && value is JsonArray list && list.All(e => e is JsonValue ev && ev.TryGetValue(out string? _)))
                    foreach (var e in list) yield return (string)e!;
                else
                    foreach (var inner in ReaderWords(value)) yield return inner;
            }
        else if (node is JsonArray a)
            foreach (var inner in a.SelectMany(ReaderWords)) yield return inner;
    }

    /// <summary>
    /// Two or more English words in a row, once markup, plotly's %{…} fields, quoted values and the names kept in English
    /// are taken out; null when there is none.
    /// </summary>
    private static string? EnglishPhrase(string text)
    {
        var plain = Markup().Replace(text, " ");
        foreach (var name in KeptNames) plain = plain.Replace(name, " ", StringComparison.Ordinal);
        var match = Phrase().Match(plain);
        return match.Success ? match.Value : null;
    }

    /// <summary>Names the Japanese lessons write in Latin letters too.</summary>
    private static readonly string[] KeptNames =
    [
        "Leaky ReLU", "TensorFlow Playground", "setosa", "versicolor", "virginica",
    ];

    [GeneratedRegex(@"<[^>]+>|%\{[^}]*\}|""[^""]*""|`[^`]*`")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\b[A-Za-z]{2,}\b[ ,]+\b[A-Za-z]{2,}\b")]
    private static partial Regex Phrase();
}
