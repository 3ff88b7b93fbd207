using NotebookRunner.Execution;

namespace NotebookRunner.Cli;

/// <summary>
/// What run/check were asked to do. Write is false for check, which writes nothing at all.
/// AllowErrors runs the cells after a failing one; Jobs is how many notebooks run at once, each on
/// its own kernel; Language is the edition a folder yields (en, ja or both,
/// <see cref="NotebookRunner.Notebooks.Edition"/>).
/// </summary>
public sealed record RunSettings(
    IReadOnlyList<string> Paths,
    ExecutionLimits Limits,
    bool Write,
    string OutputFolder = "out",
    bool Html = false,
    bool Offline = false,
    string? AssetsFolder = null,
    bool InPlace = false,
    bool AllowErrors = false,
    int Jobs = 1,
    string Language = NotebookRunner.Notebooks.Edition.English);
