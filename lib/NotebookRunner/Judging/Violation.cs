namespace NotebookRunner.Judging;

/// <summary>
/// Why code is not the student's own work, from the most telling to the least: it calls an answer
/// member; it uses something homework may never use (reflection, UnsafeAccessor, unsafe code,
/// dynamic, another program, #load, a #r of anything but the course library); it uses a part of the
/// library or the kernel the assignment does not allow; the grader cannot read it (a name or
/// expression Roslyn cannot bind, so nobody can say what it reaches). Last, not a charge: the cell
/// does not compile, against a superset of what the kernel's scripts reference, so the kernel does
/// not run it either and nothing in it can count or cheat (the grader checks that the kernel
/// refused it too, see <see cref="SubmissionGrader"/>).
/// </summary>
public enum ViolationKind { AnswerMember, Forbidden, NotAllowed, Unreadable, DoesNotCompile }

/// <summary>
/// A use found in a submission, in Function (null: at a cell's top level, or inside a type of the
/// student's, which any function can reach without naming it). Everything but an answer member can
/// reach members without naming them, so it fails every check at the top level; a report shows the
/// most telling kind first.
/// </summary>
public sealed record Violation(int Cell, string? Function, string What, ViolationKind Kind)
{
    public bool Forbidden =>
        Kind is not (ViolationKind.AnswerMember or ViolationKind.DoesNotCompile);

    public string Sentence => Kind == ViolationKind.DoesNotCompile
        ? $"your cell {Cell} {What}, so it did not run and nothing in it counts"
        : Function is null ? $"your cell {Cell} {What} at its top level"
        : $"{Function} {What}";

    /// <summary>The sentence in the assignment's language, without a final period (English:
    /// <see cref="Sentence"/>).</summary>
    public string SentenceIn(string language) =>
        language != NotebookRunner.Notebooks.Edition.Japanese ? Sentence
        : Kind == ViolationKind.DoesNotCompile
            ? $"セル{Cell}：{ViolationWords.Japanese(What)}。そのため実行されず、その中のものは何も数えられません"
        : Function is null ? $"セル{Cell}の最上位のコード：{ViolationWords.Japanese(What)}"
        : $"{Function}：{ViolationWords.Japanese(What)}";
}
