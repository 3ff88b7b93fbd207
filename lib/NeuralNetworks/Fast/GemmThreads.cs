namespace NeuralNetworks.Fast;

/// <summary>
/// Shares a large product between the calling thread and one persistent helper thread by
/// dynamic scheduling: C's columns are cut into <see cref="Units"/> panels of w columns
/// (w a multiple of NR), and each thread takes the next panel from a shared counter
/// (<see cref="Interlocked.Increment(ref int)"/>) until none is left. The caller never waits for a
/// helper that has not started: if the helper has not joined by the time the caller finishes its
/// first panel (the machine is busy and it gets no core), the caller closes the job and computes
/// the rest in one pass, so 2 threads cost one wake-up and one extra packing of op(A) more than 1.
/// Otherwise it waits only for the one panel the helper may be finishing. Each panel is a whole
/// <see cref="GemmBlocking"/> run over its columns with the thread's own packing buffers, so every
/// element of C is summed in the same order whichever thread computes it: the result does not
/// depend on the split. Each panel repacks all of op(A), which costs about 1/(2w) of its arithmetic
/// per packed element; 4–8 panels balance that cost against a fair share when one thread is slowed
/// down. Small products (m·n·k below <see cref="Threshold"/>, 2²³ ≈ 8.4 million multiply-adds)
/// stay on one thread: a wake-up costs microseconds, and in the digits benchmark at H = 1000
/// (products of 6.4 million) sharing made whole epochs slower in 3 of 4 runs, so the training
/// step's products stay on one thread. Nothing here allocates, so a training step stays
/// allocation-free; if another thread is already sharing a product, this one runs on one thread.
/// <para>
/// Measured (2 cores): on a quiet machine (scripts/bench.sh, load 1.9)
/// 1 thread gives 95 / 96 / 84 GFLOP/s at n = 256 / 512 / 1024 and 2 threads 152 / 157 / 144.
/// With a busy second core 2 threads match or beat 1 (n = 1024: 48 vs 39 GFLOP/s). When both cores
/// are contended, n = 1024 gains least: packing runs at ~0.9 ns per double (memory speed), each
/// panel repacks A, and the kc×n B panel (2 MB at n = 1024) outgrows the 1 MB L2, so both threads
/// stream from the shared L3/memory.
/// </para>
/// </summary>
internal static partial class GemmThreads
{
    public const long Threshold = 1L << 23;
    public const int UnitsWanted = 8, MinimumWidth = 11 * GemmKernel.NR;

    private static readonly object gate = new();

    /// <summary>
    /// 2 when MathNet's Control.MaxDegreeOfParallelism allows a second core (its default: the
    /// number of cores), else 1.
    /// </summary>
    public static int Allowed => MathNet.Numerics.Control.MaxDegreeOfParallelism >= 2 ? 2 : 1;
    private static Helper? helper;

    public static void Run(GemmKernel kernel, GemmOperand A, GemmOperand B, double[] c,
        int m, int n, int k, int threads)
    {
        int w = Width(n);
        bool split = threads >= 2 && (long)m * n * k >= Threshold && n > w;
        if (!split || !Monitor.TryEnter(gate))
        {
            GemmBlocking.Run(kernel, A, B, c, m, n, k, 0, n);
            return;
        }
        try
        {
            var job = helper ??= new Helper();
            job.Offer(kernel, A, B, c, m, n, k, w);
            try { job.TakeUnitsAsCaller(); }
            finally { job.Finish(); }
        }
        finally { Monitor.Exit(gate); }
    }

    /// <summary>
    /// Panel width w: n / UnitsWanted rounded up to a multiple of NR, at least
    /// <see cref="MinimumWidth"/> (66), at most NC.
    /// </summary>
    public static int Width(int n)
    {
        const int NR = GemmKernel.NR;
        int w = (n + UnitsWanted * NR - 1) / (UnitsWanted * NR) * NR;
        return Math.Clamp(w, MinimumWidth, GemmBlocking.NC);
    }

    /// <summary>The number of panels of width w in n columns.</summary>
    public static int Units(int n, int w) => (n + w - 1) / w;
}
