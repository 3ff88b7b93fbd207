using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Calculus;

/// <summary>
/// Partial derivatives and gradients by central differences (lesson 06):
/// ∂f/∂xᵢ ≈ (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h, where eᵢ is 1 in place i and 0 elsewhere;
/// ∇f(x) = (∂f/∂x₁, …, ∂f/∂xₙ). Slow (two evaluations of f per variable) but simple and hard to get
/// wrong, which is why it is the reference that backpropagation is checked against (lesson 08).
/// </summary>
public static class NumericalGradient
{
    /// <summary>∂f/∂xᵢ at x: only variable i moves.</summary>
    public static double Partial(Func<Vector<double>, double> f, Vector<double> x, int i,
        double h = 1e-5)
    {
        NumericalDerivative.CheckStep(h);
        if (i < 0 || i >= x.Count)
            throw new ArgumentOutOfRangeException(nameof(i), i,
                $"x has {x.Count} variables, so i must be in 0…{x.Count - 1}.");
        Vector<double> point = x.Clone();
        return CentralDifference(() => f(point), point, i, h);
    }

    /// <summary>∇f(x), one partial derivative per variable. x is left unchanged.</summary>
    public static Vector<double> Of(Func<Vector<double>, double> f, Vector<double> x,
        double h = 1e-5)
    {
        NumericalDerivative.CheckStep(h);
        Vector<double> point = x.Clone();
        return Vector<double>.Build.Dense(x.Count,
            i => CentralDifference(() => f(point), point, i, h));
    }

    /// <summary>
    /// ∂L/∂P for every element of a parameter matrix P that <paramref name="loss"/> reads
    /// (a weight matrix of a network): each element is nudged by ±h in place, the loss recomputed,
    /// and the element restored.
    /// </summary>
    public static Matrix<double> Of(Func<double> loss, Matrix<double> parameter, double h = 1e-5)
    {
        NumericalDerivative.CheckStep(h);
        Matrix<double> gradient =
            Matrix<double>.Build.Dense(parameter.RowCount, parameter.ColumnCount);
        for (int r = 0; r < parameter.RowCount; r++)
            for (int c = 0; c < parameter.ColumnCount; c++)
            {
                double original = parameter[r, c];
                parameter[r, c] = original + h;
                double plus = loss();
                parameter[r, c] = original - h;
                double minus = loss();
                parameter[r, c] = original;
                gradient[r, c] = (plus - minus) / (2 * h);
            }
        return gradient;
    }

    private static double CentralDifference(Func<double> f, Vector<double> x, int i, double h)
    {
        double original = x[i];
        x[i] = original + h;
        double plus = f();
        x[i] = original - h;
        double minus = f();
        x[i] = original;
        return (plus - minus) / (2 * h);
    }
}
