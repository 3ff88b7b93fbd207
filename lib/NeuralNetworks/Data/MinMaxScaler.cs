using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Data;

/// <summary>
/// Min–max scaling, column by column (lesson 11): x′ = (x − min) / (max − min),
/// so each feature runs from 0 to 1 on the training data (new data may fall outside [0, 1]).
/// A constant column (max = min) becomes x − min. Fit on the training set only, then transform
/// every set with the same min and max.
/// </summary>
public sealed record MinMaxScaler(Vector<double> Min, Vector<double> Max)
{
    /// <summary>min and max of every column of X (N×d).</summary>
    public static MinMaxScaler Fit(Matrix<double> X)
    {
        if (X.RowCount == 0)
            throw new ArgumentException(
                $"X is 0×{X.ColumnCount}: fitting needs at least one row.", nameof(X));
        return new MinMaxScaler(
            Vector<double>.Build.Dense(X.ColumnCount, j => X.Column(j).Minimum()),
            Vector<double>.Build.Dense(X.ColumnCount, j => X.Column(j).Maximum()));
    }

    /// <summary>x′ = (x − min) / (max − min) for every element.</summary>
    public Matrix<double> Transform(Matrix<double> X)
    {
        if (X.ColumnCount != Min.Count)
            throw new ArgumentException(
                $"X has {X.ColumnCount} columns but the scaler was fitted on {Min.Count}.",
                nameof(X));
        return Matrix<double>.Build.Dense(X.RowCount, X.ColumnCount, (i, j) =>
        {
            double range = Max[j] - Min[j];
            return range > 0 ? (X[i, j] - Min[j]) / range : X[i, j] - Min[j];
        });
    }

    /// <summary>The data set with scaled features.</summary>
    public Dataset Transform(Dataset data) => data.WithFeatures(Transform(data.Features));

    public override string ToString() =>
        $"MinMaxScaler(min = [{Standardizer.Format(Min)}], max = [{Standardizer.Format(Max)}])";
}
