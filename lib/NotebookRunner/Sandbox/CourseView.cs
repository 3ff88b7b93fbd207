using NotebookRunner.Assignments;

namespace NotebookRunner.Sandbox;

/// <summary>
/// What a graded notebook sees of the course: its working directory at the same depth as the source
/// assignment (/course/notebooks/homework for a source in notebooks/homework/) and, read-only, each
/// file the SOURCE names by a relative path ("../../lib/…/NeuralNetworks.dll",
/// "../../data/iris.csv") at that relative place, so #r and data paths resolve as in the course
/// folder. Nothing else of the machine's course folder is visible: not the source, not the other
/// submissions, not the reports. <see cref="Substitute"/> swaps a host file for another (the
/// grading build of the library).
/// </summary>
public sealed record CourseView(string WorkingDirectory,
    IReadOnlyList<(string Host, string Inside)> Files)
{
    public const string Root = "/course";

    public static CourseView For(Assignment assignment)
    {
        var sourceFolder = Path.GetDirectoryName(assignment.Path)!;
        var references = RelativeReferences.Of(assignment).ToList();
        var depth = references.Select(Depth).DefaultIfEmpty(0).Max();
        var chain = sourceFolder.Split(Path.DirectorySeparatorChar,
            StringSplitOptions.RemoveEmptyEntries).TakeLast(depth);
        var work = string.Join('/', [Root, .. chain]);
        var files = new List<(string, string)>();
        foreach (var reference in references)
        {
            var host = Path.GetFullPath(Path.Combine(sourceFolder, reference));
            var inside = Normalize(work + "/" + reference.Replace('\\', '/'));
            if ((File.Exists(host) || Directory.Exists(host))
                && inside.StartsWith(Root + "/", StringComparison.Ordinal)) files.Add(
                    (host, inside));
        }
        return new CourseView(work, files);
    }

    /// <summary>The same view with every host file inside <paramref name="fromFolder"/> taken from
    /// <paramref name="toFolder"/> instead.</summary>
    public CourseView Substitute(string fromFolder, string toFolder) => this with
    {
        Files = Files.Select(f => Path.GetDirectoryName(f.Host) == Path.GetFullPath(fromFolder)
            ? (Path.Combine(toFolder, Path.GetFileName(f.Host)), f.Inside) : f).ToList(),
    };

    private static int Depth(string relative) =>
        relative.Replace('\\', '/').Split('/').TakeWhile(p => p is ".." or ".")
            .Count(p => p == "..");

    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else parts.Add(part);
        }
        return "/" + string.Join('/', parts);
    }
}
