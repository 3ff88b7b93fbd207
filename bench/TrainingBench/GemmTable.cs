using System.Diagnostics;
using System.Globalization;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Providers.LinearAlgebra;
using NeuralNetworks.Fast;

/// <summary>
/// GFLOP/s = 2n³ / best time of C = A·B for square n×n matrices, all through MathNet's plain <c>a.Multiply(b, c)</c>:
/// with the library loaded (its fast products, <see cref="FastProducts"/>) on 1 and 2 threads (MathNet's
/// Control.MaxDegreeOfParallelism), and with MathNet's own managed provider (Control.UseManaged()) for comparison.
/// The fast and managed runs alternate size by size, so a change in the machine's load hits both. One JSON line each.
/// </summary>
static class GemmTable
{
    public static void Run(int[] sizes, double budgetSeconds)
    {
        FastProducts.Install();
        var rng = new Random(0);
        foreach (int n in sizes)
        {
            var a = Matrix<double>.Build.Dense(n, n, (_, _) => rng.NextDouble() - 0.5);
            var b = Matrix<double>.Build.Dense(n, n, (_, _) => rng.NextDouble() - 0.5);
            var c = Matrix<double>.Build.Dense(n, n);
            foreach (int threads in new[] { 1, 2 })
            {
                Control.MaxDegreeOfParallelism = threads;
                FastProducts.Install();
                Report("fast", threads, n, Best(() => a.Multiply(b, c), budgetSeconds));
                Control.UseManaged();
                Report("mathnet", threads, n, Best(() => a.Multiply(b, c), budgetSeconds));
            }
        }
        FastProducts.Install();
    }

    private static double Best(Action product, double budgetSeconds)
    {
        product();
        double best = double.MaxValue, total = 0;
        for (int runs = 0; runs < 3 || (total < budgetSeconds && runs < 2000); runs++)
        {
            long start = Stopwatch.GetTimestamp();
            product();
            double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            best = Math.Min(best, seconds);
            total += seconds;
        }
        return best;
    }

    private static void Report(string impl, int threads, int n, double seconds) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"kind\": \"gemm\", \"impl\": \"{impl}\", \"threads\": {threads}, \"n\": {n}, \"best_s\": {seconds:G6}, \"gflops\": {2.0 * n * n * n / seconds / 1e9:F2}}}"));
}
