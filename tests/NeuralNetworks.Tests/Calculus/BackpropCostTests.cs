using System.Globalization;
using NeuralNetworks.Activations;
using NeuralNetworks.Calculus;
using NeuralNetworks.Data;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Tests.Calculus;

/// <summary>
/// Lesson 08, section 7: every gradient of a network by central differences costs 2 forward passes per parameter,
/// by backpropagation one forward and one backward pass; both give the same gradients. The counts and the largest
/// differences are the ones the lesson prints, computed as its cell computes them (the times are not pinned: they
/// depend on the machine).
/// </summary>
public class BackpropCostTests
{
    private static Network TwoTwoOne()
    {
        var M = Matrix<double>.Build;
        var dense1 = new Dense(M.DenseOfArray(new double[,] { { 0.4, 0.2 }, { -0.3, 0.5 } }),
            M.DenseOfArray(new double[,] { { 0.1, -0.2 } }), index: 1);
        var dense2 = new Dense(M.DenseOfArray(new double[,] { { 0.7 }, { -0.5 } }), M.Dense(1, 1), index: 2);
        return new Network([dense1, new ActivationLayer(Activation.Sigmoid), dense2], new IdentityWithLoss());
    }

    public static TheoryData<string, int, int, string> Lesson08Networks => new()
    {
        { "2-2-1", 9, 18, "7.0E-12" },
        { "2-8-8-3", 123, 246, "3.2E-11" },
        { "2-48-48-3", 2643, 5286, "4.6E-11" },
    };

    [Theory]
    [MemberData(nameof(Lesson08Networks))]
    public void Numerical_gradients_cost_two_forward_passes_per_parameter_and_agree_with_backprop(
        string name, int parameters, int forwardPasses, string maxDifference)
    {
        var spiral = ToyData.Spirals(30, classes: 3, noise: 0.1, seed: 8);
        (Network net, Matrix<double> X, Matrix<double> T) = name switch
        {
            "2-2-1" => (TwoTwoOne(), Matrix<double>.Build.DenseOfArray(new double[,] { { 1.0, 0.5 } }),
                Matrix<double>.Build.DenseOfArray(new double[,] { { 1.0 } })),
            "2-8-8-3" => Spiral(new Network([2, 8, 8, 3], Activation.Tanh, seed: 8)),
            _ => Spiral(new Network([2, 48, 48, 3], Activation.Tanh, seed: 8)),
        };
        (Network, Matrix<double>, Matrix<double>) Spiral(Network n) => (n, spiral.Features, n.Targets(spiral.Labels));

        int forward = 0;
        double CountedLoss() { forward++; return net.Loss(X, T); }
        Matrix<double>[] numerical = net.Parameters.Select(p => NumericalGradient.Of(CountedLoss, p.Value)).ToArray();

        int numericalForward = forward;
        forward = 0;
        CountedLoss();
        net.Backward();
        Assert.Equal(1, forward);
        double gap = numerical.Zip(net.Parameters, (n, p) => (n - p.Gradient).Enumerate().Max(Math.Abs)).Max();

        Assert.Equal(parameters, net.Parameters.Sum(p => p.RowCount * p.ColumnCount));
        Assert.Equal(forwardPasses, numericalForward);
        Assert.Equal(maxDifference, gap.ToString("0.0E+00", CultureInfo.InvariantCulture));
    }
}
