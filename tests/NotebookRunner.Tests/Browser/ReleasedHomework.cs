using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Grading;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Browser;

/// <summary>
/// Every assignment's released student version, as the site's homework page shows it, run on the real kernel with
/// --allow-errors (each visible check fails on its stub and shows the stub's hint): what the page's Run must give.
/// The released notebooks sit beside the course copy's homework folder, so their relative paths resolve as there.
/// </summary>
public sealed class ReleasedHomework
{
    public ReleasedHomework()
    {
        var folder = CourseCopy.Beside("released");
        foreach (var source in Directory.EnumerateFiles(Path.Combine(CourseRun.Notebooks, "homework"), "*.ipynb").Where(f => NotebookRunner.Notebooks.Edition.Of(f) == NotebookRunner.Notebooks.Edition.English))
            File.WriteAllText(Path.Combine(folder, Path.GetFileName(source)), NotebookWriter.ToText(Releaser.Release(Assignment.Load(source))));
        Output = Path.Combine(Nbrun.TempFolder(), "out");
        Result = Nbrun.Run(folder, "run", folder, "--out", Output, "--allow-errors");
    }

    public string Output { get; }

    public Nbrun.Result Result { get; }

    public System.Text.Json.Nodes.JsonObject Executed(string name) => Nbrun.Read(Path.Combine(Output, "notebooks", name + ".ipynb"));
}
