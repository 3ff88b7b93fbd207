using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Fast;

namespace NeuralNetworks.Data;

/// <summary>
/// Small two-feature data sets for the lessons' charts, each made from an explicit seed
/// with <c>new Random(seed)</c> (no shared generator): the same seed gives the same points.
/// Features are named x1, x2.
/// The logic gates (lesson 01) are the four rows of a truth table; Blobs can be split by a line;
/// Circles, Moons, Spirals and XorClouds cannot, which is what hidden layers are for (lesson 04).
/// </summary>
public static partial class ToyData
{
    private static readonly string[] XNames = ["x1", "x2"];
    private static readonly string[] BinaryClasses = ["0", "1"];

    /// <summary>x1 AND x2: 1 only for (1, 1).</summary>
    public static Dataset And() => TruthTable((a, b) => a && b);

    /// <summary>x1 OR x2: 0 only for (0, 0).</summary>
    public static Dataset Or() => TruthTable((a, b) => a || b);

    /// <summary>NOT (x1 AND x2): 0 only for (1, 1).</summary>
    public static Dataset Nand() => TruthTable((a, b) => !(a && b));

    /// <summary>
    /// x1 XOR x2: 1 when exactly one input is 1. No single line separates it (lesson 01).
    /// </summary>
    public static Dataset Xor() => TruthTable((a, b) => a ^ b);

    /// <summary>
    /// Two Gaussian clouds (σ = 1) of n points in total, centred a distance
    /// <paramref name="separation"/> apart on the diagonal, class 0 at the lower left.
    /// Always linearly separable: a point that would land within 0.5 of the perpendicular bisector
    /// (or beyond it) is drawn again.
    /// </summary>
    public static Dataset Blobs(int n, int seed, double separation = 4.0)
    {
        CheckCount(n);
        if (!(separation > 1) || double.IsInfinity(separation))
            throw new ArgumentOutOfRangeException(nameof(separation), separation,
                "separation must be a finite number above 1 " +
                "(the blobs keep 0.5 away from the line between them); 4 is the default.");
        var random = new Random(seed);
        double c = separation / (2 * Math.Sqrt(2));
        return Build(n, i => i % 2, (k, _) =>
        {
            double sign = k == 0 ? -1 : 1;
            while (true)
            {
                double x1 = sign * c + Gaussian(random), x2 = sign * c + Gaussian(random);
                if (sign * (x1 + x2) / Math.Sqrt(2) >= 0.5) return (x1, x2);
            }
        }, BinaryClasses);
    }

    private static Dataset TruthTable(Func<bool, bool, bool> gate)
    {
        Matrix<double> X = Matrix<double>.Build.DenseOfArray(
            new double[,] { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 } });
        int[] t = Enumerable.Range(0, 4)
            .Select(i => gate(X[i, 0] == 1, X[i, 1] == 1) ? 1 : 0).ToArray();
        return new Dataset(X, t, XNames, BinaryClasses);
    }

    /// <summary>n rows; row i gets class classOf(i) and the point point(class, i).</summary>
    private static Dataset Build(int n, Func<int, int> classOf,
        Func<int, int, (double X1, double X2)> point, string[] classNames)
    {
        Matrix<double> X = Matrix<double>.Build.Dense(n, 2);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++)
        {
            labels[i] = classOf(i);
            (X[i, 0], X[i, 1]) = point(labels[i], i);
        }
        return new Dataset(X, labels, XNames, classNames);
    }

    /// <summary>
    /// A standard normal number by the Box–Muller transform: √(−2 ln u₁) · cos(2π u₂).
    /// </summary>
    internal static double Gaussian(Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        // PortableMath: the same bits on every platform, the browser too (Fast/PortableMath.cs).
        return Math.Sqrt(-2.0 * PortableMath.Log(u1)) * PortableMath.Cos(2.0 * Math.PI * u2);
    }

    private static void CheckCount(int n)
    {
        if (n < 2)
            throw new ArgumentOutOfRangeException(nameof(n), n,
                "n, the number of points, must be at least 2.");
    }

    private static void CheckNoise(double noise)
    {
        if (!(noise >= 0) || double.IsInfinity(noise))
            throw new ArgumentOutOfRangeException(nameof(noise), noise,
                "noise is a standard deviation: use 0 or a small positive number such as 0.1.");
    }
}
