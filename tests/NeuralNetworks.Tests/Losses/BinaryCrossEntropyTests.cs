using NeuralNetworks.Calculus;
using NeuralNetworks.Losses;

namespace NeuralNetworks.Tests.Losses;

public class BinaryCrossEntropyTests
{
    [Fact]
    public void Averages_the_log_loss_of_each_example()
    {
        Vector<double> y = Vector<double>.Build.DenseOfArray([0.9, 0.2]), t = Vector<double>.Build.DenseOfArray([1, 0]);
        double expected = -(Math.Log(0.9 + 1e-7) + Math.Log(0.8 + 1e-7)) / 2;
        Assert.Equal(expected, BinaryCrossEntropy.Loss(y, t), 14);
        Assert.Equal(expected, BinaryCrossEntropy.Loss(y.ToColumnMatrix(), t.ToColumnMatrix()), 14);
    }

    [Fact]
    public void Gradients_match_the_numerical_gradient()
    {
        var random = new Random(8);
        Matrix<double> y = Matrix<double>.Build.Dense(5, 2, (_, _) => 0.1 + 0.8 * random.NextDouble());
        Matrix<double> t = Matrix<double>.Build.Dense(5, 2, (n, k) => (n + k) % 2);
        MatrixGradientAssert.Close(NumericalGradient.Of(() => BinaryCrossEntropy.Loss(y, t), y), BinaryCrossEntropy.Gradient(y, t));
        Vector<double> y1 = y.Column(0), t1 = t.Column(0);
        GradientAssert.Close(NumericalGradient.Of(v => BinaryCrossEntropy.Loss(v, t1), y1), BinaryCrossEntropy.Gradient(y1, t1), 1e-7);
    }

    [Fact]
    public void Shape_mismatch_names_both_shapes()
    {
        var error = Assert.Throws<ArgumentException>(() => BinaryCrossEntropy.Gradient(Matrix<double>.Build.Dense(5, 1), Matrix<double>.Build.Dense(4, 1)));
        Assert.Contains("5×1", error.Message);
        Assert.Contains("4×1", error.Message);
    }
}
