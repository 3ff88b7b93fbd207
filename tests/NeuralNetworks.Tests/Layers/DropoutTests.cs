using NeuralNetworks.Calculus;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Tests.Layers;

public class DropoutTests
{
    [Fact]
    public void Passes_inputs_through_unchanged_when_not_training()
    {
        var dropout = new Dropout(0.5, seed: 1);
        Matrix<double> X = MatrixGradientAssert.Random(5, 4, seed: 31);
        Assert.Same(X, dropout.Forward(X));
        Assert.Equal(X, dropout.Backward(X));
        dropout.Forward(X, training: true);
        Assert.Same(X, dropout.Forward(X, training: false));
        Assert.Same(X, dropout.Backward(X));
    }

    [Fact]
    public void While_training_drops_about_rate_of_the_elements_and_scales_the_rest()
    {
        var dropout = new Dropout(0.3, seed: 2);
        Matrix<double> ones = Matrix<double>.Build.Dense(100, 100, 1.0);
        Matrix<double> Z = dropout.Forward(ones, training: true);
        Assert.All(Z.Enumerate(), z => Assert.True(z == 0 || Math.Abs(z - 1 / 0.7) < 1e-15));
        double dropped = Z.Enumerate().Count(z => z == 0) / 10000.0;
        Assert.InRange(dropped, 0.27, 0.33);
        Assert.InRange(Z.Enumerate().Average(), 0.95, 1.05);
    }

    [Fact]
    public void Backward_uses_the_same_mask_as_forward()
    {
        // Each forward draws a new mask, but a fresh layer with the same seed draws the same first mask,
        // so L(X) = Σ G ⊙ dropout(X) with a fresh layer per evaluation is a fixed function to differentiate.
        Matrix<double> X = MatrixGradientAssert.Random(4, 5, seed: 32), G = MatrixGradientAssert.Random(4, 5, seed: 33);
        static Dropout Fresh() => new(0.5, seed: 3);
        double L() => Fresh().Forward(X, training: true).PointwiseMultiply(G).Enumerate().Sum();
        Dropout trained = Fresh();
        Matrix<double> Z = trained.Forward(X, training: true);
        Matrix<double> dX = trained.Backward(G);
        MatrixGradientAssert.Close(NumericalGradient.Of(L, X), dX, what: "dX");
        Assert.Equal(Z, X.PointwiseMultiply(trained.Backward(Matrix<double>.Build.Dense(4, 5, 1.0))));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Rate_outside_0_to_1_is_rejected(double rate)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Dropout(rate));
        Assert.Equal("rate", error.ParamName);
    }
}
