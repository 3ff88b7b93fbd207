namespace NotebookRunner.Notebooks;

/// <summary>
/// Expands the paths given to run/check: files as they are, folders searched recursively for
/// *.ipynb and *.dib of one edition, or both (<see cref="Edition"/>; English unless asked), sorted:
/// the English, then the Japanese.
/// </summary>
public static class NotebookFinder
{
    public static IReadOnlyList<NotebookFile> Find(IEnumerable<string> paths,
        string edition = Edition.English)
    {
        var found = new List<NotebookFile>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full)) found.Add(new NotebookFile(full, Path.GetFileName(full)));
            else if (Directory.Exists(full)) found.AddRange(InFolder(full)
                .Where(f => Edition.Includes(edition, Edition.Of(f.FullPath))));
            else throw new NotebookException($"notebook file not found: {full}", 2);
        }
        return found.DistinctBy(f => f.FullPath)
            .OrderBy(f => Edition.Of(f.FullPath) == Edition.Japanese).ToList();
    }

    private static IEnumerable<NotebookFile> InFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".dib", StringComparison.OrdinalIgnoreCase))
            .Where(f => !f.Contains(".ipynb_checkpoints", StringComparison.Ordinal))
            .Select(f => new NotebookFile(f, Path.GetRelativePath(folder, f)))
            .OrderBy(f => f.RelativePath.Replace('\\', '/'), StringComparer.Ordinal);
}
