using System.Globalization;
using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Data;

/// <summary>
/// Standardisation, column by column (lesson 11): z = (x − μ) / σ, so each feature has mean 0
/// and standard deviation 1 on the training data. μ and σ are the population mean and standard
/// deviation (divide by N) of each column. A constant column has σ = 0: it is only centred
/// (z = x − μ = 0), never divided by zero.
/// Fit on the training set only, then transform the training, validation and test sets with the
/// same μ and σ: fitting on all the data would leak information about the test set into training.
/// </summary>
public sealed record Standardizer(Vector<double> Mean, Vector<double> StandardDeviation)
{
    /// <summary>μ and σ of every column of X (N×d, one example per row).</summary>
    public static Standardizer Fit(Matrix<double> X)
    {
        if (X.RowCount == 0)
            throw new ArgumentException(
                $"X is 0×{X.ColumnCount}: fitting needs at least one row.", nameof(X));
        Vector<double> mean = X.ColumnSums() / X.RowCount;
        Vector<double> sd = Vector<double>.Build.Dense(X.ColumnCount,
            j => Math.Sqrt(X.Column(j).Subtract(mean[j]).PointwisePower(2).Sum() / X.RowCount));
        return new Standardizer(mean, sd);
    }

    /// <summary>z = (x − μ) / σ for every element; columns with σ = 0 become x − μ.</summary>
    public Matrix<double> Transform(Matrix<double> X)
    {
        if (X.ColumnCount != Mean.Count)
            throw new ArgumentException(
                $"X has {X.ColumnCount} columns but the standardizer was fitted on {Mean.Count}.",
                nameof(X));
        return Matrix<double>.Build.Dense(X.RowCount, X.ColumnCount, (i, j) =>
            StandardDeviation[j] > 0
                ? (X[i, j] - Mean[j]) / StandardDeviation[j]
                : X[i, j] - Mean[j]);
    }

    /// <summary>The data set with standardised features.</summary>
    public Dataset Transform(Dataset data) => data.WithFeatures(Transform(data.Features));

    public override string ToString() =>
        $"Standardizer(μ = [{Format(Mean)}], σ = [{Format(StandardDeviation)}])";

    internal static string Format(Vector<double> v) =>
        string.Join(", ", v.Select(x => x.ToString("G4", CultureInfo.InvariantCulture)));
}
