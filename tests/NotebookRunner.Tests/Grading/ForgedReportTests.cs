using System.Text.Json.Nodes;
using Markdig;
using Microsoft.CodeAnalysis.CSharp;
using NotebookRunner.Assignments;
using NotebookRunner.Export;
using NotebookRunner.Reports;
using NotebookRunner.Tests.Reports;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// Issue 26's forger, end to end through the real `nbrun grade`: a homework 02 submission named like a formula with escape
/// sequences, a newline and HTML in its file name, whose Sigmoid throws (and whose cell fails) with a message that paints a
/// fake green "Points 10/10", moves the cursor up and clears lines, links with OSC 8, carries &lt;script&gt;, &lt;img onerror&gt;,
/// a Markdown image and a bidi override, and that prints the same. Graded in a folder beside an honest submission, and
/// alone as Classroom's workflow grades it: nothing of it is live in the console, the Markdown, the JSON, summary.csv or
/// the Classroom result, the instructor's JSON still holds every character, and the points are the real ones.
/// </summary>
public sealed class ForgedReportTests(ForgedReportTests.Graded graded) : IClassFixture<ForgedReportTests.Graded>
{
    public const string Name = "=HYPERLINK(\"evil\",\"full marks\")\u001b[2K\u001b[1A\n<img src=x onerror=alert(1)>\u202e.ipynb";

    public const string Message = "\u001b[2K\u001b[1A\u001b[2K\r\u001b[32m✓ every check passed  Points 10/10\u001b[0m "
        + "\u001b]8;;https://evil.example/\u0007your grade\u001b]8;;\u0007 \u009b2K <script>alert(1)</script> "
        + "<img src=x onerror=alert(1)> ![t](https://evil.example/p.png) +cmd|' /C calc'!A0 \u202eevil\u202c";

    public sealed class Graded
    {
        public Graded()
        {
            var assignment = CourseCopy.Load("02-activation");
            var folder = Nbrun.TempFolder();
            var submissions = Path.Combine(folder, "submissions");
            Directory.CreateDirectory(submissions);
            Reports = Path.Combine(folder, "reports");
            var literal = SymbolDisplay.FormatLiteral(Message, quote: true);
            var hostile = CourseCopy.WithCellBeforeChecks(SubmissionVariants.WithRegionReplaced(assignment, 0, $"throw new Exception({literal});"),
                $"Console.WriteLine({literal});\nConsole.Error.WriteLine({literal});\nthrow new InvalidOperationException({literal});");
            CourseCopy.Save(hostile, Name, submissions);
            CourseCopy.Save(SubmissionVariants.Solved(assignment), "bob.ipynb", submissions);
            Folder = Nbrun.Run(folder, "grade", submissions, "--assignment", assignment.Path, "--out", Reports, "--timeout", "30");
            One = Path.Combine(folder, "one");
            Directory.CreateDirectory(One);
            var alone = CourseCopy.Save(hostile, Name, One);
            Single = Nbrun.Run(folder, "grade", alone, "--assignment", assignment.Path, "--out", Path.Combine(One, "reports"),
                "--classroom", Path.Combine(One, "result.json"), "--timeout", "30");
        }

        public string Reports { get; }

        public string One { get; }

        public Nbrun.Result Folder { get; }

        public Nbrun.Result Single { get; }

        public IEnumerable<string> Files(string extension) =>
            Directory.EnumerateFiles(Reports, "*" + extension).Concat(Directory.EnumerateFiles(Path.Combine(One, "reports"), "*" + extension));
    }

    [Fact]
    public void The_console_shows_every_character_and_only_the_real_points_line()
    {
        foreach (var text in new[] { graded.Folder.Output, graded.Folder.Error, graded.Single.Output, graded.Single.Error })
            Assert.True(!text.Any(c => ConsoleText.IsUnsafe(c) && c != '\n'), $"a character a terminal acts on in:\n{ConsoleText.Escape(text)}");
        Assert.True(graded.Folder.ExitCode == 0, graded.Folder.Output + graded.Folder.Error);
        Assert.DoesNotContain(graded.Folder.Output.Split('\n'), l => l.TrimStart().StartsWith("Points", StringComparison.Ordinal));
        var lines = graded.Single.Output.TrimEnd().Split('\n');
        Assert.Equal(1, graded.Single.ExitCode);
        Assert.Equal("Points 6/10", lines[^1]);
        Assert.Single(lines, l => l.TrimStart().StartsWith("Points", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("✗ sigmoid-values 0/2: Exception: \\u001b[2K\\u001b[1A\\u001b[2K\\r\\u001b[32m✓ every check passed", StringComparison.Ordinal));
        Assert.Contains("✗ sigmoid-large-inputs (hidden) 0/2: hidden check failed. Hint: ", graded.Single.Output);
    }

    [Fact]
    public void The_markdown_reports_render_the_payload_as_text_and_nothing_live()
    {
        var reports = graded.Files(".md").ToList();
        Assert.Equal(3, reports.Count);
        foreach (var report in reports)
        {
            var md = File.ReadAllText(report);
            Assert.DoesNotContain(md.Replace("\n", "", StringComparison.Ordinal), ConsoleText.IsUnsafe);
            var html = Markdown.ToHtml(md, MarkdownRendering.Pipeline);
            Assert.False(LiveMarkup.In(html), html);
            if (!report.Contains("bob", StringComparison.Ordinal)) Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        }
    }

    [Fact]
    public void The_instructors_json_keeps_every_character_and_its_text_acts_on_nothing()
    {
        var reports = graded.Files(".json").ToList();
        Assert.Equal(3, reports.Count);
        foreach (var path in reports)
        {
            Assert.DoesNotContain(Path.GetFileName(path), ConsoleText.IsUnsafe);
            var text = File.ReadAllText(path);
            Assert.DoesNotContain(text.Replace("\n", "", StringComparison.Ordinal), ConsoleText.IsUnsafe);
            var report = JsonNode.Parse(text)!;
            if ((string?)report["submission"] == "bob.ipynb") continue;
            Assert.Equal(Name, (string?)report["submission"]);
            var sigmoid = ((JsonArray)report["checks"]!).Single(c => (string?)c!["name"] == "sigmoid-values")!;
            Assert.StartsWith("Exception: " + Message, (string?)sigmoid["message"]);
            Assert.Contains((JsonArray)report["problems"]!, p => (string?)p!["message"] == "InvalidOperationException: " + Message);
        }
    }

    [Fact]
    public void The_summary_is_one_row_each_with_the_name_as_text_not_a_formula()
    {
        var csv = File.ReadAllText(Path.Combine(graded.Reports, "summary.csv"));
        Assert.DoesNotContain(csv.Replace("\n", "", StringComparison.Ordinal), ConsoleText.IsUnsafe);
        var rows = Rfc4180.Read(csv);
        Assert.Equal(3, rows.Count);
        Assert.All(rows.SelectMany(r => r), cell => Assert.False(cell.TrimStart(' ') is ['=' or '+' or '-' or '@' or '\t' or '\r', ..], cell));
        Assert.Equal(["'" + ConsoleText.Escape(Name), "6", "10"], rows.Single(r => r[0].Contains("HYPERLINK", StringComparison.Ordinal)).Take(3));
        Assert.Equal(["bob.ipynb", "10", "10"], rows.Single(r => r[0] == "bob.ipynb").Take(3));
    }

    [Fact]
    public void The_classroom_result_acts_on_nothing_and_says_only_the_hint_of_hidden_checks()
    {
        var text = File.ReadAllText(Path.Combine(graded.One, "result.json"));
        var tests = ((JsonArray)JsonNode.Parse(text)!["tests"]!).Select(t => t!.AsObject()).ToList();
        foreach (var test in tests)
        {
            foreach (var field in new[] { "name", "message", "filename" }) Assert.DoesNotContain((string)test[field]!, ConsoleText.IsUnsafe);
            Assert.Equal(ConsoleText.Escape(Name), (string?)test["filename"]);
        }
        var hidden = tests.Single(t => (string?)t["name"] == "sigmoid-large-inputs (hidden)");
        Assert.StartsWith("hidden check failed. Hint: ", (string?)hidden["message"]);
        Assert.DoesNotContain("Exception", (string?)hidden["message"]);
        Assert.Equal(6, tests.Sum(t => (int)t["score"]!));
    }
}
