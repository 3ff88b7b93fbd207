using NeuralNetworks.Data;

namespace NeuralNetworks.Tests.Charts;

/// <summary>Small two-feature data sets for the chart tests, made from a seed.</summary>
internal static class ChartData
{
    /// <summary>Three clusters around (0, 0), (4, 0) and (2, 3), n points each, with Gaussian-ish noise of width 0.5.</summary>
    public static Dataset Blobs(int n = 20, int seed = 1)
    {
        var random = new Random(seed);
        double[][] centres = [[0, 0], [4, 0], [2, 3]];
        var rows = new List<double[]>();
        var labels = new List<int>();
        for (int c = 0; c < centres.Length; c++)
            for (int i = 0; i < n; i++)
            {
                rows.Add([centres[c][0] + Noise(random), centres[c][1] + Noise(random)]);
                labels.Add(c);
            }
        return new Dataset(Matrix<double>.Build.DenseOfRowArrays(rows), labels, ["x₁", "x₂"], ["red", "green", "blue"]);
    }

    /// <summary>The class whose centre is nearest: a classifier over a batch (one point per row), as network.Classify is.</summary>
    public static IReadOnlyList<int> NearestCentre(Matrix<double> X) =>
        Enumerable.Range(0, X.RowCount).Select(r => Nearest(X[r, 0], X[r, 1])).ToArray();

    public static int Nearest(double x, double y)
    {
        double[] d = [x * x + y * y, (x - 4) * (x - 4) + y * y, (x - 2) * (x - 2) + (y - 3) * (y - 3)];
        return Array.IndexOf(d, d.Min());
    }

    private static double Noise(Random random) => (random.NextDouble() + random.NextDouble() - 1) * 0.8;
}
