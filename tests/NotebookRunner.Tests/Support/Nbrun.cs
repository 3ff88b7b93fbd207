using System.Diagnostics;
using System.Text.Json.Nodes;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.Support;

/// <summary>Runs the real nbrun (the dll beside the tests) as a process, as a user would.</summary>
public static class Nbrun
{
    public sealed record Result(int ExitCode, string Output, string Error, int ProcessId = 0);

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static Result Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>nbrun with extra environment variables (PATH without bubblewrap, say).</summary>
    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Start(DllInfo(workingDirectory), environment, arguments);

    /// <summary>
    /// nbrun through its apphost (the nbrun executable), as <c>dotnet run --project lib/NotebookRunner</c> starts it: the
    /// process is not dotnet, and DOTNET_HOST_PATH is not set.
    /// </summary>
    public static Result RunApphost(string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "nbrun.exe" : "nbrun"))
        {
            WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        info.Environment.Remove("DOTNET_HOST_PATH");
        return Start(info, new Dictionary<string, string>(), arguments);
    }

    /// <summary>nbrun while <paramref name="watch"/> looks at its process from another thread until it exits (sampling /proc, say).</summary>
    public static Result Watched(string workingDirectory, Action<Process> watch, params string[] arguments) =>
        Start(DllInfo(workingDirectory), new Dictionary<string, string>(), arguments, watch);

    private static ProcessStartInfo DllInfo(string workingDirectory)
    {
        var info = new ProcessStartInfo(NotebookRunner.Kernel.DotnetHost.Path)
        {
            WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "nbrun.dll"));
        return info;
    }

    private static Result Start(ProcessStartInfo info, IReadOnlyDictionary<string, string> environment, string[] arguments, Action<Process>? watch = null)
    {
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["CI"] = "true";
        foreach (var (name, value) in environment) info.Environment[name] = value;
        using var process = Process.Start(info)!;
        var watching = watch is null ? Task.CompletedTask : Task.Run(() => watch(process));
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        watching.Wait();
        return new Result(process.ExitCode, output, error.Result, process.Id);
    }

    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "nbrun-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>The outputs of the cell at a 1-based position in an executed notebook.</summary>
    public static JsonArray Outputs(JsonObject notebook, int cell) => (JsonArray)notebook["cells"]![cell - 1]!["outputs"]!;

    public static JsonObject Read(string path) => (JsonObject)JsonNode.Parse(File.ReadAllText(path))!;

    public static string Text(JsonNode? node) => NotebookReader.Source(node);

    public static string Hash(string folder) =>
        string.Join("\n", Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => f + ":" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))));
}
