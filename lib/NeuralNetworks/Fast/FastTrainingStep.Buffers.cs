using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Fast;

internal sealed partial class FastTrainingStep
{
    /// <summary>
    /// Every intermediate matrix of one step for N rows, made once and reused by every later
    /// batch of that size (an epoch has at most two sizes, full batches and the last, shorter
    /// one; measuring adds one or two chunk sizes). X and T hold the batch's rows; for layer i,
    /// Inputs[i] is what it was given (N×in, remembered for backward), Outputs[i] what it produced
    /// (N×out) and dInput(i) = ∂L/∂Inputs[i] (N×in, made at the first backward: measuring needs
    /// none); Y and dScores are the softmax probabilities and ∂L/∂U of the last layer (N×classes).
    /// </summary>
    private sealed class Buffers
    {
        private readonly Matrix<double>?[] dInputs;

        public Buffers(ILayer[] layers, int inputCount, int outputCount, int N)
        {
            int count = layers.Length, width = inputCount;
            X = Matrix<double>.Build.Dense(N, inputCount);
            T = Matrix<double>.Build.Dense(N, outputCount);
            Inputs = new Matrix<double>[count];
            Outputs = new Matrix<double>[count];
            dInputs = new Matrix<double>?[count];
            for (int i = 0; i < count; i++)
            {
                if (layers[i] is Dense dense) width = dense.OutputCount;
                Outputs[i] = Matrix<double>.Build.Dense(N, width);
            }
            Y = Matrix<double>.Build.Dense(N, width);
            dScores = Matrix<double>.Build.Dense(N, width);
        }

        public Matrix<double> X { get; }

        public Matrix<double> T { get; }

        public Matrix<double>[] Inputs { get; }

        public Matrix<double>[] Outputs { get; }

        public Matrix<double> Y { get; }

        public Matrix<double> dScores { get; }

        public Matrix<double> dInput(int i) =>
            dInputs[i] ??= Matrix<double>.Build.Dense(Inputs[i].RowCount, Inputs[i].ColumnCount);

        /// <summary>
        /// destination row r = source row rows[r], column by column (both column-major).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void CopyRows(Matrix<double> source, ReadOnlySpan<int> rows,
            Matrix<double> destination)
        {
            double[] from = GemmOperand.DenseData(source, nameof(source));
            double[] to = GemmOperand.DenseData(destination, nameof(destination));
            int n = source.RowCount, size = rows.Length;
            for (int j = 0; j < source.ColumnCount; j++)
                for (int r = 0; r < size; r++)
                    to[j * size + r] = from[j * n + rows[r]];
        }

        /// <summary>
        /// destination = the rows of source from <paramref name="start"/> on,
        /// as many as destination has.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static void CopyRows(Matrix<double> source, int start, Matrix<double> destination)
        {
            double[] from = GemmOperand.DenseData(source, nameof(source));
            double[] to = GemmOperand.DenseData(destination, nameof(destination));
            int n = source.RowCount, size = destination.RowCount;
            for (int j = 0; j < source.ColumnCount; j++)
                Array.Copy(from, j * n + start, to, j * size, size);
        }
    }
}
