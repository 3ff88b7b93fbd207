using NeuralNetworks.Activations;
using NeuralNetworks.Calculus;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Tests.Layers;

public class BatchNormalizationTests
{
    /// <summary>The layer with every Forward in training mode, for the gradient check (which calls Forward(X)).</summary>
    private sealed class Training(ILayer layer) : ILayer
    {
        public IReadOnlyList<Parameter> Parameters => layer.Parameters;
        public Matrix<double> Forward(Matrix<double> X, bool training = false) => layer.Forward(X, training: true);
        public Matrix<double> Backward(Matrix<double> dOut) => layer.Backward(dOut);
    }

    private static Matrix<double> Batch(int rows, int columns, int seed) =>
        MatrixGradientAssert.Random(rows, columns, seed) * 3 + 1;

    [Fact]
    public void While_training_every_column_comes_out_with_mean_0_and_variance_1()
    {
        var norm = new BatchNormalization(4);
        Matrix<double> Z = norm.Forward(Batch(10, 4, seed: 61), training: true);
        for (int j = 0; j < 4; j++)
        {
            Vector<double> z = Z.Column(j);
            Assert.Equal(0, z.Average(), 12);
            Assert.Equal(1, z.Select(v => v * v).Average(), 4);   // ε = 1e-5 keeps it just under 1
        }
    }

    [Fact]
    public void Gamma_and_beta_rescale_and_shift_the_standardised_values()
    {
        var norm = new BatchNormalization(2);
        norm.Gamma.Value[0, 1] = 3;
        norm.Beta.Value[0, 1] = -2;
        Matrix<double> Z = norm.Forward(Batch(8, 2, seed: 62), training: true);
        Assert.Equal(-2, Z.Column(1).Average(), 12);
        Assert.Equal(9, Z.Column(1).Select(v => (v + 2) * (v + 2)).Average(), 3);
    }

    [Fact]
    public void Training_backward_matches_numerical_gradients()
    {
        var norm = new BatchNormalization(3);
        norm.Gamma.Value.SetRow(0, [0.5, 2.0, -1.5]);
        norm.Beta.Value.SetRow(0, [0.1, -0.3, 0.7]);
        MatrixGradientAssert.Layer(new Training(norm), Batch(6, 3, seed: 63));
    }

    [Fact]
    public void Prediction_backward_matches_numerical_gradients()
    {
        var norm = new BatchNormalization(3);
        norm.Forward(Batch(6, 3, seed: 64), training: true);
        norm.Gamma.Value.SetRow(0, [0.5, 2.0, -1.5]);
        MatrixGradientAssert.Layer(norm, Batch(5, 3, seed: 65));
    }

    [Fact]
    public void Running_averages_move_towards_the_batch_statistics_by_one_minus_momentum()
    {
        var norm = new BatchNormalization(1, momentum: 0.9);
        Matrix<double> U = Matrix<double>.Build.DenseOfArray(new double[,] { { 1 }, { 3 }, { 5 }, { 7 } });   // μ = 4, σ² = 5
        norm.Forward(U, training: true);
        Assert.Equal(0.1 * 4, norm.RunningMean[0], 12);
        Assert.Equal(0.9 * 1 + 0.1 * 5, norm.RunningVariance[0], 12);
    }

    [Fact]
    public void In_a_network_training_uses_batch_statistics_and_prediction_the_running_averages()
    {
        var layers = new ILayer[] { new Dense(3, 5, Initialization.Xavier, new Random(6)), new BatchNormalization(5),
                                    new ActivationLayer(Activation.Tanh), new Dense(5, 2, Initialization.Xavier, new Random(7), index: 2) };
        var network = new Network(layers, new SoftmaxWithLoss());
        Assert.Equal("Network(3 → 5 → BatchNorm(5) Tanh → 2 softmax)", network.ToString());
        Matrix<double> X = Batch(8, 3, seed: 66), T = network.Targets([0, 1, 1, 0, 1, 0, 0, 1]);

        network.Loss(X, T, training: true);
        network.Backward();
        foreach (Parameter p in network.Parameters)
        {
            Matrix<double> analytic = p.Gradient.Clone();
            Matrix<double> numerical = NumericalGradient.Of(() => network.Loss(X, T, training: true), p.Value);
            if (p.Name == "b1")
            {
                // The batch mean absorbs any shift before the normalisation, so b1 has no effect: its gradient is 0.
                Assert.All(analytic.Enumerate(), g => Assert.True(Math.Abs(g) < 1e-12, $"∂L/∂b1 = {g}"));
                Assert.All(numerical.Enumerate(), g => Assert.True(Math.Abs(g) < 1e-9, $"numerical ∂L/∂b1 = {g}"));
            }
            else
                MatrixGradientAssert.Close(numerical, analytic, what: p.Name);
        }

        var norm = (BatchNormalization)layers[1];
        Vector<double> mean = norm.RunningMean.Clone();
        Matrix<double> one = network.Predict(X.SubMatrix(0, 1, 0, 3));
        Assert.Equal(1, one.RowCount);
        Assert.Equal(mean, norm.RunningMean);
        MatrixGradientAssert.Network(network, X, T);
    }

    [Fact]
    public void Wrong_shapes_and_settings_are_refused_with_the_fix()
    {
        Assert.Equal("units", Assert.Throws<ArgumentOutOfRangeException>(() => new BatchNormalization(0)).ParamName);
        Assert.Equal("momentum", Assert.Throws<ArgumentOutOfRangeException>(() => new BatchNormalization(2, momentum: 1)).ParamName);
        var norm = new BatchNormalization(2);
        Assert.Contains("U needs 2 columns", Assert.Throws<ArgumentException>(() => norm.Forward(Batch(4, 3, seed: 67), training: true)).Message);
        Assert.Contains("batches of 2 or more rows", Assert.Throws<ArgumentException>(() => norm.Forward(Batch(1, 2, seed: 68), training: true)).Message);
        Assert.Throws<InvalidOperationException>(() => new BatchNormalization(2).Backward(Batch(4, 2, seed: 69)));
    }
}
