using System.Diagnostics;
using System.Globalization;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Fast;

/// <summary>
/// GFLOP/s = 2n³ / best time of C = A·B for square n×n matrices: the library's fast multiply on 1 and 2 threads,
/// and MathNet's own managed multiply (single-threaded and with its default of all cores) for comparison.
/// One JSON line per (implementation, n).
/// </summary>
static class GemmTable
{
    public static void Run(int[] sizes, double budgetSeconds)
    {
        var rng = new Random(0);
        foreach (int n in sizes)
        {
            var a = Matrix<double>.Build.Dense(n, n, (_, _) => rng.NextDouble() - 0.5);
            var b = Matrix<double>.Build.Dense(n, n, (_, _) => rng.NextDouble() - 0.5);
            var c = Matrix<double>.Build.Dense(n, n);
            Report("fast", 1, n, Best(() => MatrixMultiply.Multiply(a, b, c, threads: 1), budgetSeconds));
            Report("fast", 2, n, Best(() => MatrixMultiply.Multiply(a, b, c, threads: 2), budgetSeconds));
            Control.UseSingleThread();
            Report("mathnet", 1, n, Best(() => a.Multiply(b, c), budgetSeconds));
            Control.UseMultiThreading();
            Report("mathnet", Control.MaxDegreeOfParallelism, n, Best(() => a.Multiply(b, c), budgetSeconds));
        }
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
