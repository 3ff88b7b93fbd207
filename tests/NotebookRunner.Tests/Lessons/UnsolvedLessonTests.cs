using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Lessons;

/// <summary>
/// As shipped, every "your turn" exercise is unsolved, and each of its self-checks says so: a placeholder that already
/// passes a check tells the reader they are done before they start (lesson 00's second exercise and lesson 07's
/// learning-rate limit once did). Read from the course run's executed lessons, so no kernel starts for it.
/// </summary>
[Collection(CourseRunCollection.Name)]
[Trait(Tier.Name, Tier.Full)]
public sealed class UnsolvedLessonTests(CourseRun course)
{
    public static TheoryData<string> Lessons() => LessonExercises.Lessons();

    [Theory, MemberData(nameof(Lessons))]
    public void Every_self_check_fails_while_the_exercise_is_unsolved(string file)
    {
        var outputs = course.Outputs(file).ToList();
        foreach (var exercise in LessonExercises.Find(LessonExercises.Read(file)))
        {
            var printed = string.Concat(outputs.Where(o => o.Cell == exercise.Cell)
                .Where(o => o.Output.Kind == "stream" && o.Output.Name == "stdout").Select(o => o.Output.Text));
            var lines = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(lines.Any(l => l.StartsWith('✗')), $"{file}, {exercise.FirstLine}: no ✗ line; it printed:\n{printed}");
            Assert.True(!lines.Any(l => l.StartsWith('✓')),
                $"{file}, {exercise.FirstLine}: the unsolved placeholder passes a self-check; make it fail:\n{printed}");
        }
    }
}
