using System.Runtime.CompilerServices;
using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Activations;

namespace NeuralNetworks.Fast;

/// <summary>
/// An activation layer's forward Z = f(U) and backward dU = dOut ⊙ f′(U) into given buffers
/// (plain twin: Layers/ActivationLayer.cs). ReLU, the usual hidden activation, runs vectorised
/// (<see cref="BatchKernels"/>); any other activation calls its own f and f′ element by element,
/// so every derivative is still written once, in Activations/.
/// </summary>
internal static class ActivationKernels
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Forward(Activation f, Matrix<double> U, Matrix<double> Z)
    {
        if (ReferenceEquals(f, Activation.ReLU)) { BatchKernels.ReLU(U, Z); return; }
        double[] u = GemmOperand.DenseData(U, nameof(U)), z = GemmOperand.DenseData(Z, nameof(Z));
        for (int i = 0; i < U.RowCount * U.ColumnCount; i++) z[i] = f.Apply(u[i]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Backward(Activation f, Matrix<double> U, Matrix<double> dOut,
        Matrix<double> dU)
    {
        if (ReferenceEquals(f, Activation.ReLU)) { BatchKernels.ReLUBackward(U, dOut, dU); return; }
        double[] u = GemmOperand.DenseData(U, nameof(U));
        double[] dz = GemmOperand.DenseData(dOut, nameof(dOut));
        double[] du = GemmOperand.DenseData(dU, nameof(dU));
        for (int i = 0; i < U.RowCount * U.ColumnCount; i++) du[i] = dz[i] * f.Derivative(u[i]);
    }
}
