using NotebookRunner.Notebooks;

namespace NotebookRunner.Kernel;

/// <summary>How a submitted command ended: the kernel said it succeeded or failed, it ran out of
/// time, or the kernel exited.</summary>
public enum KernelCompletion { Succeeded, Failed, TimedOut, Exited }

/// <summary>
/// What the kernel said about one command, as the outputs nbrun kept of the events of the command
/// and of the commands it split into (their tokens extend the root token), what the caps cut, and
/// how it ended.
/// </summary>
public sealed record KernelReply(KernelCompletion Completion, IReadOnlyList<CellOutput> Outputs,
    OutputCut Cut, TimeSpan Elapsed)
{
    public bool Succeeded => Completion == KernelCompletion.Succeeded;
}
