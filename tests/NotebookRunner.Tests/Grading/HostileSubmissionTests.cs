using System.Text.Json.Nodes;
using NotebookRunner.Grading;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// One folder of hostile submissions beside a correct one, graded with `nbrun grade FOLDER` as an instructor would:
/// each gets its report, the correct one still earns every point, the grader exits cleanly, and the source assignment
/// folder is byte-identical afterwards.
/// </summary>
public sealed class HostileSubmissionTests : IClassFixture<HostileSubmissionTests.Graded>
{
    public sealed class Graded
    {
        public Graded()
        {
            Assignment = CourseCopy.Load("01-activation");
            var folder = Nbrun.TempFolder();
            Submissions = Path.Combine(folder, "submissions");
            Reports = Path.Combine(folder, "reports");
            Directory.CreateDirectory(Submissions);
            foreach (var (name, document) in Make(Assignment)) CourseCopy.Save(document, name + ".ipynb", Submissions);
            HashBefore = Nbrun.Hash(CourseCopy.Homework);
            Result = Nbrun.Run(folder, "grade", Submissions, "--assignment", Assignment.Path, "--out", Reports, "--timeout", "15", "--submission-timeout", "180");
            HashAfter = Nbrun.Hash(CourseCopy.Homework);
        }

        public Assignment Assignment { get; }

        public string Submissions { get; }

        public string Reports { get; }

        public string HashBefore { get; }

        public string HashAfter { get; }

        public Nbrun.Result Result { get; }

        public JsonObject Report(string name) => Nbrun.Read(Path.Combine(Reports, name + ".json"));
    }

    private static readonly string[] SigmoidChecks = ["sigmoid-values", "sigmoid-large-inputs"];

    private readonly Graded graded;

    public HostileSubmissionTests(Graded graded) => this.graded = graded;

    private static IEnumerable<(string Name, JsonObject Document)> Make(Assignment a)
    {
        JsonObject Cell(string code) => CourseCopy.WithCellBeforeChecks(SubmissionVariants.Solved(a), code);
        yield return ("correct", SubmissionVariants.Solved(a));
        yield return ("endless-loop", Cell("while (true) { }"));
        yield return ("loop-in-function", SubmissionVariants.WithRegionReplaced(a, 0, "while (true) { }"));
        yield return ("environment-exit", Cell("Environment.Exit(0);"));
        yield return ("stack-overflow", Cell("int Down(int n) => Down(n + 1) + 1;\nDown(0);"));
        yield return ("huge-output", Cell("var line = new string('x', 99);\nfor (int i = 0; i < 1_000_000; i++) Console.WriteLine(line);"));
        yield return ("static-constructor", CourseCopy.WithCellAt(SubmissionVariants.WithRegionReplaced(a, 0, "return Bomb.X;"), 1,
            "class Bomb\n{\n    public static readonly double X = Fail();\n    static double Fail() => throw new InvalidOperationException(\"boom\");\n}"));
        yield return ("deletes-files", Cell("foreach (var f in Directory.GetFiles(\".\", \"*\", SearchOption.AllDirectories)) File.Delete(f);"));
        yield return ("tampered-checks", Tampered(a));
    }

    /// <summary>A wrong Sigmoid, its visible check rewritten to always pass, and a made-up 100-point check.</summary>
    private static JsonObject Tampered(Assignment a)
    {
        var document = CourseCopy.WithCellBeforeChecks(SubmissionVariants.WithRegionReplaced(a, 0, "return 0.5;"),
            "// CHECK bonus (100 points)\nConsole.WriteLine(\"free points\");");
        foreach (var cell in (JsonArray)document["cells"]!)
            if (NotebookReader.Source(cell!["source"]).StartsWith("// CHECK sigmoid-values", StringComparison.Ordinal))
                cell["source"] = "// CHECK sigmoid-values (2 points)\nCheck.Passed(\"sigmoid-values\", points: 2);";
        return document;
    }

    [Fact]
    public void The_grader_exits_cleanly_and_reports_every_submission()
    {
        Assert.True(graded.Result.ExitCode == 0, graded.Result.Output + graded.Result.Error);
        var names = Make(graded.Assignment).Select(m => m.Name).ToList();
        foreach (var name in names)
        {
            Assert.True(File.Exists(Path.Combine(graded.Reports, name + ".json")), name);
            Assert.True(File.Exists(Path.Combine(graded.Reports, name + ".md")), name);
            Assert.Contains(name, graded.Result.Output);
        }
        var csv = File.ReadAllLines(Path.Combine(graded.Reports, "summary.csv"));
        Assert.Equal("submission,earned,possible,sigmoid-values,sigmoid-large-inputs,sigmoid-derivative-values,sigmoid-derivative-numerical,relu-values,relu-derivative-at-zero", csv[0]);
        Assert.Equal(names.Order(), csv.Skip(1).Select(l => Path.GetFileNameWithoutExtension(l.Split(',')[0])).Order());
        Assert.Contains("correct.ipynb,10,10,2,2,2,1,2,1", csv);
    }

    [Fact]
    public void The_source_assignment_is_untouched() => Assert.Equal(graded.HashBefore, graded.HashAfter);

    [Theory]
    [InlineData("endless-loop", "time limit")]
    [InlineData("environment-exit", "exited")]
    [InlineData("stack-overflow", "exited")]
    public void A_submission_that_stops_its_notebook_loses_every_point(string name, string reason)
    {
        var report = graded.Report(name);
        Assert.Equal(0, (int)report["earned"]!);
        Assert.Equal(10, (int)report["possible"]!);
        Assert.Contains(reason, (string)report["problems"]![0]!["message"]!);
        Assert.All((JsonArray)report["checks"]!, c => Assert.StartsWith("not run:", (string)c!["message"]!));
    }

    [Theory]
    [InlineData("loop-in-function", "time limit")]
    [InlineData("static-constructor", "TypeInitializationException")]
    [InlineData("tampered-checks", "Sigmoid(2)")]
    public void A_broken_sigmoid_loses_only_the_sigmoid_checks(string name, string message)
    {
        var report = graded.Report(name);
        Assert.Equal(10, (int)report["possible"]!);
        Assert.Equal(6, (int)report["earned"]!);
        var failed = ((JsonArray)report["checks"]!).Where(c => !(bool)c!["passed"]!).ToList();
        Assert.Equal(SigmoidChecks, failed.Select(c => (string)c!["name"]!));
        Assert.Contains(message, (string)failed[0]!["message"]!);
    }

    [Theory]
    [InlineData("correct")]
    [InlineData("huge-output")]
    [InlineData("deletes-files")]
    public void Harmless_oddities_keep_every_point(string name)
    {
        Assert.Equal(10, (int)graded.Report(name)["earned"]!);
        Assert.True(new FileInfo(Path.Combine(graded.Reports, name + ".json")).Length < 20_000);
    }
}
