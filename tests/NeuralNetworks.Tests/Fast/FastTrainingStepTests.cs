using NeuralNetworks.Activations;
using NeuralNetworks.Data;
using NeuralNetworks.Fast;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;

namespace NeuralNetworks.Tests.Fast;

/// <summary>
/// The fast step against the plain one (network.Loss, Backward, optimizer.Step): same loss, gradients and updated weights
/// to 1e-12 relative (‖fast − plain‖∞ ≤ 1e-12·‖plain‖∞ per matrix), over several steps and two batch sizes; and no allocation.
/// </summary>
public class FastTrainingStepTests
{
    internal static Network MakeNetwork(Activation activation, int hidden = 16, int seed = 3) =>
        new([5, hidden, 3], activation, seed: seed);

    internal static (Matrix<double> X, Matrix<double> T) Batch(int rows, int seed, int inputs = 5)
    {
        var rng = new Random(seed);
        var X = Matrix<double>.Build.Dense(rows, inputs, (_, _) => 2 * rng.NextDouble() - 1);
        return (X, OneHot.Encode(Enumerable.Range(0, rows).Select(_ => rng.Next(3)).ToArray(), 3));
    }

    internal static void AssertClose(Matrix<double> plain, Matrix<double> fast, string what)
    {
        double scale = plain.InfinityNorm() > 0 ? plain.Enumerate().Max(Math.Abs) : 1;
        double error = (plain - fast).Enumerate().Max(Math.Abs);
        Assert.True(error <= 1e-12 * scale, $"{what}: max |fast − plain| = {error:G3}, scale {scale:G3}");
    }

    public static TheoryData<string, string> Cases => new()
    {
        { "ReLU", "SGD" }, { "Sigmoid", "SGD" }, { "Tanh", "SGD" }, { "ReLU", "Adam" },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Fast_steps_equal_plain_steps(string activationName, string optimizerName)
    {
        Activation activation = Activation.All.Single(a => a.Name == activationName);
        Network plain = MakeNetwork(activation), fast = MakeNetwork(activation);
        IOptimizer plainOptimizer = optimizerName == "SGD" ? new SGD(0.5) : new Adam(0.01);
        IOptimizer fastOptimizer = optimizerName == "SGD" ? new SGD(0.5) : new Adam(0.01);
        var step = new FastTrainingStep(fast, fastOptimizer);
        for (int s = 0; s < 6; s++)
        {
            var (X, T) = Batch(s % 3 == 2 ? 7 : 20, seed: s);
            double plainLoss = plain.Loss(X, T, training: true);
            plain.Backward();
            plainOptimizer.Step(plain.Parameters);
            double fastLoss = step.Run(X, T);
            Assert.Equal(plainLoss, fastLoss, 1e-12 * plainLoss);
            for (int p = 0; p < plain.Parameters.Count; p++)
            {
                AssertClose(plain.Parameters[p].Gradient, fast.Parameters[p].Gradient, $"step {s} gradient of {plain.Parameters[p].Name}");
                AssertClose(plain.Parameters[p].Value, fast.Parameters[p].Value, $"step {s} value of {plain.Parameters[p].Name}");
            }
        }
    }

    [Theory, InlineData(1), InlineData(2)]
    public void A_step_allocates_nothing_once_its_buffers_exist(int threads)
    {
        Network network = new([64, 1000, 10], Activation.ReLU, seed: 1);
        var step = new FastTrainingStep(network, new SGD(0.1), threads);
        var rng = new Random(2);
        var X = Matrix<double>.Build.Dense(100, 64, (_, _) => rng.NextDouble());
        var T = OneHot.Encode(Enumerable.Range(0, 100).Select(n => n % 10).ToArray(), 10);
        step.Run(X, T);
        step.Run(X, T);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int s = 0; s < 20; s++) step.Run(X, T);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_dropout_layer_is_refused_with_the_plain_alternative()
    {
        Network network = new([5, 8, 3], Activation.ReLU, dropout: 0.5, seed: 1);
        var e = Assert.Throws<NotSupportedException>(() => new FastTrainingStep(network, new SGD(0.1)));
        Assert.Contains("Trainer.Fit", e.Message);
    }

    [Fact]
    public void A_sigmoid_output_is_refused_with_the_plain_alternative()
    {
        Network network = new([5, 8, 1], Activation.ReLU, NetworkOutput.Sigmoid, seed: 1);
        var e = Assert.Throws<NotSupportedException>(() => new FastTrainingStep(network, new SGD(0.1)));
        Assert.Contains("softmax", e.Message);
        Assert.Contains("Trainer.Fit", e.Message);
    }

    [Fact]
    public void A_batch_with_the_wrong_width_names_the_shapes()
    {
        var step = new FastTrainingStep(MakeNetwork(Activation.ReLU), new SGD(0.1));
        var (X, T) = Batch(4, seed: 1, inputs: 6);
        var e = Assert.Throws<ArgumentException>(() => step.Run(X, T));
        Assert.Contains("X is 4×6 but the network takes 5 inputs", e.Message);
    }

    [Fact]
    public void Targets_with_the_wrong_shape_name_the_shapes()
    {
        var step = new FastTrainingStep(MakeNetwork(Activation.ReLU), new SGD(0.1));
        var (X, _) = Batch(4, seed: 1);
        var e = Assert.Throws<ArgumentException>(() => step.Run(X, Matrix<double>.Build.Dense(4, 2)));
        Assert.Contains("T must be 4×3, but it is 4×2", e.Message);
    }

    [Fact]
    public void A_step_prints_its_network_optimizer_and_threads()
    {
        var step = new FastTrainingStep(MakeNetwork(Activation.ReLU), new SGD(0.1), threads: 2);
        Assert.Equal("FastTrainingStep(Network(5 → 16 ReLU → 3 softmax), SGD(α=0.1), threads: 2)", step.ToString());
    }

    [Fact]
    public void Zero_threads_is_out_of_range()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new FastTrainingStep(MakeNetwork(Activation.ReLU), new SGD(0.1), threads: 0));
        Assert.Equal("threads", e.ParamName);
    }
}
