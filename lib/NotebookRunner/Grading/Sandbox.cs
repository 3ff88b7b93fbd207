using System.Text.RegularExpressions;

namespace NotebookRunner.Grading;

/// <summary>
/// A fresh temp folder where one submission runs. The submission is copied to a folder at the same depth as the source
/// assignment (…/notebooks/homework/ for a source in notebooks/homework/), and every file the SOURCE names by a relative
/// path ("../../lib/…/NeuralNetworks.dll", "../../data/iris.csv") is copied to the same relative place. So #r and data
/// paths resolve as in the course folder, while a cell that deletes files around it deletes only copies. Disposing
/// deletes the folder.
/// </summary>
public sealed partial class Sandbox : IDisposable
{
    private Sandbox(string root, string workingDirectory, string notebookPath)
    {
        Root = root;
        WorkingDirectory = workingDirectory;
        NotebookPath = notebookPath;
    }

    public string Root { get; }

    /// <summary>The worker's working directory and the base for #r: holds the copy of the submission.</summary>
    public string WorkingDirectory { get; }

    public string NotebookPath { get; }

    public static Sandbox Create(Assignment assignment, string submissionPath)
    {
        var sourceFolder = Path.GetDirectoryName(assignment.Path)!;
        var references = RelativeReferences(assignment).ToList();
        var depth = references.Select(Depth).DefaultIfEmpty(0).Max();
        var chain = sourceFolder.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).TakeLast(depth);
        var root = Path.Combine(Path.GetTempPath(), "nbrun-grade", Guid.NewGuid().ToString("N"));
        var work = Path.Combine([root, .. chain]);
        Directory.CreateDirectory(work);
        var copy = Path.Combine(work, Path.GetFileName(submissionPath));
        File.Copy(submissionPath, copy);
        foreach (var reference in references)
        {
            var from = Path.GetFullPath(Path.Combine(sourceFolder, reference));
            var to = Path.GetFullPath(Path.Combine(work, reference));
            if (!File.Exists(from) || File.Exists(to) || !to.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to);
        }
        return new Sandbox(root, work, copy);
    }

    /// <summary>The relative paths in string literals of the source's code cells ("./x", "../../y"), #r paths included.</summary>
    public static IEnumerable<string> RelativeReferences(Assignment assignment) =>
        assignment.Notebook.Cells.Where(c => c.IsCode)
            .SelectMany(c => RelativePath().Matches(c.Source))
            .Select(m => m.Groups["path"].Value)
            .Distinct(StringComparer.Ordinal);

    private static int Depth(string relative)
    {
        var parts = relative.Replace('\\', '/').Split('/');
        return parts.TakeWhile(p => p is ".." or ".").Count(p => p == "..");
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A submission may leave a file locked or read-only; the temp folder is then left for the system to clean.
        }
    }

    [GeneratedRegex("""["'](?<path>\.\.?/[^"'\r\n]+)["']""")]
    private static partial Regex RelativePath();
}
