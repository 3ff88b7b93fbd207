using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.FileApps;

/// <summary>
/// README's command for the apps works on a fresh clone with only the SDK: the repository's files as git has them
/// (tracked, or new and not ignored; no bin/, obj/, node_modules or charts), then
/// `dotnet build lib/NeuralNetworks && dotnet run apps/00-getting-started.cs`.
/// </summary>
[Trait(Tier.Name, Tier.Full)]
public sealed class AppFreshCloneTests
{
    [Fact]
    public void A_lesson_app_runs_in_a_fresh_clone_after_building_the_library()
    {
        var repository = Shell.RepositoryRoot;
        var clone = Nbrun.TempFolder();
        var files = Shell.GitOk(repository, "ls-files", "--cached", "--others", "--exclude-standard", "-z").Split('\0', StringSplitOptions.RemoveEmptyEntries);
        foreach (var file in files.Where(f => File.Exists(Path.Combine(repository, f))))
        {
            var target = Path.Combine(clone, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(repository, file), target);
        }
        Assert.False(Directory.Exists(Path.Combine(clone, "lib", "NeuralNetworks", "bin")));

        var run = Shell.Bash(clone, "dotnet build lib/NeuralNetworks -v q -nologo && dotnet run apps/00-getting-started.cs", timeoutSeconds: 600);

        Assert.True(run.ExitCode == 0, run.Both);
        Assert.Contains("── cell 12 · ", run.Output, StringComparison.Ordinal);
        Assert.Contains("0.30000000000000004", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"charts: .*apps/charts/00-getting-started\.html", run.Output);
    }
}
