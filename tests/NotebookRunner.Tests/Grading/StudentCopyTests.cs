using System.Text.RegularExpressions;
using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// scripts/student-copy.sh, read as a student who wants the answers: the copy a class clones holds the lessons and the
/// library as committed, the homework only as released (paths kept, so it runs in the copy), no solution line, hidden
/// check or grading test anywhere outside the library, and it never writes over an existing folder.
/// </summary>
public sealed class StudentCopyTests
{
    private static readonly Lazy<(string Folder, Shell.Result Run)> Made = new(() =>
    {
        var folder = Path.Combine(Nbrun.TempFolder(), "class");
        var nbrun = $"{NotebookRunner.Kernel.DotnetHost.Path} {Path.Combine(AppContext.BaseDirectory, "nbrun.dll")}";
        var run = Shell.Run(Shell.RepositoryRoot, "bash", ["scripts/student-copy.sh", folder], new Dictionary<string, string> { ["NBRUN"] = nbrun }, 300);
        return (folder, run);
    });

    private static string Copy
    {
        get
        {
            Assert.True(Made.Value.Run.ExitCode == 0, Made.Value.Run.Both);
            return Made.Value.Folder;
        }
    }

    [Fact]
    public void The_copy_is_a_git_repository_of_one_commit_without_the_instructors_parts()
    {
        Assert.Equal("1", Shell.GitOk(Copy, "rev-list", "--count", "HEAD").Trim());
        Assert.Equal("", Shell.GitOk(Copy, "status", "--porcelain"));
        foreach (var gone in new[] { "tests", ".ci", "docs/instructors.md", "docs/instructors.ja.md", "docs/classroom", "scripts/test.sh", "lib/NotebookRunner/Reports/ja.hints.txt" })
            Assert.False(Path.Exists(Path.Combine(Copy, gone)), $"{gone} is in the student copy");
        var projects = Shell.Run(Copy, "dotnet", ["sln", "course.sln", "list"]).Output;
        Assert.DoesNotContain("Tests.csproj", projects);
        Assert.Contains("NeuralNetworks.csproj", projects);
        foreach (var project in projects.Split('\n').Select(l => l.Trim()).Where(l => l.EndsWith(".csproj", StringComparison.Ordinal)))
            Assert.True(File.Exists(Path.Combine(Copy, project.Replace('\\', '/'))), $"course.sln names {project}, which is not in the copy");
        Assert.Contains("student versions", File.ReadAllText(Path.Combine(Copy, "STUDENT-COPY.md")));
    }

    [Fact]
    public void Lessons_are_as_committed_and_each_homework_is_its_release_with_the_paths_kept()
    {
        foreach (var lesson in Directory.EnumerateFiles(Path.Combine(Copy, "notebooks"), "*.ipynb"))
            Assert.Equal(Shell.GitOk(Shell.RepositoryRoot, "show", $"HEAD:notebooks/{Path.GetFileName(lesson)}"), File.ReadAllText(lesson));
        var sources = Directory.EnumerateFiles(Path.Combine(CourseRun.Notebooks, "homework"), "*.ipynb").Select(Path.GetFileName).Order().ToList();
        Assert.Equal(sources, Directory.EnumerateFiles(Path.Combine(Copy, "notebooks", "homework"), "*.ipynb").Select(Path.GetFileName).Order().ToList());
        foreach (var name in sources)
        {
            var released = File.ReadAllText(Path.Combine(Copy, "notebooks", "homework", name!));
            Assert.Equal(NotebookWriter.ToText(Releaser.Release(Assignment.Load(Path.Combine(CourseRun.Notebooks, "homework", name!)))), released);
            Assert.Contains("#r \\\"../../lib/NeuralNetworks/bin/Debug/net8.0/NeuralNetworks.dll\\\"", released);
        }
    }

    [Fact]
    public void No_file_outside_the_library_holds_a_solution_line_or_a_hidden_check()
    {
        var assignments = Directory.EnumerateFiles(Path.Combine(CourseRun.Notebooks, "homework"), "*.ipynb").Select(Assignment.Load).ToList();
        var secrets = assignments.SelectMany(AssignmentSecrets.Lines).ToHashSet();
        // A line the released notebooks or the lessons show anyway is public (a helper handed out, a lesson's own code).
        var shown = string.Join("\n", Directory.EnumerateFiles(Path.Combine(Copy, "notebooks"), "*.ipynb", SearchOption.AllDirectories)
            .Select(f => string.Join("\n", NotebookReader.Read(f).Cells.Select(c => c.Source))));
        secrets.RemoveWhere(l => shown.Contains(l, StringComparison.Ordinal));
        Assert.NotEmpty(secrets);
        var hiddenNames = assignments.SelectMany(AssignmentSecrets.HiddenCheckNames).ToList();
        var leaks = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Copy, "*", SearchOption.AllDirectories)
                     .Where(f => !f.Contains("/.git/", StringComparison.Ordinal) && !f.StartsWith(Path.Combine(Copy, "lib") + "/", StringComparison.Ordinal))
                     .Where(f => Regex.IsMatch(f, @"\.(ipynb|dib|cs|md|sh|py|yml|yaml|json|csx|txt)$")))
        {
            var text = File.ReadAllText(file);
            leaks.AddRange(secrets.Where(l => text.Contains(l, StringComparison.Ordinal)).Select(l => $"{file}: {l}"));
            leaks.AddRange(hiddenNames.Where(n => text.Contains(n, StringComparison.Ordinal)).Select(n => $"{file}: hidden check {n}"));
            if (file.EndsWith(".ipynb", StringComparison.Ordinal) && (text.Contains("BEGIN SOLUTION") || text.Contains("HIDDEN CHECK")))
                leaks.Add($"{file}: a solution or hidden-check marker");
        }
        Assert.True(leaks.Count == 0, "the student copy gives away:\n" + string.Join("\n", leaks));
    }

    [Fact]
    public void An_existing_folder_is_refused_and_left_as_it_was()
    {
        var folder = Nbrun.TempFolder();
        File.WriteAllText(Path.Combine(folder, "mine.txt"), "my notes");
        var run = Shell.Run(Shell.RepositoryRoot, "bash", ["scripts/student-copy.sh", folder]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("already exists; give a new folder (nothing was written)", run.Error);
        Assert.Equal(["mine.txt"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));
        Assert.Equal("my notes", File.ReadAllText(Path.Combine(folder, "mine.txt")));
    }
}
