using NeuralNetworks.Activations;
using NeuralNetworks.Data;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

namespace NeuralNetworks.Tests.Training;

public class TrainerTests
{
    /// <summary>Iris split 60/20/20 with the given seed and standardised by the training set's statistics.</summary>
    internal static (Dataset Train, Dataset Validation, Dataset Test) Iris(int splitSeed)
    {
        DataSplit split = Dataset.LoadCsv(TestData.File("iris.csv")).Split(0.6, 0.2, seed: splitSeed);
        Standardizer scaler = Standardizer.Fit(split.Train.Features);
        return (scaler.Transform(split.Train), scaler.Transform(split.Validation), scaler.Transform(split.Test));
    }

    [Fact]
    public void Iris_reaches_at_least_95_percent_test_accuracy()
    {
        var (train, validation, test) = Iris(splitSeed: 3);
        var network = new Network([4, 16, 3], Activation.ReLU, seed: 1);
        Trainer.Fit(network, train, new Adam(0.01), validation, epochs: 200, batchSize: 16, seed: 1, patience: 30);
        double accuracy = network.Accuracy(test.Features, test.Labels);
        Assert.True(accuracy >= 0.95, $"test accuracy {accuracy:P1}");
    }

    [Fact]
    public void Xor_is_solved_by_a_two_layer_network()
    {
        Dataset xor = ToyData.Xor();
        var network = new Network([2, 4, 1], Activation.Tanh, NetworkOutput.Sigmoid, seed: 2);
        Trainer.Fit(network, xor, new Adam(0.05), epochs: 500, batchSize: 4, seed: 1);
        Assert.Equal(xor.Labels, network.Classify(xor.Features));
    }

    [Fact]
    public void Two_runs_with_the_same_seed_give_bit_identical_weights()
    {
        var (train, validation, _) = Iris(splitSeed: 1);
        Network Run()
        {
            var network = new Network([4, 8, 3], Activation.ReLU, dropout: 0.2, seed: 4);
            Trainer.Fit(network, train, new Momentum(0.05), validation, epochs: 20, batchSize: 8, seed: 5, weightDecay: 1e-3);
            return network;
        }
        Network a = Run(), b = Run();
        Assert.All(a.Parameters.Zip(b.Parameters), pair => Assert.Equal(pair.First.Value, pair.Second.Value));
    }

    [Fact]
    public void Early_stopping_restores_the_weights_of_the_best_validation_epoch()
    {
        var (train, validation, _) = Iris(splitSeed: 1);
        var network = new Network([4, 16, 3], Activation.ReLU, seed: 1);
        TrainingHistory history = Trainer.Fit(network, train, new Adam(0.01), validation, epochs: 400, batchSize: 16, seed: 1, patience: 30);
        Assert.True(history.StoppedEarly, history.ToString());
        Assert.Equal(history.Epochs.Count - 30, history.BestEpoch);
        Assert.Equal(history.ValidationLosses.Min(), history.Best.ValidationLoss);
        double restored = Trainer.Evaluate(network, validation.Features, network.Targets(validation.Labels)).Loss;
        Assert.Equal(history.Best.ValidationLoss, restored);
        Assert.NotEqual(history.Last.ValidationLoss, restored);
    }

    [Fact]
    public void Weight_decay_shrinks_the_weights_but_not_the_biases_directly()
    {
        var (train, _, _) = Iris(splitSeed: 1);
        double SquaredWeights(double lambda)
        {
            var network = new Network([4, 16, 3], Activation.ReLU, seed: 1);
            Trainer.Fit(network, train, new SGD(0.1), epochs: 50, batchSize: 16, seed: 1, weightDecay: lambda);
            return network.Parameters.Where(p => !p.IsBias).Sum(p => p.Value.PointwisePower(2).Enumerate().Sum());
        }
        Assert.True(SquaredWeights(0.05) < 0.8 * SquaredWeights(0));
    }

    [Fact]
    public void A_diverging_loss_names_the_epoch_and_the_learning_rate()
    {
        CurveSamples cubic = ToyData.NoisyCubic(40, 0.1, seed: 1);
        var network = new Network([1, 8, 1], Activation.Identity, NetworkOutput.Identity, seed: 1);
        var error = Assert.Throws<TrainingDivergedException>(() =>
            Trainer.Fit(network, cubic.XAsColumn() * 100, cubic.YAsColumn() * 100, new SGD(50), epochs: 50, batchSize: 40));
        Assert.Contains($"epoch {error.Epoch}", error.Message);
        Assert.Contains("learning rate 50", error.Message);
        Assert.Equal(50, error.LearningRate);
    }

    [Fact]
    public void Invalid_hyperparameters_are_rejected_by_name()
    {
        var network = new Network([2, 3, 2], Activation.Tanh, seed: 1);
        Dataset xor = ToyData.Xor();
        string Name(Action fit) => Assert.Throws<ArgumentOutOfRangeException>(fit).ParamName!;
        Assert.Equal("epochs", Name(() => Trainer.Fit(network, xor, new SGD(0.1), epochs: 0)));
        Assert.Equal("batchSize", Name(() => Trainer.Fit(network, xor, new SGD(0.1), batchSize: 0)));
        Assert.Equal("weightDecay", Name(() => Trainer.Fit(network, xor, new SGD(0.1), weightDecay: -1)));
        Assert.Equal("patience", Name(() => Trainer.Fit(network, xor, new SGD(0.1), xor, patience: 0)));
        Assert.Throws<ArgumentException>(() => Trainer.Fit(network, xor, new SGD(0.1), patience: 5));
    }

    [Fact]
    public void Targets_with_the_wrong_row_count_name_both_shapes()
    {
        var network = new Network([2, 3, 2], Activation.Tanh, seed: 1);
        var error = Assert.Throws<ArgumentException>(() =>
            Trainer.Fit(network, Matrix<double>.Build.Dense(4, 2), Matrix<double>.Build.Dense(3, 2), new SGD(0.1)));
        Assert.Contains("4×2", error.Message);
        Assert.Contains("3×2", error.Message);
    }
}
