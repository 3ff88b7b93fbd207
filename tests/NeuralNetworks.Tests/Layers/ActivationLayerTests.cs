using NeuralNetworks.Activations;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Tests.Layers;

public class ActivationLayerTests
{
    public static TheoryData<string> Smooth => ["Sigmoid", "Tanh", "Identity", "ReLU", "Leaky"];

    [Theory, MemberData(nameof(Smooth))]
    public void Backward_matches_the_numerical_gradient(string name)
    {
        Activation f = Activation.All.Single(a => a.Name.StartsWith(name, StringComparison.Ordinal));
        // Inputs kept away from 0, where ReLU and Leaky ReLU have a kink.
        Matrix<double> U = MatrixGradientAssert.Random(4, 3, seed: 21).Map(u => u + 0.1 * Math.Sign(u));
        MatrixGradientAssert.Layer(new ActivationLayer(f), U);
    }

    [Fact]
    public void Backward_multiplies_by_the_derivative_element_wise()
    {
        var layer = new ActivationLayer(Activation.ReLU);
        var U = Matrix<double>.Build.DenseOfArray(new double[,] { { -1, 2 }, { 3, -4 } });
        Assert.Equal(Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 2 }, { 3, 0 } }), layer.Forward(U));
        var dZ = Matrix<double>.Build.DenseOfArray(new double[,] { { 5, 6 }, { 7, 8 } });
        Assert.Equal(Matrix<double>.Build.DenseOfArray(new double[,] { { 0, 6 }, { 7, 0 } }), layer.Backward(dZ));
        Assert.Equal("ReLU", layer.ToString());
    }
}
