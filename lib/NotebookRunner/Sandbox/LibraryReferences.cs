namespace NotebookRunner.Sandbox;

/// <summary>
/// Which course library file a submission's #r means, judged by what it loads, never by its text. A
/// #r path names one of the library files the source loads (NeuralNetworks.dll,
/// MathNet.Numerics.dll) when its file name is that file's and it reaches that file: from the
/// graded notebook's folder in the sandbox (the source's own path, and --keep-paths releases), or
/// as the course lays it out (its path ends with lib/…/NeuralNetworks.dll as seen from the course
/// folder: what `release --out DIR` writes for DIR anywhere, and any copy of the course). The
/// grader then loads that file by the source's own path, which reaches the grading build in the
/// sandbox, whatever folder the path named: an honest release always loads it, and a #r can load
/// nothing else. Paths are plain: no scheme ("nuget:"), quote or backslash.
/// </summary>
public static class LibraryReferences
{
    /// <summary>The source's path to the library file <paramref name="path"/> means, or null when
    /// it means anything else.</summary>
    public static string? Resolve(CourseView view, string path)
    {
        if (path.Length == 0 || path.Any(c => !(char.IsLetterOrDigit(c) || "._-+/ ~@".Contains(c))))
            return null;
        var segments = Segments(path.StartsWith('/') ? path : $"{view.WorkingDirectory}/{path}");
        var tail = Segments(path).Where(s => s != "..").ToList();
        foreach (var inside in view.Files.Select(f => f.Inside)
            .Where(f => f.EndsWith(".dll", StringComparison.Ordinal)))
        {
            var target = Segments(inside);
            var course = target.Skip(1).ToList();
            var reaches = segments.SequenceEqual(target)
                || (tail.Count >= course.Count && tail.TakeLast(course.Count)
                    .SequenceEqual(course));
            if (target[^1] == tail.LastOrDefault() && reaches)
                return Path.GetRelativePath(view.WorkingDirectory, inside).Replace('\\', '/');
        }
        return null;
    }

    /// <summary>A path's folders and file, with "." dropped and each ".." taking away the folder
    /// before it (kept where none is).</summary>
    private static List<string> Segments(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".") continue;
            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
                parts.RemoveAt(parts.Count - 1);
            else parts.Add(part);
        }
        return parts;
    }
}
