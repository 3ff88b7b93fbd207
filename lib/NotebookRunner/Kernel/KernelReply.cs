using Microsoft.DotNet.Interactive.Events;

namespace NotebookRunner.Kernel;

/// <summary>How a submitted command ended: the kernel said it succeeded or failed, it ran out of time, or the kernel exited.</summary>
public enum KernelCompletion { Succeeded, Failed, TimedOut, Exited }

/// <summary>
/// Everything the kernel said about one command, in order: the events of the command and of the commands it split into
/// (their tokens extend the root token), plus how it ended. Truncated says the output cap dropped later display events.
/// </summary>
public sealed record KernelReply(KernelCompletion Completion, IReadOnlyList<KernelEvent> Events, string? FailureMessage,
    bool Truncated, TimeSpan Elapsed)
{
    public bool Succeeded => Completion == KernelCompletion.Succeeded;
}
