using NeuralNetworks.Calculus;
using NeuralNetworks.Losses;

namespace NeuralNetworks.Tests.Losses;

/// <summary>
/// The Medical AI lecture's three cases: targets 1, 1, 0, 0 and outputs that are perfect, a little off, and far off.
/// The errors t − y are 0, 0, 0, 0; 0.3, 0.2, −0.2, −0.1; and 0.6, 0.7, −0.4, −0.7. (The seed's table prints the third
/// output of the last case as 0.6, but its error column, its sum 0.2 and its squares 1.50 all use an error of −0.4, i.e. y = 0.4.)
/// </summary>
public static class Seed003
{
    public static readonly Vector<double> Targets = Vector<double>.Build.DenseOfArray([1, 1, 0, 0]);
    public static readonly Vector<double> Perfect = Vector<double>.Build.DenseOfArray([1, 1, 0, 0]);
    public static readonly Vector<double> SmallError = Vector<double>.Build.DenseOfArray([0.7, 0.8, 0.2, 0.1]);
    public static readonly Vector<double> LargeError = Vector<double>.Build.DenseOfArray([0.4, 0.3, 0.4, 0.7]);
}

public class SumOfErrorsTests
{
    [Fact]
    public void Small_and_large_errors_both_sum_to_0_2_as_in_seed_003()
    {
        Assert.Equal(0.0, SumOfErrors.Loss(Seed003.Perfect, Seed003.Targets), 12);
        Assert.Equal(0.2, SumOfErrors.Loss(Seed003.SmallError, Seed003.Targets), 12);
        Assert.Equal(0.2, SumOfErrors.Loss(Seed003.LargeError, Seed003.Targets), 12);
    }

    [Fact]
    public void Gradient_is_minus_one_everywhere_and_matches_the_numerical_one()
    {
        Vector<double> gradient = SumOfErrors.Gradient(Seed003.LargeError, Seed003.Targets);
        Assert.All(gradient, g => Assert.Equal(-1.0, g));
        GradientAssert.Close(NumericalGradient.Of(y => SumOfErrors.Loss(y, Seed003.Targets), Seed003.LargeError), gradient, 1e-7);
    }

    [Fact]
    public void Batch_sums_every_element()
    {
        Matrix<double> y = Matrix<double>.Build.DenseOfRowVectors(Seed003.SmallError, Seed003.LargeError);
        Matrix<double> t = Matrix<double>.Build.DenseOfRowVectors(Seed003.Targets, Seed003.Targets);
        Assert.Equal(0.4, SumOfErrors.Loss(y, t), 12);
    }

    [Fact]
    public void Shape_mismatch_names_both_shapes()
    {
        var error = Assert.Throws<ArgumentException>(() => SumOfErrors.Loss(Matrix<double>.Build.Dense(2, 3), Matrix<double>.Build.Dense(3, 2)));
        Assert.Contains("2×3", error.Message);
        Assert.Contains("3×2", error.Message);
    }
}
