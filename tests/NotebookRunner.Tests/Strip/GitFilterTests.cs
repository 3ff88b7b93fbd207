using System.Text.RegularExpressions;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Strip;

/// <summary>
/// The git filter end to end, with real git: a scratch repository holding the kit's .gitattributes and
/// scripts/install-git-filter.sh (pointed at the nbrun built beside these tests), a lesson committed clean, then the
/// instructor's day: run it in VS Code, fix a sentence, commit.
/// </summary>
public sealed class GitFilterTests
{
    private const string Lesson = "notebooks/lesson.ipynb";

    private static string RepositoryWithLesson(bool installFilter)
    {
        var repo = Shell.NewRepository();
        Directory.CreateDirectory(Path.Combine(repo, "scripts"));
        Directory.CreateDirectory(Path.Combine(repo, "notebooks"));
        File.Copy(Path.Combine(Shell.RepositoryRoot, ".gitattributes"), Path.Combine(repo, ".gitattributes"));
        File.Copy(Path.Combine(Shell.RepositoryRoot, "scripts", "install-git-filter.sh"), Path.Combine(repo, "scripts", "install-git-filter.sh"));
        File.WriteAllBytes(Path.Combine(repo, Lesson), StripFixtures.Bytes("vscode-run.clean.ipynb"));
        Shell.GitOk(repo, "add", "-A");
        Shell.GitOk(repo, "commit", "-q", "-m", "lesson, stored clean");
        if (installFilter) Install(repo);
        return repo;
    }

    private static void Install(string repo)
    {
        var install = Shell.Bash(repo, $"bash scripts/install-git-filter.sh --nbrun '{AppContext.BaseDirectory}'");
        Assert.True(install.ExitCode == 0, install.Both);
        Assert.Contains("nbstrip filter installed", install.Output);
    }

    [Fact]
    public void A_lesson_run_in_VS_Code_and_edited_commits_only_the_edit_and_keeps_its_outputs()
    {
        var repo = RepositoryWithLesson(installFilter: true);
        var run = StripFixtures.EditSentence(StripFixtures.Bytes("vscode-run.ipynb"));
        File.WriteAllBytes(Path.Combine(repo, Lesson), run);

        Assert.Equal($" M {Lesson}\n", Shell.GitOk(repo, "status", "--porcelain"));
        Shell.GitOk(repo, "add", "-A");
        Shell.GitOk(repo, "commit", "-q", "-m", "fix a sentence");

        Assert.Equal(StripFixtures.EditSentence(StripFixtures.Bytes("vscode-run.clean.ipynb")), Shell.Git(repo, "show", $"HEAD:{Lesson}").Stdout);
        Assert.Equal($"1\t1\t{Lesson}\n", Shell.GitOk(repo, "diff", "--numstat", "HEAD~1", "HEAD"));
        Assert.Equal(run, File.ReadAllBytes(Path.Combine(repo, Lesson)));
        Assert.Equal("", Shell.GitOk(repo, "status", "--porcelain"));
        Assert.Equal("", Shell.GitOk(repo, "diff", "HEAD"));
    }

    [Fact]
    public void A_broken_notebook_stops_git_add_with_its_name_and_nothing_is_staged_or_lost()
    {
        var repo = RepositoryWithLesson(installFilter: true);
        const string conflict = "{\n<<<<<<< HEAD\n \"cells\": []\n=======\n";
        File.WriteAllText(Path.Combine(repo, Lesson), conflict);
        var add = Shell.Git(repo, "add", Lesson);
        Assert.NotEqual(0, add.ExitCode);
        Assert.Contains($"nbrun strip: {Lesson} is not valid JSON (line 2", add.Error);
        Assert.Equal(0, Shell.Git(repo, "diff", "--cached", "--quiet").ExitCode);
        Assert.Equal(conflict, File.ReadAllText(Path.Combine(repo, Lesson)));
    }

    [Fact]
    public void Checkout_and_branch_switches_still_work_with_the_required_filter()
    {
        var repo = RepositoryWithLesson(installFilter: true);
        File.Delete(Path.Combine(repo, Lesson));
        Shell.GitOk(repo, "checkout", "--", Lesson);
        Assert.Equal(StripFixtures.Bytes("vscode-run.clean.ipynb"), File.ReadAllBytes(Path.Combine(repo, Lesson)));
        Shell.GitOk(repo, "switch", "-q", "-c", "other");
        Shell.GitOk(repo, "switch", "-q", "main");
    }

    [Fact]
    public void Install_sets_a_required_process_filter_and_uninstall_removes_it()
    {
        var repo = RepositoryWithLesson(installFilter: true);
        Assert.Equal("true\n", Shell.GitOk(repo, "config", "filter.nbstrip.required"));
        Assert.Matches(@"nbrun\.dll"" strip --git-filter-process\n$", Shell.GitOk(repo, "config", "filter.nbstrip.process"));
        var uninstall = Shell.Bash(repo, "bash scripts/install-git-filter.sh --uninstall");
        Assert.Equal(0, uninstall.ExitCode);
        Assert.Equal(1, Shell.Git(repo, "config", "filter.nbstrip.process").ExitCode);
    }

    [Fact]
    public void A_clone_moved_after_the_install_still_strips_on_git_add()
    {
        var repo = RepositoryWithLesson(installFilter: false);
        Directory.CreateSymbolicLink(Path.Combine(repo, "nbrun-build"), AppContext.BaseDirectory.TrimEnd('/'));
        var install = Shell.Bash(repo, "bash scripts/install-git-filter.sh --nbrun nbrun-build");
        Assert.True(install.ExitCode == 0, install.Both);
        Assert.Contains("\"nbrun-build/nbrun.dll\" strip", Shell.GitOk(repo, "config", "filter.nbstrip.process"));

        var moved = repo + "-moved";
        Directory.Move(repo, moved);
        var run = StripFixtures.EditSentence(StripFixtures.Bytes("vscode-run.ipynb"));
        File.WriteAllBytes(Path.Combine(moved, Lesson), run);
        Shell.GitOk(moved, "add", Lesson);
        Assert.Equal(StripFixtures.EditSentence(StripFixtures.Bytes("vscode-run.clean.ipynb")), Shell.Git(moved, "show", $":{Lesson}").Stdout);
        Assert.Equal(run, File.ReadAllBytes(Path.Combine(moved, Lesson)));
    }

    [Fact]
    public void The_pre_commit_hook_refuses_staged_outputs_without_the_filter_and_passes_with_it()
    {
        var config = File.ReadAllText(Path.Combine(Shell.RepositoryRoot, ".pre-commit-config.yaml"));
        var entry = Regex.Match(config, @"^\s+entry: (.+)$", RegexOptions.Multiline).Groups[1].Value.Trim();
        const string build = "dotnet run --project lib/NotebookRunner -- ";
        Assert.StartsWith(build, entry);
        var files = new Regex(Regex.Match(config, @"^\s+files: (.+)$", RegexOptions.Multiline).Groups[1].Value.Trim());
        var exclude = new Regex(Regex.Match(config, @"^\s+exclude: (.+)$", RegexOptions.Multiline).Groups[1].Value.Trim());
        Assert.True(files.IsMatch(Lesson) && !files.IsMatch("README.md"));
        Assert.True(exclude.IsMatch("tests/NotebookRunner.Tests/Fixtures/strip/vscode-run.ipynb") && !exclude.IsMatch(Lesson));

        var repo = RepositoryWithLesson(installFilter: false);
        var run = StripFixtures.Bytes("vscode-run.ipynb");
        File.WriteAllBytes(Path.Combine(repo, Lesson), run);
        Shell.GitOk(repo, "add", Lesson);
        string[] hook = [.. entry[build.Length..].Split(' '), Lesson];
        var refused = Nbrun.Run(repo, hook);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"has outputs: {Lesson} (4 outputs, 5 execution counts)", refused.Output);
        Assert.Contains("1 of 1 staged notebooks have outputs", refused.Output);

        Install(repo);
        Shell.GitOk(repo, "add", "--renormalize", Lesson);
        var passed = Nbrun.Run(repo, hook);
        Assert.True(passed.ExitCode == 0, passed.Output + passed.Error);
        Assert.Equal(run, File.ReadAllBytes(Path.Combine(repo, Lesson)));
    }
}
