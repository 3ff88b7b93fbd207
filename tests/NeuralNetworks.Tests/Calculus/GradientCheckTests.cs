using NeuralNetworks.Activations;
using NeuralNetworks.Calculus;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Tests.Calculus;

public class GradientCheckTests
{
    /// <summary>u ↦ u² with a deliberately wrong backward (it forgets the factor 2u).</summary>
    private sealed class BrokenSquare : ILayer
    {
        public IReadOnlyList<Parameter> Parameters => [];
        public Matrix<double> Forward(Matrix<double> X, bool training) => X.PointwiseMultiply(X);
        public Matrix<double> Backward(Matrix<double> dOut) => dOut;
    }

    [Fact]
    public void A_correct_network_has_tiny_errors_and_the_report_lists_every_parameter()
    {
        var network = new Network([3, 4, 2], Activation.Tanh, seed: 2);
        Matrix<double> X = MatrixGradientAssert.Random(5, 3, seed: 61);
        GradientCheckReport report = GradientCheck.Run(network, X, network.Targets([0, 1, 1, 0, 1]));
        Assert.Equal(["W1", "b1", "W2", "b2"], report.Parameters.Select(p => p.Name));
        Assert.Equal((3, 4), (report.Parameters[0].RowCount, report.Parameters[0].ColumnCount));
        Assert.True(report.MaxRelativeError < 1e-7, report.ToString());
        Assert.Contains("W1", report.ToString());
        Assert.Contains("largest relative error", report.ToString());
    }

    [Fact]
    public void A_wrong_backward_is_caught()
    {
        var network = new Network([new Dense(MatrixGradientAssert.Random(3, 2, 62), Matrix<double>.Build.Dense(1, 2), 1), new BrokenSquare()],
            new IdentityWithLoss());
        Matrix<double> X = MatrixGradientAssert.Random(4, 3, seed: 63);
        GradientCheckReport report = GradientCheck.Run(network, X, MatrixGradientAssert.Random(4, 2, seed: 64));
        Assert.True(report.MaxRelativeError > 0.01, report.ToString());
    }

    [Fact]
    public void Compare_rejects_different_shapes()
    {
        var error = Assert.Throws<ArgumentException>(() => GradientCheck.Compare("W", Matrix<double>.Build.Dense(2, 3), Matrix<double>.Build.Dense(3, 2)));
        Assert.Contains("2×3", error.Message);
        Assert.Contains("3×2", error.Message);
    }
}
