namespace NotebookRunner.Kernel;

/// <summary>
/// How to start one kernel process: the program, its arguments, the working directory and the
/// environment it adds. <see cref="Direct"/> is the kernel as VS Code starts it
/// (`dotnet-interactive stdio` in the notebook's folder); a grading sandbox wraps a launch in
/// bubblewrap.
/// </summary>
public sealed record KernelLaunch(string FileName, IReadOnlyList<string> Arguments,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>Telemetry off (its banner would otherwise open the kernel's stdout) and the usual
    /// quiet .NET settings.</summary>
    public static IReadOnlyDictionary<string, string> QuietEnvironment { get; } =
        new Dictionary<string, string>
        {
            ["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };

    /// <summary>
    /// The kernel as VS Code starts it. On Linux it runs under `setpriv --pdeathsig KILL`
    /// (util-linux), so it dies with nbrun even when nbrun is killed outright: a kernel whose
    /// client is gone otherwise keeps spinning on a closed stdin.
    /// </summary>
    public static KernelLaunch Direct(KernelTool tool, string workingDirectory)
    {
        string[] kernel = [DotnetHost.Path, tool.EntryAssembly, "stdio", "--working-dir",
            workingDirectory];
        return File.Exists(SetPriv)
            ? new(SetPriv, ["--pdeathsig", "KILL", "--", .. kernel], workingDirectory,
                QuietEnvironment)
            : new(kernel[0], kernel[1..], workingDirectory, QuietEnvironment);
    }

    private const string SetPriv = "/usr/bin/setpriv";
}
