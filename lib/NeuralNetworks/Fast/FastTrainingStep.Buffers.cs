using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Layers;

namespace NeuralNetworks.Fast;

public sealed partial class FastTrainingStep
{
    /// <summary>
    /// Every intermediate matrix of one step for a batch of N rows, made once and reused by every later batch of that size
    /// (an epoch has at most two sizes: full batches and the last, shorter one). For layer i: Inputs[i] is what it was
    /// given (N×in, remembered for backward), Outputs[i] what it produced (N×out), dInputs[i] = ∂L/∂Inputs[i] (N×in);
    /// Y and dScores are the softmax probabilities and ∂L/∂U of the last layer (N×classes).
    /// </summary>
    private sealed class Buffers
    {
        public Buffers(ILayer[] layers, int inputCount, int N)
        {
            int count = layers.Length, width = inputCount;
            Inputs = new Matrix<double>[count];
            Outputs = new Matrix<double>[count];
            dInputs = new Matrix<double>[count];
            for (int i = 0; i < count; i++)
            {
                dInputs[i] = Matrix<double>.Build.Dense(N, width);
                if (layers[i] is Dense dense) width = dense.OutputCount;
                Outputs[i] = Matrix<double>.Build.Dense(N, width);
            }
            Y = Matrix<double>.Build.Dense(N, width);
            dScores = Matrix<double>.Build.Dense(N, width);
        }

        public Matrix<double>[] Inputs { get; }

        public Matrix<double>[] Outputs { get; }

        public Matrix<double>[] dInputs { get; }

        public Matrix<double> Y { get; }

        public Matrix<double> dScores { get; }
    }
}
