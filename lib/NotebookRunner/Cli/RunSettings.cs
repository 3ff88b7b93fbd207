using NotebookRunner.Execution;

namespace NotebookRunner.Cli;

/// <summary>What run/check were asked to do. Write is false for check, which writes nothing at all.</summary>
public sealed record RunSettings(
    IReadOnlyList<string> Paths,
    ExecutionLimits Limits,
    bool Write,
    string OutputFolder = "out",
    bool Html = false,
    bool Offline = false,
    string? AssetsFolder = null,
    bool InPlace = false);

/// <summary>A notebook found on the command line; RelativePath is where its copies go under notebooks/ and site/.</summary>
public sealed record NotebookFile(string FullPath, string RelativePath)
{
    public bool IsHomework => RelativePath.Replace('\\', '/').Split('/').SkipLast(1).Contains("homework", StringComparer.OrdinalIgnoreCase);
}
