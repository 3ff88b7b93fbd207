using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Lessons;

/// <summary>
/// With every exercise solved as its solution block shows, a lesson runs clean and each exercise's self-checks all
/// print ✓: the solutions are right and the checks accept them.
/// </summary>
[Collection(nameof(SolvedLessonsFixture))]
[Trait(Tier.Name, Tier.Full)]
public sealed class SolvedLessonTests(SolvedLessonsFixture fixture)
{
    public static TheoryData<string> Lessons() => LessonExercises.Lessons();

    [Theory, MemberData(nameof(Lessons))]
    public void Every_self_check_passes_when_the_exercises_are_solved(string file)
    {
        var run = fixture.Runs[file];
        Assert.True(run.Succeeded, $"{file} with the solutions filled in: {run.Summary}");
        var exercises = LessonExercises.Find(LessonExercises.Read(file));
        Assert.True(exercises.Count > 0, $"{file} has no \"// YOUR TURN n · title\" exercise to solve.");
        foreach (var exercise in exercises)
        {
            string printed = SolvedLessonsFixture.Printed(run, exercise.Cell);
            string[] lines = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(lines.Any(l => l.StartsWith('✓')), $"{file}, {exercise.FirstLine}: no ✓ line; it printed:\n{printed}");
            Assert.True(!lines.Any(l => l.StartsWith('✗')), $"{file}, {exercise.FirstLine}: a self-check failed:\n{printed}");
        }
    }
}
