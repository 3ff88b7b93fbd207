using System.Diagnostics;
using System.Text;

namespace NotebookRunner.Tests.Support;

/// <summary>
/// Runs git, bash and dotnet as a user would, for the strip and dev container tests. git gets a fixed author and no
/// global or system config, so a developer's own settings (autocrlf, hooks) cannot change what the tests see, and no
/// MSBuild variables inherited from `dotnet test`, so a dotnet build inside starts as it would in a terminal.
/// A command that outlives its timeout is killed with its children and fails the test.
/// </summary>
public static class Shell
{
    public sealed record Result(int ExitCode, byte[] Stdout, string Error)
    {
        public string Output => Encoding.UTF8.GetString(Stdout);

        public string Both => Output + Error;
    }

    public static string RepositoryRoot => Path.GetDirectoryName(CourseRun.Notebooks)!;

    public static Result Git(string folder, params string[] arguments) => Run(folder, "git", arguments);

    /// <summary>git that must succeed; returns its standard output as text.</summary>
    public static string GitOk(string folder, params string[] arguments)
    {
        var result = Git(folder, arguments);
        Assert.True(result.ExitCode == 0, $"git {string.Join(" ", arguments)} exited {result.ExitCode}:\n{result.Both}");
        return result.Output;
    }

    public static Result Bash(string folder, string script, IReadOnlyDictionary<string, string>? environment = null, int timeoutSeconds = 120) =>
        Run(folder, "bash", ["-c", script], environment, timeoutSeconds);

    public static Result Run(string folder, string program, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null, int timeoutSeconds = 120)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var inherited in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            info.Environment.Remove(inherited);
        info.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        info.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        foreach (var (name, value) in new[] { ("GIT_AUTHOR_NAME", "Test"), ("GIT_AUTHOR_EMAIL", "test@example.com"), ("GIT_COMMITTER_NAME", "Test"), ("GIT_COMMITTER_EMAIL", "test@example.com") })
            info.Environment[name] = value;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) info.Environment[name] = value;
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(" ", arguments)} ran longer than {timeoutSeconds} s in {folder}.");
        }
        copy.Wait();
        return new Result(process.ExitCode, output.ToArray(), error.Result);
    }

    /// <summary>An empty git repository in a new temporary folder.</summary>
    public static string NewRepository()
    {
        var folder = Nbrun.TempFolder();
        GitOk(folder, "init", "-q", "-b", "main");
        return folder;
    }
}
