using System.Runtime.ExceptionServices;

namespace NeuralNetworks.Fast;

/// <summary>
/// Splits a large product between the calling thread and one persistent helper thread by columns of C:
/// the caller computes columns 0 … s−1, the helper s … n−1 (s a multiple of NR), each with its own packing buffers.
/// Small products stay on one thread: waking the helper costs microseconds, which only pays off above
/// <see cref="Threshold"/> multiply-adds (m·n·k). Waking and waiting allocate nothing, so a training step stays
/// allocation-free. If another thread is already using the helper, the product simply runs on one thread.
/// </summary>
internal static class GemmThreads
{
    public const long Threshold = 1L << 22;

    private static readonly object gate = new();
    private static Helper? helper;

    public static void Run(GemmOperand A, GemmOperand B, double[] c, int m, int n, int k, int threads)
    {
        bool split = threads >= 2 && (long)m * n * k >= Threshold && n >= 2 * GemmKernel.NR;
        if (!split || !Monitor.TryEnter(gate))
        {
            GemmBlocking.Run(A, B, c, m, n, k, 0, n);
            return;
        }
        try
        {
            int s = (n / 2 + GemmKernel.NR - 1) / GemmKernel.NR * GemmKernel.NR;
            var h = helper ??= new Helper();
            h.Start(A, B, c, m, n, k, s);
            GemmBlocking.Run(A, B, c, m, n, k, 0, s);
            h.Wait();
        }
        finally { Monitor.Exit(gate); }
    }

    /// <summary>Starts the helper thread now rather than at the first large product (so a training step never allocates it).</summary>
    public static void Prepare()
    {
        lock (gate) helper ??= new Helper();
    }

    private sealed class Helper
    {
        private readonly ManualResetEventSlim start = new(false, 2047), done = new(false, 2047);
        private GemmOperand A, B;
        private double[] c = [];
        private int m, n, k, j0;
        private ExceptionDispatchInfo? failure;

        public Helper() => new Thread(Loop) { IsBackground = true, Name = "NeuralNetworks GEMM helper" }.Start();

        public void Start(GemmOperand a, GemmOperand b, double[] c, int m, int n, int k, int j0)
        {
            (A, B, this.c, this.m, this.n, this.k, this.j0, failure) = (a, b, c, m, n, k, j0, null);
            done.Reset();
            start.Set();
        }

        public void Wait()
        {
            done.Wait();
            failure?.Throw();
        }

        private void Loop()
        {
            while (true)
            {
                start.Wait();
                start.Reset();
                try { GemmBlocking.Run(A, B, c, m, n, k, j0, n); }
                catch (Exception e) { failure = ExceptionDispatchInfo.Capture(e); }
                done.Set();
            }
        }
    }
}
