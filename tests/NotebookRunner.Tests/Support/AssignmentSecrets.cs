using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.Support;

/// <summary>
/// What a student must never be handed, read from a source assignment: the lines of its solutions and of its hidden
/// checks (trimmed, longer than 20 characters, not comments, so that "}" or "// YOUR CODE HERE" do not count), and the
/// hidden checks' names. For the site scan and the students' copy scan alike.
/// </summary>
public static class AssignmentSecrets
{
    public static IEnumerable<string> Lines(Assignment assignment) =>
        assignment.Regions.SelectMany(r => CellSource.Lines(assignment.Notebook.Cells[r.Cell - 1].Source)[r.BeginLine..(r.EndLine - 1)])
            .Concat(assignment.Checks.Where(c => c.Hidden).SelectMany(c => CellSource.Lines(c.Source)))
            .Select(l => l.Trim())
            .Where(l => l.Length > 20 && !l.StartsWith("//", StringComparison.Ordinal))
            .Distinct();

    public static IEnumerable<string> HiddenCheckNames(Assignment assignment) =>
        assignment.Checks.Where(c => c.Hidden).Select(c => c.Name);
}
