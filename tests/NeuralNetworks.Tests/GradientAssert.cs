namespace NeuralNetworks.Tests;

/// <summary>
/// Assertions for gradient checks: an analytic derivative against a numerical one, by relative error
/// |a − b| / max(|a|, |b|, tiny). Relative, so large and small gradients are judged alike; "tiny" (1e-12) keeps
/// two zeros from dividing by zero.
/// </summary>
public static class GradientAssert
{
    public static double RelativeError(double expected, double actual) =>
        Math.Abs(expected - actual) / Math.Max(Math.Max(Math.Abs(expected), Math.Abs(actual)), 1e-12);

    public static void Close(double expected, double actual, double tolerance, string what = "gradient")
    {
        double error = RelativeError(expected, actual);
        Assert.True(error <= tolerance,
            FormattableString.Invariant($"{what}: expected {expected:R}, got {actual:R}; relative error {error:G3} > tolerance {tolerance:G3}."));
    }

    public static void Close(Vector<double> expected, Vector<double> actual, double tolerance, string what = "gradient")
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
            Close(expected[i], actual[i], tolerance, $"{what}[{i}]");
    }
}

/// <summary>
/// Gradient checks for whole matrices, layers and networks. Matrices are compared by the relative error of the whole
/// matrix, ‖a − n‖ / (‖a‖ + ‖n‖) (see GradientCheck.Compare), which does not blow up for elements that are nearly 0.
/// </summary>
public static class MatrixGradientAssert
{
    public const double Tolerance = 1e-7;

    public static void Close(Matrix<double> expected, Matrix<double> actual, double tolerance = Tolerance, string what = "gradient")
    {
        var check = NeuralNetworks.Calculus.GradientCheck.Compare(what, actual, expected);
        Assert.True(check.RelativeError < tolerance,
            FormattableString.Invariant($"{what}: relative error {check.RelativeError:G3} ≥ {tolerance:G3}; largest |a − n| {check.MaxAbsoluteError:G3}."));
    }

    /// <summary>A random matrix with entries in [−1, 1) from a seeded Random.</summary>
    public static Matrix<double> Random(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        return Matrix<double>.Build.Dense(rows, columns, (_, _) => 2 * random.NextDouble() - 1);
    }

    /// <summary>
    /// Checks a layer's Backward on L = Σ G ⊙ layer.Forward(X) for a random upstream gradient G, so that ∂L/∂Out = G:
    /// dX and every parameter gradient against central differences.
    /// </summary>
    public static void Layer(NeuralNetworks.Layers.ILayer layer, Matrix<double> X, int seed = 7)
    {
        Matrix<double> output = layer.Forward(X);
        Matrix<double> G = Random(output.RowCount, output.ColumnCount, seed);
        double L() => layer.Forward(X).PointwiseMultiply(G).Enumerate().Sum();
        layer.Forward(X);
        Matrix<double> dX = layer.Backward(G);
        var analytic = layer.Parameters.Select(p => (p.Name, Gradient: p.Gradient.Clone())).ToList();
        Close(NeuralNetworks.Calculus.NumericalGradient.Of(L, X), dX, what: "dX");
        foreach (var (name, gradient) in analytic)
            Close(NeuralNetworks.Calculus.NumericalGradient.Of(L, layer.Parameters.Single(p => p.Name == name).Value), gradient, what: name);
    }

    /// <summary>Every parameter of a network: backprop against central differences.</summary>
    public static void Network(NeuralNetworks.Layers.Network network, Matrix<double> X, Matrix<double> T, double tolerance = Tolerance)
    {
        var report = NeuralNetworks.Calculus.GradientCheck.Run(network, X, T);
        Assert.True(report.MaxRelativeError < tolerance, $"{network}\n{report}");
    }
}
