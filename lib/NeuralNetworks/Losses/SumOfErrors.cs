using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Losses;

/// <summary>
/// The plain (signed) sum of errors, E = Σᵢ (tᵢ − yᵢ), shown in lesson 05 only to see why it fails
/// as a loss: positive and negative errors cancel. Medical AI lecture: errors 0.3, 0.2, −0.2, −0.1
/// (small) and 0.6, 0.7, −0.4, −0.7 (large) both sum to 0.2. Use <see cref="SumOfSquaredErrors"/>
/// instead. ∂E/∂yᵢ = −1 whatever the outputs, so it cannot guide learning. A batch (N×k) is
/// summed over every element.
/// </summary>
public static class SumOfErrors
{
    public static double Loss(Vector<double> y, Vector<double> t)
    {
        LossGuard.SameShape(y, t);
        return (t - y).Sum();
    }

    public static Vector<double> Gradient(Vector<double> y, Vector<double> t)
    {
        LossGuard.SameShape(y, t);
        return Vector<double>.Build.Dense(y.Count, -1.0);
    }

    public static double Loss(Matrix<double> y, Matrix<double> t)
    {
        LossGuard.SameShape(y, t);
        return (t - y).Enumerate().Sum();
    }

    public static Matrix<double> Gradient(Matrix<double> y, Matrix<double> t)
    {
        LossGuard.SameShape(y, t);
        return Matrix<double>.Build.Dense(y.RowCount, y.ColumnCount, -1.0);
    }
}
