using NeuralNetworks.Calculus;
using NeuralNetworks.Losses;

namespace NeuralNetworks.Tests.Losses;

/// <summary>SumOfSquaredErrors, MeanSquaredError and HalfSumOfSquares: values from the Medical AI lecture and gradient checks.</summary>
public class SquaredErrorTests
{
    [Fact]
    public void Sum_of_squared_errors_gives_0_0_18_and_1_50_for_seed_003s_cases()
    {
        Assert.Equal(0.0, SumOfSquaredErrors.Loss(Seed003.Perfect, Seed003.Targets), 12);
        Assert.Equal(0.18, SumOfSquaredErrors.Loss(Seed003.SmallError, Seed003.Targets), 12);
        Assert.Equal(1.50, SumOfSquaredErrors.Loss(Seed003.LargeError, Seed003.Targets), 12);
    }

    [Fact]
    public void Mean_and_half_are_the_sum_divided_by_n_and_by_2()
    {
        Assert.Equal(1.50 / 4, MeanSquaredError.Loss(Seed003.LargeError, Seed003.Targets), 12);
        Assert.Equal(0.75, HalfSumOfSquares.Loss(Seed003.LargeError, Seed003.Targets), 12);
    }

    [Fact]
    public void Mean_squared_error_of_seed_003s_network_outputs()
    {
        // L = (1/3)((0.54587066 − 1)² + (0.5448884 − 0)² + (0.53991485 − 0)²), written out in the Medical AI lecture.
        var y = Matrix<double>.Build.DenseOfArray(new[,] { { 0.54587066 }, { 0.5448884 }, { 0.53991485 } });
        var t = Matrix<double>.Build.DenseOfArray(new double[,] { { 1 }, { 0 }, { 0 } });
        double expected = (Math.Pow(0.54587066 - 1, 2) + Math.Pow(0.5448884, 2) + Math.Pow(0.53991485, 2)) / 3;
        Assert.Equal(expected, MeanSquaredError.Loss(y, t), 14);
    }

    [Fact]
    public void Half_sum_of_squares_gradient_is_y_minus_t()
    {
        Vector<double> gradient = HalfSumOfSquares.Gradient(Seed003.SmallError, Seed003.Targets);
        Assert.Equal([-0.3, -0.2, 0.2, 0.1], gradient.ToArray().Select(g => Math.Round(g, 12)));
    }

    public static TheoryData<string> Names => ["SSE", "MSE", "Half"];

    private static (Func<Matrix<double>, Matrix<double>, double>, Func<Matrix<double>, Matrix<double>, Matrix<double>>) Loss(string name) => name switch
    {
        "SSE" => (SumOfSquaredErrors.Loss, SumOfSquaredErrors.Gradient),
        "MSE" => (MeanSquaredError.Loss, MeanSquaredError.Gradient),
        _ => (HalfSumOfSquares.Loss, HalfSumOfSquares.Gradient),
    };

    [Theory, MemberData(nameof(Names))]
    public void Batch_gradient_matches_the_numerical_gradient(string name)
    {
        var (loss, gradient) = Loss(name);
        Matrix<double> y = MatrixGradientAssert.Random(5, 3, seed: 1), t = MatrixGradientAssert.Random(5, 3, seed: 2);
        MatrixGradientAssert.Close(NumericalGradient.Of(() => loss(y, t), y), gradient(y, t), what: name);
    }

    [Fact]
    public void Vector_gradients_match_the_numerical_gradient()
    {
        Vector<double> y = Seed003.LargeError, t = Seed003.Targets;
        GradientAssert.Close(NumericalGradient.Of(v => SumOfSquaredErrors.Loss(v, t), y), SumOfSquaredErrors.Gradient(y, t), 1e-7);
        GradientAssert.Close(NumericalGradient.Of(v => MeanSquaredError.Loss(v, t), y), MeanSquaredError.Gradient(y, t), 1e-7);
        GradientAssert.Close(NumericalGradient.Of(v => HalfSumOfSquares.Loss(v, t), y), HalfSumOfSquares.Gradient(y, t), 1e-7);
    }

    [Fact]
    public void Vector_length_mismatch_names_both_lengths()
    {
        var error = Assert.Throws<ArgumentException>(() => MeanSquaredError.Loss(Vector<double>.Build.Dense(3), Vector<double>.Build.Dense(4)));
        Assert.Contains("3", error.Message);
        Assert.Contains("4", error.Message);
    }
}
