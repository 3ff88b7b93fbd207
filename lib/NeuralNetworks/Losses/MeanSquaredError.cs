using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Losses;

/// <summary>
/// Mean squared error (二乗和誤差 as the Medical AI lecture writes it, lesson 05):
/// E = (1/n) Σᵢ (yᵢ − tᵢ)²; ∂E/∂yᵢ = 2(yᵢ − tᵢ)/n. For a batch (N×k) the mean is over all N·k
/// elements; with one output per example (k = 1) this is the Medical AI lecture's
/// L = (1/N) Σₖ (y⁽ᵏ⁾ − t⁽ᵏ⁾)².
/// The usual loss for regression.
/// </summary>
public static class MeanSquaredError
{
    public static double Loss(Vector<double> y, Vector<double> t) =>
        SumOfSquaredErrors.Loss(y, t) / y.Count;

    public static Vector<double> Gradient(Vector<double> y, Vector<double> t) =>
        SumOfSquaredErrors.Gradient(y, t) / y.Count;

    public static double Loss(Matrix<double> y, Matrix<double> t) =>
        SumOfSquaredErrors.Loss(y, t) / (y.RowCount * y.ColumnCount);

    public static Matrix<double> Gradient(Matrix<double> y, Matrix<double> t) =>
        SumOfSquaredErrors.Gradient(y, t) / (y.RowCount * y.ColumnCount);
}
