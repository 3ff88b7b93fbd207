using NeuralNetworks.Calculus;
using NeuralNetworks.Activations;
using NeuralNetworks.Losses;

namespace NeuralNetworks.Tests.Losses;

public class CrossEntropyErrorTests
{
    private static readonly Vector<double> Y = Vector<double>.Build.DenseOfArray([0.1, 0.05, 0.6, 0.0, 0.05, 0.1, 0.0, 0.1, 0.0, 0.0]);
    private static readonly Vector<double> T = Vector<double>.Build.DenseOfArray([0, 0, 1, 0, 0, 0, 0, 0, 0, 0]);

    [Fact]
    public void One_example_is_minus_ln_of_the_correct_class_probability()
    {
        // The worked example of ゼロから作るDeep Learning §4.2.2: −ln 0.6 ≈ 0.510825457.
        Assert.Equal(-Math.Log(0.6 + 1e-7), CrossEntropyError.Loss(Y, T), 14);
        Assert.Equal(0.5108254, CrossEntropyError.Loss(Y, T), 6);
    }

    [Fact]
    public void A_zero_probability_gives_a_large_finite_loss_thanks_to_delta()
    {
        Vector<double> wrong = Vector<double>.Build.DenseOfArray([1, 0]), t = Vector<double>.Build.DenseOfArray([0, 1]);
        Assert.Equal(-Math.Log(1e-7), CrossEntropyError.Loss(wrong, t), 10);
    }

    [Fact]
    public void Batch_is_the_mean_over_rows_and_labels_give_the_same_as_one_hot()
    {
        Matrix<double> y = Softmax.Apply(MatrixGradientAssert.Random(4, 3, seed: 5));
        int[] labels = [2, 0, 1, 1];
        Matrix<double> t = Matrix<double>.Build.Dense(4, 3, (n, k) => labels[n] == k ? 1 : 0);
        double mean = Enumerable.Range(0, 4).Average(n => CrossEntropyError.Loss(y.Row(n), t.Row(n)));
        Assert.Equal(mean, CrossEntropyError.Loss(y, t), 14);
        Assert.Equal(mean, CrossEntropyError.Loss(y, labels), 14);
        Assert.Equal(CrossEntropyError.Gradient(y, t), CrossEntropyError.Gradient(y, labels));
    }

    [Fact]
    public void Gradients_match_the_numerical_gradient()
    {
        Matrix<double> y = Softmax.Apply(MatrixGradientAssert.Random(4, 3, seed: 6));
        Matrix<double> t = Matrix<double>.Build.Dense(4, 3, (n, k) => (n + 1) % 3 == k ? 1 : 0);
        MatrixGradientAssert.Close(NumericalGradient.Of(() => CrossEntropyError.Loss(y, t), y), CrossEntropyError.Gradient(y, t));
        Vector<double> y1 = y.Row(0), t1 = t.Row(0);
        GradientAssert.Close(NumericalGradient.Of(v => CrossEntropyError.Loss(v, t1), y1), CrossEntropyError.Gradient(y1, t1), 1e-7);
    }

    [Fact]
    public void Shape_mismatch_and_bad_labels_are_named()
    {
        var shape = Assert.Throws<ArgumentException>(() => CrossEntropyError.Loss(Matrix<double>.Build.Dense(4, 3), Matrix<double>.Build.Dense(4, 2)));
        Assert.Contains("4×3", shape.Message);
        Assert.Contains("4×2", shape.Message);
        var count = Assert.Throws<ArgumentException>(() => CrossEntropyError.Loss(Matrix<double>.Build.Dense(4, 3), [0, 1]));
        Assert.Contains("2 labels", count.Message);
        var label = Assert.Throws<ArgumentOutOfRangeException>(() => CrossEntropyError.Gradient(Matrix<double>.Build.Dense(2, 3), [0, 3]));
        Assert.Contains("Label 3", label.Message);
    }
}
