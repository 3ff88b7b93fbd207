using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Data;

/// <summary>
/// Samples (xᵢ, yᵢ) of a curve for regression, with the true function beside them so a chart can
/// draw both (the overfitting lesson 11): yᵢ = f(xᵢ) + noise.
/// </summary>
public sealed record CurveSamples(
    Vector<double> X, Vector<double> Y, Func<double, double> TrueFunction, string Formula)
{
    public int Count => X.Count;

    /// <summary>X as an N×1 matrix, one example per row, as a network takes it.</summary>
    public Matrix<double> XAsColumn() => X.ToColumnMatrix();

    /// <summary>Y as an N×1 target matrix.</summary>
    public Matrix<double> YAsColumn() => Y.ToColumnMatrix();

    public override string ToString() => $"CurveSamples({Count} points of y = {Formula} + noise)";
}

public static partial class ToyData
{
    /// <summary>
    /// n points of the cubic f(x) = x³ − 3x for x drawn uniformly from [−2, 2]
    /// (sorted, so a line chart reads left to right), plus Gaussian noise with standard deviation
    /// <paramref name="noise"/> on y.
    /// </summary>
    public static CurveSamples NoisyCubic(int n, double noise, int seed)
    {
        CheckCount(n);
        CheckNoise(noise);
        var random = new Random(seed);
        static double f(double x) => x * x * x - 3 * x;
        double[] x = Enumerable.Range(0, n)
            .Select(_ => -2 + 4 * random.NextDouble()).Order().ToArray();
        double[] y = x.Select(xi => f(xi) + noise * Gaussian(random)).ToArray();
        return new CurveSamples(Vector<double>.Build.DenseOfArray(x),
            Vector<double>.Build.DenseOfArray(y), f, "x³ − 3x");
    }
}
