using System.Globalization;
using System.Text;
using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Calculus;

/// <summary>
/// The points gradient descent visited (lesson 07): <see cref="Points"/>[0] is the start and
/// Points[k] the point after step k. For one variable each point is a vector of length 1;
/// <see cref="Xs"/> lists them as plain numbers. <see cref="Values"/> holds f at every point
/// when f was given, else null.
/// </summary>
public sealed record DescentPath(
    IReadOnlyList<Vector<double>> Points, IReadOnlyList<double>? Values, bool StoppedEarly)
{
    /// <summary>The number of steps taken (one less than the number of points).</summary>
    public int Steps => Points.Count - 1;

    /// <summary>Where the walk ended.</summary>
    public Vector<double> Last => Points[^1];

    /// <summary>
    /// The first coordinate of every point: the whole path for a one-variable descent.
    /// </summary>
    public IReadOnlyList<double> Xs => Points.Select(p => p[0]).ToArray();

    /// <summary>Coordinate i of every point (for example the w₂ axis of a contour chart).</summary>
    public IReadOnlyList<double> Coordinate(int i)
    {
        if (i < 0 || i >= Last.Count)
            throw new ArgumentOutOfRangeException(nameof(i), i,
                $"The points have {Last.Count} coordinates, so i must be in 0…{Last.Count - 1}.");
        return Points.Select(p => p[i]).ToArray();
    }

    /// <summary>
    /// A short table: step, point, and f if recorded (the first and last few rows when long).
    /// </summary>
    public override string ToString()
    {
        string stopped = StoppedEarly ? ", stopped early" : "";
        var text = new StringBuilder($"DescentPath({Steps} steps{stopped})\n");
        var rows = Enumerable.Range(0, Points.Count).Where(k => k < 5 || k >= Points.Count - 3);
        foreach (int k in rows)
        {
            if (k == Points.Count - 3 && k > 5) text.AppendLine("  …");
            string point = string.Join(", ",
                Points[k].Select(v => v.ToString("G6", CultureInfo.InvariantCulture)));
            string value = Values is null
                ? ""
                : "  f = " + Values[k].ToString("G6", CultureInfo.InvariantCulture);
            text.AppendLine($"{k,5}  [{point}]{value}");
        }
        return text.ToString();
    }
}
