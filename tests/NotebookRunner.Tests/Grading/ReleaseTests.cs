using System.Text.Json.Nodes;
using NotebookRunner.Assignments;
using NotebookRunner.Execution;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Grading;

/// <summary>release: the source is untouched, hidden checks and solutions are gone, stubs compile and throw with the hint.</summary>
public sealed class ReleaseTests
{
    public static TheoryData<string> Assignments() => new(CourseCopy.Names);

    [Theory]
    [MemberData(nameof(Assignments))]
    public void Release_removes_hidden_checks_and_solutions_and_leaves_the_source_byte_identical(string name)
    {
        var source = CourseCopy.SourcePath(name);
        var before = File.ReadAllBytes(source);
        var output = Nbrun.TempFolder();
        var result = Nbrun.Run(output, "release", source, "--out", output);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(before, File.ReadAllBytes(source));

        var assignment = Assignment.Load(source);
        var released = File.ReadAllText(Path.Combine(output, name + ".ipynb"));
        var notebook = NotebookReader.Read(Path.Combine(output, name + ".ipynb"));
        Assert.DoesNotContain("HIDDEN CHECK", released);
        Assert.DoesNotContain("BEGIN SOLUTION", released);
        Assert.DoesNotContain("END SOLUTION", released);
        Assert.Equal(assignment.Checks.Where(c => !c.Hidden).Select(c => c.Source), notebook.Cells.Where(c => Markers.LooksLikeCheck(c.Source)).Select(c => c.Source));
        foreach (var region in assignment.Regions)
        {
            var lines = CellSource.Lines(assignment.Notebook.Cells[region.Cell - 1].Source);
            var solution = string.Join("\n", lines[(region.BeginLine + 1)..(region.EndLine - 1)]);
            Assert.DoesNotContain(solution, string.Join("\n", notebook.Cells.Select(c => c.Source)));
        }
        Assert.Equal(assignment.Regions.Count, notebook.Cells.Where(c => c.IsCode).Sum(c => c.Source.Split("throw new NotImplementedException(").Length - 1));
    }

    [Fact]
    public void Release_stubs_solutions_with_the_hint_and_removes_the_exact_solution_text()
    {
        var notebook = NotebookReader.Read(Path.Combine(Release("02-activation"), "02-activation.ipynb"));
        var sigmoid = notebook.Cells.Single(c => c.Source.Contains("double Sigmoid(double u)", StringComparison.Ordinal)).Source;
        Assert.Contains("    throw new NotImplementedException(\"σ(u) = 1 / (1 + e^(−u)); Math.Exp computes e^x.\");", sigmoid);
        Assert.DoesNotContain("Math.Exp(-u)", sigmoid);
    }

    [Fact]
    public void Release_clears_outputs_and_execution_counts()
    {
        var folder = Nbrun.TempFolder();
        var document = (JsonObject)CourseCopy.Load("02-activation").Notebook.Document.DeepClone();
        foreach (var cell in ((JsonArray)document["cells"]!).Where(c => (string?)c!["cell_type"] == "code"))
        {
            cell!["execution_count"] = 3;
            cell["outputs"] = new JsonArray(new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = "secret answer 0.5" });
        }
        var source = CourseCopy.Save(document, "with-outputs.ipynb", folder);
        var output = Path.Combine(folder, "released");
        Assert.Equal(0, Nbrun.Run(folder, "release", source, "--out", output).ExitCode);
        var released = Nbrun.Read(Path.Combine(output, "with-outputs.ipynb"));
        foreach (var cell in ((JsonArray)released["cells"]!).Where(c => (string?)c!["cell_type"] == "code"))
        {
            Assert.Empty((JsonArray)cell!["outputs"]!);
            Assert.Null(cell["execution_count"]);
        }
        Assert.DoesNotContain("secret answer", File.ReadAllText(Path.Combine(output, "with-outputs.ipynb")));
    }

    [Fact]
    public void Release_never_overwrites_without_force()
    {
        var output = Nbrun.TempFolder();
        var source = CourseCopy.SourcePath("06-numerical-gradient");
        Assert.Equal(0, Nbrun.Run(output, "release", source, "--out", output).ExitCode);
        File.WriteAllText(Path.Combine(output, "06-numerical-gradient.ipynb"), "my edits");
        var again = Nbrun.Run(output, "release", source, "--out", output);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("--force", again.Error);
        Assert.Equal("my edits", File.ReadAllText(Path.Combine(output, "06-numerical-gradient.ipynb")));
        Assert.Equal(0, Nbrun.Run(output, "release", source, "--out", output, "--force").ExitCode);
        Assert.NotEqual("my edits", File.ReadAllText(Path.Combine(output, "06-numerical-gradient.ipynb")));
    }

    [Fact]
    public void Release_of_a_folder_writes_every_assignment()
    {
        var output = Nbrun.TempFolder();
        var result = Nbrun.Run(output, "release", CourseCopy.Homework, "--out", output);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(CourseCopy.Names.Select(n => n + ".ipynb").Order(), Directory.GetFiles(output).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Released_notebooks_keep_every_code_line_within_90_characters_stubs_included()
    {
        // The source's lines are held to 90 by CodeLineLengthTests; a stub line carries the hint, so it can be longer.
        var output = CourseCopy.Beside("released");
        Assert.Equal(0, Nbrun.Run(output, "release", CourseCopy.Homework, "--out", output).ExitCode);
        var tooLong = Directory.GetFiles(output, "*.ipynb").Order()
            .SelectMany(file => NotebookReader.Read(file).Cells.Where(c => c.IsCode)
                .SelectMany(c => CellSource.Lines(c.Source).Select(line => (File: Path.GetFileName(file), c.Number, Line: line.TrimEnd()))))
            .Where(l => l.Line.Length > 90)
            .Select(l => $"{l.File} cell {l.Number} ({l.Line.Length} characters): {l.Line}")
            .ToList();
        Assert.True(tooLong.Count == 0, "released code lines over 90 characters; shorten the hint:\n" + string.Join("\n", tooLong));
    }

    [Fact]
    public async Task A_source_assignments_visible_check_says_hidden_checks_also_run()
    {
        var run = await NotebookExecutor.RunAsync(CourseCopy.Load("02-activation").Notebook, ExecutionLimits.Default);
        Assert.True(run.Succeeded, run.Summary);
        var passed = run.Results.SelectMany(r => r.Outputs).Select(o => o.Summary).Where(s => s.Contains("✓ sigmoid-values", StringComparison.Ordinal)).ToList();
        Assert.Equal("✓ sigmoid-values passed (2 points). Hidden checks also run when your work is graded.", Assert.Single(passed).Trim());
    }

    private static string Release(string name)
    {
        var output = Nbrun.TempFolder();
        Assert.Equal(0, Nbrun.Run(output, "release", CourseCopy.SourcePath(name), "--out", output).ExitCode);
        return output;
    }
}
