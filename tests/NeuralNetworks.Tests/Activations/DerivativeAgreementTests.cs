using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Activations;
using NeuralNetworks.Autograd;
using NeuralNetworks.Fast;

namespace NeuralNetworks.Tests.Activations;

/// <summary>
/// ReLU′ is written in three places (Activations/ReLU.cs, the autograd's Value.ReLU, the vectorised Fast/BatchKernels) and
/// σ′ in two (Activations/Sigmoid.cs, Value.Sigmoid): every copy must give the same number, above all at the kink
/// (ReLU′(0) = 0, also for −0 and the smallest subnormals) and where e⁻ᵘ overflows. The vectorised kernel is tested at
/// every position of a row, so its vector body and its scalar tail both meet each value.
/// </summary>
public class DerivativeAgreementTests
{
    public static readonly double[] Points =
        [-1, -1e-300, -double.Epsilon, -0.0, 0.0, double.Epsilon, 1e-300, 1, -800, 800, double.NaN];

    private static double AutogradDerivative(Func<Value, Value> f, double u)
    {
        var x = new Value(u);
        f(x).Backward();
        return x.Grad;
    }

    [Fact]
    public void ReLU_derivative_is_the_same_in_the_activation_the_autograd_and_the_vectorised_kernel()
    {
        foreach (double u in Points)
        {
            double expected = Activation.ReLU.Derivative(u);
            Assert.Equal(u > 0 ? 1.0 : 0.0, expected);
            Assert.Equal(expected, AutogradDerivative(x => x.ReLU(), u));
            for (int width = 1; width <= 19; width++)
                for (int at = 0; at < width; at++)
                {
                    var U = Matrix<double>.Build.Dense(1, width, (_, j) => j == at ? u : 2.0);
                    var dOut = Matrix<double>.Build.Dense(1, width, 1.0);
                    var dU = Matrix<double>.Build.Dense(1, width, double.NaN);
                    BatchKernels.ReLUBackward(U, dOut, dU);
                    Assert.True(expected.Equals(dU[0, at]), $"ReLU′({u}) is {expected} in Activations but {dU[0, at]} in BatchKernels at column {at} of {width}");
                }
        }
    }

    [Fact]
    public void Sigmoid_derivative_is_the_same_in_the_activation_and_the_autograd()
    {
        foreach (double u in Points)
        {
            double expected = Activation.Sigmoid.Derivative(u);
            double autograd = AutogradDerivative(x => x.Sigmoid(), u);
            Assert.True(expected.Equals(autograd) || Math.Abs(expected - autograd) <= 1e-15,
                $"σ′({u}) is {expected} in Activations but {autograd} in the autograd");
        }
        Assert.Equal(0.25, Activation.Sigmoid.Derivative(0));
    }
}
