using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Data;
using NeuralNetworks.Fast;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;

namespace NeuralNetworks.Training;

/// <summary>
/// Mini-batch training (lessons 07, 09, 10). Each epoch shuffles the rows (a Random made
/// from the seed), then for each batch of <c>batchSize</c> rows: forward with dropout on,
/// loss E + (λ/2) Σ W², backward, add λW to the weight gradients, one optimizer step.
/// After each epoch the losses and accuracies are measured (see <see cref="EpochRecord"/>). With
/// <c>patience</c>, training stops when the validation loss has not improved for that many epochs,
/// and the weights of the best epoch are put back. The last batch of an epoch may be smaller.
/// For a network of Dense and activation layers with a softmax output, each step and each
/// measurement run on Fast/FastTrainingStep.cs, which gives the same numbers.
/// </summary>
public static partial class Trainer
{
    /// <summary>
    /// Trains on X (N×in) with targets T (N×out); validation data is optional unless
    /// <paramref name="patience"/> is given.
    /// </summary>
    public static TrainingHistory Fit(Network network, Matrix<double> X, Matrix<double> T,
        IOptimizer optimizer, int epochs = 100, int batchSize = 32, int seed = 0,
        Matrix<double>? validationX = null, Matrix<double>? validationT = null,
        double weightDecay = 0, int? patience = null)
    {
        CheckArguments(X, T, validationX, validationT, epochs, batchSize, weightDecay, patience);
        var random = new Random(seed);
        var records = new List<EpochRecord>();
        var best = new BestWeights(network.Parameters);
        FastTrainingStep? fast = FastTrainingStep.For(network, X, T, validationX, validationT);
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            int[] order = Permutation(X.RowCount, random);
            for (int start = 0; start < order.Length; start += batchSize)
            {
                int size = Math.Min(batchSize, order.Length - start);
                ReadOnlySpan<int> rows = order.AsSpan(start, size);
                TrainBatch(network, fast, X, T, rows, optimizer, weightDecay, epoch);
            }
            EpochRecord record = Measure(network, fast, epoch, X, T, validationX, validationT);
            if (!double.IsFinite(record.TrainLoss))
                throw new TrainingDivergedException(
                    epoch, optimizer.LearningRate, record.TrainLoss);
            records.Add(record);
            if (patience is null) continue;
            best.Offer(epoch, record.ValidationLoss);
            if (epoch - best.Epoch >= patience) break;
        }
        if (patience is null)
            return new TrainingHistory(records, records.Count, StoppedEarly: false);
        best.Restore();
        return new TrainingHistory(records, best.Epoch, StoppedEarly: records.Count < epochs);
    }

    /// <summary>
    /// Trains on a labelled data set, with targets made by <see cref="Network.Targets"/>
    /// (one-hot for softmax).
    /// </summary>
    public static TrainingHistory Fit(Network network, Dataset train, IOptimizer optimizer,
        Dataset? validation = null, int epochs = 100, int batchSize = 32, int seed = 0,
        double weightDecay = 0, int? patience = null) =>
        Fit(network, train.Features, network.Targets(train.Labels), optimizer,
            epochs, batchSize, seed, validation?.Features,
            validation is null ? null : network.Targets(validation.Labels), weightDecay, patience);

    /// <summary>
    /// One step on the given rows of X and T. <paramref name="fast"/>, when the network
    /// allows it, computes the same numbers in buffers it reuses, without allocating
    /// (lib/NeuralNetworks/Fast/FastTrainingStep.cs); otherwise the layers do.
    /// </summary>
    private static void TrainBatch(Network network, FastTrainingStep? fast,
        Matrix<double> X, Matrix<double> T, ReadOnlySpan<int> rows,
        IOptimizer optimizer, double weightDecay, int epoch)
    {
        double loss = fast is null
            ? network.Loss(Rows(X, rows), Rows(T, rows), training: true)
            : fast.Loss(X, T, rows);
        loss += WeightDecay.Penalty(network.Parameters, weightDecay);
        if (!double.IsFinite(loss))
            throw new TrainingDivergedException(epoch, optimizer.LearningRate, loss);
        if (fast is null) network.Backward(); else fast.Backward();
        WeightDecay.AddGradient(network.Parameters, weightDecay);
        if (fast is null) optimizer.Step(network.Parameters); else fast.Step(optimizer);
    }

    private static EpochRecord Measure(Network network, FastTrainingStep? fast, int epoch,
        Matrix<double> X, Matrix<double> T,
        Matrix<double>? validationX, Matrix<double>? validationT)
    {
        (double trainLoss, double trainAccuracy) = Evaluate(network, fast, X, T);
        (double validationLoss, double validationAccuracy) =
            validationX is null || validationT is null
                ? (double.NaN, double.NaN)
                : Evaluate(network, fast, validationX, validationT);
        return new EpochRecord(epoch, trainLoss, trainAccuracy, validationLoss, validationAccuracy);
    }

    /// <summary>
    /// The loss and the accuracy of the network on (X, T), dropout off; accuracy is NaN
    /// for a regression network.
    /// </summary>
    public static (double Loss, double Accuracy) Evaluate(
        Network network, Matrix<double> X, Matrix<double> T) =>
        Evaluate(network, FastTrainingStep.For(network, X, T), X, T);

    private static (double Loss, double Accuracy) Evaluate(
        Network network, FastTrainingStep? fast, Matrix<double> X, Matrix<double> T)
    {
        if (fast is not null) return fast.Evaluate(X, T);
        double loss = network.Loss(X, T);
        if (network.Output is IdentityWithLoss) return (loss, double.NaN);
        int[] labels = T.ColumnCount == 1
            ? Enumerable.Range(0, T.RowCount).Select(n => T[n, 0] >= 0.5 ? 1 : 0).ToArray()
            : OneHot.Decode(T);
        return (loss, network.Accuracy(X, labels));
    }
}
