using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Training;

public static partial class Trainer
{
    /// <summary>
    /// The weights at the epoch with the lowest validation loss so far, for early stopping.
    /// </summary>
    private sealed class BestWeights(IReadOnlyList<Parameter> parameters)
    {
        private readonly Matrix<double>[] saved = parameters.Select(p => p.Value.Clone()).ToArray();
        private double loss = double.PositiveInfinity;

        public int Epoch { get; private set; }

        public void Offer(int epoch, double validationLoss)
        {
            if (!(validationLoss < loss)) return;
            loss = validationLoss;
            Epoch = epoch;
            for (int i = 0; i < saved.Length; i++) parameters[i].Value.CopyTo(saved[i]);
        }

        public void Restore()
        {
            for (int i = 0; i < saved.Length; i++) saved[i].CopyTo(parameters[i].Value);
        }
    }

    private static int[] Permutation(int n, Random random)
    {
        int[] order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        return order;
    }

    private static Matrix<double> Rows(Matrix<double> M, ReadOnlySpan<int> rows)
    {
        var batch = Matrix<double>.Build.Dense(rows.Length, M.ColumnCount);
        for (int i = 0; i < rows.Length; i++)
            batch.SetRow(i, M.Row(rows[i]));
        return batch;
    }

    private static void CheckArguments(Matrix<double> X, Matrix<double> T,
        Matrix<double>? validationX, Matrix<double>? validationT,
        int epochs, int batchSize, double weightDecay, int? patience)
    {
        if (epochs < 1)
            throw new ArgumentOutOfRangeException(nameof(epochs), epochs,
                "epochs is the number of passes over the data: give 1 or more.");
        if (batchSize < 1)
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize,
                "batchSize is the number of rows per update: give 1 or more, e.g. 32.");
        if (!(weightDecay >= 0) || double.IsInfinity(weightDecay))
            throw new ArgumentOutOfRangeException(nameof(weightDecay), weightDecay,
                "weightDecay (λ) must be 0 (off) or a small positive number such as 1e-4.");
        if (patience < 1)
            throw new ArgumentOutOfRangeException(nameof(patience), patience,
                "patience is a number of epochs without improvement: give 1 or more.");
        if (X.RowCount != T.RowCount)
            throw new ArgumentException(
                $"X is {X.RowCount}×{X.ColumnCount} but T is {T.RowCount}×{T.ColumnCount}: " +
                "give one target row per example.", nameof(T));
        if ((validationX is null) != (validationT is null))
            throw new ArgumentException(
                "Give both validationX and validationT, or neither.", nameof(validationT));
        if (patience is not null && validationX is null)
            throw new ArgumentException(
                "Early stopping watches the validation loss: give validation data with patience.",
                nameof(patience));
    }
}
