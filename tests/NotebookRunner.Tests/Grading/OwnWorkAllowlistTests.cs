using NotebookRunner.Assignments;
using NotebookRunner.Judging;

namespace NotebookRunner.Tests.Grading;

/// <summary>
/// Own work fails closed (issue 26): read without a kernel, a function that uses any part of the library its assignment
/// does not allow, reflection, UnsafeAccessor, unsafe code, dynamic, another program, or code the grader cannot bind, is
/// charged with it (so its checks earn nothing), while its honest neighbours and every source notebook's own code are not.
/// </summary>
public sealed class OwnWorkAllowlistTests
{
    public static TheoryData<string> Assignments() => new(CourseCopy.Names);

    [Theory]
    [MemberData(nameof(Assignments))]
    public void Every_solved_source_and_its_released_stub_use_only_what_the_assignment_allows(string name)
    {
        var source = CourseCopy.Load(name);
        var solved = OwnWorkSnippets.Of(name, SubmissionVariants.Solved(source));
        Assert.True(solved.Count == 0, OwnWorkSnippets.Show(solved));
        var released = OwnWorkSnippets.Of(name, Releaser.Release(source));
        Assert.True(released.Count == 0, OwnWorkSnippets.Show(released));
    }
}
