using System.Collections.Concurrent;
using System.Diagnostics;

namespace NotebookRunner.Kernel;

/// <summary>
/// Starts child processes from one thread that lives as long as nbrun. A kernel is started with a
/// parent-death signal (bubblewrap's --die-with-parent, setpriv's --pdeathsig), and Linux sends
/// that signal when the *thread* that started the child ends, not the process; thread-pool threads
/// retire when idle, which would kill a kernel mid-run. Starting every child here makes "dies with
/// nbrun" mean exactly that, so a killed nbrun leaves no kernel behind.
/// </summary>
public static class ProcessLauncher
{
    private static readonly BlockingCollection<(ProcessStartInfo Info,
        TaskCompletionSource<Process> Started)> Requests = new();

    static ProcessLauncher()
    {
        var thread = new Thread(Serve) { IsBackground = true, Name = "nbrun process launcher" };
        thread.Start();
    }

    public static Task<Process> StartAsync(ProcessStartInfo info)
    {
        var started = new TaskCompletionSource<Process>(
            TaskCreationOptions.RunContinuationsAsynchronously);
        Requests.Add((info, started));
        return started.Task;
    }

    private static void Serve()
    {
        foreach (var (info, started) in Requests.GetConsumingEnumerable())
        {
            try
            {
                started.SetResult(Process.Start(info)
                    ?? throw new InvalidOperationException($"could not start {info.FileName}."));
            }
            catch (Exception error)
            {
                started.SetException(error);
            }
        }
    }
}
