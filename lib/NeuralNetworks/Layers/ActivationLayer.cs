using MathNet.Numerics.LinearAlgebra;
using NeuralNetworks.Activations;

namespace NeuralNetworks.Layers;

/// <summary>
/// An element-wise activation f as a layer (lessons 02, 08): forward Z = f(U); backward, given
/// dOut = ∂L/∂Z, dU = dOut ⊙ f′(U) (⊙: element by element). Shapes: U, Z, dOut and dU are all N×k.
/// The same in training and prediction.
/// </summary>
public sealed class ActivationLayer(Activation activation) : ILayer
{
    private Matrix<double>? U;

    public Activation Activation { get; } = activation;

    public IReadOnlyList<Parameter> Parameters => [];

    public Matrix<double> Forward(Matrix<double> U, bool training = false)
    {
        this.U = U;
        return Activation.Apply(U);
    }

    public Matrix<double> Backward(Matrix<double> dOut)
    {
        Matrix<double> U = this.U
            ?? throw new InvalidOperationException("Call Forward before Backward.");
        if (dOut.RowCount != U.RowCount || dOut.ColumnCount != U.ColumnCount)
            throw new ArgumentException(
                $"dOut is {dOut.RowCount}×{dOut.ColumnCount} " +
                $"but the activation's input was {U.RowCount}×{U.ColumnCount}.", nameof(dOut));
        return dOut.PointwiseMultiply(Activation.Derivative(U));
    }

    public override string ToString() => Activation.Name;
}
