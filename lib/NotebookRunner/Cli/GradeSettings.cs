using NotebookRunner.Execution;

namespace NotebookRunner.Cli;

/// <summary>What grade was asked to do: the source, the limits, how many submissions at once, and whether to sandbox them.</summary>
public sealed record GradeSettings(string AssignmentPath, ExecutionLimits Limits, int Jobs, bool Isolate = true, string? ClassroomResult = null);
