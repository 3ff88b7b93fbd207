using System.Globalization;
using System.Text;
using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Calculus;

/// <summary>
/// How well one parameter's backprop gradient a matches its numerical gradient n.
/// </summary>
/// <param name="Name">The parameter's name, e.g. "W1".</param>
/// <param name="RowCount">The parameter's rows.</param>
/// <param name="ColumnCount">The parameter's columns.</param>
/// <param name="RelativeError">‖a − n‖ / (‖a‖ + ‖n‖) over the whole matrix (Frobenius norms);
/// 0 when both are 0.</param>
/// <param name="MaxAbsoluteError">The largest |aᵢⱼ − nᵢⱼ|.</param>
public sealed record ParameterCheck(string Name, int RowCount, int ColumnCount,
    double RelativeError, double MaxAbsoluteError);

/// <summary>
/// The result of <see cref="GradientCheck.Run"/>: one row per parameter; prints as a table.
/// </summary>
public sealed record GradientCheckReport(IReadOnlyList<ParameterCheck> Parameters)
{
    public double MaxRelativeError => Parameters.Max(p => p.RelativeError);

    public override string ToString()
    {
        var text = new StringBuilder("parameter  shape    relative error  max |a − n|\n");
        foreach (ParameterCheck p in Parameters)
        {
            string shape = p.RowCount + "×" + p.ColumnCount;
            text.Append(CultureInfo.InvariantCulture,
                $"{p.Name,-10} {shape,-8} " +
                $"{p.RelativeError,14:0.00E+00}  {p.MaxAbsoluteError,11:0.00E+00}\n");
        }
        text.Append(CultureInfo.InvariantCulture,
            $"largest relative error: {MaxRelativeError:0.00E+00}");
        return text.ToString();
    }
}

/// <summary>
/// Gradient checking (lesson 08): backpropagation's gradients against numerical ones from central
/// differences (<see cref="NumericalGradient"/>). A correct backward pass gives relative errors
/// around 1e-9 or smaller in double precision; a bug gives errors near 1. Use smooth activations
/// (tanh, sigmoid) or points away from ReLU's kink at 0.
/// </summary>
public static class GradientCheck
{
    public static GradientCheckReport Run(Network network, Matrix<double> X, Matrix<double> T,
        double h = 1e-5)
    {
        network.Loss(X, T);
        network.Backward();
        var checks = new List<ParameterCheck>();
        foreach (Parameter p in network.Parameters)
        {
            Matrix<double> analytic = p.Gradient.Clone();
            Matrix<double> numerical = NumericalGradient.Of(() => network.Loss(X, T), p.Value, h);
            checks.Add(Compare(p.Name, analytic, numerical));
        }
        return new GradientCheckReport(checks);
    }

    /// <summary>Compares an analytic gradient with a numerical one of the same shape.</summary>
    public static ParameterCheck Compare(
        string name, Matrix<double> analytic, Matrix<double> numerical)
    {
        if (analytic.RowCount != numerical.RowCount
            || analytic.ColumnCount != numerical.ColumnCount)
            throw new ArgumentException(
                $"The analytic gradient is {analytic.RowCount}×{analytic.ColumnCount} " +
                $"but the numerical one is {numerical.RowCount}×{numerical.ColumnCount}.",
                nameof(numerical));
        double difference = (analytic - numerical).FrobeniusNorm();
        double scale = analytic.FrobeniusNorm() + numerical.FrobeniusNorm();
        double relative = scale == 0 ? 0 : difference / scale;
        double maxAbsolute = (analytic - numerical).Enumerate().Max(Math.Abs);
        return new ParameterCheck(
            name, analytic.RowCount, analytic.ColumnCount, relative, maxAbsolute);
    }
}
