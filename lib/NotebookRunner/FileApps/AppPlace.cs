namespace NotebookRunner.FileApps;

/// <summary>
/// Where one notebook's app goes: <see cref="Origin"/> names the notebook as the header cites it
/// ("notebooks/01-perceptron.ipynb"), <see cref="Folder"/> is the app's folder (the notebook's #r paths are rewritten
/// from it), <see cref="RunPath"/> is the app as `dotnet run` takes it from the repository root, and a homework app
/// (<see cref="ContinueAfterErrors"/>) runs each check cell even when one before it failed, as a notebook run with
/// errors allowed does.
/// </summary>
public sealed record AppPlace(string Origin, string Folder, string RunPath, bool ContinueAfterErrors)
{
    public string File => Path.Combine(Folder, Path.GetFileName(RunPath));
}
