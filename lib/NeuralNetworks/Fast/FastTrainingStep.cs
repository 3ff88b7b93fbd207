using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;

namespace NeuralNetworks.Fast;

/// <summary>
/// One training step of a <see cref="Network"/> — forward, loss, backward, optimizer step — computing the same numbers as
/// the plain path <c>network.Loss(X, T, training: true); network.Backward(); optimizer.Step(network.Parameters)</c>
/// (equal to about 1e-15 relative: only the order of additions differs), but with the fast products of
/// <see cref="MatrixMultiply"/>, the in-place kernels of <see cref="BatchKernels"/>, and every intermediate matrix
/// allocated once per batch size and reused, so a step allocates nothing. The gradients land in each Parameter's
/// Gradient and the values are updated in place, exactly where the plain path puts them.
/// Supported: Dense and ActivationLayer layers (ReLU vectorised, any other activation element by element) before
/// SoftmaxWithLoss; SGD is applied in place, any other optimizer through its own Step.
/// </summary>
public sealed partial class FastTrainingStep
{
    private readonly string description;
    private readonly ILayer[] layers;
    private readonly Parameter[] parameters;
    private readonly int inputCount, outputCount;
    private readonly IOptimizer optimizer;
    private readonly int threads;
    private readonly Dictionary<int, Buffers> buffersByBatchSize = [];

    public FastTrainingStep(Network network, IOptimizer optimizer, int threads = 1)
    {
        foreach (ILayer layer in network.Layers)
            if (layer is not (Dense or ActivationLayer))
                throw new NotSupportedException($"The fast step handles Dense and activation layers, not {layer}: train this network with Trainer.Fit.");
        if (network.Output is not SoftmaxWithLoss)
            throw new NotSupportedException($"The fast step handles a softmax output, not {network.Output}: train this network with Trainer.Fit.");
        if (threads < 1)
            throw new ArgumentOutOfRangeException(nameof(threads), threads, "threads must be 1 or more (2 lets large products use a second core).");
        (this.optimizer, this.threads, description) = (optimizer, threads, $"FastTrainingStep({network}, {optimizer}, threads: {threads})");
        (layers, parameters) = (network.Layers.ToArray(), network.Parameters.ToArray());
        (inputCount, outputCount) = (network.InputCount, network.OutputCount);
        if (threads >= 2) GemmThreads.Prepare();
    }

    /// <summary>Trains on one batch X (N×in) with one-hot targets T (N×out) and returns the batch's loss before the update.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Run(Matrix<double> X, Matrix<double> T)
    {
        if (X.ColumnCount != inputCount)
            throw new ArgumentException($"X is {X.RowCount}×{X.ColumnCount} but the network takes {inputCount} inputs: X needs {inputCount} columns.", nameof(X));
        if (T.RowCount != X.RowCount || T.ColumnCount != outputCount)
            throw new ArgumentException($"X is {X.RowCount}×{X.ColumnCount} so T must be {X.RowCount}×{outputCount}, but it is {T.RowCount}×{T.ColumnCount}.", nameof(T));
        if (!buffersByBatchSize.TryGetValue(X.RowCount, out Buffers? b))
            buffersByBatchSize[X.RowCount] = b = new Buffers(layers, inputCount, X.RowCount);
        double loss = Forward(X, T, b);
        Backward(b);
        Update();
        return loss;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Forward(Matrix<double> X, Matrix<double> T, Buffers b)
    {
        Matrix<double> input = X;
        for (int i = 0; i < layers.Length; i++)
        {
            b.Inputs[i] = input;
            Matrix<double> output = b.Outputs[i];
            if (layers[i] is Dense dense)
            {
                MatrixMultiply.Multiply(input, dense.Weights.Value, output, threads);
                BatchKernels.AddToEveryRow(output, dense.Bias.Value);
            }
            else ActivationKernels.Forward(((ActivationLayer)layers[i]).Activation, input, output);
            input = output;
        }
        return SoftmaxCrossEntropyKernel.LossAndGradient(input, T, b.Y, b.dScores);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Backward(Buffers b)
    {
        Matrix<double> d = b.dScores;
        for (int i = layers.Length - 1; i >= 0; i--)
        {
            if (layers[i] is Dense dense)
            {
                MatrixMultiply.TransposeThisAndMultiply(b.Inputs[i], d, dense.Weights.Gradient, threads);
                BatchKernels.ColumnSums(d, dense.Bias.Gradient);
                if (i == 0) break;
                MatrixMultiply.TransposeAndMultiply(d, dense.Weights.Value, b.dInputs[i], threads);
            }
            else ActivationKernels.Backward(((ActivationLayer)layers[i]).Activation, b.Inputs[i], d, b.dInputs[i]);
            d = b.dInputs[i];
        }
    }

    private void Update()
    {
        if (optimizer is not SGD sgd)
        {
            optimizer.Step(parameters);
            return;
        }
        foreach (Parameter p in parameters)
            BatchKernels.SubtractScaled(p.Value, sgd.LearningRate, p.Gradient);
    }

    public override string ToString() => description;
}
