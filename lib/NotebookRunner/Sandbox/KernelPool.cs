using NotebookRunner.Kernel;

namespace NotebookRunner.Sandbox;

/// <summary>
/// Keeps one started, warmed-up student kernel ready per worker slot, so a submission does not wait
/// for a kernel to start and compile its first cell: taking one starts the next at once, while the
/// current submission runs, as long as submissions are still waiting (grading one notebook starts
/// one student kernel, not two). Each kernel serves one submission and is then stopped; a kernel
/// is never reused.
/// </summary>
public sealed class KernelPool(GradingEnvironment environment) : IDisposable
{
    private readonly Dictionary<int, Task<GradingKernel>> ready = [];

    /// <summary>The slot's prepared kernel, or a new one; starts the slot's next one first when
    /// <paramref name="prepareNext"/>.</summary>
    public async Task<GradingKernel> TakeAsync(int slot, bool prepareNext)
    {
        Task<GradingKernel> next;
        lock (ready)
        {
            next = ready.Remove(slot, out var prepared) ? prepared : StartWarmAsync();
            if (prepareNext) ready[slot] = StartWarmAsync();
        }
        return await next;
    }

    private Task<GradingKernel> StartWarmAsync() => environment.StartWarmAsync(forStudent: true);

    public void Dispose()
    {
        lock (ready)
        {
            foreach (var task in ready.Values)
                task.ContinueWith(t => t.Result.Dispose(),
                    TaskContinuationOptions.OnlyOnRanToCompletion);
            ready.Clear();
        }
    }
}
