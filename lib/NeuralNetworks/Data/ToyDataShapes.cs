using System.Globalization;
using NeuralNetworks.Fast;

namespace NeuralNetworks.Data;

public static partial class ToyData
{
    /// <summary>
    /// Two concentric rings of n points in total: class 0 on the circle of radius 1, class 1 on
    /// radius 0.5, at evenly spaced angles, each coordinate plus Gaussian noise with standard
    /// deviation <paramref name="noise"/>.
    /// </summary>
    public static Dataset Circles(int n, double noise, int seed)
    {
        CheckCount(n);
        CheckNoise(noise);
        var random = new Random(seed);
        return Build(n, i => i % 2, (k, i) =>
        {
            double angle = 2 * Math.PI * (i / 2) / ((n + 1 - k) / 2);
            double r = k == 0 ? 1.0 : 0.5;
            return (r * PortableMath.Cos(angle) + noise * Gaussian(random),
                r * PortableMath.Sin(angle) + noise * Gaussian(random));
        }, BinaryClasses);
    }

    /// <summary>
    /// Two interleaved half circles of n points in total: class 0 is (cos θ, sin θ), class 1 is
    /// (1 − cos θ, 0.5 − sin θ), θ evenly spaced in [0, π], plus Gaussian noise with standard
    /// deviation <paramref name="noise"/>.
    /// </summary>
    public static Dataset Moons(int n, double noise, int seed)
    {
        CheckCount(n);
        CheckNoise(noise);
        var random = new Random(seed);
        return Build(n, i => i % 2, (k, i) =>
        {
            int m = (n + 1 - k) / 2;
            double theta = m > 1 ? Math.PI * (i / 2) / (m - 1) : 0;
            (double x1, double x2) = k == 0
                ? (PortableMath.Cos(theta), PortableMath.Sin(theta))
                : (1 - PortableMath.Cos(theta), 0.5 - PortableMath.Sin(theta));
            return (x1 + noise * Gaussian(random), x2 + noise * Gaussian(random));
        }, BinaryClasses);
    }

    /// <summary>
    /// <paramref name="classes"/> spiral arms of n points in total (row i belongs to arm i mod
    /// classes). Arm k: radius r from 0 to 1, angle θ = 4(k + r) (radians), point r·(sin θ, cos θ),
    /// plus Gaussian noise with standard deviation <paramref name="noise"/> on each coordinate.
    /// </summary>
    public static Dataset Spirals(int n, int classes, double noise, int seed)
    {
        CheckCount(n);
        CheckNoise(noise);
        if (classes < 2 || classes > n)
            throw new ArgumentOutOfRangeException(nameof(classes), classes,
                $"classes must be between 2 and n = {n}.");
        var random = new Random(seed);
        int perArm = (n + classes - 1) / classes;
        string[] names = Enumerable.Range(0, classes)
            .Select(k => k.ToString(CultureInfo.InvariantCulture)).ToArray();
        return Build(n, i => i % classes, (k, i) =>
        {
            double r = perArm > 1 ? (double)(i / classes) / (perArm - 1) : 0;
            double theta = 4 * (k + r);
            return (r * PortableMath.Sin(theta) + noise * Gaussian(random),
                r * PortableMath.Cos(theta) + noise * Gaussian(random));
        }, names);
    }

    /// <summary>
    /// XOR with clouds instead of single points: n points in total around the four corners of the
    /// truth table, class = x1 XOR x2 of the corner, each coordinate plus Gaussian noise with
    /// standard deviation <paramref name="noise"/>.
    /// </summary>
    public static Dataset XorClouds(int n, double noise, int seed)
    {
        CheckCount(n);
        CheckNoise(noise);
        var random = new Random(seed);
        return Build(n, i => (i % 4 == 1 || i % 4 == 2) ? 1 : 0, (_, i) =>
        {
            int corner = i % 4;
            return (corner / 2 + noise * Gaussian(random), corner % 2 + noise * Gaussian(random));
        }, BinaryClasses);
    }
}
