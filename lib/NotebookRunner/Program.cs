using NotebookRunner.Cli;
using NotebookRunner.Notebooks;

namespace NotebookRunner;

/// <summary>nbrun's entry point: every failure ends in one line on stderr and exit code 1 (a
/// notebook failed) or 2 (bad arguments).</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        try
        {
            var parsed = CommandLine.Build().Parse(args);
            foreach (var error in parsed.Errors)
                await Console.Error.WriteLineAsync($"nbrun: {error.Message}");
            return parsed.Errors.Count > 0 ? 2 : await parsed.InvokeAsync(
                new System.CommandLine.InvocationConfiguration
                {
                    EnableDefaultExceptionHandler = false
                });
        }
        catch (NotebookException error)
        {
            await Console.Error.WriteLineAsync($"nbrun: {error.Message}");
            return error.ExitCode;
        }
        catch (Exception error)
            when (error is IOException or UnauthorizedAccessException or ArgumentException
                or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"nbrun: {error.Message}");
            return 1;
        }
    }
}
