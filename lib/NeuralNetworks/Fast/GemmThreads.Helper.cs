using System.Runtime.ExceptionServices;

namespace NeuralNetworks.Fast;

internal static partial class GemmThreads
{
    /// <summary>
    /// The helper thread and the one shared job it can join. A job's state goes Offered → Joined
    /// (the helper woke up in time and takes panels) or Offered → Closed (the caller took every
    /// panel first; the helper, when it wakes, sees Closed and goes back to sleep). The state
    /// changes by compare-and-swap, so exactly one of the two happens, and the caller waits for
    /// <c>done</c> only after Joined. The job's fields are written before the state becomes Offered
    /// and read after the helper's swap succeeds, so a late wake-up never reads a half-written job.
    /// </summary>
    private sealed class Helper
    {
        private const int Idle = 0, Offered = 1, Joined = 2, Closed = 3;

        private readonly AutoResetEvent start = new(false);
        private readonly ManualResetEventSlim done = new(false, 2047);
        private int state = Idle, next, units, m, n, k, w;
        private GemmKernel kernel = GemmKernel.Best;
        private GemmOperand A, B;
        private double[] c = [];
        private ExceptionDispatchInfo? failure;

        public Helper() =>
            new Thread(Loop) { IsBackground = true, Name = "NeuralNetworks GEMM helper" }.Start();

        public void Offer(GemmKernel kernel, GemmOperand a, GemmOperand b, double[] c,
            int m, int n, int k, int w)
        {
            done.Reset();
            (this.kernel, A, B, this.c, this.m, this.n, this.k, this.w, failure) =
                (kernel, a, b, c, m, n, k, w, null);
            (next, units) = (0, Units(n, w));
            Volatile.Write(ref state, Offered);
            start.Set();
        }

        /// <summary>
        /// Computes panels until the counter passes the last one; both threads run this.
        /// </summary>
        public void TakeUnits()
        {
            for (int u = NextUnit(); u < units; u = NextUnit())
                GemmBlocking.Run(kernel, A, B, c, m, n, k, u * w, Math.Min(n, (u + 1) * w));
        }

        /// <summary>The next panel from the shared counter.</summary>
        private int NextUnit() => Interlocked.Increment(ref next) - 1;

        /// <summary>
        /// The caller's share: one panel, then, if the helper has still not joined
        /// (it has no core), close the job and compute every remaining column in one pass,
        /// packing op(A) once instead of once per panel.
        /// </summary>
        public void TakeUnitsAsCaller()
        {
            int u = NextUnit();
            if (u < units)
                GemmBlocking.Run(kernel, A, B, c, m, n, k, u * w, Math.Min(n, (u + 1) * w));
            if (Interlocked.CompareExchange(ref state, Closed, Offered) != Offered)
            {
                TakeUnits();
                return;
            }
            int rest = Math.Min(units, Volatile.Read(ref next)) * w;
            if (rest < n) GemmBlocking.Run(kernel, A, B, c, m, n, k, rest, n);
        }

        /// <summary>
        /// The caller's end of a job: return at once if the helper never joined,
        /// else wait for its last panel.
        /// </summary>
        public void Finish()
        {
            int was = Interlocked.CompareExchange(ref state, Closed, Offered);
            if (was is Offered or Closed) return;
            done.Wait();
            failure?.Throw();
        }

        private void Loop()
        {
            while (true)
            {
                start.WaitOne();
                if (Interlocked.CompareExchange(ref state, Joined, Offered) != Offered) continue;
                try { TakeUnits(); }
                catch (Exception e) { failure = ExceptionDispatchInfo.Capture(e); }
                Volatile.Write(ref state, Idle);
                done.Set();
            }
        }
    }
}
