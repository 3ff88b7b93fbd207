using NotebookRunner.Notebooks;

namespace NotebookRunner.FileApps;

/// <summary>
/// Where one notebook's app goes: <see cref="Origin"/> names the notebook as the header cites it
/// ("notebooks/01-perceptron.ipynb"), <see cref="Folder"/> is the app's folder (the notebook's #r
/// paths are rewritten from it), <see cref="RunPath"/> is the app as `dotnet run` takes it from the
/// repository root, and a homework app (<see cref="ContinueAfterErrors"/>) runs each check cell
/// even when one before it failed, as a notebook run with errors allowed does.
/// <see cref="Edition"/> is the notebook's (<see cref="Notebooks.Edition"/>: en or ja), the
/// language of the app's own comments; <see cref="WorkIn"/> is the folder, from the app's, that the
/// notebook's relative paths ("../data/iris.csv") are read from: "." for an English app, which
/// stands where its notebook does (apps/ for notebooks/), ".." for a Japanese one in apps/ja/,
/// whose English twin's folder stands there.
/// </summary>
public sealed record AppPlace(string Origin, string Folder, string RunPath,
    bool ContinueAfterErrors)
{
    public string Edition { get; init; } = Notebooks.Edition.English;

    public string WorkIn { get; init; } = ".";

    public string File => Path.Combine(Folder, Path.GetFileName(RunPath));
}
