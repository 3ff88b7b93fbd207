using System.Globalization;
using NeuralNetworks.Activations;
using NeuralNetworks.Data;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

namespace NeuralNetworks.Tests.Layers;

public class ResidualTests
{
    private static Matrix<double> M(double[,] values) => Matrix<double>.Build.DenseOfArray(values);

    private static Dense Square(int width, int seed, int index = 1) =>
        new(width, width, Initialization.Xavier, new Random(seed), index);

    [Fact]
    public void Forward_adds_the_input_to_the_inner_layers_output()
    {
        // F(x) = ReLU(x·W + b) with W = [[1, −1], [2, 0]], b = [0, 0.5]; for x = [1, 2]: u = [5, −0.5], F = [5, 0].
        var block = new Residual(new Dense(M(new double[,] { { 1, -1 }, { 2, 0 } }), M(new double[,] { { 0, 0.5 } })),
                                 new ActivationLayer(Activation.ReLU));
        Matrix<double> Z = block.Forward(M(new double[,] { { 1, 2 } }));
        Assert.Equal(M(new double[,] { { 6, 2 } }), Z);
    }

    [Fact]
    public void Backward_matches_numerical_gradients()
    {
        var block = new Residual(Square(3, seed: 81), new ActivationLayer(Activation.Tanh));
        MatrixGradientAssert.Layer(block, MatrixGradientAssert.Random(5, 3, seed: 82));
    }

    [Fact]
    public void A_network_of_blocks_passes_the_gradient_check()
    {
        var random = new Random(83);
        var network = new Network(
            [
                new Dense(2, 4, Initialization.Xavier, random, index: 1), new ActivationLayer(Activation.Sigmoid),
                new Residual(new Dense(4, 4, Initialization.Xavier, random, index: 2), new ActivationLayer(Activation.Sigmoid)),
                new Residual(new Dense(4, 4, Initialization.Xavier, random, index: 3), new ActivationLayer(Activation.Tanh)),
                new Dense(4, 3, Initialization.Xavier, random, index: 4),
            ],
            new SoftmaxWithLoss());
        Matrix<double> X = MatrixGradientAssert.Random(6, 2, seed: 84);
        Matrix<double> T = network.Targets([0, 1, 2, 0, 1, 2]);

        Assert.Equal(["W1", "b1", "W2", "b2", "W3", "b3", "W4", "b4"], network.Parameters.Select(p => p.Name));
        MatrixGradientAssert.Network(network, X, T);
    }

    [Fact]
    public void The_shortcut_passes_the_gradient_on_unchanged_when_the_inner_layers_pass_none()
    {
        // Inner weights 0: F(X) = σ(b) is constant, F′ = 0, so dX = dZ exactly (a plain stack would pass 0).
        var dense = new Dense(Matrix<double>.Build.Dense(3, 3), Matrix<double>.Build.Dense(1, 3, 0.2));
        var block = new Residual(dense, new ActivationLayer(Activation.Sigmoid));
        Matrix<double> X = MatrixGradientAssert.Random(4, 3, seed: 85);
        Matrix<double> dZ = MatrixGradientAssert.Random(4, 3, seed: 86);
        block.Forward(X);

        Assert.Equal(dZ, block.Backward(dZ));
    }

    [Fact]
    public void Prints_its_inner_layers_inside_a_network()
    {
        var random = new Random(87);
        var network = new Network(
            [
                new Dense(2, 3, Initialization.Xavier, random, index: 1),
                new Residual(new Dense(3, 3, Initialization.Xavier, random, index: 2), new ActivationLayer(Activation.ReLU)),
                new Dense(3, 2, Initialization.Xavier, random, index: 3),
            ],
            new SoftmaxWithLoss());

        Assert.Equal("Network(2 → 3 → Residual(Dense(3→3) ReLU) → 2 softmax)", network.ToString());
    }

    /// <summary>Lesson 10's network: Dense(2→16) σ, then <paramref name="blocks"/> blocks z = x + σ(x·W + b), then Dense(16→2).</summary>
    private static Network SigmoidWithShortcuts(int blocks, int seed)
    {
        var random = new Random(seed);
        var layers = new List<ILayer> { new Dense(2, 16, Initialization.Xavier, random, index: 1), new ActivationLayer(Activation.Sigmoid) };
        for (int i = 2; i <= blocks + 1; i++)
            layers.Add(new Residual(new Dense(16, 16, Initialization.Xavier, random, index: i), new ActivationLayer(Activation.Sigmoid)));
        layers.Add(new Dense(16, 2, Initialization.Xavier, random, index: blocks + 2));
        return new Network(layers, new SoftmaxWithLoss());
    }

    private static string E(double value) => value.ToString("0.0E+0", CultureInfo.InvariantCulture);

    [Fact]
    public void In_lesson_10s_deep_sigmoid_network_the_first_layer_keeps_its_gradient()
    {
        var spiral = ToyData.Spirals(200, classes: 2, noise: 0.1, seed: 11);
        double FirstLayerGradient(Network network)
        {
            network.Loss(spiral.Features, network.Targets(spiral.Labels));
            network.Backward();
            return network.Parameters[0].Gradient.FrobeniusNorm();
        }

        Assert.Equal("2.2E-5", E(FirstLayerGradient(new Network([2, 16, 16, 16, 16, 16, 16, 2], Activation.Sigmoid, seed: 11))));
        Assert.Equal("5.3E-2", E(FirstLayerGradient(SigmoidWithShortcuts(blocks: 5, seed: 11))));
    }

    [Fact]
    public void In_lesson_10s_moons_experiment_the_deep_sigmoid_network_learns_with_shortcuts()
    {
        DataSplit split = ToyData.Moons(200, noise: 0.15, seed: 16).Split(0.5, 0.5, seed: 16);
        TrainingHistory history = Trainer.Fit(SigmoidWithShortcuts(blocks: 4, seed: 16), split.Train, new SGD(0.3),
            split.Validation, epochs: 60, batchSize: 20, seed: 16);

        Assert.Equal("0.229", history.Last.TrainLoss.ToString("F3", CultureInfo.InvariantCulture));
        Assert.Equal(0.85, history.Last.ValidationAccuracy, 12);
    }

    [Fact]
    public void A_dropout_inside_the_block_drops_only_while_training()
    {
        var block = new Residual(new Dropout(0.5, seed: 3));
        var X = Matrix<double>.Build.Dense(4, 6, 1.0);
        Assert.Equal(X * 2, block.Forward(X));
        var trained = block.Forward(X, training: true);
        Assert.Contains(1.0, trained.Enumerate());
        Assert.NotEqual(X * 2, trained);
    }

    [Fact]
    public void Bad_blocks_are_refused_with_the_fix()
    {
        Assert.Contains("at least one inner layer", Assert.Throws<ArgumentException>(() => new Residual()).Message);
        var widening = new Residual(new Dense(2, 3, Initialization.Xavier, new Random(89)));
        string message = Assert.Throws<ArgumentException>(() => widening.Forward(Matrix<double>.Build.Dense(4, 2))).Message;
        Assert.Contains("turn 4×2 into 4×3", message);
        Assert.Contains("must keep 2 columns", message);
    }
}
