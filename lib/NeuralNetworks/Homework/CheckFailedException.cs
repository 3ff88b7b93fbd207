namespace NeuralNetworks.Homework;

/// <summary>
/// Thrown by <see cref="Check"/> when a homework check fails. The message says what was checked, what was expected
/// and what came back, so a student reads the failure in the cell output (and the grader copies it into the report).
/// </summary>
public sealed class CheckFailedException : Exception
{
    public CheckFailedException(string message)
        : base(message)
    {
    }

    public CheckFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
