using System.Text.Json.Nodes;
using NotebookRunner.Execution;

namespace NotebookRunner.Worker;

/// <summary>
/// Handles #r "nuget: Id, Version", which Roslyn does not: restores a throw-away project that references the
/// package and reads the runtime assemblies of the package and its dependencies from project.assets.json.
/// The list is cached per id and version under the temp folder (nbrun/nuget/id/version/assemblies.txt).
/// </summary>
public static class NuGetRestorer
{
    public static string CacheRoot { get; } = Path.Combine(Path.GetTempPath(), "nbrun", "nuget");

    public static IReadOnlyList<string> Restore(PackageRequest package)
    {
        var version = package.Version.Length == 0 ? "*" : package.Version;
        var folder = Path.Combine(CacheRoot, package.Id.ToLowerInvariant(), version == "*" ? "latest" : version.ToLowerInvariant());
        var list = Path.Combine(folder, "assemblies.txt");
        if (File.Exists(list))
        {
            var cached = File.ReadAllLines(list);
            if (cached.All(File.Exists)) return cached;
        }
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "restore.csproj"), Project(package.Id, version));
        var (exitCode, output) = DotnetHost.Run(folder, "restore", "restore.csproj", "--nologo");
        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                $"#r \"nuget: {package.Id}, {package.Version}\": dotnet restore failed (exit {exitCode}); check the id and version.\n{output.Trim()}");
        }
        var assemblies = RuntimeAssemblies(Path.Combine(folder, "obj", "project.assets.json"));
        var temp = list + ".tmp";
        File.WriteAllLines(temp, assemblies);
        File.Move(temp, list, overwrite: true);
        return assemblies;
    }

    private static string Project(string id, string version) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net{Environment.Version.Major}.{Environment.Version.Minor}</TargetFramework>
            <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="{System.Security.SecurityElement.Escape(id)}" Version="{System.Security.SecurityElement.Escape(version)}" />
          </ItemGroup>
        </Project>
        """;

    private static List<string> RuntimeAssemblies(string assetsPath)
    {
        var assets = JsonNode.Parse(File.ReadAllText(assetsPath))!;
        var packageFolder = assets["packageFolders"]!.AsObject().First().Key;
        var target = assets["targets"]!.AsObject().First().Value!.AsObject();
        var result = new List<string>();
        foreach (var (key, library) in target)
        {
            if ((string?)library!["type"] != "package" || library["runtime"] is not JsonObject runtime) continue;
            var libraryPath = (string)assets["libraries"]![key]!["path"]!;
            result.AddRange(runtime.Select(r => r.Key)
                .Where(file => file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                .Select(file => Path.GetFullPath(Path.Combine(packageFolder, libraryPath, file))));
        }
        return result;
    }
}
