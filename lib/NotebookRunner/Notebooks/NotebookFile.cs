namespace NotebookRunner.Notebooks;

/// <summary>A notebook found on the command line; RelativePath is where its copies go under
/// notebooks/ and site/.</summary>
public sealed record NotebookFile(string FullPath, string RelativePath)
{
    public bool IsHomework =>
        RelativePath.Replace('\\', '/').Split('/').SkipLast(1)
            .Contains("homework", StringComparer.OrdinalIgnoreCase);
}
