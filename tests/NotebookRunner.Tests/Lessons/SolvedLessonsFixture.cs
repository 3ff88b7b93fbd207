using NotebookRunner.Execution;
using NotebookRunner.Notebooks;
using NotebookRunner.Tests.Support;

namespace NotebookRunner.Tests.Lessons;

/// <summary>
/// Every lesson run once with each exercise cell replaced by its solution, all lessons in parallel (one worker
/// process each, at most one per core plus one), so the tests that read the outputs share one quick run.
/// </summary>
public sealed class SolvedLessonsFixture
{
    public SolvedLessonsFixture()
    {
        var files = LessonExercises.LessonFiles();
        var runs = new NotebookRun[files.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount + 1 };
        Parallel.ForEachAsync(Enumerable.Range(0, files.Count), options, async (i, _) =>
        {
            Notebook solved = LessonExercises.Solved(NotebookReader.Read(files[i]));
            runs[i] = await NotebookExecutor.RunAsync(solved, ExecutionLimits.Default);
        }).GetAwaiter().GetResult();
        Runs = files.Select(Path.GetFileName).Zip(runs).ToDictionary(p => p.First!, p => p.Second);
    }

    /// <summary>The run of each lesson, by file name ("01-perceptron.ipynb").</summary>
    public IReadOnlyDictionary<string, NotebookRun> Runs { get; }

    /// <summary>What a cell printed to stdout, by the cell's 1-based position.</summary>
    public static string Printed(NotebookRun run, int cell) => string.Concat(run.Results
        .Where(r => r.Cell == cell).SelectMany(r => r.Outputs)
        .Where(o => o.Kind == "stream" && o.Name == "stdout").Select(o => o.Text));
}

[CollectionDefinition(nameof(SolvedLessonsFixture))]
public sealed class SolvedLessonsCollection : ICollectionFixture<SolvedLessonsFixture>;
