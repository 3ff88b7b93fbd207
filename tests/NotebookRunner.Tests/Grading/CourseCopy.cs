using System.Text.Json.Nodes;
using NotebookRunner.Assignments;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// A copy of the course in a temp folder (notebooks/homework/ with the Japanese twins, the library's two DLLs, data/iris.csv), so the grading
/// tests, hostile submissions included, never run next to the repository's own files.
/// </summary>
public static class CourseCopy
{
    private static readonly Lazy<string> Root = new(Make);

    /// <summary>The repository root: the first folder above the test binaries that holds course.sln.</summary>
    public static string Repository
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
                if (File.Exists(Path.Combine(folder.FullName, "course.sln"))) return folder.FullName;
            throw new InvalidOperationException($"No course.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
        }
    }

    public static string Homework => Path.Combine(Root.Value, "notebooks", "homework");

    public static string[] Names { get; } =
    [
        "01-perceptron-learning", "02-activation", "03-linearity", "04-forward-pass", "05-losses",
        "06-numerical-gradient", "07-gradient-descent", "08-backprop", "09-iris", "10-optimizers", "11-playground",
    ];

    /// <summary>A new folder beside notebooks/homework/ in the copy: at the same depth, so relative paths resolve as there.</summary>
    public static string Beside(string prefix)
    {
        var folder = Path.Combine(Path.GetDirectoryName(Homework)!, $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string SourcePath(string name) => Path.Combine(Homework, name + ".ipynb");

    public static Assignment Load(string name) => Assignment.Load(SourcePath(name));

    /// <summary>Writes a submission into a new temp folder and returns its path.</summary>
    public static string Save(JsonObject document, string fileName, string? folder = null)
    {
        folder ??= Nbrun.TempFolder();
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, NotebookWriter.ToText(document));
        return path;
    }

    /// <summary>A submission with one more student cell inserted before the first check cell.</summary>
    public static JsonObject WithCellBeforeChecks(JsonObject document, string code)
    {
        var cells = (JsonArray)document["cells"]!;
        return WithCellAt(document, cells.Select((c, i) => (c, i)).First(x => Markers.LooksLikeCheck(NotebookReader.Source(x.c!["source"]))).i, code);
    }

    /// <summary>A submission with one more student cell inserted at a 0-based position.</summary>
    public static JsonObject WithCellAt(JsonObject document, int index, string code)
    {
        var cells = (JsonArray)document["cells"]!;
        cells.Insert(index, new JsonObject
        {
            ["cell_type"] = "code", ["execution_count"] = null, ["metadata"] = new JsonObject(),
            ["outputs"] = new JsonArray(), ["source"] = NotebookWriter.Lines(code),
        });
        return document;
    }

    private static string Make()
    {
        var root = Nbrun.TempFolder();
        var homework = Path.Combine(root, "notebooks", "homework");
        Directory.CreateDirectory(homework);
        foreach (var file in Names.SelectMany(n => new[] { n + ".ipynb", n + ".ja.ipynb" }))
            File.Copy(Path.Combine(Repository, "notebooks", "homework", file), Path.Combine(homework, file));
        var bin = Path.Combine("lib", "NeuralNetworks", "bin", "Debug", "net8.0");
        Directory.CreateDirectory(Path.Combine(root, bin));
        foreach (var dll in new[] { "MathNet.Numerics.dll", "NeuralNetworks.dll" }) File.Copy(Path.Combine(Repository, bin, dll), Path.Combine(root, bin, dll));
        Directory.CreateDirectory(Path.Combine(root, "data"));
        File.Copy(Path.Combine(Repository, "data", "iris.csv"), Path.Combine(root, "data", "iris.csv"));
        return root;
    }
}
