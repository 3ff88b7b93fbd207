namespace NotebookRunner.Tests.Support;

/// <summary>
/// The text files of the product under the repository root: the given folders (recursively) and files, as paths
/// relative to the root with '/' separators. Build output, node_modules and binary files are left out.
/// </summary>
public static class ProductText
{
    private static readonly string[] TextExtensions = [".cs", ".ipynb", ".md", ".dib", ".csproj", ".props", ".json", ".css", ".js", ".html", ".txt", ".sh", ".py", ".yml", ".yaml"];
    private static readonly string[] Skipped = ["bin", "obj", "node_modules", "out"];

    public static IReadOnlyList<string> Files(string root, params string[] entries)
    {
        var files = new List<string>();
        foreach (string entry in entries)
        {
            string full = Path.Combine(root, entry);
            if (File.Exists(full)) files.Add(entry);
            else if (Directory.Exists(full))
                files.AddRange(Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                    .Where(f => TextExtensions.Contains(Path.GetExtension(f)))
                    .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                    .Where(f => !f.Split('/').Any(Skipped.Contains)));
        }
        return files.Order(StringComparer.Ordinal).ToList();
    }
}
