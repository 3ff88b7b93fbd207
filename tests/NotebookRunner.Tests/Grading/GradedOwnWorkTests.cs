using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// Issue 26 end to end, as README's instructor path runs it: homework/02-activation released with `nbrun release
/// notebooks/homework --out DIR` (with and without --keep-paths), solved by copying the solution regions back, and graded
/// with `nbrun grade` in one folder beside the routes that need a kernel to be tried: a written .csx loaded with #load, a
/// written DLL loaded with #r, one written where the library would be, `#r` with a tab before "nuget:…", and UnsafeAccessor
/// reading Activation.Sigmoid's backing field at run time. One kernel per submission.
/// </summary>
[Trait(Tier.Name, Tier.Full)]
public sealed class GradedOwnWorkTests(GradedOwnWorkTests.Graded graded) : IClassFixture<GradedOwnWorkTests.Graded>
{
    public sealed class Graded
    {
        public Graded()
        {
            Assignment = CourseCopy.Load("02-activation");
            var folder = Nbrun.TempFolder();
            var submissions = Path.Combine(folder, "submissions");
            Reports = Path.Combine(folder, "reports");
            Directory.CreateDirectory(submissions);
            foreach (var keep in new[] { false, true })
            {
                var release = Path.Combine(folder, keep ? "release-kept" : "release");
                var released = Nbrun.Run(folder, ["release", CourseCopy.Homework, "--out", release, .. keep ? new[] { "--keep-paths" } : []]);
                Assert.True(released.ExitCode == 0, released.Output + released.Error);
                var solved = Solve(Nbrun.Read(Path.Combine(release, "02-activation.ipynb")), Assignment);
                ReleasedLibraryLines[keep] = CellSource.Lines(string.Concat(((JsonArray)solved["cells"]!).Select(c => Nbrun.Text(c!["source"]) + "\n")))
                    .Where(l => l.StartsWith("#r ", StringComparison.Ordinal)).ToList();
                CourseCopy.Save(solved, (keep ? "released-with-kept-paths" : "released") + ".ipynb", submissions);
            }
            foreach (var (name, document) in Attacks(Assignment)) CourseCopy.Save(document, name + ".ipynb", submissions);
            Result = Nbrun.Run(folder, "grade", submissions, "--assignment", Assignment.Path, "--out", Reports, "--timeout", "60");
        }

        public Assignment Assignment { get; }

        public string Reports { get; }

        public Nbrun.Result Result { get; }

        public Dictionary<bool, List<string>> ReleasedLibraryLines { get; } = [];

        public JsonObject Report(string name) => Nbrun.Read(Path.Combine(Reports, name + ".json"));

        /// <summary>Every message of a report, checks' and problems', one a line.</summary>
        public string Text(string name)
        {
            var report = Report(name);
            return string.Join("\n", ((JsonArray)report["checks"]!).Concat((JsonArray)report["problems"]!).Select(m => (string?)m!["message"]));
        }

        /// <summary>The points of the checks that call Sigmoid: what a submission loses when only Sigmoid is not its own.</summary>
        public int SigmoidPoints => Assignment.Probes.Where(p => p.Names.Contains("Sigmoid")).Sum(p => p.Check.Points);
    }

    private static IEnumerable<(string, JsonObject)> Attacks(Assignment a)
    {
        JsonObject With(string sigmoid, params string[] cells) => OwnWorkSnippets.Submission("02-activation", 0, sigmoid, cells);
        yield return ("load-written-csx", With("return LoadedSigmoid(u);",
            "System.IO.File.WriteAllText(\"/tmp/sigmoid.csx\", \"double LoadedSigmoid(double u) => 1 / (1 + Math.Exp(-u));\");",
            "#load \"/tmp/sigmoid.csx\""));
        var dll = Convert.ToBase64String(EvilDll());
        yield return ("r-written-dll", With("return Evil.Sigmoid(u);", $"System.IO.File.WriteAllBytes(\"/tmp/evil.dll\", Convert.FromBase64String(\"{dll}\"));", "#r \"/tmp/evil.dll\""));
        yield return ("r-where-the-library-would-be", With("return Evil.Sigmoid(u);", $$"""
            var folder = "/tmp/lib/NeuralNetworks/bin/Debug/net8.0";
            System.IO.Directory.CreateDirectory(folder);
            System.IO.File.WriteAllBytes(folder + "/NeuralNetworks.dll", Convert.FromBase64String("{{dll}}"));
            """, "#r \"/tmp/lib/NeuralNetworks/bin/Debug/net8.0/NeuralNetworks.dll\""));
        yield return ("r-tab-nuget", With("return 1.0 / (1.0 + Math.Exp(-u));", "#r\t\"nuget:Newtonsoft.Json, 13.0.3\"\nvar loaded = 1;"));
        yield return ("unsafe-accessor", With("return 1.0 / (1.0 + Math.Exp(-u));", """
            [System.Runtime.CompilerServices.UnsafeAccessor(System.Runtime.CompilerServices.UnsafeAccessorKind.StaticField, Name = "<Sigmoid>k__BackingField")]
            static extern ref Activation RealSigmoid(Activation a);
            var real = RealSigmoid(null!);
            throw new Exception(real is null ? "the backing field is empty" : $"the backing field computes σ(0) = {real.Apply(0)}");
            """));
    }

    /// <summary>A DLL a student could write from a notebook: Evil.Sigmoid, compiled here.</summary>
    private static byte[] EvilDll()
    {
        var tree = CSharpSyntaxTree.ParseText("public static class Evil { public static double Sigmoid(double u) => 1 / (1 + System.Math.Exp(-u)); }");
        var compilation = CSharpCompilation.Create("Evil", [tree], [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        Assert.True(compilation.Emit(stream).Success);
        return stream.ToArray();
    }

    /// <summary>A released notebook with each stub replaced by the source's solution region, as a student who copies it back.</summary>
    private static JsonObject Solve(JsonObject released, Assignment source)
    {
        var cells = (JsonArray)released["cells"]!;
        var kept = source.Notebook.Cells.Where(c => !source.Checks.Any(k => k.Hidden && k.Cell == c.Number)).ToList();
        for (var i = 0; i < kept.Count; i++)
        {
            var regions = source.Regions.Where(r => r.Cell == kept[i].Number).ToList();
            if (regions.Count == 0) continue;
            var lines = CellSource.Lines(Nbrun.Text(cells[i]!["source"])).ToList();
            var stubs = lines.Select((l, n) => (l, n)).Where(x => x.l.Trim() == "// YOUR CODE HERE").Select(x => x.n).ToList();
            var solution = CellSource.Lines(kept[i].Source);
            for (var r = regions.Count - 1; r >= 0; r--)
            {
                lines.RemoveRange(stubs[r], 2);
                lines.InsertRange(stubs[r], solution[(regions[r].BeginLine - 1)..regions[r].EndLine]);
            }
            cells[i]!["source"] = NotebookWriter.Lines(string.Join("\n", lines));
        }
        return released;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_honest_notebook_released_with_or_without_kept_paths_earns_full_marks(bool keepPaths)
    {
        Assert.True(graded.Result.ExitCode == 0 || File.Exists(Path.Combine(graded.Reports, "summary.csv")), graded.Result.Output + graded.Result.Error);
        var name = keepPaths ? "released-with-kept-paths" : "released";
        var report = graded.Report(name);
        Assert.True((int)report["earned"]! == graded.Assignment.Possible, graded.Text(name));
        Assert.Empty((JsonArray)report["problems"]!);
        var expected = keepPaths ? "#r \"../../lib/" : "#r \"../../";
        Assert.All(graded.ReleasedLibraryLines[keepPaths], l => Assert.StartsWith(expected, l));
        if (!keepPaths) Assert.DoesNotContain(graded.ReleasedLibraryLines[false], l => l.StartsWith("#r \"../../lib/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("load-written-csx", "runs \"/tmp/sigmoid.csx\" with #load")]
    [InlineData("r-written-dll", "loads \"/tmp/evil.dll\" with #r")]
    [InlineData("r-tab-nuget", "loads \"nuget:Newtonsoft.Json, 13.0.3\" with #r")]
    [InlineData("unsafe-accessor", "UnsafeAccessor")]
    public void A_route_around_the_student_s_own_work_earns_nothing_and_says_why(string name, string says)
    {
        Assert.True((int)graded.Report(name)["earned"]! == 0, graded.Text(name));
        Assert.Contains(says, graded.Text(name));
    }

    [Fact]
    public void A_refused_directive_never_reaches_the_kernel()
    {
        var text = graded.Text("r-tab-nuget") + graded.Text("load-written-csx");
        Assert.DoesNotContain("NU1101", text);
        Assert.DoesNotContain("nuget.org", text);
        Assert.DoesNotContain("LoadedSigmoid(double u) =>", text);
    }

    [Fact]
    public void UnsafeAccessor_finds_the_answer_s_backing_field_empty_at_run_time()
    {
        Assert.Contains("the backing field is empty", graded.Text("unsafe-accessor"));
    }

    [Fact]
    public void A_dll_written_where_the_library_would_be_loads_the_grading_build_instead()
    {
        var report = graded.Report("r-where-the-library-would-be");
        Assert.True((int)report["earned"]! == graded.Assignment.Possible - graded.SigmoidPoints, graded.Text("r-where-the-library-would-be"));
        Assert.Contains("The name 'Evil' does not exist", graded.Text("r-where-the-library-would-be"));
    }
}
