using NotebookRunner.Notebooks;

namespace NotebookRunner.Cli;

/// <summary>
/// The folder nbrun writes into. It must be new, empty, or one nbrun made before (it holds the
/// .nbrun marker), so a user's own files are never overwritten.
/// </summary>
public static class OutputFolder
{
    public const string Marker = ".nbrun";

    public static string Claim(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
            throw new NotebookException(
                $"the output folder {full} is a file: pass --out with a folder.", 2);
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any()
            && !File.Exists(Path.Combine(full, Marker)))
        {
            throw new NotebookException(
                $"the output folder {full} exists and was not made by nbrun: pass --out with a " +
                "new folder.", 2);
        }
        Directory.CreateDirectory(full);
        File.WriteAllText(Path.Combine(full, Marker),
            "This folder is written by nbrun; its files are replaced on each run.\n");
        return full;
    }
}
