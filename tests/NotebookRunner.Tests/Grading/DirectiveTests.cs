using System.Text.Json.Nodes;
using NotebookRunner.Assignments;
using NotebookRunner.Judging;
using NotebookRunner.Notebooks;
using NotebookRunner.Sandbox;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// Directives are read as the kernel reads them and a #r is judged by what it loads (issue 26). Every spelling the pinned
/// kernel was seen to load (a tab after #r, an indented #load, "# load", a \v before a line, …) is found; a cell with #load,
/// #i, or a #r of anything but the course library does not run and charges every check; the #r lines a release writes,
/// with or without --keep-paths, and any path that reaches the course library as the course lays it out, run as the
/// source's own #r, which in the sandbox loads the grading build.
/// </summary>
public sealed class DirectiveTests
{
    private const string Library = "../../lib/NeuralNetworks/bin/Debug/net8.0/NeuralNetworks.dll";

    [Theory]
    [InlineData("#r \"x.dll\"", "r", "\"x.dll\"")]
    [InlineData("#r\t\"nuget:Foo, 1.0\"", "r", "\"nuget:Foo, 1.0\"")]
    [InlineData("   #load \"/tmp/a.csx\"", "load", "\"/tmp/a.csx\"")]
    [InlineData("# load \"/tmp/a.csx\"", "load", "\"/tmp/a.csx\"")]
    [InlineData("#load\t\"/tmp/a.csx\"", "load", "\"/tmp/a.csx\"")]
    [InlineData("# r \"x.dll\"", "r", "\"x.dll\"")]
    [InlineData("var z = 1;\v#r \"nuget:Foo, 1.0\"", "r", "\"nuget:Foo, 1.0\"")]
    [InlineData("var z = 1;\u2028#load \"/tmp/a.csx\"", "load", "\"/tmp/a.csx\"")]
    [InlineData("\u00a0\u200b#i \"nuget:https://example.invalid\"", "i", "\"nuget:https://example.invalid\"")]
    [InlineData("var s = @\"\n#r \"\"/tmp/x.dll\"\"\n\";", "r", "\"\"/tmp/x.dll\"\"")]
    [InlineData("#!time\nvar x = 1;", "!time", "")]
    [InlineData("#define HIDDEN\nvar x = 1;", "define", "HIDDEN")]
    public void Each_directive_the_kernel_could_take_is_found(string source, string name, string argument)
    {
        var directive = Assert.Single(CellDirectives.Of(source));
        Assert.Equal(name, directive.Name);
        Assert.Equal(argument, directive.Argument);
    }

    [Fact]
    public void A_hash_that_neither_parser_takes_is_no_directive()
    {
        Assert.Empty(CellDirectives.Of("var notes = \"\"\"\n    # Findings\n    #1 result\n    \"\"\";\nvar rhash = \"#r\";"));
    }

    [Theory]
    [InlineData(Library)]
    [InlineData("../lib/NeuralNetworks/bin/Debug/net8.0/NeuralNetworks.dll")]
    [InlineData("../../../../tmp/release/../course/lib/NeuralNetworks/bin/Debug/net8.0/NeuralNetworks.dll")]
    [InlineData("/home/alice/course/lib/NeuralNetworks/bin/Debug/net8.0/NeuralNetworks.dll")]
    [InlineData("./../../lib/NeuralNetworks/bin/Debug/net8.0/./NeuralNetworks.dll")]
    public void A_path_that_reaches_the_course_library_loads_the_source_s_own_path(string path)
    {
        Assert.Equal(Library, LibraryReferences.Resolve(CourseView.For(CourseCopy.Load("02-activation")), path));
    }

    [Theory]
    [InlineData("/tmp/NeuralNetworks.dll")]
    [InlineData("/tmp/evil.dll")]
    [InlineData("nuget:NeuralNetworks, 1.0.0")]
    [InlineData("../../lib/NeuralNetworks/bin/Release/net8.0/NeuralNetworks.dll")]
    [InlineData("../../lib/NeuralNetworks/bin/Debug/net8.0/NeuralNetworks.dll\\..\\x.dll")]
    [InlineData("../../lib/NeuralNetworks/bin/Debug/net8.0/Evil.dll")]
    [InlineData("")]
    public void Any_other_path_is_refused(string path)
    {
        Assert.Null(LibraryReferences.Resolve(CourseView.For(CourseCopy.Load("02-activation")), path));
    }

    public static TheoryData<string, string> Refused() => new()
    {
        { "#load \"/tmp/helper.csx\"", "with #load" },
        { "    # load \"/tmp/helper.csx\"", "with #load" },
        { "#r \"/tmp/evil.dll\"", "loads \"/tmp/evil.dll\" with #r" },
        { "#r\t\"nuget:MathNet.Numerics, 5.0.0\"", "loads \"nuget:MathNet.Numerics, 5.0.0\" with #r" },
        { "var z = 1;\v#r \"nuget:MathNet.Numerics, 5.0.0\"", "with #r" },
        { "#i \"nuget:https://example.invalid/feed\"", "package source with #i" },
        { $"#r \"{Library}\" // the library", "with #r" },
        { "#define HIDDEN\n#if HIDDEN\nvar x = 1;\n#endif", "the directive #define" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_cell_with_any_other_directive_does_not_run_and_charges_every_check(string cell, string says)
    {
        var source = CourseCopy.Load("02-activation");
        var document = CourseCopy.WithCellBeforeChecks(SubmissionVariants.Solved(source), cell);
        var (run, _, refused) = Select(document);
        var violation = Assert.Single(refused);
        Assert.Null(violation.Function);
        Assert.Equal(ViolationKind.Forbidden, violation.Kind);
        Assert.Contains(says, violation.What);
        Assert.DoesNotContain(run, c => c.Source.Contains(cell, StringComparison.Ordinal));
        Assert.Contains(run, c => c.Source.Contains("double Sigmoid(double u)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_magic_command_stops_only_its_cell_and_a_first_line_language_selector_is_fine()
    {
        var source = CourseCopy.Load("02-activation");
        var document = CourseCopy.WithCellBeforeChecks(SubmissionVariants.Solved(source), "#!time\nvar t = 1;");
        document = CourseCopy.WithCellBeforeChecks(document, "#!csharp\nvar s = 2;");
        var (run, problems, refused) = Select(document);
        Assert.Empty(refused);
        Assert.Contains(problems, p => p.Message.Contains("magic command #!time", StringComparison.Ordinal));
        Assert.Contains(run, c => c.Source.Contains("var s = 2;", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_library_lines_a_release_writes_run_as_the_source_s_own(bool keepPaths)
    {
        var source = CourseCopy.Load("02-activation");
        var released = SubmissionVariants.Solved(source);
        var target = keepPaths ? CourseCopy.Homework : Path.Combine(Support.Nbrun.TempFolder(), "release", "week2");
        var changes = ReleasePaths.Rewrite(source, released, target);
        Assert.Equal(keepPaths, changes.Count == 0);
        var (run, problems, refused) = Select(released);
        Assert.Empty(refused);
        Assert.Empty(problems);
        var setup = run.Single(c => c.Source.Contains("#r", StringComparison.Ordinal)).Source;
        Assert.Contains($"#r \"{Library}\"", setup);
        Assert.Contains("#r \"../../lib/NeuralNetworks/bin/Debug/net8.0/MathNet.Numerics.dll\"", setup);
        Assert.Equal(CellSource.Lines(setup).Length, CellSource.Lines(source.Notebook.Cells.Single(c => c.Source.Contains("#r", StringComparison.Ordinal)).Source).Length);
    }

    [Fact]
    public void An_indented_or_tabbed_library_line_runs_as_the_source_s_own()
    {
        var source = CourseCopy.Load("02-activation");
        var document = CourseCopy.WithCellBeforeChecks(SubmissionVariants.Solved(source), $"  #r\t\"{Library.Replace("../../", "../../../course/../course/", StringComparison.Ordinal)}\"\nvar ok = 1;");
        var (run, _, refused) = Select(document);
        Assert.Empty(refused);
        Assert.Contains(run, c => c.Source == $"#r \"{Library}\"\nvar ok = 1;");
    }

    private static SelectedCells Select(JsonObject document)
    {
        var source = CourseCopy.Load("02-activation");
        var view = CourseView.For(source);
        var notebook = NotebookReader.FromDocument(Path.Combine(CourseCopy.Homework, "submission.ipynb"), document);
        return SubmissionCells.Select(notebook, path => LibraryReferences.Resolve(view, path));
    }
}
