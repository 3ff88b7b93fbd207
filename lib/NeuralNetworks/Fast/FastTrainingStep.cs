using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Storage;
using NeuralNetworks.Layers;
using NeuralNetworks.Optimizers;

namespace NeuralNetworks.Fast;

/// <summary>
/// Trainer.Fit's step for the networks most lessons train, Dense and activation layers before a
/// softmax output: the same forward pass, loss, backward pass and update as
/// <c>network.Loss(X, T, training: true); network.Backward();
/// optimizer.Step(network.Parameters)</c>, and the same measurement as Trainer.Evaluate, equal
/// to 1e-12 (only the order of additions differs), but without allocating: the batch's rows are
/// copied into buffers, every intermediate matrix is made once per row count and reused
/// (<see cref="Buffers"/>), the products run on the fast kernel (<see cref="MatrixMultiply"/>),
/// and the element-wise steps in place (<see cref="BatchKernels"/>,
/// <see cref="SoftmaxCrossEntropyKernel"/>). The gradients land in each Parameter's Gradient and
/// the values are updated in place, where the plain path puts them. SGD is applied in place;
/// any other optimizer through its own Step. Networks with any other layer or output use the
/// plain step.
/// </summary>
internal sealed partial class FastTrainingStep
{
    private readonly ILayer[] layers;
    private readonly Parameter[] parameters;
    private readonly int inputCount, widest;
    private readonly Dictionary<int, Buffers> buffersByRows = [];
    private Buffers? last;

    private FastTrainingStep(Network network)
    {
        layers = network.Layers.ToArray();
        parameters = network.Parameters.ToArray();
        inputCount = network.InputCount;
        widest = Math.Max(inputCount,
            network.Layers.OfType<Dense>().Max(dense => dense.OutputCount));
    }

    /// <summary>
    /// The fast step for <paramref name="network"/> trained on <paramref name="data"/>,
    /// or null when the network has a layer or an output this step does not compute,
    /// or a data matrix is not dense.
    /// </summary>
    public static FastTrainingStep? For(Network network, params Matrix<double>?[] data) =>
        network.Output is SoftmaxWithLoss
            && network.Layers.All(layer => layer is Dense or ActivationLayer)
            && data.All(m => m is null || m.Storage is DenseColumnMajorMatrixStorage<double>)
            ? new FastTrainingStep(network) : null;

    /// <summary>
    /// The loss of rows <paramref name="rows"/> of X against the same rows of T, in training mode;
    /// remembers them for <see cref="Backward"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Loss(Matrix<double> X, Matrix<double> T, ReadOnlySpan<int> rows)
    {
        Buffers b = For(rows.Length, X.ColumnCount, T.ColumnCount);
        Buffers.CopyRows(X, rows, b.X);
        Buffers.CopyRows(T, rows, b.T);
        last = b;
        return Forward(b.X, b.T, b);
    }

    /// <summary>Fills every parameter's gradient for the last <see cref="Loss"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Backward()
    {
        Buffers b = last ?? throw new InvalidOperationException("Call Loss before Backward.");
        Matrix<double> d = b.dScores;
        for (int i = layers.Length - 1; i >= 0; i--)
        {
            if (layers[i] is Dense dense)
            {
                MatrixMultiply.TransposeThisAndMultiply(b.Inputs[i], d, dense.Weights.Gradient,
                    GemmThreads.Allowed);
                BatchKernels.ColumnSums(d, dense.Bias.Gradient);
                if (i == 0) break;
                MatrixMultiply.TransposeAndMultiply(d, dense.Weights.Value, b.dInput(i),
                    GemmThreads.Allowed);
            }
            else ActivationKernels.Backward(
                ((ActivationLayer)layers[i]).Activation, b.Inputs[i], d, b.dInput(i));
            d = b.dInput(i);
        }
    }

    /// <summary>optimizer.Step(parameters), with SGD's W ← W − α·dW done in place.</summary>
    public void Step(IOptimizer optimizer)
    {
        if (optimizer is not SGD sgd)
        {
            optimizer.Step(parameters);
            return;
        }
        foreach (Parameter p in parameters)
            BatchKernels.SubtractScaled(p.Value, sgd.LearningRate, p.Gradient);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Forward(Matrix<double> X, Matrix<double> T, Buffers b, bool gradient = true)
    {
        Matrix<double> input = X;
        for (int i = 0; i < layers.Length; i++)
        {
            b.Inputs[i] = input;
            Matrix<double> output = b.Outputs[i];
            if (layers[i] is Dense dense)
            {
                MatrixMultiply.Multiply(input, dense.Weights.Value, output, GemmThreads.Allowed);
                BatchKernels.AddToEveryRow(output, dense.Bias.Value);
            }
            else ActivationKernels.Forward(((ActivationLayer)layers[i]).Activation, input, output);
            input = output;
        }
        return SoftmaxCrossEntropyKernel.LossAndGradient(
            input, T, b.Y, gradient ? b.dScores : null);
    }

    private Buffers For(int rows, int inputs, int outputs)
    {
        if (inputs != inputCount)
            throw new ArgumentException(
                $"X has {inputs} columns but the network takes {inputCount} inputs: " +
                $"X needs {inputCount} columns.", "X");
        if (!buffersByRows.TryGetValue(rows, out Buffers? b))
            buffersByRows[rows] = b = new Buffers(layers, inputCount, outputs, rows);
        return b;
    }
}
