using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;
using NeuralNetworks.Training;

namespace NeuralNetworks.Fast;

/// <summary>
/// Mini-batch training with <see cref="FastTrainingStep"/>: the same epochs, the same shuffle (a Random made from the
/// seed, a fresh permutation of 0 … N−1 per epoch) and the same batches as Trainer.Fit without validation, weight decay
/// or early stopping, so the network ends with the same weights (to rounding). What it skips is Trainer.Fit's measurement
/// of the whole training set after every epoch: it returns instead the mean batch loss of each epoch (each batch
/// measured just before its update). Batch rows are copied into buffers made once, so an epoch allocates nothing.
/// </summary>
public static class FastTrainer
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlyList<double> Fit(Network network, Matrix<double> X, Matrix<double> T, IOptimizer optimizer,
        int epochs = 100, int batchSize = 32, int seed = 0, int threads = 1)
    {
        if (epochs < 1)
            throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "epochs is the number of passes over the data: give 1 or more.");
        if (batchSize < 1)
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "batchSize is the number of rows per update: give 1 or more, e.g. 32.");
        if (X.RowCount != T.RowCount)
            throw new ArgumentException($"X is {X.RowCount}×{X.ColumnCount} but T is {T.RowCount}×{T.ColumnCount}: give one target row per example.", nameof(T));
        var step = new FastTrainingStep(network, optimizer, threads);
        var random = new Random(seed);
        int[] order = new int[X.RowCount];
        var batches = new Dictionary<int, (Matrix<double> X, Matrix<double> T)>();
        var losses = new double[epochs];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            for (int i = 0; i < order.Length; i++) order[i] = i;
            random.Shuffle(order);
            double sum = 0;
            int count = 0;
            for (int start = 0; start < order.Length; start += batchSize, count++)
            {
                int size = Math.Min(batchSize, order.Length - start);
                if (!batches.TryGetValue(size, out var batch))
                    batches[size] = batch = (Matrix<double>.Build.Dense(size, X.ColumnCount), Matrix<double>.Build.Dense(size, T.ColumnCount));
                CopyRows(X, order.AsSpan(start, size), batch.X);
                CopyRows(T, order.AsSpan(start, size), batch.T);
                double loss = step.Run(batch.X, batch.T);
                if (!double.IsFinite(loss)) throw new TrainingDivergedException(epoch, optimizer.LearningRate, loss);
                sum += loss;
            }
            losses[epoch - 1] = sum / count;
        }
        return losses;
    }

    /// <summary>destination row r = source row rows[r], column by column (both column-major).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CopyRows(Matrix<double> source, ReadOnlySpan<int> rows, Matrix<double> destination)
    {
        double[] from = GemmOperand.DenseData(source, nameof(source)), to = GemmOperand.DenseData(destination, nameof(destination));
        int n = source.RowCount, size = rows.Length;
        for (int j = 0; j < source.ColumnCount; j++)
            for (int r = 0; r < size; r++)
                to[j * size + r] = from[j * n + rows[r]];
    }
}
