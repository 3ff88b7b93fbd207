using System.Diagnostics;

namespace NotebookRunner.Execution;

/// <summary>The dotnet executable that runs this process (or "dotnet" from PATH), for the worker and for restores.</summary>
public static class DotnetHost
{
    public static string Path
    {
        get
        {
            var self = Environment.ProcessPath;
            if (self is not null && System.IO.Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
            return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        }
    }

    /// <summary>Runs dotnet with the arguments in a folder; returns the exit code and the combined output.</summary>
    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo(Path) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {Path}: is the .NET SDK installed?");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
