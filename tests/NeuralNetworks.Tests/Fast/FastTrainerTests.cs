using NeuralNetworks.Activations;
using NeuralNetworks.Data;
using NeuralNetworks.Fast;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

namespace NeuralNetworks.Tests.Fast;

/// <summary>
/// FastTrainer.Fit against Trainer.Fit (same shuffle, same batches), and against the NumPy reference of shared/bench
/// on the digits split: NumPy float64 reaches a final training loss of 0.103801 (H = 100) and 0.056685 (H = 1000)
/// (shared/bench/reference_results_sessionA.json); the goal is a loss within 10% of NumPy's and a test accuracy of at
/// least 0.94 (H = 100) and 0.95 (H = 1000).
/// </summary>
public class FastTrainerTests
{
    [Fact]
    public void Fit_ends_with_the_weights_of_Trainer_Fit()
    {
        Network plain = FastTrainingStepTests.MakeNetwork(Activation.ReLU), fast = FastTrainingStepTests.MakeNetwork(Activation.ReLU);
        var (X, T) = FastTrainingStepTests.Batch(47, seed: 9);
        Trainer.Fit(plain, X, T, new SGD(0.3), epochs: 4, batchSize: 10, seed: 5);
        IReadOnlyList<double> losses = FastTrainer.Fit(fast, X, T, new SGD(0.3), epochs: 4, batchSize: 10, seed: 5);
        Assert.Equal(4, losses.Count);
        for (int p = 0; p < plain.Parameters.Count; p++)
            FastTrainingStepTests.AssertClose(plain.Parameters[p].Value, fast.Parameters[p].Value, plain.Parameters[p].Name);
    }

    [Theory, InlineData(100, 0.103801, 0.94), InlineData(1000, 0.056685, 0.95)]
    public void Digits_training_matches_the_NumPy_reference(int hidden, double numpyLoss, double minimumAccuracy)
    {
        Dataset all = Dataset.LoadCsv(DigitsSplitPath());
        Matrix<double> X = all.Features / 16.0, T = OneHot.Encode(all.Labels, 10);
        var random = new Random(1);
        var network = new Network(
            [new Dense(64, hidden, Initialization.He, random, 1), new ActivationLayer(Activation.ReLU), new Dense(hidden, 10, Initialization.Xavier, random, 2)],
            new SoftmaxWithLoss());
        FastTrainer.Fit(network, X.SubMatrix(0, 1437, 0, 64), T.SubMatrix(0, 1437, 0, 10), new SGD(0.1), epochs: 50, batchSize: 100, seed: 1);
        double loss = network.Loss(X.SubMatrix(0, 1437, 0, 64), T.SubMatrix(0, 1437, 0, 10));
        double accuracy = network.Accuracy(X.SubMatrix(1437, 360, 0, 64), all.Labels.Skip(1437).ToArray());
        Assert.InRange(loss, 0.9 * numpyLoss, 1.1 * numpyLoss);
        Assert.True(accuracy >= minimumAccuracy, $"test accuracy {accuracy} with H = {hidden}");
    }

    [Fact]
    public void Zero_epochs_is_out_of_range()
    {
        var (X, T) = FastTrainingStepTests.Batch(10, seed: 1);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            FastTrainer.Fit(FastTrainingStepTests.MakeNetwork(Activation.ReLU), X, T, new SGD(0.1), epochs: 0));
        Assert.Equal("epochs", e.ParamName);
    }

    [Fact]
    public void Targets_with_a_different_row_count_name_both_shapes()
    {
        var (X, _) = FastTrainingStepTests.Batch(10, seed: 1);
        var e = Assert.Throws<ArgumentException>(() =>
            FastTrainer.Fit(FastTrainingStepTests.MakeNetwork(Activation.ReLU), X, Matrix<double>.Build.Dense(9, 3), new SGD(0.1)));
        Assert.Contains("X is 10×5 but T is 9×3", e.Message);
    }

    private static string DigitsSplitPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "bench", "data", "digits_split.csv");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("bench/data/digits_split.csv not found above " + AppContext.BaseDirectory);
    }
}
