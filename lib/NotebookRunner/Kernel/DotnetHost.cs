using System.Diagnostics;

namespace NotebookRunner.Kernel;

/// <summary>
/// The dotnet executable that runs this process, for kernels and restores, as a full path. When
/// nbrun runs through its apphost (what <c>dotnet run --project lib/NotebookRunner</c> starts), the
/// process is not dotnet: the host is then DOTNET_HOST_PATH (the SDK sets it), the dotnet three
/// folders above the running runtime (<c>…/dotnet/shared/Microsoft.NETCore.App/10.0.x/</c>), or the
/// first dotnet on PATH.
/// </summary>
public static class DotnetHost
{
    public static string Path => Find(
        Environment.ProcessPath,
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH"),
        System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(),
        Environment.GetEnvironmentVariable("PATH"));

    /// <summary>The dotnet executable from these clues, first that exists wins; "dotnet" when none
    /// does.</summary>
    public static string Find(string? processPath, string? hostVariable, string? runtimeDirectory,
        string? searchPath)
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (processPath is not null
            && System.IO.Path.GetFileNameWithoutExtension(
                processPath) == "dotnet") return processPath;
        if (hostVariable is { Length: > 0 } && File.Exists(hostVariable)) return hostVariable;
        if (runtimeDirectory is { Length: > 0 })
        {
            var root = new DirectoryInfo(runtimeDirectory.TrimEnd('/', '\\'))
                .Parent?.Parent?.Parent;
            if (root is not null && File.Exists(System.IO.Path.Combine(root.FullName, name)))
                return System.IO.Path.Combine(root.FullName, name);
        }
        foreach (var folder in (searchPath ?? "")
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            if (File.Exists(System.IO.Path.Combine(folder, name)))
                return System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, name));
        return "dotnet";
    }

    /// <summary>Runs dotnet with the arguments in a folder; returns the exit code and the combined
    /// output.</summary>
    public static (int ExitCode, string Output) Run(string workingDirectory,
        params string[] arguments)
    {
        var info = new ProcessStartInfo(Path)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true, RedirectStandardError = true
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)
            ?? throw new InvalidOperationException(
                $"Could not start {Path}: is the .NET SDK installed?");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
