using MathNet.Numerics;
using NeuralNetworks.Activations;
using NeuralNetworks.Data;
using NeuralNetworks.Fast;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Tests.Fast;
using NeuralNetworks.Training;

namespace NeuralNetworks.Tests.Training;

/// <summary>Tests that switch MathNet's process-wide provider run alone, so that no other test sees the switch.</summary>
[CollectionDefinition(nameof(MathNetProvider), DisableParallelization = true)]
public class MathNetProvider;

/// <summary>
/// Trainer.Fit, which runs on the fast step and the fast kernel, against the path it replaced: the plain loop of
/// network.Loss, Backward and optimizer.Step with MathNet's own managed products (Control.UseManaged() for the duration).
/// Same shuffle, so the same batches: every epoch's losses and accuracies and the final weights agree to 1e-12.
/// </summary>
[Trait("Category", "Kernel")]
[Collection(nameof(MathNetProvider))]
public class TrainerFastPathTests
{
    public static TheoryData<string, string, double> Cases => new()
    {
        { "ReLU", "SGD", 0 }, { "Tanh", "Momentum", 1e-3 }, { "ReLU", "Adam", 0 },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Fit_equals_the_plain_loop_on_MathNets_own_products(string activationName, string optimizerName, double weightDecay)
    {
        Activation activation = Activation.All.Single(a => a.Name == activationName);
        IOptimizer Optimizer() => optimizerName switch { "SGD" => new SGD(0.3), "Momentum" => new Momentum(0.1), _ => new Adam(0.01) };
        var (X, T) = FastTrainingStepTests.Batch(47, seed: 9);
        var (vX, vT) = FastTrainingStepTests.Batch(13, seed: 10);
        Network fast = FastTrainingStepTests.MakeNetwork(activation), plain = FastTrainingStepTests.MakeNetwork(activation);

        Assert.NotNull(FastTrainingStep.For(fast));
        TrainingHistory history = Trainer.Fit(fast, X, T, Optimizer(), epochs: 4, batchSize: 10, seed: 5, vX, vT, weightDecay);
        List<EpochRecord> expected;
        try
        {
            Control.UseManaged();
            expected = PlainFit(plain, X, T, Optimizer(), epochs: 4, batchSize: 10, seed: 5, vX, vT, weightDecay);
        }
        finally { FastProducts.Install(); }

        for (int e = 0; e < 4; e++)
        {
            EpochRecord f = history.Epochs[e], p = expected[e];
            Assert.Equal(p.TrainLoss, f.TrainLoss, 1e-12 * p.TrainLoss);
            Assert.Equal(p.ValidationLoss, f.ValidationLoss, 1e-12 * p.ValidationLoss);
            Assert.Equal((p.TrainAccuracy, p.ValidationAccuracy), (f.TrainAccuracy, f.ValidationAccuracy));
        }
        for (int i = 0; i < plain.Parameters.Count; i++)
            FastTrainingStepTests.AssertClose(plain.Parameters[i].Value, fast.Parameters[i].Value, plain.Parameters[i].Name);
    }

    /// <summary>Trainer.Fit's loop as the lessons write it: shuffle with a Random made from the seed, step, measure.</summary>
    private static List<EpochRecord> PlainFit(Network network, Matrix<double> X, Matrix<double> T, IOptimizer optimizer,
        int epochs, int batchSize, int seed, Matrix<double> vX, Matrix<double> vT, double weightDecay)
    {
        var random = new Random(seed);
        var records = new List<EpochRecord>();
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            int[] order = Enumerable.Range(0, X.RowCount).ToArray();
            random.Shuffle(order);
            for (int start = 0; start < order.Length; start += batchSize)
            {
                int[] rows = order[start..Math.Min(start + batchSize, order.Length)];
                Matrix<double> bX = Matrix<double>.Build.Dense(rows.Length, X.ColumnCount, (i, j) => X[rows[i], j]);
                Matrix<double> bT = Matrix<double>.Build.Dense(rows.Length, T.ColumnCount, (i, j) => T[rows[i], j]);
                network.Loss(bX, bT, training: true);
                network.Backward();
                WeightDecay.AddGradient(network.Parameters, weightDecay);
                optimizer.Step(network.Parameters);
            }
            var (loss, accuracy) = FastTrainingStepTests.PlainEvaluate(network, X, T);
            var (vLoss, vAccuracy) = FastTrainingStepTests.PlainEvaluate(network, vX, vT);
            records.Add(new EpochRecord(epoch, loss, accuracy, vLoss, vAccuracy));
        }
        return records;
    }
}
