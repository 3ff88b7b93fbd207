using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Fast;

namespace NeuralNetworks.Layers;

/// <summary>
/// Normal random numbers N(μ, σ²) for <see cref="Initialization"/>, by Marsaglia's polar method:
/// v₁, v₂ uniform in (−1, 1), kept if s = v₁² + v₂² is in (0, 1), give the two standard normal
/// numbers v₁·√(−2 ln s / s) and v₂·√(−2 ln s / s). The same steps, in the same order, as
/// MathNet's Normal(μ, σ, random) filling a matrix column by column (so the same seed gives the
/// weights it gave before, to the last bits), but with ln from <see cref="PortableMath.Log"/>,
/// so the weights are the same bits on every platform.
/// </summary>
internal static class NormalSamples
{
    /// <summary>A rows×columns matrix of N(mean, σ²) numbers, filled column by column.</summary>
    public static Matrix<double> Matrix(int rows, int columns, double mean, double sigma,
        Random random)
    {
        var values = new double[rows * columns];
        int index = 0, pairs = (int)Math.Ceiling(values.Length * 4 * (1.0 / Math.PI));
        double[] uniform = new double[pairs % 2 == 0 ? pairs : pairs + 1];
        for (int i = 0; i < uniform.Length; i++) uniform[i] = random.NextDouble();
        for (int i = 0; i < uniform.Length && index < values.Length; i += 2)
            Add(uniform[i], uniform[i + 1]);
        while (index < values.Length) Add(random.NextDouble(), random.NextDouble());
        return Matrix<double>.Build.Dense(rows, columns, values);

        void Add(double a, double b)
        {
            double v1 = 2.0 * a - 1.0, v2 = 2.0 * b - 1.0, s = v1 * v1 + v2 * v2;
            if (s >= 1.0 || s == 0.0) return;
            double factor = Math.Sqrt(-2.0 * PortableMath.Log(s) / s);
            values[index++] = mean + sigma * (v1 * factor);
            if (index < values.Length) values[index++] = mean + sigma * (v2 * factor);
        }
    }
}
