using NeuralNetworks.Calculus;
using NeuralNetworks.Activations;
using NeuralNetworks.Layers;
using NeuralNetworks.Losses;

namespace NeuralNetworks.Tests.Layers;

/// <summary>SoftmaxWithLoss, SigmoidWithLoss and IdentityWithLoss: values, the (Y − T)/N gradients, and gradient checks.</summary>
public class OutputLayerTests
{
    private static readonly Matrix<double> U = MatrixGradientAssert.Random(4, 3, seed: 41) * 3;
    private static readonly Matrix<double> OneHot = Matrix<double>.Build.Dense(4, 3, (n, k) => (2 * n) % 3 == k ? 1 : 0);

    public static TheoryData<string> Kinds => ["softmax", "sigmoid", "identity"];

    private static IOutputLayer Make(string kind) => kind switch
    {
        "softmax" => new SoftmaxWithLoss(),
        "sigmoid" => new SigmoidWithLoss(),
        _ => new IdentityWithLoss(),
    };

    [Theory, MemberData(nameof(Kinds))]
    public void Gradient_matches_the_numerical_gradient(string kind)
    {
        IOutputLayer output = Make(kind);
        output.Loss(U, OneHot);
        Matrix<double> dU = output.Backward();
        MatrixGradientAssert.Close(NumericalGradient.Of(() => output.Loss(U, OneHot), U), dU, what: kind);
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Gradient_is_Y_minus_T_over_N(string kind)
    {
        IOutputLayer output = Make(kind);
        output.Loss(U, OneHot);
        Assert.Equal((output.Predict(U) - OneHot) / 4, output.Backward());
    }

    [Fact]
    public void Softmax_loss_equals_cross_entropy_of_the_softmax_probabilities()
    {
        double expected = CrossEntropyError.Loss(Softmax.Apply(U), OneHot);
        Assert.Equal(expected, new SoftmaxWithLoss().Loss(U, OneHot), 5);
    }

    [Fact]
    public void Sigmoid_loss_equals_binary_cross_entropy_and_its_gradient_is_sigma_minus_t_per_example()
    {
        Matrix<double> u = U.SubMatrix(0, 4, 0, 1), t = OneHot.SubMatrix(0, 4, 0, 1);
        var output = new SigmoidWithLoss();
        Assert.Equal(BinaryCrossEntropy.Loss(Activation.Sigmoid.Apply(u), t), output.Loss(u, t), 5);
        Matrix<double> perExample = output.Backward() * 4;
        for (int n = 0; n < 4; n++)
            Assert.Equal(1 / (1 + Math.Exp(-u[n, 0])) - t[n, 0], perExample[n, 0], 14);
    }

    [Fact]
    public void Sigmoid_loss_stays_finite_for_huge_scores()
    {
        var u = Matrix<double>.Build.DenseOfArray(new double[,] { { 800 }, { -800 } });
        var t = Matrix<double>.Build.DenseOfArray(new double[,] { { 0 }, { 1 } });
        Assert.Equal(800.0, new SigmoidWithLoss().Loss(u, t), 9);
    }

    [Fact]
    public void Identity_loss_is_half_the_mean_squared_row_error()
    {
        Assert.Equal(HalfSumOfSquares.Loss(U, OneHot) / 4, new IdentityWithLoss().Loss(U, OneHot), 14);
    }

    [Fact]
    public void Targets_of_the_wrong_shape_are_named()
    {
        var error = Assert.Throws<ArgumentException>(() => new SoftmaxWithLoss().Loss(U, Matrix<double>.Build.Dense(4, 2)));
        Assert.Contains("4×3", error.Message);
        Assert.Contains("4×2", error.Message);
    }
}
