using System.Text.Json.Nodes;
using NotebookRunner.FileApps;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.FileApps;

/// <summary>
/// The committed apps, English (apps/) and Japanese (apps/ja/), are what `nbrun convert notebooks --to cs` gives today,
/// and convert never overwrites an app someone edited by hand.
/// </summary>
[Trait(Tier.Name, Tier.Full)]
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
    public void A_changed_Japanese_notebook_makes_its_Japanese_app_stale_and_no_other()
    {
        var root = CopyOfCourse();
        var notebook = Path.Combine(root, "notebooks", "homework", "03-linearity.ja.ipynb");
        var document = Nbrun.Read(notebook);
        var cell = ((JsonArray)document["cells"]!).OfType<JsonObject>().Last(c => (string?)c["cell_type"] == "markdown");
        cell["source"] = NotebookWriter.Lines(NotebookReader.Source(cell["source"]) + "\nもう一文。");
        File.WriteAllText(notebook, NotebookWriter.ToText(document));

        var stale = AppEdition.Stale(Path.Combine(root, "notebooks"), Path.Combine(root, "apps"));

        var only = Assert.Single(stale);
        Assert.Contains(Path.Combine("apps", "ja", "homework", "03-linearity.cs") + " differs from what its notebook gives", only, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_Japanese_app_works_where_its_English_twin_does_and_loads_the_same_library()
    {
        var checkedApps = 0;
        foreach (var app in Directory.EnumerateFiles(Path.Combine(Repository, "apps", "ja"), "*.cs", SearchOption.AllDirectories))
        {
            var twin = Path.Combine(Repository, "apps", Path.GetRelativePath(Path.Combine(Repository, "apps", "ja"), app));
            var (text, english) = (File.ReadAllText(app), File.ReadAllText(twin));
            var workIn = System.Text.RegularExpressions.Regex.Match(text, @"App\.Start\(.*, args, workIn: ""([^""]+)""\);").Groups[1].Value;
            Assert.Equal(Path.GetDirectoryName(twin), Path.GetFullPath(Path.Combine(Path.GetDirectoryName(app)!, workIn)));
            Assert.Contains("App.Start(", english, StringComparison.Ordinal);
            Assert.DoesNotContain("workIn:", english, StringComparison.Ordinal);
            Assert.Contains(NotebookRunner.Notebooks.Edition.JapaneseLine, text, StringComparison.Ordinal);
            Assert.Equal(Included(twin, english), Included(app, text));
            checkedApps++;
        }
        Assert.Equal(Directory.EnumerateFiles(Path.Combine(Repository, "apps"), "*.cs", SearchOption.AllDirectories).Count(), 2 * checkedApps);

        static List<string> Included(string app, string text) => text.Split('\n').Where(l => l.StartsWith("#:include ", StringComparison.Ordinal))
            .Select(l => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(app)!, l["#:include ".Length..].Trim()))).ToList();
    }

    [Fact]
    public void Convert_keeps_an_app_edited_by_hand_until_forced()
    {
        var root = CopyOfCourse();
        var app = Path.Combine(root, "apps", "02-activation-functions.cs");
        var edited = File.ReadAllText(app).Replace("App.End();", "Console.WriteLine(\"my experiment\");\nApp.End();", StringComparison.Ordinal);
        File.WriteAllText(app, edited);
        // A Japanese app is kept the same way.
        var japanese = Path.Combine(root, "apps", "ja", "homework", "02-activation.cs");
        var editedJapanese = File.ReadAllText(japanese).Replace("App.End();", "Console.WriteLine(\"私の実験\");\nApp.End();", StringComparison.Ordinal);
        File.WriteAllText(japanese, editedJapanese);

        var error = Assert.Throws<NotebookException>(() =>
            AppEdition.Write(Path.Combine(root, "notebooks"), Path.Combine(root, "apps"), force: false, TextWriter.Null));

        Assert.Contains("02-activation-functions.cs, ", error.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine("ja", "homework", "02-activation.cs") + " were edited by hand", error.Message, StringComparison.Ordinal);
        Assert.Contains("--force", error.Message, StringComparison.Ordinal);
        Assert.Equal(edited, File.ReadAllText(app));
        Assert.Equal(editedJapanese, File.ReadAllText(japanese));
        AppEdition.Write(Path.Combine(root, "notebooks"), Path.Combine(root, "apps"), force: true, TextWriter.Null);
        Assert.True(AppEdition.IsUntouched(File.ReadAllText(app)));
        Assert.True(AppEdition.IsUntouched(File.ReadAllText(japanese)));
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
