using System.Text.Json;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Kernel;

/// <summary>
/// Finds the .NET Interactive kernel that Polyglot Notebooks runs: the tool
/// `Microsoft.dotnet-interactive`, pinned in the repository's local tool manifest
/// (.config/dotnet-tools.json) and installed by `dotnet tool restore` into the NuGet packages
/// folder. nbrun starts its entry assembly with `dotnet … stdio` itself (rather than `dotnet tool
/// run`), so the same files can be mounted read-only into a grading sandbox.
/// </summary>
public sealed record KernelTool(string Version, string EntryAssembly)
{
    public const string PackageId = "microsoft.dotnet-interactive";

    public string Folder => Path.GetDirectoryName(EntryAssembly)!;

    /// <summary>The tool pinned by the manifest found from <paramref name="start"/> upwards (or
    /// from nbrun's own folder).</summary>
    public static KernelTool Find(string? start = null)
    {
        var manifest = FindManifest(start ?? Directory.GetCurrentDirectory())
            ?? FindManifest(AppContext.BaseDirectory)
            ?? throw new NotebookException(
                "no .config/dotnet-tools.json pins Microsoft.dotnet-interactive: run nbrun " +
                "inside the course repository, " +
                "or add the tool with `dotnet new tool-manifest && dotnet tool install " +
                "Microsoft.dotnet-interactive --version 1.0.712001`.", 2);
        var version = PinnedVersion(manifest);
        var folder = Path.Combine(PackagesFolder(), PackageId, version, "tools");
        var entry = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "Microsoft.DotNet.Interactive.App.dll",
                SearchOption.AllDirectories).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
        return entry is null
            ? throw new NotebookException(
                $"the .NET Interactive kernel {version} (pinned in {manifest}) is not installed: " +
                $"run `dotnet tool restore` in {RepositoryOf(manifest)}.", 2)
            : new KernelTool(version, entry);
    }

    private static string? FindManifest(string start)
    {
        for (var folder = new DirectoryInfo(
            Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, ".config", "dotnet-tools.json");
            if (File.Exists(candidate) && File.ReadAllText(candidate)
                .Contains(PackageId, StringComparison.OrdinalIgnoreCase)) return candidate;
        }
        return null;
    }

    private static string PinnedVersion(string manifest)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(manifest));
            foreach (var tool in json.RootElement.GetProperty("tools").EnumerateObject())
                if (tool.Name.Equals(PackageId, StringComparison.OrdinalIgnoreCase))
                    return tool.Value.GetProperty("version").GetString()!;
        }
        catch (Exception error)
            when (error is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new NotebookException(
                $"{manifest} is not a valid tool manifest ({error.Message}): restore it from git.",
                2);
        }
        throw new NotebookException($"{manifest} does not pin {PackageId}.", 2);
    }

    private static string PackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
                ".nuget", "packages");

    private static string RepositoryOf(string manifest) =>
        Path.GetDirectoryName(Path.GetDirectoryName(manifest))!;
}
