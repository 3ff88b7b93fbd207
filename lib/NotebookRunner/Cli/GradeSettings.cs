using NotebookRunner.Execution;

namespace NotebookRunner.Cli;

/// <summary>
/// What grade was asked to do: the source, the limits, how many submissions at once, whether to
/// sandbox them, where to write the Classroom result, and whether one notebook's console lines are
/// the instructor's (every message in full) rather than the student's.
/// </summary>
public sealed record GradeSettings(string AssignmentPath, ExecutionLimits Limits, int Jobs,
    bool Isolate = true, string? ClassroomResult = null,
    bool Instructor = false);
