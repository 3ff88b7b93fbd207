using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.FileApps;

/// <summary>
/// A few Japanese apps (apps/ja/) run once with `dotnet run`, as a student runs them, in a copy of the course that
/// holds only what an app reads (<see cref="AppRuns.CopyOfCourse"/>): lessons 01 and 02, and homework 01. Their code
/// is the English apps' (which <see cref="AppRuns"/> runs and compares with the notebooks), so a few runs show what
/// only the edition changes: where the app works and writes its page, and the language it prints and draws in.
/// </summary>
public sealed class JapaneseAppRuns
{
    public static readonly string[] Apps = ["01-perceptron.cs", "02-activation-functions.cs", "homework/01-perceptron-learning.cs"];

    public JapaneseAppRuns()
    {
        Root = AppRuns.CopyOfCourse();
        var results = new ConcurrentDictionary<string, Shell.Result>();
        Parallel.ForEach(Apps, new ParallelOptions { MaxDegreeOfParallelism = 2 }, app =>
            results[app] = Shell.Run(Root, "dotnet", ["run", $"apps/ja/{app}"], timeoutSeconds: 600));
        Results = results;
    }

    public string Root { get; }

    /// <summary>Each app's run by its path under apps/ja/ ("01-perceptron.cs", "homework/01-perceptron-learning.cs").</summary>
    public IReadOnlyDictionary<string, Shell.Result> Results { get; }

    /// <summary>The app's chart page: beside it, in apps/ja/charts/ (apps/ja/homework/charts/ for homework).</summary>
    public string Page(string app) =>
        Path.Combine(Root, "apps", "ja", Path.GetDirectoryName(app) ?? "", "charts", Path.GetFileNameWithoutExtension(app) + ".html");
}

[Trait(Tier.Name, Tier.Full)]
public sealed partial class JapaneseAppTests(JapaneseAppRuns apps) : IClassFixture<JapaneseAppRuns>
{
    [Theory]
    [InlineData("01-perceptron.cs")]
    [InlineData("02-activation-functions.cs")]
    public void A_Japanese_lesson_app_reads_the_courses_data_and_prints_and_draws_in_Japanese(string app)
    {
        var run = apps.Results[app];
        // Lesson 01 reads "../data/iris.csv": from apps/ja/ it is found only because the app works in apps/.
        Assert.True(run.ExitCode == 0, $"dotnet run apps/ja/{app} exited {run.ExitCode}:\n{run.Both}");
        var source = File.ReadAllText(Path.Combine(apps.Root, "apps", "ja", app));
        var cells = AppText.ByCell(run.Output);
        Assert.Equal(CellCalls().Matches(source).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)), cells.Keys);
        // The console's cell headers keep their marker, with the Japanese section titles.
        Assert.Contains(run.Output.Split('\n'), line => line.StartsWith("── cell ", StringComparison.Ordinal) && Japanese().IsMatch(line));
        // A self-check line in Japanese (the lesson's exercises are unanswered, so ✗), ✓/✗ first as in English.
        Assert.Contains(run.Output.Split('\n'), line => (line.StartsWith('✓') || line.StartsWith('✗')) && Japanese().IsMatch(line));
        Assert.Matches(@"\[chart \d+: .*\p{IsCJKUnifiedIdeographs}.*\]", run.Output);

        var page = apps.Page(app);
        Assert.Contains($"charts: {page}", run.Output, StringComparison.Ordinal);
        var html = File.ReadAllText(page);
        Assert.Contains("<html lang=\"ja\">", html, StringComparison.Ordinal);
        Assert.Matches(@"<h2>セル \d+ &#183; ", html);
        Assert.Matches(@"html\[lang=""ja""\] body \{\s*font-family: ""Noto Sans CJK JP""", html);
        var titles = AppText.PageFigures(page).Select(json => (string?)JsonNode.Parse(json)!["layout"]?["title"]?["text"]).OfType<string>().ToList();
        Assert.Contains(titles, title => Japanese().IsMatch(title));
        // The English app's page stays where it was, untouched by the Japanese app.
        Assert.False(File.Exists(Path.Combine(apps.Root, "apps", "charts", Path.GetFileNameWithoutExtension(app) + ".html")));
    }

    [Fact]
    public void A_Japanese_homework_app_reads_the_courses_data_and_runs_to_its_first_stub()
    {
        var run = apps.Results["homework/01-perceptron-learning.cs"];
        var cells = AppText.ByCell(run.Output);

        // "../../data/iris.csv", read from apps/ja/homework/, is found in the course's data/.
        Assert.Contains(cells.Values, text => text.StartsWith("Dataset(100 examples", StringComparison.Ordinal));
        var firstError = cells.First(c => c.Value.Contains("Error: ", StringComparison.Ordinal));
        Assert.Contains("Error: System.NotImplementedException: ", firstError.Value, StringComparison.Ordinal);
        Assert.Contains(run.Output.Split('\n'), line => line.StartsWith("── cell ", StringComparison.Ordinal) && Japanese().IsMatch(line));
        // It stops, in Japanese, at the cell whose names the later cells need.
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("アプリはここで止まります。", run.Output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^App\.Cell\((\d+), ", RegexOptions.Multiline)]
    private static partial Regex CellCalls();

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex Japanese();
}
