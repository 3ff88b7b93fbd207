using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;

namespace NotebookRunner.Cli;

/// <summary>
/// release SOURCE --out DIR [--force] [--keep-paths]: writes the student version of one assignment,
/// or of every assignment in a folder (same relative paths). Every source is validated and every
/// target checked before anything is written; an existing file is overwritten only with --force.
/// The sources are only read. Relative paths in the code (#r, data files) are rewritten to resolve
/// from where each released notebook is written, and each rewrite is printed; with --keep-paths
/// they stay as in the source, for a release into the same place of another copy of the course
/// (scripts/student-copy.sh).
/// </summary>
public static class ReleaseCommand
{
    public static int Run(string source, string outputFolder, bool force, bool keepPaths = false)
    {
        var files = NotebookFinder.Find([source]);
        if (files.Count == 0)
            throw new NotebookException($"no notebooks found in {Path.GetFullPath(source)}", 2);
        var output = Path.GetFullPath(outputFolder);
        var plan = files.Select(f =>
            (Assignment: Assignment.Load(f.FullPath), Target: Path.Combine(output, f.RelativePath)))
            .ToList();
        foreach (var (assignment, target) in plan)
        {
            if (Path.GetFullPath(target) == assignment.Path)
                throw new NotebookException(
                    $"--out {output} would overwrite the source {assignment.Path}: choose " +
                    "another folder.", 2);
            if (File.Exists(target) && !force)
                throw new NotebookException(
                    $"{target} already exists: pass --force to overwrite it, or choose another " +
                    "--out folder.", 2);
        }
        foreach (var (assignment, target) in plan)
        {
            var released = Releaser.Release(assignment);
            var moved = keepPaths ? []
                : ReleasePaths.Rewrite(assignment, released,
                    Path.GetDirectoryName(Path.GetFullPath(target))!);
            AtomicFile.WriteAllText(target, NotebookWriter.ToText(released));
            foreach (var (from, to) in moved)
                Console.WriteLine(
                    $"  path rewritten so it resolves from {target}: \"{from}\" → \"{to}\"");
            var hidden = assignment.Checks.Count(c => c.Hidden);
            Console.WriteLine($"released {assignment.Notebook.FileName} → {target} " +
                $"({assignment.Regions.Count} solution regions stubbed, " +
                              $"{assignment.Checks.Count - hidden} visible checks kept, {hidden} " +
                              $"hidden checks removed, {assignment.Possible} points)");
        }
        return 0;
    }
}
