using System.Diagnostics;
using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics;
using NeuralNetworks.Fast;

/// <summary>
/// The five products of one training step of the 64 → H → 10 network with a batch of 100, timed one by one through
/// MathNet's plain calls (the library's fast products; best of 300 after 50 warm-ups), as shared/bench/gemm_peak.py
/// --mlp-shapes does for NumPy. One JSON line per product.
/// </summary>
static class ShapesTable
{
    public static void Run(int threads)
    {
        FastProducts.Install();
        Control.MaxDegreeOfParallelism = threads;
        var rng = new Random(0);
        Matrix<double> M(int r, int c) => Matrix<double>.Build.Dense(r, c, (_, _) => rng.NextDouble() - 0.5);
        foreach (int h in new[] { 100, 1000 })
        {
            Matrix<double> X = M(100, 64), W1 = M(64, h), H1 = M(100, h), W2 = M(h, 10), dS = M(100, 10), dZ = M(100, h);
            Matrix<double> U1 = M(100, h), U2 = M(100, 10), dW2 = M(h, 10), dH = M(100, h), dW1 = M(64, h);
            (string, double, Action)[] ops =
            [
                ("X*W1", 2.0 * 100 * 64 * h, () => X.Multiply(W1, U1)),
                ("H1*W2", 2.0 * 100 * h * 10, () => H1.Multiply(W2, U2)),
                ("H1^T*dS", 2.0 * h * 100 * 10, () => H1.TransposeThisAndMultiply(dS, dW2)),
                ("dS*W2^T", 2.0 * 100 * 10 * h, () => dS.TransposeAndMultiply(W2, dH)),
                ("X^T*dZ1", 2.0 * 64 * 100 * h, () => X.TransposeThisAndMultiply(dZ, dW1)),
            ];
            foreach (var (name, flops, op) in ops)
            {
                for (int i = 0; i < 50; i++) op();
                double best = double.MaxValue;
                for (int i = 0; i < 300; i++)
                {
                    long start = Stopwatch.GetTimestamp();
                    op();
                    best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalSeconds);
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{{\"kind\": \"shapes\", \"impl\": \"fast\", \"threads\": {threads}, \"hidden\": {h}, \"op\": \"{name}\", \"us\": {best * 1e6:F2}, \"gflops\": {flops / best / 1e9:F2}}}"));
            }
        }
    }
}
