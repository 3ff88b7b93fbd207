using System.Text.RegularExpressions;

namespace NotebookRunner.Worker;

/// <summary>A package named by #r "nuget: Id, Version" (Version may be empty: the latest).</summary>
public sealed record PackageRequest(string Id, string Version);

/// <summary>A cell's code ready for Roslyn, with what the directives asked for.</summary>
public sealed record PreparedCell(string Code, IReadOnlyList<PackageRequest> Packages, IReadOnlyList<string> References);

/// <summary>
/// Rewrites the lines Roslyn does not understand into empty lines, so line numbers stay those of the cell:
/// a first-line kernel selector (#!csharp), #r "nuget: Id, Version" (collected), #i "nuget: source" (the feeds
/// come from the NuGet config). Plain #r "file.dll" lines stay for Roslyn; their folders are collected for probing.
/// </summary>
public static partial class CellPreprocessor
{
    public static PreparedCell Prepare(string code, string baseDirectory)
    {
        var lines = code.Replace("\r\n", "\n").Split('\n');
        var packages = new List<PackageRequest>();
        var references = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (i == 0 && line.StartsWith("#!", StringComparison.Ordinal)) lines[i] = "";
            else if (NuGetReference().Match(line) is { Success: true } nuget)
            {
                packages.Add(new PackageRequest(nuget.Groups["id"].Value.Trim(), nuget.Groups["version"].Value.Trim()));
                lines[i] = "";
            }
            else if (NuGetSource().IsMatch(line)) lines[i] = "";
            else if (FileReference().Match(line) is { Success: true } file)
            {
                references.Add(Path.GetFullPath(Path.Combine(baseDirectory, file.Groups["path"].Value)));
            }
        }
        return new PreparedCell(string.Join("\n", lines), packages, references);
    }

    [GeneratedRegex("""^#r\s+"nuget:\s*(?<id>[^,"]+)(,(?<version>[^"]*))?"\s*$""")]
    private static partial Regex NuGetReference();

    [GeneratedRegex("""^#i\s+"nuget:[^"]*"\s*$""")]
    private static partial Regex NuGetSource();

    [GeneratedRegex("""^#r\s+"(?<path>[^"]+\.dll)"\s*$""", RegexOptions.IgnoreCase)]
    private static partial Regex FileReference();
}
