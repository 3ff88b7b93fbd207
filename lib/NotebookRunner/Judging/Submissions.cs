namespace NotebookRunner.Judging;

/// <summary>
/// One submission to grade: its file, its path relative to the submissions folder, the name its
/// reports get (the relative path with "/" as "__", so two student.ipynb in different folders get
/// two reports), and why it is refused, if it is.
/// </summary>
public sealed record Submission(string Path, string Name, string ReportName,
    string? Refusal = null);

/// <summary>
/// Finds the submissions in a folder: every .ipynb and .dib below it. A symbolic link, or a path
/// that leads outside the folder, is refused (it could point at the source or at another student's
/// work), and so is the source assignment itself; a refused entry still gets a report and a row,
/// saying why.
/// </summary>
public static class Submissions
{
    public const string SymbolicLink =
        "the submission is a symbolic link; hand in the notebook file itself.";
    public const string TheSource = "this is the source assignment, not a submission.";

    /// <summary>A refusal in the assignment's language (<see cref="Say"/>).</summary>
    public static string Refusal(string refusal, string language) =>
        language != NotebookRunner.Notebooks.Edition.Japanese ? refusal
        : refusal switch
        {
            SymbolicLink => "提出物がシンボリックリンクです。ノートブックのファイルそのものを提出してください。",
            TheSource => "これは元の課題（ソース）で、提出物ではありません。",
            _ => refusal,
        };

    public static IReadOnlyList<Submission> In(string folder, string sourcePath)
    {
        var root = Path.GetFullPath(folder);
        var found = new List<Submission>();
        foreach (var entry in Walk(root))
        {
            var relative = Path.GetRelativePath(root, entry).Replace('\\', '/');
            var info = new FileInfo(entry);
            var refusal = info.LinkTarget is not null || Ancestors(root, entry)
                .Any(d => d.LinkTarget is not null)
                ? SymbolicLink
                : Path.GetFullPath(entry) == Path.GetFullPath(sourcePath) ? TheSource : null;
            found.Add(new Submission(entry, relative, ReportName(relative, found), refusal));
        }
        return found;
    }

    public static Submission One(string path)
    {
        var full = Path.GetFullPath(path);
        var refusal = new FileInfo(full).LinkTarget is not null ? SymbolicLink : null;
        return new Submission(full, Path.GetFileName(full),
            System.IO.Path.GetFileNameWithoutExtension(full), refusal);
    }

    /// <summary>Files and links to files, without following links to folders (a linked folder is
    /// reported as one refused entry).</summary>
    private static IEnumerable<string> Walk(string folder)
    {
        foreach (var file in Directory.EnumerateFileSystemEntries(folder)
            .Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(file);
            var isFolder = Directory.Exists(file);
            if (isFolder && info.LinkTarget is null && !Path.GetFileName(file).StartsWith('.'))
                foreach (var inner in Walk(file)) yield return inner;
            else if (IsNotebook(file) && (!isFolder || info.LinkTarget is not null))
                yield return file;
        }
    }

    private static bool IsNotebook(string path) =>
        path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".dib", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<DirectoryInfo> Ancestors(string root, string entry)
    {
        for (var folder = new FileInfo(entry).Directory; folder is not null
            && folder.FullName.Length > root.Length; folder = folder.Parent)
            yield return folder;
    }

    private static string ReportName(string relative, List<Submission> earlier)
    {
        var stem = System.IO.Path.ChangeExtension(relative, null)!.Replace("/", "__",
            StringComparison.Ordinal);
        var name = stem;
        for (var n = 2; earlier.Any(s => s.ReportName == name); n++) name = $"{stem}-{n}";
        return name;
    }
}
