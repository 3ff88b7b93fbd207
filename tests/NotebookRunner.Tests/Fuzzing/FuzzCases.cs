using NotebookRunner.Notebooks;

namespace NotebookRunner.Tests.Fuzzing;

/// <summary>How many cases a fuzz test runs, and the rules every case is held to.</summary>
internal static class FuzzCases
{
    /// <summary>NBRUN_FUZZ_CASES when set (scripts/fuzz.sh sets 100,000 for a nightly-sized run), else 2,000.</summary>
    public static int Count { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("NBRUN_FUZZ_CASES"), out var n) && n > 0 ? n : 2000;

    /// <summary>Runs a case on its own thread: null when it ended by itself, else what went wrong (a hang, an exception).</summary>
    public static string? Within<T>(TimeSpan limit, Func<T> run, out T? result)
    {
        var task = Task.Factory.StartNew(run, TaskCreationOptions.LongRunning);
        result = default;
        try
        {
            if (!task.Wait(limit)) return $"still running after {limit.TotalSeconds} s (a hang)";
            result = task.Result;
            return null;
        }
        catch (AggregateException error)
        {
            var inner = error.InnerException!;
            return $"{inner.GetType().Name}: {inner.Message}\n{inner.StackTrace}";
        }
    }

    /// <summary>What a user sees of a refusal is one line: a message that runs over lines would break the console's layout.</summary>
    public static void OneLine(NotebookException error)
    {
        if (error.Message.Contains('\n') || error.Message.Contains('\r') || error.Message.Length == 0)
            throw new InvalidOperationException($"the error message is not one line: \"{error.Message}\"");
    }
}
