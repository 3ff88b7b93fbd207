using NeuralNetworks.Activations;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Tests.Layers;

public class NetworkTests
{
    [Fact]
    public void Built_from_sizes_it_prints_its_architecture_and_lists_its_parameters()
    {
        var network = new Network([4, 8, 3], Activation.ReLU, seed: 1);
        Assert.Equal("Network(4 → 8 ReLU → 3 softmax)", network.ToString());
        Assert.Equal(["W1", "b1", "W2", "b2"], network.Parameters.Select(p => p.Name));
        Assert.Equal(["Dense(4→8)", "ReLU", "Dense(8→3)"], network.Layers.Select(l => l.ToString()));
        Assert.Equal("Network(2 → 5 Tanh → Dropout(0.5) → 1 sigmoid)",
            new Network([2, 5, 1], Activation.Tanh, NetworkOutput.Sigmoid, dropout: 0.5).ToString());
    }

    public static TheoryData<int[], string, NetworkOutput> Architectures => new()
    {
        { [3, 5, 4], "Tanh", NetworkOutput.Softmax },
        { [3, 6, 4, 2], "Sigmoid", NetworkOutput.Softmax },
        { [2, 4, 3, 1], "Tanh", NetworkOutput.Sigmoid },
        { [3, 5, 2], "Sigmoid", NetworkOutput.Sigmoid },
        { [3, 6, 2], "Tanh", NetworkOutput.Identity },
        { [3, 7, 5, 3], "Leaky", NetworkOutput.Softmax },
    };

    [Theory, MemberData(nameof(Architectures))]
    public void Backprop_gradients_match_numerical_gradients(int[] sizes, string activation, NetworkOutput output)
    {
        Activation f = Activation.All.Single(a => a.Name.StartsWith(activation, StringComparison.Ordinal));
        var network = new Network(sizes, f, output, seed: 5);
        Matrix<double> X = MatrixGradientAssert.Random(6, sizes[0], seed: 51) * 2;
        Matrix<double> T = output == NetworkOutput.Identity
            ? MatrixGradientAssert.Random(6, sizes[^1], seed: 52)
            : network.Targets([0, 1, 1, 0, 1, 0]);
        MatrixGradientAssert.Network(network, X, T);
    }

    private static Network Seed003Network() => new(
        [
            new Dense(Matrix<double>.Build.DenseOfArray(new[,] { { 0.2, -0.4, 0.6, 0.1 }, { 0.5, 0.3, -0.2, 0.4 } }),
                      Matrix<double>.Build.DenseOfArray(new[,] { { 0.1, 0.1, -0.1, 0.0 } }), index: 1),
            new ActivationLayer(Activation.ReLU),
            new Dense(Matrix<double>.Build.DenseOfArray(new[,] { { 0.3 }, { -0.2 }, { 0.5 }, { 0.1 } }),
                      Matrix<double>.Build.DenseOfArray(new[,] { { 0.05 } }), index: 2),
        ],
        new SigmoidWithLoss());

    private static readonly Matrix<double> Seed003Inputs = Matrix<double>.Build.DenseOfArray(new[,] { { 0.5, 0.3 }, { 0.2, 0.4 }, { 0.6, 0.2 } });

    [Fact]
    public void Hand_built_seed_003_network_traces_every_intermediate_value()
    {
        Network network = Seed003Network();
        Assert.Equal("Network(2 → 4 ReLU → 1 sigmoid)", network.ToString());
        IReadOnlyList<LayerOutput> trace = network.Trace(Seed003Inputs);
        Assert.Equal(["input", "Dense(2→4)", "ReLU", "Dense(4→1)", "sigmoid"], trace.Select(t => t.Layer));
        // First example by hand: u = [0.5·0.2 + 0.3·0.5 + 0.1, …] = [0.35, −0.01, 0.14, 0.17]; h = ReLU(u) = [0.35, 0, 0.14, 0.17].
        Assert.Equal([0.35, -0.01, 0.14, 0.17], trace[1].Value.Row(0).Select(v => Math.Round(v, 12)));
        Assert.Equal([0.35, 0, 0.14, 0.17], trace[2].Value.Row(0).Select(v => Math.Round(v, 12)));
        double u5 = 0.35 * 0.3 + 0.14 * 0.5 + 0.17 * 0.1 + 0.05;
        Assert.Equal(1 / (1 + Math.Exp(-u5)), trace[4].Value[0, 0], 14);
        Assert.Equal(trace[4].Value, network.Predict(Seed003Inputs));
    }

    [Fact]
    public void Hand_built_network_gradients_match_numerical_gradients()
    {
        Network network = Seed003Network();
        MatrixGradientAssert.Network(network, Seed003Inputs, network.Targets([1, 0, 0]));
    }

    [Fact]
    public void Same_seed_gives_bit_identical_weights_and_another_seed_does_not()
    {
        var a = new Network([4, 8, 3], Activation.ReLU, seed: 7);
        var b = new Network([4, 8, 3], Activation.ReLU, seed: 7);
        var c = new Network([4, 8, 3], Activation.ReLU, seed: 8);
        Assert.All(a.Parameters.Zip(b.Parameters), pair => Assert.Equal(pair.First.Value, pair.Second.Value));
        Assert.NotEqual(a.Parameters[0].Value, c.Parameters[0].Value);
    }

    [Fact]
    public void Dropout_is_inactive_at_prediction_time()
    {
        var network = new Network([3, 50, 2], Activation.Tanh, dropout: 0.5, seed: 3);
        Matrix<double> X = MatrixGradientAssert.Random(10, 3, seed: 53);
        Matrix<double> T = network.Targets(Enumerable.Range(0, 10).Select(n => n % 2).ToArray());
        Assert.Equal(network.Predict(X), network.Predict(X));
        Assert.Equal(network.Loss(X, T), network.Loss(X, T));
        Assert.NotEqual(network.Loss(X, T, training: true), network.Loss(X, T, training: true));
        var withoutDropout = new Network(network.Layers.Where(l => l is not Dropout), new SoftmaxWithLoss());
        Assert.Equal(withoutDropout.Predict(X), network.Predict(X));
    }

    [Fact]
    public void Trace_after_training_predicts_in_prediction_mode_whatever_the_last_call_was()
    {
        var norm = new BatchNormalization(6);
        var network = new Network(
            [new Dense(3, 6, Initialization.He, new Random(8)), norm, new ActivationLayer(Activation.ReLU), new Dropout(0.5, seed: 9),
             new Dense(6, 2, Initialization.Xavier, new Random(10), index: 2)],
            new SoftmaxWithLoss());
        Matrix<double> X = MatrixGradientAssert.Random(12, 3, seed: 54);
        Matrix<double> T = network.Targets(Enumerable.Range(0, 12).Select(n => n % 2).ToArray());
        NeuralNetworks.Training.Trainer.Fit(network, X, T, new NeuralNetworks.Optimizers.SGD(0.1), epochs: 3, batchSize: 4, seed: 1);
        network.Loss(X, T, training: true);
        Vector<double> runningMean = norm.RunningMean.Clone();

        IReadOnlyList<LayerOutput> first = network.Trace(X), second = network.Trace(X);
        Assert.Equal(first.Select(t => t.Value), second.Select(t => t.Value));
        Assert.Equal(network.Predict(X), first[^1].Value);
        Assert.Equal(first[3].Value, first[4].Value);   // dropout passes its input through
        Assert.Equal(runningMean, norm.RunningMean);    // batch normalisation used, and did not update, its running averages
    }

    [Fact]
    public void Classify_takes_the_argmax_or_thresholds_a_single_output_at_one_half()
    {
        Network network = Seed003Network();
        int[] classes = network.Classify(Seed003Inputs);
        Assert.Equal(network.Predict(Seed003Inputs).Column(0).Select(y => y >= 0.5 ? 1 : 0), classes);
        Assert.Equal(classes.Zip(new[] { 1, 0, 0 }).Count(p => p.First == p.Second) / 3.0, network.Accuracy(Seed003Inputs, [1, 0, 0]));
        var softmax = new Network([2, 3], Activation.Identity, seed: 1);
        Assert.Equal(NeuralNetworks.Data.OneHot.Decode(softmax.Predict(Seed003Inputs)), softmax.Classify(Seed003Inputs));
    }

    [Fact]
    public void Inputs_and_targets_of_the_wrong_shape_name_both_shapes()
    {
        var network = new Network([4, 8, 3], Activation.ReLU, seed: 1);
        var x = Assert.Throws<ArgumentException>(() => network.Predict(Matrix<double>.Build.Dense(5, 2)));
        Assert.Contains("5×2", x.Message);
        Assert.Contains("4 inputs", x.Message);
        var t = Assert.Throws<ArgumentException>(() => network.Loss(Matrix<double>.Build.Dense(5, 4), Matrix<double>.Build.Dense(5, 2)));
        Assert.Contains("5×3", t.Message);
        Assert.Contains("5×2", t.Message);
    }

    [Fact]
    public void Invalid_sizes_and_dropout_rates_are_rejected_by_name()
    {
        Assert.Throws<ArgumentException>(() => new Network([4], Activation.ReLU));
        Assert.Throws<ArgumentException>(() => new Network([4, 0, 3], Activation.ReLU));
        Assert.Contains("Sigmoid", Assert.Throws<ArgumentException>(() => new Network([4, 1], Activation.ReLU)).Message);
        Assert.Equal("dropout", Assert.Throws<ArgumentOutOfRangeException>(() => new Network([4, 3], Activation.ReLU, dropout: 1.0)).ParamName);
    }
}
