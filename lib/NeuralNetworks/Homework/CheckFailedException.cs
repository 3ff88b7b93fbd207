using NeuralNetworks.Languages;

namespace NeuralNetworks.Homework;

/// <summary>
/// Thrown by <see cref="Check"/> when a homework check fails. The message says what was checked,
/// what was expected and what came back, so a student reads the failure in the cell output
/// (and the grader copies it into the report). In a student's notebook it also says when the
/// function under check calls one of the assignment's answer members (<see cref="OwnWork"/>):
/// a wrong value that comes from the library is the rule's business, not the formula's.
/// </summary>
public sealed class CheckFailedException : Exception
{
    public CheckFailedException(string message)
        : base(OwnWork.FindViolation() is { } violation
            && !message.Contains(violation, StringComparison.Ordinal)
                ? message + Language.Pick(" ", "") + violation
                : message)
    {
    }

    public CheckFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
