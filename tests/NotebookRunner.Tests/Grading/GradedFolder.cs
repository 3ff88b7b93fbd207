using System.Text.Json.Nodes;
using NotebookRunner.Assignments;
using NotebookRunner.Cli;
using NotebookRunner.Judging;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Grading;

/// <summary>A folder of submissions for one assignment, graded once in this process as `nbrun grade FOLDER` does.</summary>
public sealed class GradedFolder
{
    public GradedFolder(string assignment, IEnumerable<(string Name, JsonObject Document)> submissions)
    {
        Assignment = CourseCopy.Load(assignment);
        var folder = Nbrun.TempFolder();
        var input = Path.Combine(folder, "submissions");
        Reports = Path.Combine(folder, "reports");
        Directory.CreateDirectory(input);
        foreach (var (name, document) in submissions) CourseCopy.Save(document, name + ".ipynb", input);
        var settings = new GradeSettings(Assignment.Path, SubmissionGrader.DefaultLimits with { CellTimeout = TimeSpan.FromSeconds(30) }, Jobs: 2);
        Graded = GradeCommand.GradeFolderAsync(input, settings, Reports, _ => { }).GetAwaiter().GetResult()
            .ToDictionary(r => Path.GetFileNameWithoutExtension(r.Submission));
    }

    public Assignment Assignment { get; }

    public string Reports { get; }

    public IReadOnlyDictionary<string, GradeReport> Graded { get; }

    public GradeReport this[string name] => Graded[name];
}
