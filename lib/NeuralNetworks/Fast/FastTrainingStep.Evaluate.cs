using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;

namespace NeuralNetworks.Fast;

internal sealed partial class FastTrainingStep
{
    /// <summary>
    /// The loss of X against T in prediction mode, and the fraction of rows whose largest output
    /// is the target's class. It runs a chunk of rows at a time (<see cref="ChunkRows"/>),
    /// so that the intermediate matrices stay in the cache.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (double Loss, double Accuracy) Evaluate(Matrix<double> X, Matrix<double> T)
    {
        double sum = 0;
        int agree = 0, chunk = ChunkRows(X.RowCount);
        for (int start = 0; start < X.RowCount; start += chunk)
        {
            int rows = Math.Min(chunk, X.RowCount - start);
            Buffers b = For(rows, X.ColumnCount, T.ColumnCount);
            Buffers.CopyRows(X, start, b.X);
            Buffers.CopyRows(T, start, b.T);
            sum += rows * Forward(b.X, b.T, b, gradient: false);
            agree += ArgmaxMatches(b.Y, b.T);
        }
        return (sum / X.RowCount, agree / (double)X.RowCount);
    }

    /// <summary>
    /// Rows per chunk: as many as keep the widest layer's output within 2¹⁴ doubles
    /// (128 KB, so that a chunk's few intermediate matrices share the L2 cache), at least 128,
    /// spread evenly over the chunks: 1437 rows make chunks of 160 rows for 100 units and
    /// of 120 rows for 1000 units.
    /// </summary>
    private int ChunkRows(int N)
    {
        int most = Math.Max(128, (1 << 14) / widest), chunks = (N + most - 1) / most;
        return (N + chunks - 1) / chunks;
    }

    /// <summary>
    /// The number of rows in which the first largest element of Y's row is also the
    /// first largest of T's.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ArgmaxMatches(Matrix<double> Y, Matrix<double> T)
    {
        double[] y = GemmOperand.DenseData(Y, nameof(Y)), t = GemmOperand.DenseData(T, nameof(T));
        int N = Y.RowCount, agree = 0;
        for (int n = 0; n < N; n++)
            if (Argmax(y, n, N, Y.ColumnCount) == Argmax(t, n, N, T.ColumnCount)) agree++;
        return agree;
    }

    private static int Argmax(double[] m, int row, int rows, int columns)
    {
        int best = 0;
        for (int k = 1; k < columns; k++)
            if (m[k * rows + row] > m[best * rows + row]) best = k;
        return best;
    }
}
