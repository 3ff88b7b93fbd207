using System.Text.Json.Nodes;
using NotebookRunner.FileApps;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.FileApps;

/// <summary>
/// The committed apps are what `nbrun convert notebooks --to cs` gives today, and convert never overwrites an app
/// someone edited by hand.
/// </summary>
public sealed class AppSyncTests
{
    private static string Repository => Shell.RepositoryRoot;

    [Fact]
    public void Every_committed_app_is_what_its_notebook_gives()
    {
        var stale = AppEdition.Stale(Path.Combine(Repository, "notebooks"), Path.Combine(Repository, "apps"));
        Assert.True(stale.Count == 0, "run `dotnet run --project lib/NotebookRunner -- convert notebooks --to cs`:\n" + string.Join("\n", stale));
    }

    [Fact]
    public void No_homework_app_holds_a_solution_line_or_a_hidden_checks_name()
    {
        var leaks = new List<string>();
        foreach (var name in Grading.CourseCopy.Names)
        {
            var assignment = NotebookRunner.Assignments.Assignment.Load(Path.Combine(Repository, "notebooks", "homework", name + ".ipynb"));
            var app = File.ReadAllText(Path.Combine(Repository, "apps", "homework", name + ".cs"));
            // A solution line the student version also shows (a signature, a helper the checks share) is no secret.
            var released = NotebookReader.FromDocument("released.ipynb", NotebookRunner.Assignments.Releaser.Release(assignment));
            var shown = string.Join("\n", released.Cells.Select(c => c.Source));
            leaks.AddRange(AssignmentSecrets.Lines(assignment).Concat(AssignmentSecrets.HiddenCheckNames(assignment))
                .Where(secret => app.Contains(secret, StringComparison.Ordinal) && !shown.Contains(secret, StringComparison.Ordinal))
                .Select(secret => $"apps/homework/{name}.cs: {secret}"));
        }
        Assert.True(leaks.Count == 0, "a homework app shows what only the grader may know:\n" + string.Join("\n", leaks));
    }

    [Fact]
    public void A_changed_notebook_makes_its_app_stale_and_convert_brings_it_back_in_step()
    {
        var root = CopyOfCourse();
        var notebook = Path.Combine(root, "notebooks", "01-perceptron.ipynb");
        var document = Nbrun.Read(notebook);
        var cell = ((JsonArray)document["cells"]!).OfType<JsonObject>().First(c => (string?)c["cell_type"] == "markdown");
        cell["source"] = NotebookWriter.Lines(NotebookReader.Source(cell["source"]) + "\nOne more sentence.");
        File.WriteAllText(notebook, NotebookWriter.ToText(document));
        File.WriteAllText(Path.Combine(root, "apps", "99-nobody.cs"), "Console.WriteLine();\n");

        var stale = AppEdition.Stale(Path.Combine(root, "notebooks"), Path.Combine(root, "apps"));

        Assert.Equal(2, stale.Count);
        Assert.Contains(stale, s => s.Contains("01-perceptron.cs differs from what its notebook gives", StringComparison.Ordinal));
        Assert.Contains(stale, s => s.Contains("99-nobody.cs has no notebook that gives it", StringComparison.Ordinal));
        AppEdition.Write(Path.Combine(root, "notebooks"), Path.Combine(root, "apps"), force: false, TextWriter.Null);
        Assert.Contains("// One more sentence.", File.ReadAllText(Path.Combine(root, "apps", "01-perceptron.cs")), StringComparison.Ordinal);
        Assert.Single(AppEdition.Stale(Path.Combine(root, "notebooks"), Path.Combine(root, "apps")));
    }

    [Fact]
    public void Convert_keeps_an_app_edited_by_hand_until_forced()
    {
        var root = CopyOfCourse();
        var app = Path.Combine(root, "apps", "02-activation-functions.cs");
        var edited = File.ReadAllText(app).Replace("App.End();", "Console.WriteLine(\"my experiment\");\nApp.End();", StringComparison.Ordinal);
        File.WriteAllText(app, edited);

        var error = Assert.Throws<NotebookException>(() =>
            AppEdition.Write(Path.Combine(root, "notebooks"), Path.Combine(root, "apps"), force: false, TextWriter.Null));

        Assert.Contains("02-activation-functions.cs was edited by hand", error.Message, StringComparison.Ordinal);
        Assert.Contains("--force", error.Message, StringComparison.Ordinal);
        Assert.Equal(edited, File.ReadAllText(app));
        AppEdition.Write(Path.Combine(root, "notebooks"), Path.Combine(root, "apps"), force: true, TextWriter.Null);
        Assert.True(AppEdition.IsUntouched(File.ReadAllText(app)));
    }

    [Fact]
    public void The_check_verb_exits_1_on_a_stale_app_and_names_the_command_that_fixes_it()
    {
        var root = CopyOfCourse();
        File.Delete(Path.Combine(root, "apps", "05-loss-functions.cs"));

        var result = Nbrun.Run(root, "convert", "notebooks", "--to", "cs", "--check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("05-loss-functions.cs is missing", result.Output, StringComparison.Ordinal);
        Assert.Contains("nbrun convert notebooks --to cs", result.Output, StringComparison.Ordinal);
    }

    /// <summary>notebooks/, apps/ and the built library, copied (the renames read the library the notebooks load).</summary>
    private static string CopyOfCourse()
    {
        var root = Nbrun.TempFolder();
        foreach (var folder in new[] { "notebooks", "apps", Path.Combine("lib", "NeuralNetworks", "bin", "Debug", "net8.0") })
            AppRuns.Copy(Path.Combine(Repository, folder), Path.Combine(root, folder), "*");
        return root;
    }
}
