using NeuralNetworks.Layers;

namespace NeuralNetworks.Tests.Layers;

public class DenseTests
{
    private static Dense Layer() => new(MatrixGradientAssert.Random(3, 2, seed: 11), MatrixGradientAssert.Random(1, 2, seed: 12));

    [Fact]
    public void Forward_is_X_times_W_plus_b_on_every_row()
    {
        var W = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 3, 4 } });
        var b = Matrix<double>.Build.DenseOfArray(new double[,] { { 10, 20 } });
        var X = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 0 }, { 1, 1 } });
        Matrix<double> U = new Dense(W, b).Forward(X);
        Assert.Equal(Matrix<double>.Build.DenseOfArray(new double[,] { { 11, 22 }, { 14, 26 } }), U);
    }

    [Fact]
    public void Backward_matches_numerical_gradients_of_X_W_and_b() =>
        MatrixGradientAssert.Layer(Layer(), MatrixGradientAssert.Random(4, 3, seed: 13));

    [Fact]
    public void Backward_gives_the_textbook_formulas()
    {
        Dense dense = Layer();
        Matrix<double> X = MatrixGradientAssert.Random(4, 3, seed: 14), dU = MatrixGradientAssert.Random(4, 2, seed: 15);
        dense.Forward(X);
        Matrix<double> dX = dense.Backward(dU);
        Assert.Equal(X.Transpose() * dU, dense.Weights.Gradient);
        Assert.Equal(dU.ColumnSums().ToRowMatrix(), dense.Bias.Gradient);
        Assert.Equal(dU * dense.Weights.Value.Transpose(), dX);
    }

    [Fact]
    public void Prints_its_shape_and_names_its_parameters()
    {
        var dense = new Dense(4, 8, Initialization.He, new Random(1), index: 2);
        Assert.Equal("Dense(4→8)", dense.ToString());
        Assert.Equal(["W2", "b2"], dense.Parameters.Select(p => p.Name));
        Assert.True(dense.Bias.IsBias);
        Assert.Equal("W2 (4×8)", dense.Weights.ToString());
        Assert.All(dense.Bias.Value.Enumerate(), b => Assert.Equal(0.0, b));
    }

    [Fact]
    public void ZeroGrad_clears_the_gradient()
    {
        Dense dense = Layer();
        dense.Forward(MatrixGradientAssert.Random(4, 3, seed: 16));
        dense.Backward(MatrixGradientAssert.Random(4, 2, seed: 17));
        dense.Weights.ZeroGrad();
        Assert.All(dense.Weights.Gradient.Enumerate(), g => Assert.Equal(0.0, g));
    }

    [Fact]
    public void Wrong_input_width_names_both_shapes()
    {
        var error = Assert.Throws<ArgumentException>(() => Layer().Forward(Matrix<double>.Build.Dense(5, 4)));
        Assert.Contains("5×4", error.Message);
        Assert.Contains("3×2", error.Message);
    }

    [Fact]
    public void Bias_of_the_wrong_shape_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new Dense(Matrix<double>.Build.Dense(3, 2), Matrix<double>.Build.Dense(1, 3)));
        Assert.Contains("1×2", error.Message);
        Assert.Contains("1×3", error.Message);
    }
}
