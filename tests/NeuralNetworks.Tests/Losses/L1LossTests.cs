using NeuralNetworks.Calculus;
using NeuralNetworks.Losses;

namespace NeuralNetworks.Tests.Losses;

public class L1LossTests
{
    [Fact]
    public void Sums_the_absolute_errors_of_seed_003s_cases()
    {
        Assert.Equal(0.8, L1Loss.Loss(Seed003.SmallError, Seed003.Targets), 12);
        Assert.Equal(2.4, L1Loss.Loss(Seed003.LargeError, Seed003.Targets), 12);
    }

    [Fact]
    public void Gradient_is_the_sign_of_the_error_and_matches_the_numerical_gradient()
    {
        Matrix<double> y = MatrixGradientAssert.Random(4, 3, seed: 3), t = MatrixGradientAssert.Random(4, 3, seed: 4);
        Matrix<double> gradient = L1Loss.Gradient(y, t);
        Assert.All(gradient.Enumerate(), g => Assert.Equal(1.0, Math.Abs(g)));
        MatrixGradientAssert.Close(NumericalGradient.Of(() => L1Loss.Loss(y, t), y), gradient);
        GradientAssert.Close(NumericalGradient.Of(v => L1Loss.Loss(v, Seed003.Targets), Seed003.LargeError),
            L1Loss.Gradient(Seed003.LargeError, Seed003.Targets), 1e-7);
    }

    [Fact]
    public void Shape_mismatch_names_both_shapes()
    {
        var error = Assert.Throws<ArgumentException>(() => L1Loss.Gradient(Matrix<double>.Build.Dense(4, 1), Matrix<double>.Build.Dense(1, 4)));
        Assert.Contains("4×1", error.Message);
        Assert.Contains("1×4", error.Message);
    }
}
