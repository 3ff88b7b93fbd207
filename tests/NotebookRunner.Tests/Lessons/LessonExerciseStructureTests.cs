using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Lessons;

/// <summary>
/// The "your turn" exercises of every lesson, read from the files (notebooks/AUTHORING.md): two to four per lesson,
/// numbered 1, 2, … in order, each ending in self-checks and followed by its collapsed solution.
/// </summary>
public sealed class LessonExerciseStructureTests
{
    public static TheoryData<string> Lessons() => LessonExercises.Lessons();

    [Theory, MemberData(nameof(Lessons))]
    public void Has_two_to_four_exercises_numbered_in_order(string file)
    {
        var exercises = LessonExercises.Find(LessonExercises.Read(file));

        Assert.True(exercises.Count is >= 2 and <= 4,
            $"{file}: {exercises.Count} \"// YOUR TURN n · title\" cells; a lesson has two to four.");
        Assert.Equal(Enumerable.Range(1, exercises.Count), exercises.Select(e => e.Number));
    }

    [Theory, MemberData(nameof(Lessons))]
    public void Each_exercise_checks_itself_and_is_followed_by_its_solution(string file)
    {
        foreach (var exercise in LessonExercises.Find(LessonExercises.Read(file)))
        {
            string where = $"{file}, cell {exercise.Cell} ({exercise.FirstLine})";
            Assert.True(exercise.Code.Contains("SelfCheck.", StringComparison.Ordinal), $"{where}: no SelfCheck line.");
            Assert.True(exercise.Solution is not null,
                $"{where}: the next cell must be markdown with <details>, <summary>Solution</summary> and a ```csharp block.");
            Assert.True(exercise.Solution!.Split('\n')[0].Trim() == exercise.FirstLine,
                $"{where}: the solution must be the whole cell, starting with the same first line.");
            Assert.True(exercise.Solution.Contains("SelfCheck.", StringComparison.Ordinal), $"{where}: the solution drops the self-check.");
            Assert.True(exercise.Solution != exercise.Code, $"{where}: the solution is the unsolved cell.");
        }
    }

    [Theory, MemberData(nameof(Lessons))]
    public void The_first_code_cell_imports_the_self_checks(string file)
    {
        var notebook = LessonExercises.Read(file);
        string first = notebook.Cells.First(c => c.IsCode).Source;
        Assert.True(first.Contains("using NeuralNetworks.Exercises;", StringComparison.Ordinal),
            $"{file}: the first code cell needs `using NeuralNetworks.Exercises;` for the exercises' SelfCheck.");
    }
}
