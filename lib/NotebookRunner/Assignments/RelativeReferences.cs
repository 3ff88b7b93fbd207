using System.Text.RegularExpressions;

namespace NotebookRunner.Assignments;

/// <summary>
/// The relative paths in string literals of the source's code cells ("./x", "../../y"), #r paths
/// included: the files a graded notebook sees of the course (Sandbox.CourseView) and the paths a
/// release rewrites (<see cref="ReleasePaths"/>).
/// </summary>
public static partial class RelativeReferences
{
    public static IEnumerable<string> Of(Assignment assignment) =>
        assignment.Notebook.Cells.Where(c => c.IsCode)
            .SelectMany(c => RelativePath().Matches(c.Source))
            .Select(m => m.Groups["path"].Value)
            .Distinct(StringComparer.Ordinal);

    [GeneratedRegex("""["'](?<path>\.\.?/[^"'\r\n]+)["']""")]
    private static partial Regex RelativePath();
}
